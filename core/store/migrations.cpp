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

// Version 4: the claims CMS sends every month (CCLF). The beneficiary roster takes CCLF8's
// demographics, and its date of birth, sex and risk score may be unknown for a beneficiary the
// claims name before any extract does (the table is rebuilt: SQLite cannot relax NOT NULL).
// Claims tables are keyed by CMS's own identifiers (CUR_CLM_UNIQ_ID, times 100,000 plus the line
// number for lines), so a record delivered again finds itself; `bene_id` is the beneficiary's
// current MBI in cclf_mbi; `group_key` is bene_id * 2^32 plus a hash of the rest of the claim's
// natural key (CCLF IP 5.1.2), so that related claims are found together and a beneficiary's
// claims are one index range; `action` marks final-action claims (1), claims cancelled or
// cancelling (0) and cancellations whose claim is not in the file (2). Amounts are signed cents:
// cancellations negative, so that spending is a plain sum (CCLF IP 5.3.1).
constexpr const char* schemaVersion4 = R"sql(
CREATE TABLE beneficiary_v4 (
    id INTEGER PRIMARY KEY,
    mbi TEXT NOT NULL UNIQUE CHECK (length(mbi) = 11),
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    birth_date TEXT,
    sex TEXT CHECK (sex IN ('F', 'M')),
    provider_id INTEGER REFERENCES provider(id),
    risk_score REAL CHECK (risk_score > 0),
    medicare_status TEXT,
    dual_status TEXT,
    orec TEXT,
    death_date TEXT,
    zip TEXT
);
INSERT INTO beneficiary_v4 (id, mbi, last_name, first_name, birth_date, sex, provider_id, risk_score)
    SELECT id, mbi, last_name, first_name, birth_date, sex, provider_id, risk_score FROM beneficiary;
DROP TABLE beneficiary;
ALTER TABLE beneficiary_v4 RENAME TO beneficiary;
CREATE INDEX beneficiary_provider ON beneficiary(provider_id);

CREATE TABLE cclf_delivery (
    id INTEGER PRIMARY KEY,
    aco_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('monthly', 'run-out', 'weekly')),
    performance_year INTEGER NOT NULL,
    file_date TEXT NOT NULL,
    file_time TEXT NOT NULL,
    source TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    loaded_by TEXT NOT NULL
);
CREATE TABLE cclf_delivery_file (
    delivery_id INTEGER NOT NULL REFERENCES cclf_delivery(id) ON DELETE CASCADE,
    file TEXT NOT NULL,
    name TEXT NOT NULL,
    records INTEGER NOT NULL CHECK (records >= 0),
    record_length INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    new_records INTEGER NOT NULL,
    duplicates INTEGER NOT NULL,
    replaced INTEGER NOT NULL,
    PRIMARY KEY (delivery_id, file)
) WITHOUT ROWID;
CREATE INDEX cclf_delivery_file_sha256 ON cclf_delivery_file(sha256);

CREATE TABLE cclf_mbi (
    id INTEGER PRIMARY KEY,
    mbi TEXT NOT NULL UNIQUE,
    current_id INTEGER NOT NULL
);
CREATE TABLE cclf_mbi_link (
    previous_mbi TEXT NOT NULL,
    current_mbi TEXT NOT NULL,
    effective_date INTEGER NOT NULL,
    obsolete_date INTEGER NOT NULL,
    delivery_id INTEGER NOT NULL,
    PRIMARY KEY (previous_mbi, current_mbi)
) WITHOUT ROWID;
CREATE TABLE cclf_member (
    delivery_id INTEGER NOT NULL,
    bene_id INTEGER NOT NULL,
    PRIMARY KEY (delivery_id, bene_id)
) WITHOUT ROWID;

