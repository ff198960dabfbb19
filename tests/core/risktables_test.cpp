// How the risk model reads its tables: ICD-10 codes and age conditions as CMS writes them, the
// built-in copy of CMS's tables, a model that is only a new folder of tables, and tables with
// mistakes, which are refused with the file and line.
#include "error.h"
#include "risk/agerange.h"
#include "risk/icd10code.h"
#include "risk/riskmodel.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <climits>
#include <vector>

using namespace aco;

TEST(Icd10Code, ReadsCodesWithOrWithoutTheDot)
{
    EXPECT_EQ(Icd10Code::text(*Icd10Code::parse("E1122")), "E1122");
    EXPECT_EQ(Icd10Code::parse("E11.22"), Icd10Code::parse("E1122"));
    EXPECT_EQ(Icd10Code::parse(" e11.22\t"), Icd10Code::parse("E1122"));
    EXPECT_EQ(Icd10Code::text(*Icd10Code::parse("S72.001A")), "S72001A");
    EXPECT_EQ(Icd10Code::text(*Icd10Code::parse("C4A0")), "C4A0");
    EXPECT_EQ(Icd10Code::text(*Icd10Code::parse("I10")), "I10");
    // Codes sort as their text: a category before its subcodes.
    EXPECT_LT(*Icd10Code::parse("E11"), *Icd10Code::parse("E110"));
    EXPECT_LT(*Icd10Code::parse("E119"), *Icd10Code::parse("E12"));
}

TEST(Icd10Code, RefusesWhatIsNotWrittenAsACode)
{
    for (const char* text : {"", "E1", "1E122", "EE122", "E11.", "E1.122", "E112.2", "E11223XA",
                             "E11 22", "E11-22", "E11..22", "É1122"})
        EXPECT_FALSE(Icd10Code::parse(text).has_value()) << text;
}

TEST(AgeRange, ReadsCmsConditions)
{
    const auto range = [](const char* text) { return AgeRange::parse(QString::fromUtf8(text)); };
    EXPECT_EQ(range("")->low, INT_MIN);
    EXPECT_EQ(range("")->high, INT_MAX);
    EXPECT_EQ(range("age >= 15")->low, 15);
    EXPECT_EQ(range("age >= 15")->high, INT_MAX);
    EXPECT_EQ(range("age < 21")->high, 20);
    EXPECT_EQ(range("age <= 21")->high, 21);
    EXPECT_EQ(range("age > 21")->low, 22);
    EXPECT_EQ(range("age = 0")->low, 0);
    EXPECT_EQ(range("age = 0")->high, 0);
    EXPECT_EQ(range("9 <= age <= 64")->low, 9);
    EXPECT_EQ(range("9 <= age <= 64")->high, 64);
    EXPECT_EQ(range("9 < age < 64")->low, 10);
    EXPECT_EQ(range("9 < age < 64")->high, 63);
    EXPECT_EQ(range("age>=15")->low, 15);
    EXPECT_EQ(range("AGE 50+")->low, 50);
    EXPECT_TRUE(range("9 <= age <= 64")->contains(9));
    EXPECT_FALSE(range("9 <= age <= 64")->contains(65));
    for (const char* text : {"age ~ 3", "weight > 3", "age >=", "3 >= age >= 1", "age >= -1"})
        EXPECT_FALSE(range(text).has_value()) << text;
}

namespace {

const QString repositoryTables = QStringLiteral(ACO_SOURCE_DIR "/resources/risk/v28-2026");

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Copies the repository's V28 tables to `folder`, replacing `file` with `replacement` when
// given, and returns the error reading them gives.
std::string errorOfCopy(const QString& folder, const QString& file = QString(),
                        const QByteArray& replacement = QByteArray())
{
    for (const QString& name : QDir(repositoryTables).entryList(QDir::Files)) {
        if (name != file)
            test::writeFile(folder + QLatin1Char('/') + name,
                            bytesOf(repositoryTables + QLatin1Char('/') + name));
        else if (!replacement.isNull())
            test::writeFile(folder + QLatin1Char('/') + name, replacement);
    }
    try {
        RiskModel::load(folder);
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::InvalidData);
        return error.what();
    }
    return {};
}

} // namespace

