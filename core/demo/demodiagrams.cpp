#include "demo/democontext.h"
#include "demo/demomeasures.h"
#include "diagrams/diagramrepository.h"
#include "store/database.h"

#include <QLocale>

#include <cmath>
#include <map>
#include <string>

namespace aco::demo {

namespace {

struct Node
{
    const char* key;
    const char* kind;
    const char* text;
    const char* measure; // nullptr: no live metric
    // The board's own targets; the aim's cost target and, in 2026, the quality measures' follow
    // from the aim instead (see targetFor).
    double target2026;
    double target2025;
    int since;          // the first year the node is in the diagram
    const char* status; // change ideas only
};

struct Link
{
    const char* from; // the more specific node (right)
    const char* to;   // the node it drives (one column left)
    bool strong;
};

// The ACO's strategy, in the toolkit's form: aim, primary and secondary drivers, change ideas.
constexpr Node nodes[] = {
    {"AIM", "aim", "Lower total cost of care while raising quality", "TCOC", 1050, 1080, 2025, nullptr},
    {"P1", "primary", "Safe transitions of care", "READM", 13.5, 14.5, 2025, nullptr},
    {"P2", "primary", "Prevention and early detection", "CRC", 75, 72, 2025, nullptr},
    {"P3", "primary", "Control of chronic disease", "BP", 73, 71, 2025, nullptr},
    {"P4", "primary", "The right care in the right place", "EDV", 520, 550, 2025, nullptr},
    {"P5", "primary", "Providers engaged with their own data", "ENG", 85, 0, 2026, nullptr},
    {"S1", "secondary", "Office visit within 7 days of discharge", "FU7", 65, 60, 2025, nullptr},
    {"S2", "secondary", "Medication reconciliation at discharge", nullptr, 0, 0, 2025, nullptr},
    {"S3", "secondary", "An annual wellness visit for every beneficiary", "AWV", 65, 58, 2025, nullptr},
    {"S4", "secondary", "Outreach for overdue screenings", "BCS", 76, 74, 2025, nullptr},
    {"S5", "secondary", "Diabetes and hypertension registries", "HBA1C", 15, 16, 2025, nullptr},
    {"S6", "secondary", "Same-day access in primary care", nullptr, 0, 0, 2025, nullptr},
    {"S7", "secondary", "Monthly scorecards with unblinded peer comparison", nullptr, 0, 0, 2026, nullptr},
    {"S8", "secondary", "Care management for high-risk beneficiaries", "ADM", 235, 250, 2025, nullptr},
    {"C1", "change", "Discharge-notification feed to every practice", nullptr, 0, 0, 2025, "adopted"},
    {"C2", "change", "Pharmacist call within 48 hours of discharge", nullptr, 0, 0, 2025, "testing"},
    {"C3", "change", "Schedule wellness visits in the birthday month", nullptr, 0, 0, 2025, "adopted"},
    {"C4", "change", "Mailed FIT kits for colorectal screening", nullptr, 0, 0, 2026, "testing"},
    {"C5", "change", "Mammogram reminder letters and texts", nullptr, 0, 0, 2025, "not_tested"},
    {"C6", "change", "Panel-level diabetes huddles each month", nullptr, 0, 0, 2025, "testing"},
    {"C7", "change", "Open-access appointment slots each morning", nullptr, 0, 0, 2025, "adopted"},
    {"C8", "change", "After-hours nurse advice line", nullptr, 0, 0, 2025, "abandoned"},
    {"C9", "change", "Scorecards hand-delivered by provider relations", nullptr, 0, 0, 2026, "adopted"},
    {"C10", "change", "Pursuit lists of the 20 highest-risk patients", nullptr, 0, 0, 2026, "testing"},
};

constexpr Link links[] = {
    {"P1", "AIM", true}, {"P2", "AIM", true}, {"P3", "AIM", true}, {"P4", "AIM", true},
    {"P5", "AIM", true},
    {"S1", "P1", true},  {"S2", "P1", true},  {"S3", "P2", true},  {"S3", "P3", false},
    {"S4", "P2", true},  {"S5", "P3", true},  {"S6", "P4", true},  {"S6", "P1", false},
    {"S7", "P5", true},  {"S8", "P4", true},  {"S8", "P1", true},
    {"C1", "S1", true},  {"C2", "S2", true},  {"C3", "S3", true},  {"C4", "S4", true},
    {"C5", "S4", false}, {"C6", "S5", true},  {"C7", "S6", true},  {"C8", "S6", false},
    {"C9", "S7", true},  {"C10", "S8", true}, {"C10", "S3", false},
};

bool inYear(const Node& node, int year)
{
    return year >= node.since;
}

// How far below the benchmark the aim puts spending.
double savingsAim(int year)
{
    return year == 2026 ? 0.03 : 0.025;
}

// The year's benchmark per beneficiary-month, in dollars.
double benchmarkPmpm(Database& db, int year)
{
    auto query = db.prepare(
        "SELECT benchmark_per_capita_cents / 1200.0 FROM performance_year WHERE year = ?1");
    query.bind(1, year);
    return query.step() ? query.real(0) : 0.0;
}

// A node's target, as the aim says it: spending the aim's share below the benchmark and, from
// 2026, every quality measure at the ACO's 60th percentile (the year's Better cut-point, set at
// the 60th percentile of the year before); the board's own targets otherwise.
double targetFor(Database& db, const Node& node, int year)
{
    const std::string code = node.measure;
    if (code == "TCOC")
        return std::round(benchmarkPmpm(db, year) * (1.0 - savingsAim(year)));
    const auto& def = measureCatalog()[static_cast<size_t>(measureId(node.measure) - 1)];
    if (year == 2026 && std::string(def.domain) == "quality") {
        auto better = db.prepare("SELECT better FROM tier_scheme WHERE measure_id = ?1 AND year = ?2");
        better.bind(1, measureId(node.measure)).bind(2, year);
        if (better.step())
            return better.real(0);
    }
    return year == 2026 ? node.target2026 : node.target2025;
}

void writeDiagram(DemoContext& context, std::int64_t id, int year)
{
    Database& db = context.db;
    auto diagram = db.prepare(R"sql(
        INSERT INTO driver_diagram (id, year, title, aim_what, aim_how_much, aim_for_whom,
                                    aim_by_when) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))sql");
    const std::string forWhom = "The " + QLocale(QLocale::English).toString(context.spec.beneficiaries).toStdString() +
                                " Medicare beneficiaries attributed to our primary care providers";
    const QString spend =
        QStringLiteral("Spend %1% below the benchmark (%2 PMPM)")
            .arg(QLocale(QLocale::English).toString(savingsAim(year) * 100.0, 'g', 2),
                 QLocale(QLocale::English)
                     .toCurrencyString(std::round(benchmarkPmpm(db, year) * (1.0 - savingsAim(year))),
                                       QStringLiteral("$"), 0));
    diagram.bind(1, id)
        .bind(2, year)
        .bind(3, "Riverbend Health Partners ACO: " + std::to_string(year) + " strategy")
        .bind(4, "Lower total cost of care while raising quality")
        .bind(5, spend + (year == 2026 ? QStringLiteral("; every quality measure at the ACO's 60th "
                                                        "percentile or better")
                                       : QStringLiteral("; meet the quality standard")))
        .bind(6, forWhom)
        .bind(7, "December 31, " + std::to_string(year))
        .run();