CREATE TABLE claim_a (
    id INTEGER PRIMARY KEY,
    bene_id INTEGER NOT NULL,
    group_key INTEGER NOT NULL,
    action INTEGER NOT NULL,
    adjustment INTEGER NOT NULL,
    claim_type INTEGER NOT NULL,
    bill_type TEXT NOT NULL,
    ccn TEXT NOT NULL,
    from_date INTEGER NOT NULL,
    thru_date INTEGER NOT NULL,
    effective_date INTEGER NOT NULL,
    load_date INTEGER NOT NULL,
    paid_cents INTEGER NOT NULL,
    excluded_cents INTEGER NOT NULL,
    principal_dx TEXT NOT NULL,
    admitting_dx TEXT NOT NULL,
    drg TEXT NOT NULL,
    discharge_status TEXT NOT NULL,
    admission_type TEXT NOT NULL,
    admission_source TEXT NOT NULL,
    nonpayment_reason TEXT NOT NULL,
    facility_npi TEXT NOT NULL,
    attending_npi TEXT NOT NULL,
    operating_npi TEXT NOT NULL,
    other_npi TEXT NOT NULL,
    delivery_id INTEGER NOT NULL,
    content_hash INTEGER NOT NULL
);
CREATE INDEX claim_a_group ON claim_a(group_key);
CREATE INDEX claim_a_unmatched ON claim_a(group_key) WHERE action = 2;
CREATE TABLE claim_a_line (
    id INTEGER PRIMARY KEY,
    revenue_center TEXT NOT NULL,
    hcpcs TEXT NOT NULL,
    modifiers TEXT NOT NULL,
    from_date INTEGER NOT NULL,
    thru_date INTEGER NOT NULL,
    units REAL NOT NULL,
    paid_cents INTEGER NOT NULL,
    apc_hipps TEXT NOT NULL,
    delivery_id INTEGER NOT NULL,
    content_hash INTEGER NOT NULL
);
CREATE TABLE claim_a_procedure (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    performed_date INTEGER NOT NULL,
    delivery_id INTEGER NOT NULL,
    content_hash INTEGER NOT NULL
);
CREATE TABLE claim_a_diagnosis (
    id INTEGER PRIMARY KEY,
    product_type TEXT NOT NULL,
    code TEXT NOT NULL,
    present_on_admission TEXT NOT NULL,
    delivery_id INTEGER NOT NULL,
    content_hash INTEGER NOT NULL
);
CREATE TABLE claim_b_line (
    id INTEGER PRIMARY KEY,
    bene_id INTEGER NOT NULL,
    group_key INTEGER NOT NULL,
    action INTEGER NOT NULL,
    adjustment INTEGER NOT NULL,
    claim_type INTEGER NOT NULL,
    control_number TEXT NOT NULL,
    from_date INTEGER NOT NULL,
    thru_date INTEGER NOT NULL,
    hcpcs TEXT NOT NULL,
    modifiers TEXT NOT NULL,
    place_of_service TEXT NOT NULL,
    rendering_npi TEXT NOT NULL,
    rendering_tin TEXT NOT NULL,
    specialty TEXT NOT NULL,
    paid_cents INTEGER NOT NULL,
    allowed_cents INTEGER NOT NULL,
    units REAL NOT NULL,
    line_dx TEXT NOT NULL,
    diagnoses TEXT NOT NULL,
    denial_code TEXT NOT NULL,
    processing_code TEXT NOT NULL,
    effective_date INTEGER NOT NULL,
    load_date INTEGER NOT NULL,
    delivery_id INTEGER NOT NULL,
    content_hash INTEGER NOT NULL
);
CREATE INDEX claim_b_line_group ON claim_b_line(group_key);
CREATE INDEX claim_b_line_unmatched ON claim_b_line(group_key) WHERE action = 2;
CREATE TABLE claim_dme_line (
    id INTEGER PRIMARY KEY,
    bene_id INTEGER NOT NULL,
    group_key INTEGER NOT NULL,
    action INTEGER NOT NULL,
    adjustment INTEGER NOT NULL,
    claim_type INTEGER NOT NULL,
    control_number TEXT NOT NULL,
    from_date INTEGER NOT NULL,
    thru_date INTEGER NOT NULL,
    hcpcs TEXT NOT NULL,
    place_of_service TEXT NOT NULL,
    paid_cents INTEGER NOT NULL,
    allowed_cents INTEGER NOT NULL,
    pay_to_npi TEXT NOT NULL,
    ordering_npi TEXT NOT NULL,
    effective_date INTEGER NOT NULL,
    load_date INTEGER NOT NULL,
    delivery_id INTEGER NOT NULL,
    content_hash INTEGER NOT NULL
);
CREATE INDEX claim_dme_line_group ON claim_dme_line(group_key);
CREATE INDEX claim_dme_line_unmatched ON claim_dme_line(group_key) WHERE action = 2;
CREATE TABLE claim_d (
    id INTEGER PRIMARY KEY,
    bene_id INTEGER NOT NULL,
    group_key INTEGER NOT NULL,
    action INTEGER NOT NULL,
    adjustment INTEGER NOT NULL,
    ndc TEXT NOT NULL,
    fill_date INTEGER NOT NULL,
    service_provider TEXT NOT NULL,
    prescriber TEXT NOT NULL,
    dispensing_status TEXT NOT NULL,
    reference_number INTEGER NOT NULL,
    fill_number TEXT NOT NULL,
    quantity REAL NOT NULL,
    days_supply INTEGER NOT NULL,
    patient_pay_cents INTEGER NOT NULL,
    effective_date INTEGER NOT NULL,
    load_date INTEGER NOT NULL,
    delivery_id INTEGER NOT NULL,
    content_hash INTEGER NOT NULL
);
CREATE INDEX claim_d_group ON claim_d(group_key);
)sql";