// The program's copy is CMS's files as published, byte for byte (when the shared data folder is
// beside the repository), and the built-in model reads the same as the repository's folder.
TEST(RiskTables, BuiltInTablesAreCmsFilesAsPublished)
{
    const QString shared =
        qEnvironmentVariable("ACO_SHARED_DIR", QStringLiteral(ACO_SOURCE_DIR "/../shared"));
    const QString cms = shared + QStringLiteral("/data/cms-hcc-v28-2026");
    const QStringList tables = QDir(repositoryTables).entryList({QStringLiteral("*.csv")});
    EXPECT_EQ(tables.size(), 6);
    for (const QString& name : tables) {
        const QByteArray builtIn = bytesOf(QStringLiteral(":/risk/v28-2026/") + name);
        EXPECT_FALSE(builtIn.isEmpty()) << name.toStdString();
        EXPECT_EQ(builtIn, bytesOf(repositoryTables + QLatin1Char('/') + name))
            << name.toStdString();
        if (QDir(cms).exists()) {
            EXPECT_EQ(builtIn, bytesOf(cms + QLatin1Char('/') + name)) << name.toStdString();
        }
    }
    const RiskModel fromFolder = RiskModel::load(repositoryTables);
    const RiskModel& builtIn = RiskModel::builtIn(2026);
    RiskBeneficiary woman;
    woman.birthDate = QDate(1950, 1, 1);
    const std::vector<std::string_view> codes{"E1122", "I509", "N185", "J449"};
    EXPECT_EQ(fromFolder.score(woman, codes).continuing, builtIn.score(woman, codes).continuing);
    if (!QDir(cms).exists())
        GTEST_SKIP() << "no CMS tables in '" << cms.toStdString()
                     << "' to compare the copy with (set ACO_SHARED_DIR)";
}

// A model is a folder of tables: this one, made up, has two segments, counts D2 and D3P, a
// group, an interaction with an HCC and one with DISABL, and an age edit.
TEST(RiskTables, AnotherModelIsAnotherFolderOfTables)
{
    test::TempFolder folder;
    const auto write = [&](const char* name, const char* text) {
        test::writeFile(folder.path(QLatin1String(name)), text);
    };
    write("model.json", R"({"model": "Test model", "paymentYear": 2030, "ageDate": "2030-02-01",
        "normalizationFactor": 1.25, "files": {"diagnoses": "map.csv", "hierarchies": "h.csv",
        "categories": "c.csv", "interactions": "i.csv", "continuingEnrollees": "ce.csv",
        "newEnrollees": "ne.csv"}})");
    write("map.csv", "ICD10,CC,MCE_AGE_CONDITION,AGE_EDIT_CONDITION,SEX_EDIT_CONDITION\n"
                     "A001,1,,,\nB002,2.0,,,\nC003,3,,age > 40,\nC003,2,,age <= 40,\n"
                     "D004,9,,,\n");
    write("h.csv", "HCC,SecondaryHCC_1\nHCC1,HCC2\nHCC2,\nHCC3,\n");
    write("c.csv", "diag_category,hcc_1,hcc_2\nGROUP,HCC2,HCC3\n");
    write("i.csv", "interaction,var_1,var_2\nGROUP_HCC1,GROUP,HCC1\nDISABLED_GROUP,DISABL,GROUP\n");
    write("ce.csv", "Variable,Label,SEG_A,SEG_B\n"
                    "F0_64,,1.0,2.0\nF65_GT,,1.5,2.5\nM0_64,,1.1,2.1\nM65_GT,,1.6,2.6\n"
                    "HCC1,One,0.1,0.01\nHCC2,Two,0.2,0.02\nHCC3,Three,0.4,0.04\n"
                    "D2,,0.001,\nD3P,,0.002,0.003\n"
                    "GROUP_HCC1,,0.05,\nDISABLED_GROUP,,,0.5\n");
    write("ne.csv",
          "Variable,Label,NE\nNMCAID_NORIGDIS_NEF0_64,,3.0\nNMCAID_NORIGDIS_NEF65_GT,,3.5\n");
    const RiskModel model = RiskModel::load(folder.path(QString()));
    EXPECT_EQ(model.name(), QStringLiteral("Test model"));
    EXPECT_EQ(model.continuingSegments(),
              QStringList({QStringLiteral("SEG_A"), QStringLiteral("SEG_B")}));
    EXPECT_EQ(model.hccLabel(2), QStringLiteral("Three"));
    EXPECT_DOUBLE_EQ(model.normalized(2.5), 2.0);

    RiskBeneficiary woman;
    woman.birthDate = QDate(1980, 1, 1); // 50 on 2030-02-01
    woman.orec = 1;                      // disabled
    // A001 HCC1, B002 HCC2 (dropped by HCC1), C003 HCC3 from 41: HCC1 HCC3, D2, GROUP_HCC1
    // (GROUP through HCC3), DISABLED_GROUP. D004's CC 9 is not in the model.
    // SEG_A: F0_64 1.0 + HCC1 0.1 + HCC3 0.4 + D2 0.001 + GROUP_HCC1 0.05 = 1.551.
    // SEG_B: F0_64 2.0 + HCC1 0.01 + HCC3 0.04 + DISABLED_GROUP 0.5 = 2.55. NE: 3.0.
    const std::vector<std::string_view> codes{"A001", "B002", "C003", "D004"};
    const RiskScore result = model.score(woman, codes);
    EXPECT_EQ(model.hccList(result.hccs), QStringLiteral("HCC1 HCC3"));
    EXPECT_EQ(model.countNames()[result.countVariable], QStringLiteral("D2"));
    EXPECT_DOUBLE_EQ(result.continuing[0], 1.0 + 0.1 + 0.4 + 0.001 + 0.05);
    EXPECT_DOUBLE_EQ(result.continuing[1], 2.0 + 0.01 + 0.04 + 0.5);
    EXPECT_DOUBLE_EQ(result.newEnrollee[0], 3.0);
    // At 40, C003 is HCC2, which HCC1 drops: HCC1 alone, no count variable for one.
    woman.birthDate = QDate(1990, 1, 1);
    const RiskScore younger = model.score(woman, codes);
    EXPECT_EQ(model.hccList(younger.hccs), QStringLiteral("HCC1"));
    EXPECT_EQ(younger.countVariable, -1);
}

