#include "percentspinbox.h"

namespace aco::ui {

PercentSpinBox::PercentSpinBox(QWidget* parent) : QDoubleSpinBox(parent)
{
    setSuffix(QStringLiteral("%"));
}

QString PercentSpinBox::textFromValue(double value) const
{
    QString text = QDoubleSpinBox::textFromValue(value);
    const QChar point = locale().decimalPoint().front();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

} // namespace aco::ui
