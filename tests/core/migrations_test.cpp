#include "error.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/store.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <set>

using namespace aco;

namespace {

std::set<std::string> tables(const Database& db)
{
    auto query = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' "
                            "AND name NOT LIKE 'sqlite_%'");
    std::set<std::string> names;
    while (query.step())
        names.emplace(query.utf8(0));
    return names;
}

std::set<std::string> columns(const Database& db, const char* table)
{
    auto query = db.prepare("SELECT name FROM pragma_table_info(?1)");
    query.bind(1, table);
    std::set<std::string> names;
    while (query.step())
        names.emplace(query.utf8(0));
    return names;
}

// Three steps for testing the mechanism: the third fails half-way.
std::vector<Migration> trialSteps()
{
    return {
        {1, "create", [](Database& db) { db.exec("CREATE TABLE a (x INTEGER); INSERT INTO a VALUES (7)"); }},
        {2, "add a column", [](Database& db) { db.exec("ALTER TABLE a ADD COLUMN y TEXT DEFAULT 'new'"); }},
        {3, "fails", [](Database& db) {
             db.exec("CREATE TABLE b (z); DELETE FROM a; SELECT * FROM no_such_table");
         }},
    };
}

} // namespace

TEST(Migrations, StepsAreNumberedOneByOne)
{
    const auto& steps = schemaMigrations();
    ASSERT_FALSE(steps.empty());
    for (size_t i = 0; i < steps.size(); ++i)
        EXPECT_EQ(steps[i].version, static_cast<int>(i) + 1);
    EXPECT_EQ(latestSchemaVersion(), steps.back().version);
}

TEST(Migrations, EachStepOfTheRealSchemaAppliesCleanly)
{
    test::TempFolder folder;
    Database db(folder.path(QStringLiteral("steps.db")), Database::Access::Create);
    db.exec("PRAGMA foreign_keys = ON");
    const auto& steps = schemaMigrations();
    for (size_t upTo = 1; upTo <= steps.size(); ++upTo) {
        migrate(db, std::vector<Migration>(steps.begin(), steps.begin() + static_cast<long>(upTo)));
        EXPECT_EQ(db.queryInt64("PRAGMA user_version"), steps[upTo - 1].version);
        EXPECT_EQ(db.queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
        EXPECT_EQ(db.queryInt64("SELECT count(*) FROM pragma_foreign_key_check"), 0);
    }
}

TEST(Migrations, VersionOneHasEveryTableTheIssueNames)
{
    test::TempFolder folder;
    Store store = Store::create(folder.path(QStringLiteral("v1.aco")));
    const std::set<std::string> expected = {
        "aco", "performance_year", "practice", "department", "provider", "beneficiary", "measure",
        "measure_result", "expenditure", "tier_scheme", "care_gap", "utilization_event",
        "driver_diagram", "driver_node", "driver_link", "scenario", "export_log",
        // Version 4: the CCLF claims.
        "cclf_delivery", "cclf_delivery_file", "cclf_mbi", "cclf_mbi_link", "cclf_member", "claim_a",
        "claim_a_line", "claim_a_procedure", "claim_a_diagnosis", "claim_b_line", "claim_dme_line", "claim_d",
        // Version 5: what the claims give; version 6: risk scores from the claims; version 8: the
        // facts kept between loads.
        "attribution", "expenditure_by_type", "risk_score", "claims_facts", "claims_facts_basis"};
    EXPECT_EQ(tables(store.db()), expected);
    const std::set<std::string> providerColumns = {
        "id", "npi", "last_name", "first_name", "credential", "specialty", "kind", "employment",
        "practice_id", "department_id", "active_from", "active_to"};
    EXPECT_EQ(columns(store.db(), "provider"), providerColumns);
}

TEST(Migrations, UpgradeKeepsDataAndAFailedStepChangesNothing)
{
    test::TempFolder folder;
    Database db(folder.path(QStringLiteral("trial.db")), Database::Access::Create);
    auto steps = trialSteps();

    migrate(db, {steps[0]});
    EXPECT_EQ(db.queryInt64("PRAGMA user_version"), 1);

    try {
        migrate(db, steps);
        FAIL() << "the failing step did not fail";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("schema version 3"), std::string::npos) << error.what();
    }
    // Step 2 landed with the data; step 3's table and delete were rolled back with it.
    EXPECT_EQ(db.queryInt64("PRAGMA user_version"), 2);
    EXPECT_EQ(tables(db), (std::set<std::string>{"a"}));
    EXPECT_EQ(db.queryInt64("SELECT x FROM a"), 7);
    EXPECT_EQ(db.queryText("SELECT y FROM a"), QStringLiteral("new"));
}

TEST(Migrations, MigratingAnUpToDateFileDoesNothing)
{
    test::TempFolder folder;
    Database db(folder.path(QStringLiteral("same.db")), Database::Access::Create);
    auto steps = trialSteps();
    steps.pop_back();
    migrate(db, steps);
    db.exec("INSERT INTO a (x) VALUES (8)");
    migrate(db, steps);
    EXPECT_EQ(db.queryInt64("SELECT count(*) FROM a"), 2);
}

