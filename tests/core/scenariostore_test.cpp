#include "error.h"
#include "scenarios/scenariostore.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDateTime>

#include <gtest/gtest.h>

#include <functional>

using namespace aco;

namespace {

Scenario amountScenario(std::int64_t cents)
{
    Scenario s;
    s.source = Scenario::Source::Amount;
    s.amountCents = cents;
    s.basis = Scenario::Basis::Beneficiaries;
    s.infrastructureBasisPoints = 2000;
    s.providerBasisPoints = 8000;
    return s;
}

struct Stamps
{
    QString created, modified;
};

Stamps stamps(const Database& db, const QString& name)
{
    Statement q = db.prepare("SELECT created_at, modified_at FROM scenario WHERE name = ?1");
    q.bind(1, name);
    EXPECT_TRUE(q.step());
    return {q.text(0), q.text(1)};
}

std::int64_t rows(const Database& db)
{
    return db.queryInt64("SELECT count(*) FROM scenario");
}

} // namespace

TEST(ScenarioStore, SavesAndLoadsExactlyUnderTheGivenName)
{
    test::TempFolder folder;
    Store store = Store::create(folder.path(QStringLiteral("s.aco")));
    ScenarioStore scenarios(store.db());
    Scenario s = amountScenario(123'456'789);
    s.name = QStringLiteral("ignored");
    s.year = 2025;
    s.minimumBeneficiaries = 25;
    scenarios.save(QStringLiteral("Board plan"), s);

    const Scenario loaded = scenarios.load(QStringLiteral("Board plan"));
    EXPECT_EQ(loaded.name, QStringLiteral("Board plan"));
    EXPECT_EQ(loaded.amountCents, 123'456'789);
    EXPECT_EQ(loaded.year, 2025);
    EXPECT_EQ(loaded.minimumBeneficiaries, 25);
    EXPECT_EQ(loaded.providerBasisPoints, 8000);
    EXPECT_EQ(loaded.basis, Scenario::Basis::Beneficiaries);
    EXPECT_EQ(store.db().queryInt64("SELECT year FROM scenario"), 2025);

    // ISO 8601 timestamps, in UTC, close to now.
    const Stamps st = stamps(store.db(), QStringLiteral("Board plan"));
    const QDateTime created = QDateTime::fromString(st.created, Qt::ISODate);
    ASSERT_TRUE(created.isValid()) << st.created.toStdString();
    EXPECT_TRUE(st.created.endsWith(QLatin1Char('Z')));
    EXPECT_LE(std::abs(created.secsTo(QDateTime::currentDateTimeUtc())), 60);
    EXPECT_EQ(st.created, st.modified);
}

TEST(ScenarioStore, ReplacingKeepsCreatedAtAndOneRow)
{
    test::TempFolder folder;
    Store store = Store::create(folder.path(QStringLiteral("s.aco")));
    ScenarioStore scenarios(store.db());
    scenarios.save(QStringLiteral("A"), amountScenario(100));
    // Backdate the first save so that a replacement's new modified_at is visibly different.
    store.db().exec("UPDATE scenario SET created_at = '2020-01-02T03:04:05Z', "
                    "modified_at = '2020-01-02T03:04:05Z'");
    scenarios.save(QStringLiteral("A"), amountScenario(200));

    EXPECT_EQ(rows(store.db()), 1);
    EXPECT_EQ(scenarios.load(QStringLiteral("A")).amountCents, 200);
    const Stamps st = stamps(store.db(), QStringLiteral("A"));
    EXPECT_EQ(st.created, QStringLiteral("2020-01-02T03:04:05Z"));
    EXPECT_GT(st.modified, st.created);
}

TEST(ScenarioStore, RefusesAnInvalidScenarioBeforeWriting)
{
    test::TempFolder folder;
    Store store = Store::create(folder.path(QStringLiteral("s.aco")));
    ScenarioStore scenarios(store.db());
    scenarios.save(QStringLiteral("A"), amountScenario(100));
    Scenario bad = amountScenario(999);
    bad.providerBasisPoints = 7000; // split totals 90%
    try {
        scenarios.save(QStringLiteral("A"), bad);
        FAIL() << "an invalid scenario was saved";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::InvalidData);
        EXPECT_NE(std::string(error.what()).find("split"), std::string::npos) << error.what();
    }
    EXPECT_THROW(scenarios.save(QStringLiteral("B"), bad), Error);
    EXPECT_THROW(scenarios.save(QStringLiteral("  "), amountScenario(1)), Error);
    EXPECT_EQ(rows(store.db()), 1);
    EXPECT_EQ(scenarios.load(QStringLiteral("A")).amountCents, 100);
}