    auto node = db.prepare(R"sql(
        INSERT INTO driver_node (diagram_id, kind, position, text, measure_id, target, direction,
                                 status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))sql");
    std::map<std::string, std::int64_t> ids;
    std::map<std::string, int> positions;
    for (const Node& n : nodes) {
        if (!inYear(n, year))
            continue;
        node.bind(1, id).bind(2, n.kind).bind(3, positions[n.kind]++).bind(4, n.text);
        if (n.measure) {
            const double target = targetFor(db, n, year);
            const auto& def = measureCatalog()[static_cast<size_t>(measureId(n.measure) - 1)];
            node.bind(5, measureId(n.measure)).bind(6, target).bind(7, def.direction);
        }
        if (n.status)
            node.bind(8, year == 2025 && std::string(n.status) == "adopted" ? "testing" : n.status);
        node.run();
        ids[n.key] = db.lastInsertId();
    }

    auto link = db.prepare("INSERT INTO driver_link (from_node, to_node, strength) VALUES (?1, ?2, ?3)");
    for (const Link& l : links) {
        if (!ids.contains(l.from) || !ids.contains(l.to))
            continue;
        link.bind(1, ids[l.from]).bind(2, ids[l.to]).bind(3, l.strong ? "strong" : "weak").run();
    }
}

} // namespace

void writeDriverDiagrams(DemoContext& context)
{
    context.report(95, "Writing driver diagrams");
    writeDiagram(context, 1, 2025);
    writeDiagram(context, 2, 2026);
    // Stored as the workbench keeps a diagram nobody has ordered by hand: arranged.
    DiagramRepository repository(context.db);
    for (const int year : {2025, 2026})
        repository.save(*repository.load(year));
}

} // namespace aco::demo