// Version 5: what the claims say, computed on every CCLF load (docs/measures.md): each member's
// primary care provider per month (attribution, with the member's spending that month), the
// monthly spending by enrollment type, the year's benchmark by enrollment type where the ACO's
// agreement gives it, and which care gaps and utilization events were computed from claims (the
// others were imported and are kept).
constexpr const char* schemaVersion5 = R"sql(
CREATE TABLE attribution (
    month INTEGER NOT NULL CHECK (month % 100 BETWEEN 1 AND 12),
    beneficiary_id INTEGER NOT NULL REFERENCES beneficiary(id) ON DELETE CASCADE,
    provider_id INTEGER NOT NULL REFERENCES provider(id),
    spending_cents INTEGER NOT NULL,
    PRIMARY KEY (month, beneficiary_id)
) WITHOUT ROWID;
CREATE INDEX attribution_provider ON attribution(provider_id, month);
CREATE INDEX attribution_beneficiary ON attribution(beneficiary_id, month);
CREATE TABLE expenditure_by_type (
    period INTEGER NOT NULL CHECK (period % 100 BETWEEN 1 AND 12),
    enrollment_type TEXT NOT NULL CHECK (enrollment_type IN ('esrd', 'disabled', 'aged_dual', 'aged_non_dual')),
    beneficiary_months INTEGER NOT NULL CHECK (beneficiary_months >= 0),
    expenditure_cents INTEGER NOT NULL,
    PRIMARY KEY (period, enrollment_type)
) WITHOUT ROWID;
ALTER TABLE performance_year ADD COLUMN benchmark_esrd_cents INTEGER CHECK (benchmark_esrd_cents >= 0);
ALTER TABLE performance_year ADD COLUMN benchmark_disabled_cents INTEGER CHECK (benchmark_disabled_cents >= 0);
ALTER TABLE performance_year ADD COLUMN benchmark_aged_dual_cents INTEGER CHECK (benchmark_aged_dual_cents >= 0);
ALTER TABLE performance_year ADD COLUMN benchmark_aged_non_dual_cents INTEGER
    CHECK (benchmark_aged_non_dual_cents >= 0);
ALTER TABLE care_gap ADD COLUMN source TEXT NOT NULL DEFAULT 'import' CHECK (source IN ('import', 'claims'));
ALTER TABLE utilization_event ADD COLUMN source TEXT NOT NULL DEFAULT 'import' CHECK (source IN ('import', 'claims'));
)sql";