TEST(RiskTables, MistakesInTheTablesAreRefusedWithTheirPlace)
{
    test::TempFolder missing;
    EXPECT_NE(errorOfCopy(missing.path(QString()), QStringLiteral("V28_Interactions.csv"))
                  .find("V28_Interactions.csv: the model's table is missing"),
              std::string::npos);

    test::TempFolder variable;
    QByteArray factors = bytesOf(repositoryTables + QStringLiteral("/V28_CE_Relative_Factors.csv"));
    factors.replace("D10P,10 or more", "D10Q,10 or more");
    EXPECT_NE(errorOfCopy(variable.path(QString()), QStringLiteral("V28_CE_Relative_Factors.csv"),
                          factors)
                  .find("V28_CE_Relative_Factors.csv:154: the variable 'D10Q' is not one the "
                        "model knows"),
              std::string::npos);

    test::TempFolder condition;
    QByteArray mapping =
        bytesOf(repositoryTables + QStringLiteral("/ICD10_CC_mappings_CMS_HCC_2026_v28.csv"));
    mapping.replace("E8411,277.0,age = 0,,", "E8411,277.0,age is 0,,");
    const std::string conditionError =
        errorOfCopy(condition.path(QString()),
                    QStringLiteral("ICD10_CC_mappings_CMS_HCC_2026_v28.csv"), mapping);
    EXPECT_NE(conditionError.find("ICD10_CC_mappings_CMS_HCC_2026_v28.csv:2186:"),
              std::string::npos);
    EXPECT_NE(conditionError.find("the age condition 'age is 0'"), std::string::npos)
        << conditionError;

    test::TempFolder hierarchy;
    QByteArray hierarchies = bytesOf(repositoryTables + QStringLiteral("/V28_HCC_Hierarchies.csv"));
    hierarchies.replace("HCC17,HCC18,", "HCC17,HCC999,");
    EXPECT_NE(errorOfCopy(hierarchy.path(QString()), QStringLiteral("V28_HCC_Hierarchies.csv"),
                          hierarchies)
                  .find("V28_HCC_Hierarchies.csv:5: 'HCC999' is not a payment HCC"),
              std::string::npos);
}
