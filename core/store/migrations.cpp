#include "store/migrations.h"

#include "error.h"
#include "store/database.h"

namespace aco {

namespace {

// Version 1: the ACO, its people and its numbers.
constexpr const char* schemaVersion1 = R"sql(
CREATE TABLE aco (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    aco_id TEXT NOT NULL,
    name TEXT NOT NULL,
    data_as_of TEXT NOT NULL
);
CREATE TABLE performance_year (
    year INTEGER PRIMARY KEY CHECK (year BETWEEN 2012 AND 2100),
    track TEXT NOT NULL CHECK (track IN ('TRACK_1', 'TRACK_1_PLUS', 'TRACK_2', 'TRACK_3', 'BASIC_A',
        'BASIC_B', 'BASIC_C', 'BASIC_D', 'BASIC_E', 'ENHANCED')),
    agreement_start_year INTEGER NOT NULL,
    agreement_year INTEGER NOT NULL CHECK (agreement_year >= 1),
    assigned_beneficiaries INTEGER NOT NULL CHECK (assigned_beneficiaries >= 0),
    benchmark_per_capita_cents INTEGER NOT NULL CHECK (benchmark_per_capita_cents >= 0),
    msr REAL CHECK (msr BETWEEN 0 AND 1),
    mlr REAL CHECK (mlr BETWEEN 0 AND 1),
    quality_score REAL CHECK (quality_score BETWEEN 0 AND 1),
    low_revenue INTEGER NOT NULL DEFAULT 1 CHECK (low_revenue IN (0, 1))
);
CREATE TABLE practice (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    city TEXT NOT NULL DEFAULT ''
);
CREATE TABLE department (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);
CREATE TABLE provider (
    id INTEGER PRIMARY KEY,
    npi TEXT NOT NULL UNIQUE CHECK (length(npi) = 10),
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    credential TEXT NOT NULL DEFAULT '',
    specialty TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('primary_care', 'specialist')),
    employment TEXT NOT NULL CHECK (employment IN ('employed', 'independent')),
    practice_id INTEGER NOT NULL REFERENCES practice(id),
    department_id INTEGER REFERENCES department(id),
    active_from TEXT NOT NULL,
    active_to TEXT
);
CREATE INDEX provider_practice ON provider(practice_id);
CREATE INDEX provider_department ON provider(department_id);
CREATE TABLE beneficiary (
    id INTEGER PRIMARY KEY,
    mbi TEXT NOT NULL UNIQUE CHECK (length(mbi) = 11),
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    sex TEXT NOT NULL CHECK (sex IN ('F', 'M')),
    provider_id INTEGER REFERENCES provider(id),
    risk_score REAL NOT NULL CHECK (risk_score > 0)
);
CREATE INDEX beneficiary_provider ON beneficiary(provider_id);
CREATE TABLE measure (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    domain TEXT NOT NULL CHECK (domain IN ('quality', 'utilization', 'cost', 'engagement')),
    direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
    unit TEXT NOT NULL CHECK (unit IN ('percent', 'per_1000', 'pmpm')),
    aco_number TEXT,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE measure_result (
    measure_id INTEGER NOT NULL REFERENCES measure(id),
    period INTEGER NOT NULL CHECK (period % 100 BETWEEN 1 AND 12),
    provider_id INTEGER NOT NULL REFERENCES provider(id),
    numerator INTEGER NOT NULL CHECK (numerator >= 0),
    denominator INTEGER NOT NULL CHECK (denominator >= 0),
    PRIMARY KEY (measure_id, period, provider_id)
) WITHOUT ROWID;
CREATE INDEX measure_result_provider ON measure_result(provider_id, measure_id, period);
CREATE TABLE expenditure (
    period INTEGER PRIMARY KEY CHECK (period % 100 BETWEEN 1 AND 12),
    beneficiary_months INTEGER NOT NULL CHECK (beneficiary_months >= 0),
    expenditure_cents INTEGER NOT NULL CHECK (expenditure_cents >= 0),
    benchmark_cents INTEGER NOT NULL CHECK (benchmark_cents >= 0)
);
CREATE TABLE tier_scheme (
    measure_id INTEGER NOT NULL REFERENCES measure(id),
    year INTEGER NOT NULL,
    baseline REAL NOT NULL,
    better REAL NOT NULL,
    best REAL NOT NULL,
    extra_credit REAL NOT NULL,
    payout_baseline REAL NOT NULL DEFAULT 0.20,
    payout_better REAL NOT NULL DEFAULT 0.50,
    payout_best REAL NOT NULL DEFAULT 0.75,
    payout_extra_credit REAL NOT NULL DEFAULT 1.00,
    PRIMARY KEY (measure_id, year)
);
CREATE TABLE care_gap (
    id INTEGER PRIMARY KEY,
    beneficiary_id INTEGER NOT NULL REFERENCES beneficiary(id) ON DELETE CASCADE,
    measure_id INTEGER REFERENCES measure(id),
    description TEXT NOT NULL,
    due_date TEXT NOT NULL,
    closed_date TEXT
);
CREATE INDEX care_gap_beneficiary ON care_gap(beneficiary_id);
CREATE TABLE utilization_event (
    id INTEGER PRIMARY KEY,
    beneficiary_id INTEGER NOT NULL REFERENCES beneficiary(id) ON DELETE CASCADE,
    event_date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('admission', 'readmission', 'ed_visit')),
    cost_cents INTEGER NOT NULL CHECK (cost_cents >= 0)
);
CREATE INDEX utilization_event_beneficiary ON utilization_event(beneficiary_id, event_date);
CREATE TABLE driver_diagram (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL UNIQUE,
    title TEXT NOT NULL,
    aim_what TEXT NOT NULL,
    aim_how_much TEXT NOT NULL,
    aim_for_whom TEXT NOT NULL,
    aim_by_when TEXT NOT NULL
);
CREATE TABLE driver_node (
    id INTEGER PRIMARY KEY,
    diagram_id INTEGER NOT NULL REFERENCES driver_diagram(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('aim', 'primary', 'secondary', 'change')),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    measure_id INTEGER REFERENCES measure(id),
    target REAL,
    direction TEXT CHECK (direction IN ('higher', 'lower')),
    status TEXT CHECK (status IN ('not_tested', 'testing', 'adopted', 'abandoned'))
);
CREATE INDEX driver_node_diagram ON driver_node(diagram_id, kind, position);
CREATE TABLE driver_link (
    from_node INTEGER NOT NULL REFERENCES driver_node(id) ON DELETE CASCADE,
    to_node INTEGER NOT NULL REFERENCES driver_node(id) ON DELETE CASCADE,
    strength TEXT NOT NULL CHECK (strength IN ('strong', 'weak')),
    PRIMARY KEY (from_node, to_node)
) WITHOUT ROWID;
CREATE INDEX driver_link_to ON driver_link(to_node);
CREATE TABLE scenario (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    definition TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
)sql";

// Version 2: an external benchmark per measure (a national or CMS percentile, say), drawn as a
// line on peer comparison charts, in the unit the measure is shown in; and what a denominator
// counts: events (admissions, discharges, member-months), or the beneficiaries eligible in the
// month (screenings, wellness visits), who are counted again each month of a window.
constexpr const char* schemaVersion2 = R"sql(
ALTER TABLE measure ADD COLUMN benchmark REAL;
ALTER TABLE measure ADD COLUMN benchmark_label TEXT NOT NULL DEFAULT '';
ALTER TABLE measure ADD COLUMN denominator_kind TEXT NOT NULL DEFAULT 'events'
    CHECK (denominator_kind IN ('events', 'monthly_status'));
)sql";

