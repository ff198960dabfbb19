#include "demo/democlaimsinput.h"

#include "store/database.h"

#include <stdexcept>
#include <unordered_map>

namespace aco::demo {

DemoClaimsInput DemoClaimsInput::read(const Database& db)
{
    DemoClaimsInput input;
    std::unordered_map<std::int64_t, size_t> providerIndex;
    std::unordered_map<std::int64_t, size_t> panelIndex;
    auto providers =
        db.prepare("SELECT id, npi, kind, specialty, coalesce(credential, ''), practice_id "
                   "FROM provider ORDER BY id");
    while (providers.step()) {
        Provider p;
        p.id = providers.int64(0);
        p.npi = providers.utf8(1);
        p.primaryCare = providers.utf8(2) == "primary_care";
        p.specialty = providers.utf8(3);
        p.credential = providers.utf8(4);
        p.practiceId = providers.int64(5);
        providerIndex[p.id] = input.providers.size();
        if (p.primaryCare) {
            panelIndex[p.id] = input.panels.size();
            input.panels.push_back({input.providers.size(), {}, {}});
        }
        input.providers.push_back(std::move(p));
    }
    input.practiceCount = db.queryInt64("SELECT coalesce(max(id), 0) FROM practice");

    // Roster order within a panel is the order of the beneficiaries' ids.
    auto beneficiaries =
        db.prepare("SELECT id, mbi, last_name, first_name, birth_date, sex, provider_id, "
                   "risk_score FROM beneficiary ORDER BY id");
    while (beneficiaries.step()) {
        Beneficiary b;
        b.id = beneficiaries.int64(0);
        b.mbi = beneficiaries.utf8(1);
        b.lastName = beneficiaries.utf8(2);
        b.firstName = beneficiaries.utf8(3);
        const std::string_view birth = beneficiaries.utf8(4); // YYYY-MM-DD
        b.birthDate = std::stoi(std::string(birth.substr(0, 4))) * 10000 +
                      std::stoi(std::string(birth.substr(5, 2))) * 100 +
                      std::stoi(std::string(birth.substr(8, 2)));
        b.female = beneficiaries.utf8(5) == "F";
        b.risk = beneficiaries.real(7);
        const auto panel = panelIndex.find(beneficiaries.int64(6));
        if (panel == panelIndex.end())
            throw std::logic_error("demo beneficiary " + std::to_string(b.id) +
                                   " has no primary care provider");
        b.panel = panel->second;
        input.panels[b.panel].beneficiaries.push_back(input.beneficiaries.size());
        input.beneficiaries.push_back(std::move(b));
    }

    auto results = db.prepare(R"sql(
        SELECT m.code, r.provider_id, r.period, r.numerator, r.denominator
        FROM measure_result r JOIN measure m ON m.id = r.measure_id
        WHERE m.code IN ('TCOC', 'ADM', 'EDV'))sql");
    while (results.step()) {
        const auto panel = panelIndex.find(results.int64(1));
        if (panel == panelIndex.end())
            continue;
        const int m = Period::fromInt(results.integer(2)).index() - firstPeriod.index();
        if (m < 0 || m >= monthCount)
            continue;
        PanelMonth& month = input.panels[panel->second].months[static_cast<size_t>(m)];
        const std::string_view code = results.utf8(0);
        if (code == "TCOC") {
            month.costCents = results.int64(3);
            month.members = results.integer(4);
        } else if (code == "ADM") {
            month.admissions = results.integer(3);
        } else {
            month.edVisits = results.integer(3);
        }
    }
    for (const Panel& panel : input.panels)
        for (const PanelMonth& month : panel.months)
            if (month.members > static_cast<int>(panel.beneficiaries.size()))
                throw std::logic_error(
                    "a demo panel has more member-months in a month than beneficiaries");
    return input;
}

} // namespace aco::demo
