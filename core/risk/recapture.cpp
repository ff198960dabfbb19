#include "recapture.h"

#include "risk/riskmodel.h"
#include "risk/riskpanel.h"
#include "risk/riskscoring.h"

#include <algorithm>
#include <map>
#include <set>

namespace aco {

RecaptureList recaptureList(const Database& db, std::int64_t providerId, const QDate& asOf)
{
    RecaptureList list;
    list.year = asOf.year();
    list.asOf = asOf;
    const std::vector<RiskPanelPatient> panel = loadRiskPanel(db, providerId, asOf);
    list.patients = static_cast<int>(panel.size());

    // Last year's diagnoses score payment year `year`, this year's `year + 1`: each with its ages.
    const RiskModel& lastModel = riskModelFor(list.year);
    const RiskModel& thisModel = riskModelFor(list.year + 1);
    std::vector<RiskBeneficiary> lastInputs;
    for (const RiskPanelPatient& patient : panel)
        lastInputs.push_back(patient.person.modelInput(lastModel, list.year));
    std::vector<HccSet> lastConditions(panel.size());
    std::vector<std::map<int, QDate>> lastSeen(panel.size()); // by HCC index
    forEachPanelDiagnosis(db, panel, QDate(list.year - 1, 1, 1), QDate(list.year - 1, 12, 31),
                          [&](size_t patient, std::uint64_t code, const QDate& date) {
                              HccSet hccs;
                              lastModel.addConditions(lastInputs[patient], {&code, 1}, hccs);
                              lastConditions[patient] |= hccs;
                              hccs.forEach([&](int hcc) {
                                  QDate& seen = lastSeen[patient][hcc];
                                  seen = std::max(seen, date);
                              });
                          });
    const std::vector<HccSet> thisConditions =
        panelConditions(db, panel, thisModel, list.year + 1, QDate(list.year, 1, 1), asOf);

    for (size_t i = 0; i < panel.size(); ++i) {
        const RiskRosterEntry& person = panel[i].person;
        const bool died = person.deathDate.isValid() && person.deathDate <= asOf;
        if (!person.scorable() || died || lastConditions[i].none())
            continue;
        const HccSet documented = lastModel.scoreConditions(lastInputs[i], lastConditions[i]).hccs;
        const HccSet current =
            thisModel
                .scoreConditions(person.modelInput(thisModel, list.year + 1), thisConditions[i])
                .hccs;
        // Compared by HCC number: the two years' models may be different versions.
        std::set<int> recaptured;
        const auto add = [&](int hcc) { recaptured.insert(thisModel.hccNumber(hcc)); };
        current.forEach(add);
        thisModel.droppedBy(current).forEach(add);
        documented.forEach([&](int hcc) {
            if (!recaptured.contains(lastModel.hccNumber(hcc)))
                list.entries.push_back({person.beneficiaryId, panel[i].mbi, panel[i].firstName,
                                        panel[i].lastName, lastModel.hccNumber(hcc),
                                        lastModel.hccLabel(hcc), lastSeen[i][hcc]});
        });
    }
    std::sort(list.entries.begin(), list.entries.end(),
              [](const RecaptureEntry& a, const RecaptureEntry& b) {
                  if (a.lastSeen != b.lastSeen)
                      return a.lastSeen < b.lastSeen;
                  if (a.mbi != b.mbi)
                      return a.mbi < b.mbi;
                  return a.hcc < b.hcc;
              });
    return list;
}

} // namespace aco