// Version 3: what was exported or printed from the file, when, by whom, and whether with patient
// names and MBIs ('included'), with them masked ('masked'), or without any ('none').
constexpr const char* schemaVersion3 = R"sql(
CREATE TABLE export_log (
    id INTEGER PRIMARY KEY,
    exported_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    path TEXT NOT NULL,
    rows INTEGER NOT NULL CHECK (rows >= 0),
    patient_data TEXT NOT NULL CHECK (patient_data IN ('none', 'masked', 'included')),
    user_name TEXT NOT NULL
);
)sql";

// Version 4: whether each driver diagram's columns are in an order the user chose by hand, or
// kept arranged by the workbench (fewest crossing links). Diagrams from before keep their order:
// they are marked as ordered by hand, and Arrange hands them to the workbench.
constexpr const char* schemaVersion4 = R"sql(
ALTER TABLE driver_diagram ADD COLUMN ordered_by_hand INTEGER NOT NULL DEFAULT 0
    CHECK (ordered_by_hand IN (0, 1));
UPDATE driver_diagram SET ordered_by_hand = 1;
)sql";

} // namespace

const std::vector<Migration>& schemaMigrations()
{
    static const std::vector<Migration> steps = {
        {1, "providers, beneficiaries, measures, results, expenditures, tiers, care gaps, "
            "utilization, driver diagrams and scenarios",
         [](Database& db) { db.exec(schemaVersion1); }},
        {2, "an external benchmark per measure and what its denominator counts", [](Database& db) { db.exec(schemaVersion2); }},
        {3, "a log of exports and printouts", [](Database& db) { db.exec(schemaVersion3); }},
        {4, "whether a driver diagram is ordered by hand or kept arranged",
         [](Database& db) { db.exec(schemaVersion4); }},
    };
    return steps;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

void migrate(Database& db, const std::vector<Migration>& steps)
{
    const auto current = static_cast<int>(db.queryInt64("PRAGMA user_version"));
    for (const Migration& step : steps) {
        if (step.version <= current)
            continue;
        try {
            Transaction transaction(db);
            step.apply(db);
            db.exec("PRAGMA user_version = " + std::to_string(step.version));
            transaction.commit();
        } catch (const Error& error) {
            throw Error("Upgrading '" + db.path().toStdString() + "' to schema version " +
                            std::to_string(step.version) + " failed, so it was left unchanged: " +
                            error.what(),
                        error.kind());
        }
    }
}

} // namespace aco
