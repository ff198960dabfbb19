#include "error.h"
#include "scenarios/scenariojson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace aco;

namespace {

// The IPA ACO of the toolkit: 92/8, tiers on two measures, independent providers shielded.
Scenario ipaScenario()
{
    Scenario s;
    s.name = QStringLiteral("92/8 with shielded IPA");
    s.source = Scenario::Source::Mssp;
    s.year = 2026;
    s.expenditureChange = -0.015;
    s.qualityScore = 0.85;
    s.infrastructureBasisPoints = 800;
    s.careRedesignBasisPoints = 0;
    s.providerBasisPoints = 9200;
    s.level = Level::Practice;
    s.specialists = false;
    s.minimumBeneficiaries = 50;
    s.engagement = EngagementRule{QStringLiteral("ENG"), 75.0};
    s.measures = {{QStringLiteral("BCS"), 6000}, {QStringLiteral("AWV"), 4000}};
    s.unearned = Scenario::Unearned::ToEarners;
    s.lossBearer = Scenario::LossBearer::EmployedGroup;
    s.priorReserveCents = 123'456'789;
    return s;
}

// The message of the aco::Error that reading `json` throws; empty when it does not throw.
std::string errorOf(const QJsonObject& json)
{
    try {
        scenarioFromJson(json);
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::InvalidData);
        return e.what();
    }
    return {};
}

QJsonObject with(QJsonObject json, const QString& section, const QString& key,
                 const QJsonValue& value)
{
    QJsonObject inner = json[section].toObject();
    inner[key] = value;
    json[section] = inner;
    return json;
}

} // namespace

TEST(ScenarioJson, RoundTripsEveryField)
{
    const Scenario s = ipaScenario();
    // Through text, as a file would be.
    const QByteArray text = QJsonDocument(scenarioToJson(s)).toJson();
    const Scenario back = scenarioFromJson(QJsonDocument::fromJson(text).object());
    EXPECT_EQ(back.name, s.name);
    EXPECT_EQ(back.source, s.source);
    EXPECT_EQ(back.year, 2026);
    EXPECT_DOUBLE_EQ(back.expenditureChange, -0.015);
    EXPECT_EQ(back.qualityScore, 0.85);
    EXPECT_EQ(back.infrastructureBasisPoints, 800);
    EXPECT_EQ(back.providerBasisPoints, 9200);
    EXPECT_EQ(back.level, Level::Practice);
    EXPECT_FALSE(back.specialists);
    EXPECT_TRUE(back.primaryCare);
    EXPECT_EQ(back.minimumBeneficiaries, 50);
    ASSERT_TRUE(back.engagement);
    EXPECT_EQ(back.engagement->code, QStringLiteral("ENG"));
    EXPECT_EQ(back.engagement->minimum, 75.0);
    ASSERT_EQ(back.measures.size(), 2u);
    EXPECT_EQ(back.measures[1].code, QStringLiteral("AWV"));
    EXPECT_EQ(back.measures[1].weightBasisPoints, 4000);
    EXPECT_EQ(back.unearned, Scenario::Unearned::ToEarners);
    EXPECT_EQ(back.lossBearer, Scenario::LossBearer::EmployedGroup);
    EXPECT_EQ(back.priorReserveCents, 123'456'789);
    EXPECT_EQ(scenarioToJson(back), scenarioToJson(s));
}

