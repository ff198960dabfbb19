#include "scenariofigures.h"

#include "money.h"

#include <QObject>

namespace aco::ui {

QString ScenarioFigures::html(const Allocation& a)
{
    std::int64_t paid = 0;
    int paidCount = 0;
    for (const RecipientAllocation& r : a.recipients) {
        paid += r.paymentCents;
        paidCount += r.paymentCents != 0 ? 1 : 0;
    }
    const auto line = [](const QString& label, std::int64_t cents) {
        return QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>")
            .arg(label, Money::dollars(cents));
    };
    QString html = QStringLiteral("<table cellspacing=3>");
    html += QStringLiteral("<tr><td><b>%1</b></td><td align=right><b>%2</b></td></tr>")
                .arg(a.poolCents >= 0 ? QObject::tr("Earned savings") : QObject::tr("Shared loss"),
                     Money::dollars(a.poolCents));
    if (a.poolCents >= 0) {
        html += line(QObject::tr("Infrastructure"), a.infrastructureCents);
        html += line(QObject::tr("Care redesign"), a.careRedesignCents);
        html += line(QObject::tr("Reserve"), a.reserveCents);
        html += line(QObject::tr("Provider pool"), a.providerPoolCents);
        html += line(QObject::tr("Unearned, to infrastructure"), a.unearnedToInfrastructureCents);
    } else {
        html += line(QObject::tr("From prior reserve"), a.fromPriorReserveCents);
        html += line(QObject::tr("Medical group"), a.medicalGroupCents);
        html += line(QObject::tr("Absorbed by the ACO"), a.absorbedByAcoCents);
    }
    html +=
        QStringLiteral("<tr><td><b>%1</b></td><td align=right><b>%2</b></td></tr>")
            .arg(QObject::tr("Paid to %1 of %2 recipients").arg(paidCount).arg(a.recipients.size()),
                 Money::dollars(paid));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace aco::ui