TEST(Migrations, VersionFourKeepsTheRosterAndWhatRefersToIt)
{
    // The beneficiary table is rebuilt (its birth date, sex and risk score may now be unknown):
    // its rows, and the care gaps and events that refer to them, survive.
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("v3.aco"));
    {
        Database db(path, Database::Access::Create);
        db.exec("PRAGMA application_id = " + std::to_string(Store::applicationId));
        db.exec("PRAGMA foreign_keys = ON");
        migrate(db, {schemaMigrations()[0], schemaMigrations()[1], schemaMigrations()[2]});
        db.exec("INSERT INTO beneficiary (id, mbi, last_name, first_name, birth_date, sex, risk_score) "
                "VALUES (7, '1EG4TE5MK73', 'Doe', 'Jane', '1950-01-01', 'F', 1.25);"
                "INSERT INTO care_gap (beneficiary_id, description, due_date) VALUES (7, 'AWV due', '2026-10-01');"
                "INSERT INTO utilization_event (beneficiary_id, event_date, kind, cost_cents) "
                "VALUES (7, '2026-05-01', 'admission', 1500000)");
    }
    Store store = Store::open(path);
    ASSERT_EQ(store.schemaVersion(), latestSchemaVersion());
    Database& db = store.db();
    EXPECT_EQ(db.queryText("SELECT mbi || ' ' || birth_date || ' ' || sex || ' ' || risk_score FROM beneficiary "
                           "WHERE id = 7"),
              QStringLiteral("1EG4TE5MK73 1950-01-01 F 1.25"));
    EXPECT_EQ(db.queryInt64("SELECT count(*) FROM care_gap WHERE beneficiary_id = 7"), 1);
    EXPECT_EQ(db.queryInt64("SELECT count(*) FROM utilization_event WHERE beneficiary_id = 7"), 1);
    EXPECT_EQ(db.queryInt64("PRAGMA foreign_keys"), 1);
    EXPECT_EQ(db.queryInt64("SELECT count(*) FROM pragma_foreign_key_check"), 0);
    // A beneficiary named by the claims before any extract gives a risk score or birth date.
    db.exec("INSERT INTO beneficiary (mbi, last_name, first_name) VALUES ('6U50TE7GG18', '', '')");
    // The references still hold: a gap of a missing beneficiary is refused.
    EXPECT_THROW(db.exec("INSERT INTO care_gap (beneficiary_id, description, due_date) VALUES (99, 'x', "
                         "'2026-01-01')"),
                 Error);
}

TEST(Migrations, AVersionOneFileIsUpgradedWithItsDataKept)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("old.aco"));
    {
        // A file as version 1 of the application wrote it.
        Database db(path, Database::Access::Create);
        db.exec("PRAGMA application_id = " + std::to_string(Store::applicationId));
        migrate(db, {schemaMigrations().front()});
        db.exec("INSERT INTO measure (id, code, name, domain, direction, unit) "
                "VALUES (1, 'BCS', 'Breast cancer screening', 'quality', 'higher', 'percent')");
    }
    Store store = Store::open(path);
    EXPECT_EQ(store.schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(store.db().queryText("SELECT name FROM measure WHERE code = 'BCS'"),
              QStringLiteral("Breast cancer screening"));
    EXPECT_TRUE(columns(store.db(), "measure").contains("benchmark"));
    EXPECT_EQ(store.db().queryInt64("SELECT count(*) FROM measure WHERE benchmark IS NULL AND benchmark_label = ''"), 1);
}

// Version 4 marks the diagrams already in a file as ordered by hand: their order may be the
// user's, so the workbench keeps it until told to keep them arranged.
TEST(Migrations, DiagramsFromBeforeVersionFourKeepTheirOrder)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("three.aco"));
    {
        Database db(path, Database::Access::Create);
        db.exec("PRAGMA application_id = " + std::to_string(Store::applicationId));
        const auto& steps = schemaMigrations();
        migrate(db, {steps[0], steps[1], steps[2]});
        db.exec("INSERT INTO driver_diagram (id, year, title, aim_what, aim_how_much, "
                "aim_for_whom, aim_by_when) VALUES (1, 2026, 'Plan', 'Lower cost', '3%', "
                "'Everyone', 'December 31, 2026')");
        db.exec("INSERT INTO driver_node (diagram_id, kind, position, text) VALUES "
                "(1, 'aim', 0, 'Lower cost')");
    }
    Store store = Store::open(path);
    EXPECT_GE(store.schemaVersion(), 4);
    EXPECT_EQ(store.db().queryInt64("SELECT ordered_by_hand FROM driver_diagram"), 1);
    // A diagram added afterwards is the workbench's to keep arranged unless said otherwise.
    store.db().exec("INSERT INTO driver_diagram (id, year, title, aim_what, aim_how_much, "
                    "aim_for_whom, aim_by_when) VALUES (2, 2027, 'Plan', 'Lower cost', '3%', "
                    "'Everyone', 'December 31, 2027')");
    EXPECT_EQ(store.db().queryInt64("SELECT ordered_by_hand FROM driver_diagram WHERE id = 2"), 0);
}