// Version 6: CMS-HCC risk scores computed from the claims, one row per beneficiary and payment
// year: the segment scored (the model's column, COMMUNITY_NA ... INSTITUTIONAL, or NE), the raw and
// normalized scores, the payment HCCs by number ("37 226"), and the payment year of the model's
// tables (another year's when the program has none for this one). The primary key serves "one
// beneficiary's years" and, through beneficiary(provider_id), "a provider's beneficiaries for a
// year"; the index serves "every beneficiary of a year". The roster keeps CCLF8's Part B start date,
// which decides who is a new enrollee.
constexpr const char* schemaVersion6 = R"sql(
ALTER TABLE beneficiary ADD COLUMN part_b_start TEXT;
CREATE TABLE risk_score (
    beneficiary_id INTEGER NOT NULL REFERENCES beneficiary(id) ON DELETE CASCADE,
    payment_year INTEGER NOT NULL,
    segment TEXT NOT NULL,
    raw REAL NOT NULL,
    normalized REAL NOT NULL,
    hccs TEXT NOT NULL,
    model_year INTEGER NOT NULL,
    PRIMARY KEY (beneficiary_id, payment_year)
) WITHOUT ROWID;
CREATE INDEX risk_score_year ON risk_score(payment_year);
)sql";

// Version 7: whether each driver diagram's columns are in an order the user chose by hand, or
// kept arranged by the workbench (fewest crossing links). Diagrams from before keep their order:
// they are marked as ordered by hand, and Arrange hands them to the workbench.
constexpr const char* schemaVersion7 = R"sql(
ALTER TABLE driver_diagram ADD COLUMN ordered_by_hand INTEGER NOT NULL DEFAULT 0
    CHECK (ordered_by_hand IN (0, 1));
UPDATE driver_diagram SET ordered_by_hand = 1;
)sql";

// Version 8: what each beneficiary's claims tell the measures (claimsmeasures/storedfacts.h),
// kept from one CCLF load to the next so that a load reads only the claims it brought; keyed by the
// cclf_mbi id of the beneficiary's current MBI. `basis` says what they were read with (the code
// lists, the roster's primary care providers, the format): when it differs, every claim is read
// again.
constexpr const char* schemaVersion8 = R"sql(
CREATE TABLE claims_facts (
    person INTEGER PRIMARY KEY,
    facts BLOB NOT NULL
);
CREATE TABLE claims_facts_basis (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    basis TEXT NOT NULL
);
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
        {4, "CCLF claims, deliveries and MBI changes; CCLF demographics in the beneficiary roster",
         [](Database& db) { db.exec(schemaVersion4); }, true},
        {5, "attribution per month, spending by enrollment type, and what was computed from claims",
         [](Database& db) { db.exec(schemaVersion5); }},
        {6, "CMS-HCC risk scores per beneficiary and payment year; CCLF8's Part B start date",
         [](Database& db) { db.exec(schemaVersion6); }},
        {7, "whether a driver diagram is ordered by hand or kept arranged",
         [](Database& db) { db.exec(schemaVersion7); }},
        {8, "what each beneficiary's claims tell the measures, kept between CCLF loads",
         [](Database& db) { db.exec(schemaVersion8); }},
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
        const bool foreignKeys = db.queryInt64("PRAGMA foreign_keys") != 0;
        try {
            if (step.rebuildsTables && foreignKeys)
                db.exec("PRAGMA foreign_keys = OFF");
            Transaction transaction(db);
            step.apply(db);
            if (step.rebuildsTables && db.queryInt64("SELECT count(*) FROM pragma_foreign_key_check") > 0)
                throw Error("a rebuilt table lost rows that others refer to", Error::Kind::InvalidData);
            db.exec("PRAGMA user_version = " + std::to_string(step.version));
            transaction.commit();
            if (step.rebuildsTables && foreignKeys)
                db.exec("PRAGMA foreign_keys = ON");
        } catch (const Error& error) {
            if (step.rebuildsTables && foreignKeys)
                db.exec("PRAGMA foreign_keys = ON");
            throw Error("Upgrading '" + db.path().toStdString() + "' to schema version " +
                            std::to_string(step.version) + " failed, so it was left unchanged: " +
                            error.what(),
                        error.kind());
        }
    }
}

} // namespace aco
