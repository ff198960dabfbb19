#include "riskpanel.h"

#include "patients/attribution.h"
#include "risk/riskclaims.h"
#include "risk/riskhcpcs.h"
#include "risk/riskmodel.h"
#include "store/database.h"

#include <unordered_map>

namespace aco {

int claimsDate(const QDate& date)
{
    return date.year() * 10000 + date.month() * 100 + date.day();
}

std::vector<RiskPanelPatient> loadRiskPanel(const Database& db, std::int64_t providerId,
                                            const QDate& asOf)
{
    const std::vector<std::int64_t> ids = attributedBeneficiaries(db, providerId, asOf);
    std::vector<RiskRosterEntry> roster = loadRiskRoster(db, ids);
    auto names = db.prepare("SELECT mbi, first_name, last_name FROM beneficiary WHERE id = ?1");
    std::vector<RiskPanelPatient> panel;
    panel.reserve(roster.size());
    for (RiskRosterEntry& person : roster) {
        names.bind(1, person.beneficiaryId);
        names.step();
        panel.push_back({std::move(person), names.text(0), names.text(1), names.text(2)});
        names.reset();
    }
    return panel;
}

void forEachPanelDiagnosis(
    const Database& db, const std::vector<RiskPanelPatient>& panel, const QDate& from,
    const QDate& thru,
    const std::function<void(size_t patient, std::uint64_t code, const QDate& date)>& visit)
{
    std::unordered_map<std::int64_t, size_t> byClaimsId;
    std::vector<std::int64_t> claimsIds;
    for (size_t i = 0; i < panel.size(); ++i) {
        if (panel[i].person.claimsId != 0 && byClaimsId.emplace(panel[i].person.claimsId, i).second)
            claimsIds.push_back(panel[i].person.claimsId);
    }
    RiskClaims(db, RiskHcpcsList::builtIn())
        .forEachOf(claimsIds, claimsDate(from), claimsDate(thru), [&](const RiskDiagnosis& d) {
            visit(byClaimsId.at(d.beneId), d.code,
                  QDate(d.date / 10000, d.date / 100 % 100, d.date % 100));
        });
}

std::vector<HccSet> panelConditions(const Database& db, const std::vector<RiskPanelPatient>& panel,
                                    const RiskModel& model, int paymentYear, const QDate& from,
                                    const QDate& thru)
{
    std::vector<RiskBeneficiary> inputs;
    inputs.reserve(panel.size());
    for (const RiskPanelPatient& patient : panel)
        inputs.push_back(patient.person.modelInput(model, paymentYear));
    std::vector<HccSet> conditions(panel.size());
    forEachPanelDiagnosis(db, panel, from, thru,
                          [&](size_t patient, std::uint64_t code, const QDate&) {
                              model.addConditions(inputs[patient], {&code, 1}, conditions[patient]);
                          });
    return conditions;
}

} // namespace aco