TEST(ScenarioJson, ErrorsNameTheField)
{
    const QJsonObject good = scenarioToJson(ipaScenario());
    ASSERT_EQ(errorOf(good), "");

    // Split of 8% + 90% = 98%.
    const std::string split =
        errorOf(with(good, QStringLiteral("split"), QStringLiteral("providers"), 9000));
    EXPECT_NE(split.find("split"), std::string::npos) << split;
    EXPECT_NE(split.find("98.00%"), std::string::npos) << split;

    EXPECT_NE(errorOf(with(good, QStringLiteral("split"), QStringLiteral("resrve"), 0))
                  .find("split.resrve"),
              std::string::npos);
    EXPECT_NE(errorOf(with(good, QStringLiteral("eligibility"), QStringLiteral("level"),
                           QStringLiteral("team")))
                  .find("eligibility.level"),
              std::string::npos);
    EXPECT_NE(errorOf(with(good, QStringLiteral("losses"), QStringLiteral("priorReserveCents"), -1))
                  .find("losses.priorReserveCents"),
              std::string::npos);
    EXPECT_NE(
        errorOf(with(good, QStringLiteral("losses"), QStringLiteral("priorReserveCents"), 10.5))
            .find("losses.priorReserveCents"),
        std::string::npos);
    EXPECT_NE(errorOf(with(good, QStringLiteral("eligibility"),
                           QStringLiteral("minimumBeneficiaries"), -5))
                  .find("eligibility.minimumBeneficiaries"),
              std::string::npos);
    EXPECT_NE(errorOf(with(good, QStringLiteral("source"), QStringLiteral("qualityScore"), 1.5))
                  .find("source.qualityScore"),
              std::string::npos);
    EXPECT_NE(errorOf(with(good, QStringLiteral("source"), QStringLiteral("kind"),
                           QStringLiteral("lottery")))
                  .find("source.kind"),
              std::string::npos);
    EXPECT_NE(errorOf(with(good, QStringLiteral("eligibility"), QStringLiteral("employed"),
                           QStringLiteral("yes")))
                  .find("eligibility.employed"),
              std::string::npos);

    // Weights 60% + 30% = 90%.
    QJsonArray measures = good[QStringLiteral("payment")][QStringLiteral("measures")].toArray();
    QJsonObject second = measures[1].toObject();
    second[QStringLiteral("weight")] = 3000;
    measures[1] = second;
    const std::string weights =
        errorOf(with(good, QStringLiteral("payment"), QStringLiteral("measures"), measures));
    EXPECT_NE(weights.find("payment.measures"), std::string::npos) << weights;
    EXPECT_NE(weights.find("90.00%"), std::string::npos) << weights;

    second[QStringLiteral("wieght")] = 4000;
    measures[1] = second;
    EXPECT_NE(errorOf(with(good, QStringLiteral("payment"), QStringLiteral("measures"), measures))
                  .find("payment.measures[1].wieght"),
              std::string::npos);

    QJsonObject unknown = good;
    unknown[QStringLiteral("colour")] = QStringLiteral("blue");
    EXPECT_NE(errorOf(unknown).find("colour"), std::string::npos);
}

TEST(ScenarioJson, BasisPointsFromFractions)
{
    EXPECT_EQ(basisPointsFromFraction(0.92, QStringLiteral("split.providers")), 9200);
    EXPECT_EQ(basisPointsFromFraction(0.08, QStringLiteral("split.infrastructure")), 800);
    try {
        basisPointsFromFraction(0.12345, QStringLiteral("split.reserve"));
        FAIL() << "a fraction of a basis point was accepted";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("split.reserve"), std::string::npos);
    }
}

TEST(ScenarioJson, UncertaintyIsWrittenOnlyWhenSetAndChecked)
{
    Scenario s = ipaScenario();
    EXPECT_FALSE(scenarioToJson(s).contains(QStringLiteral("uncertainty")));
    s.expenditureCv = 0.05;
    s.qualitySd = 0.02;
    const QJsonObject json = scenarioToJson(s);
    ASSERT_TRUE(json.contains(QStringLiteral("uncertainty")));
    const Scenario back = scenarioFromJson(json);
    EXPECT_EQ(back.expenditureCv, 0.05);
    EXPECT_EQ(back.qualitySd, 0.02);

    EXPECT_NE(errorOf(with(json, QStringLiteral("uncertainty"), QStringLiteral("expenditureCv"), -0.1))
                  .find("uncertainty.expenditureCv"),
              std::string::npos);
    EXPECT_NE(errorOf(with(json, QStringLiteral("uncertainty"), QStringLiteral("qualitySd"), 2.0))
                  .find("uncertainty.qualitySd"),
              std::string::npos);
    EXPECT_NE(errorOf(with(json, QStringLiteral("uncertainty"), QStringLiteral("cv"), 0.1))
                  .find("uncertainty.cv"),
              std::string::npos);
}