TEST(ScenarioStore, MissingNameIsAUsageErrorNamingIt)
{
    test::TempFolder folder;
    Store store = Store::create(folder.path(QStringLiteral("s.aco")));
    ScenarioStore scenarios(store.db());
    for (const auto& attempt :
         {std::function<void()>([&] { scenarios.load(QStringLiteral("Nope")); }),
          std::function<void()>([&] { scenarios.remove(QStringLiteral("Nope")); }),
          std::function<void()>(
              [&] { scenarios.duplicate(QStringLiteral("Nope"), QStringLiteral("X")); })}) {
        try {
            attempt();
            FAIL() << "no error for a missing scenario";
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), Error::Kind::Usage);
            EXPECT_NE(std::string(error.what()).find("'Nope'"), std::string::npos) << error.what();
        }
    }
    EXPECT_EQ(rows(store.db()), 0);
}

TEST(ScenarioStore, ListsInOrderRemovesAndDuplicates)
{
    test::TempFolder folder;
    Store store = Store::create(folder.path(QStringLiteral("s.aco")));
    ScenarioStore scenarios(store.db());
    scenarios.save(QStringLiteral("b"), amountScenario(2));
    scenarios.save(QStringLiteral("a"), amountScenario(1));
    scenarios.save(QStringLiteral("c"), amountScenario(3));
    EXPECT_EQ(scenarios.names(), (std::vector<QString>{QStringLiteral("a"), QStringLiteral("b"),
                                                       QStringLiteral("c")}));

    scenarios.remove(QStringLiteral("b"));
    EXPECT_EQ(scenarios.names(), (std::vector<QString>{QStringLiteral("a"), QStringLiteral("c")}));
    EXPECT_FALSE(scenarios.contains(QStringLiteral("b")));

    scenarios.duplicate(QStringLiteral("c"), QStringLiteral("d"));
    const Scenario copy = scenarios.load(QStringLiteral("d"));
    EXPECT_EQ(copy.name, QStringLiteral("d"));
    EXPECT_EQ(copy.amountCents, 3);
    EXPECT_EQ(scenarios.load(QStringLiteral("c")).name, QStringLiteral("c"));

    // Onto an existing name: refused, nothing changed.
    try {
        scenarios.duplicate(QStringLiteral("a"), QStringLiteral("c"));
        FAIL() << "duplicate overwrote a scenario";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Usage);
        EXPECT_NE(std::string(error.what()).find("'c'"), std::string::npos) << error.what();
    }
    EXPECT_EQ(scenarios.load(QStringLiteral("c")).amountCents, 3);
    EXPECT_EQ(rows(store.db()), 3);
}

TEST(ScenarioStore, ARowThatIsNotAScenarioIsInvalidData)
{
    test::TempFolder folder;
    Store store = Store::create(folder.path(QStringLiteral("s.aco")));
    store.db().exec("INSERT INTO scenario (name, year, definition, created_at, modified_at) "
                    "VALUES ('x', 0, '{\"split\": 3}', '2020-01-01T00:00:00Z', "
                    "'2020-01-01T00:00:00Z')");
    try {
        ScenarioStore(store.db()).load(QStringLiteral("x"));
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::InvalidData);
        EXPECT_NE(std::string(error.what()).find("split"), std::string::npos) << error.what();
    }
}

TEST(ScenarioStore, RenameKeepsCreatedAtAndRefusesATakenName)
{
    test::TempFolder folder;
    Store store = Store::create(folder.path(QStringLiteral("s.aco")));
    ScenarioStore scenarios(store.db());
    scenarios.save(QStringLiteral("a"), amountScenario(1));
    scenarios.save(QStringLiteral("b"), amountScenario(2));
    const QString created = stamps(store.db(), QStringLiteral("a")).created;

    scenarios.rename(QStringLiteral("a"), QStringLiteral("Board plan"));
    EXPECT_FALSE(scenarios.contains(QStringLiteral("a")));
    const Scenario renamed = scenarios.load(QStringLiteral("Board plan"));
    EXPECT_EQ(renamed.name, QStringLiteral("Board plan")); // the stored definition too
    EXPECT_EQ(renamed.amountCents, 1);
    EXPECT_EQ(stamps(store.db(), QStringLiteral("Board plan")).created, created);

    EXPECT_THROW(scenarios.rename(QStringLiteral("b"), QStringLiteral("Board plan")), Error);
    EXPECT_THROW(scenarios.rename(QStringLiteral("missing"), QStringLiteral("c")), Error);
    EXPECT_EQ(scenarios.load(QStringLiteral("b")).amountCents, 2);
    EXPECT_EQ(rows(store.db()), 2);
}
