#include "demo/democlaimcodes.h"

#include <array>

namespace aco::demo::codes {

namespace {

constexpr Condition conditionTable[] = {
    {"I10", 0.45, 0.35, "68180051301", 90},   // hypertension: lisinopril
    {"E785", 0.40, 0.20, "00093505898", 90},  // hyperlipidemia: atorvastatin
    {"E119", 0.16, 0.30, "00093104801", 90},  // type 2 diabetes: metformin
    {"E1122", 0.02, 0.12, "00088250033", 30}, // diabetes with kidney disease: insulin glargine
    {"I2510", 0.10, 0.35, "60505025303", 90}, // coronary artery disease: clopidogrel
    {"I5022", 0.02, 0.22, "00378021601", 30}, // chronic systolic heart failure: furosemide
    {"J449", 0.07, 0.18, "00173068220", 30},  // COPD: an inhaler
    {"N1830", 0.06, 0.22, nullptr, 0},        // chronic kidney disease, stage 3
    {"I4891", 0.05, 0.16, "00003089421", 30}, // atrial fibrillation: apixaban
    {"F329", 0.09, 0.10, "16729021301", 30},  // depression: sertraline
    {"M170", 0.12, 0.06, "29300012410", 30},  // osteoarthritis of the knees: meloxicam
    {"E039", 0.10, 0.04, "00378180001", 90},  // hypothyroidism: levothyroxine
    {"K219", 0.12, 0.05, "62175011843", 30},  // reflux: omeprazole
    {"G309", 0.02, 0.10, "65862015599", 30},  // Alzheimer's disease: donepezil
    {"E6601", 0.08, 0.06, nullptr, 0},        // morbid obesity
    {"Z87891", 0.14, 0.04, nullptr, 0},       // history of nicotine dependence
};

constexpr Drg drgTable[] = {
    {"871", "A419", 1.85, 3, 5, nullptr, false, 8, nullptr, 0.0},         // sepsis
    {"291", "I5023", 1.30, 2, 5, nullptr, false, 9, nullptr, 0.0},        // heart failure
    {"193", "J189", 1.25, 2, 5, nullptr, false, 7, nullptr, 0.0},         // pneumonia
    {"190", "J441", 1.10, 2, 4, nullptr, false, 6, nullptr, 0.0},         // COPD exacerbation
    {"470", "M1711", 1.90, 1, 3, "0SRD0JZ", true, 6, "27447", 1300.0},    // knee replacement
    {"690", "N390", 0.80, 2, 4, nullptr, false, 6, nullptr, 0.0},         // urinary tract infection
    {"065", "I639", 1.00, 2, 4, nullptr, false, 5, nullptr, 0.0},         // stroke
    {"280", "I214", 1.65, 2, 5, nullptr, false, 3, nullptr, 0.0},         // heart attack
    {"247", "I2510", 2.00, 1, 3, "02703DZ", true, 3, "92928", 800.0},     // coronary stent
    {"603", "L03115", 0.85, 2, 4, nullptr, false, 5, nullptr, 0.0},       // cellulitis
    {"377", "K922", 1.75, 2, 5, "0DJ08ZZ", false, 3, "43239", 160.0},     // GI bleeding
    {"309", "I4891", 0.80, 1, 3, nullptr, false, 5, nullptr, 0.0},        // arrhythmia
    {"683", "N179", 0.90, 2, 4, nullptr, false, 5, nullptr, 0.0},         // kidney failure
    {"392", "K5290", 0.75, 1, 3, nullptr, false, 5, nullptr, 0.0},        // gastroenteritis
    {"312", "R55", 0.80, 1, 3, nullptr, false, 4, nullptr, 0.0},          // syncope
    {"552", "M5416", 0.95, 2, 4, nullptr, false, 2, nullptr, 0.0},        // back problems
    {"481", "S72001A", 1.55, 3, 5, "0QS734Z", false, 3, "27245", 1100.0}, // hip fracture
    {"846", "Z5111", 1.30, 2, 4, nullptr, true, 1, nullptr, 0.0},         // chemotherapy
};

constexpr const char* emergencyTable[] = {
    "R079", "R0602", "R1013", "S0990XA", "N390", "J069", "M5450", "R55", "S52501A", "R42", "R109",
};

constexpr Service primaryCareVisits[] = {
    {"99212", "", 45.0, "M1B", '1', ""},  {"99213", "", 75.0, "M1B", '1', ""},
    {"99213", "", 75.0, "M1B", '1', ""},  {"99214", "", 110.0, "M1B", '1', ""},
    {"99214", "", 110.0, "M1B", '1', ""}, {"99215", "", 150.0, "M1B", '1', ""},
};
// The initial and the subsequent annual wellness visit.
constexpr Service wellness[] = {
    {"G0438", "", 175.0, "M5D", '1', ""},
    {"G0439", "", 130.0, "M5D", '1', ""},
};
// A high-dose and a standard influenza vaccine, and their administration.
constexpr Service influenza[] = {
    {"90662", "", 65.0, "O1D", 'V', ""},
    {"90686", "", 20.0, "O1D", 'V', ""},
    {"G0008", "", 32.0, "O1D", '1', ""},
};
// Screening mammography, and tomosynthesis added to it.
constexpr Service mammography[] = {
    {"77067", "", 105.0, "I1C", '4', ""},
    {"77063", "", 45.0, "I1C", '4', ""},
};
// Screening colonoscopy, and colonoscopies that found a polyp (biopsy, snare).
constexpr Service colonoscopy[] = {
    {"G0121", "", 215.0, "P8D", '2', ""},
    {"45380", "", 245.0, "P8D", '2', ""},
    {"45385", "", 290.0, "P8D", '2', ""},
};
// The fecal immunochemical test and the multitarget stool DNA test.
constexpr Service stoolTests[] = {
    {"82274", "", 16.0, "T1H", '5', "81"},
    {"81528", "", 510.0, "T1H", '5', "81"},
};
// Care without an office visit: virtual check-ins and chronic care management.
constexpr Service atDistance[] = {
    {"G2012", "", 14.0, "M5D", '1', "11"},
    {"G2252", "", 25.0, "M5D", '1', "11"},
    {"99490", "", 62.0, "M5D", '1', "11"},
};
// Transitional care management; its date is the face-to-face visit's.
constexpr Service transitionalCare[] = {
    {"99495", "", 205.0, "M5D", '1', "11"},
    {"99496", "", 275.0, "M5D", '1', "11"},
};
constexpr Service specialistVisits[] = {
    {"99204", "", 135.0, "M1A", '1', ""},
    {"99213", "", 75.0, "M1B", '1', ""},
    {"99214", "", 110.0, "M1B", '1', ""},
    {"99214", "", 110.0, "M1B", '1', ""},
};
// Blood drawn, an ECG, advance care planning, chronic care management.
constexpr Service inOffice[] = {
    {"36415", "", 3.0, "T1H", '5', ""},
    {"93000", "", 16.0, "T2A", '5', ""},
    {"99497", "", 85.0, "M5D", '1', ""},
    {"99490", "", 62.0, "M5D", '1', ""},
};
constexpr Service laboratory[] = {
    {"80053", "", 11.0, "T1B", '5', "81"}, {"85025", "", 8.0, "T1D", '5', "81"},
    {"83036", "", 10.0, "T1H", '5', "81"}, {"80061", "", 14.0, "T1B", '5', "81"},
    {"84443", "", 17.0, "T1H", '5', "81"}, {"81001", "", 3.0, "T1H", '5', "81"},
    {"82043", "", 6.0, "T1H", '5', "81"},  {"82306", "", 30.0, "T1H", '5', "81"},
};
constexpr Service imaging[] = {
    {"71046", "26", 30.0, "I1A", '4', "22"},  {"77080", "", 40.0, "I4B", '4', "11"},
    {"70450", "26", 95.0, "I2A", '4', "22"},  {"74177", "26", 215.0, "I2B", '4', "22"},
    {"72148", "26", 200.0, "I2D", '4', "22"}, {"76700", "", 90.0, "I3B", '4', "11"},
    {"78452", "", 380.0, "I4B", '4', "11"},
};
constexpr Service therapy[] = {
    {"97110", "GP", 28.0, "P5B", '1', ""},
    {"97140", "GP", 26.0, "P5B", '1', ""},
    {"97530", "GP", 32.0, "P5B", '1', ""},
    {"97161", "GP", 95.0, "P5B", '1', ""},
};
// Pairs: the administration, then the drug.
constexpr Service partBDrugs[] = {
    {"96413", "", 120.0, "O1E", '1', "11"},   {"J9271", "", 9500.0, "O1E", '1', "11"},
    {"96365", "", 75.0, "O1E", '1', "11"},    {"J1745", "", 1100.0, "O1D", '1', "11"},
    {"67028", "RT", 110.0, "P6C", '2', "11"}, {"J0178", "", 1850.0, "O1D", '1', "11"},
    {"96372", "", 18.0, "O1D", '1', "11"},    {"J0897", "", 1250.0, "O1D", '1', "11"},
};
constexpr Service emergency[] = {
    {"99283", "", 60.0, "M3", '1', "23"},
    {"99284", "", 105.0, "M3", '1', "23"},
    {"99285", "", 155.0, "M3", '1', "23"},
};
constexpr Service hospitalist[] = {
    {"99223", "", 190.0, "M2A", '1', "21"},
    {"99232", "", 75.0, "M2B", '1', "21"},
    {"99238", "", 75.0, "M2B", '1', "21"},
};

constexpr Service cardiology[] = {
    {"93306", "", 190.0, "I3C", '4', "11"},
    {"93015", "", 75.0, "T2A", '5', "11"},
    {"93458", "26", 420.0, "P4B", '2', "22"},
    {"93880", "", 140.0, "I3C", '4', "11"},
};
constexpr Service endocrinology[] = {{"95251", "", 35.0, "T2D", '5', "11"},
                                     {"83036", "", 10.0, "T1H", '5', "11"}};
constexpr Service pulmonology[] = {
    {"94010", "", 30.0, "T2D", '5', "11"},
    {"94726", "", 45.0, "T2D", '5', "11"},
    {"31624", "", 180.0, "P8A", '2', "22"},
};
constexpr Service nephrology[] = {{"90960", "", 250.0, "M5C", '1', "11"},
                                  {"76770", "26", 40.0, "I3B", '4', "22"}};
constexpr Service gastroenterology[] = {
    {"43235", "", 130.0, "P8B", '2', "24"},
    {"43239", "", 160.0, "P8B", '2', "24"},
    {"91200", "", 30.0, "T2D", '5', "11"},
};
constexpr Service oncology[] = {{"96413", "", 120.0, "O1E", '1', "11"},
                                {"38221", "", 95.0, "P6C", '2', "11"}};
constexpr Service orthopaedics[] = {
    {"20610", "", 55.0, "P6C", '2', "11"},
    {"27447", "", 1300.0, "P1D", '2', "21"},
    {"73562", "", 35.0, "I1B", '4', "11"},
};
constexpr Service neurology[] = {{"95886", "", 95.0, "T2C", '5', "11"},
                                 {"95819", "", 90.0, "T2C", '5', "11"}};
constexpr Service rheumatology[] = {{"20610", "", 55.0, "P6C", '2', "11"},
                                    {"86431", "", 8.0, "T1H", '5', "11"}};
constexpr Service psychiatry[] = {{"90834", "", 95.0, "M5B", '1', "11"},
                                  {"90837", "", 135.0, "M5B", '1', "11"}};
constexpr Service urology[] = {
    {"52000", "", 115.0, "P5E", '2', "11"},
    {"51798", "", 18.0, "T2D", '5', "11"},
    {"55700", "", 190.0, "P5E", '2', "11"},
};
constexpr Service surgery[] = {
    {"47562", "", 650.0, "P3D", '2', "22"},
    {"49505", "", 520.0, "P3D", '2', "22"},
    {"11042", "", 80.0, "P6A", '2', "11"},
};
constexpr Service ophthalmology[] = {
    {"92014", "", 115.0, "M1B", '1', "11"},
    {"66984", "RT", 520.0, "P4A", '2', "24"},
    {"92134", "", 35.0, "I4A", '4', "11"},
};
constexpr Service dermatology[] = {
    {"17000", "", 62.0, "P6B", '2', "11"},
    {"11102", "", 85.0, "P6B", '2', "11"},
    {"17311", "", 650.0, "P6B", '2', "11"},
};
constexpr Service gynaecology[] = {{"G0101", "", 40.0, "M5D", '1', "11"},
                                   {"57454", "", 160.0, "P6C", '2', "11"}};

struct SpecialtyInfo
{
    std::string_view name;
    const char* cmsCode;
    std::span<const Service> procedures;
};

constexpr SpecialtyInfo specialtyTable[] = {
    {"Family Medicine", "08", {}},
    {"Internal Medicine", "11", {}},
    {"Geriatric Medicine", "38", {}},
    {"Cardiology", "06", cardiology},
    {"Endocrinology", "46", endocrinology},
    {"Pulmonary Disease", "29", pulmonology},
    {"Nephrology", "39", nephrology},
    {"Gastroenterology", "10", gastroenterology},
    {"Hematology & Oncology", "83", oncology},
    {"Orthopaedic Surgery", "20", orthopaedics},
    {"Neurology", "13", neurology},
    {"Rheumatology", "66", rheumatology},
    {"Psychiatry", "26", psychiatry},
    {"Urology", "34", urology},
    {"General Surgery", "02", surgery},
    {"Ophthalmology", "18", ophthalmology},
    {"Dermatology", "07", dermatology},
    {"Hospital Medicine", "C6", {}},
    {"Obstetrics & Gynecology", "16", gynaecology},
};

constexpr RevenueLine imagingLines[] = {{"0350", "70450", "5522", 490.0},
                                        {"0320", "71046", "5521", 140.0},
                                        {"0300", "80053", "", 30.0}};
constexpr RevenueLine abdomenLines[] = {{"0350", "74177", "5571", 910.0},
                                        {"0402", "76700", "5522", 350.0},
                                        {"0300", "85025", "", 25.0}};
constexpr RevenueLine mriLines[] = {{"0610", "72148", "5523", 890.0}, {"0250", "", "", 0.0}};
constexpr RevenueLine laboratoryLines[] = {{"0300", "80053", "", 30.0},
                                           {"0305", "85025", "", 25.0},
                                           {"0300", "83036", "", 30.0},
                                           {"0301", "80061", "", 40.0}};
constexpr RevenueLine clinicLines[] = {{"0510", "G0463", "5012", 290.0},
                                       {"0300", "80053", "", 30.0}};
constexpr RevenueLine infusionLines[] = {{"0260", "96365", "5693", 445.0},
                                         {"0636", "J1745", "", 2575.0},
                                         {"0510", "G0463", "5012", 290.0}};
constexpr RevenueLine cataractLines[] = {{"0360", "66984", "5491", 4915.0},
                                         {"0370", "", "", 0.0},
                                         {"0250", "", "", 0.0},
                                         {"0710", "", "", 0.0}};
constexpr RevenueLine endoscopyLines[] = {{"0750", "43239", "5302", 1620.0},
                                          {"0370", "", "", 0.0},
                                          {"0310", "88305", "", 70.0},
                                          {"0710", "", "", 0.0}};
constexpr RevenueLine arthroscopyLines[] = {{"0360", "29881", "5114", 7255.0},
                                            {"0370", "", "", 0.0},
                                            {"0250", "", "", 0.0},
                                            {"0272", "", "", 0.0}};
constexpr RevenueLine cardiologyLines[] = {{"0480", "93306", "5524", 1310.0},
                                           {"0482", "93015", "5722", 795.0}};
constexpr RevenueLine therapyLines[] = {
    {"0420", "97110", "", 145.0}, {"0420", "97140", "", 130.0}, {"0424", "97161", "", 255.0}};

constexpr OutpatientKind outpatientTable[] = {
    {"imaging", 0.14, imagingLines, nullptr},
    {"abdominal imaging", 0.07, abdomenLines, "R1084"},
    {"MRI", 0.05, mriLines, "M5416"},
    {"laboratory", 0.20, laboratoryLines, nullptr},
    {"clinic", 0.14, clinicLines, nullptr},
    {"infusion", 0.05, infusionLines, "M0579"},
    {"cataract surgery", 0.04, cataractLines, "H2513"},
    {"upper endoscopy", 0.07, endoscopyLines, "K219"},
    {"knee arthroscopy", 0.02, arthroscopyLines, "M2341"},
    {"cardiac testing", 0.12, cardiologyLines, nullptr},
    {"therapy", 0.10, therapyLines, nullptr},
};

constexpr RevenueLine emergencyLevelTable[] = {{"0450", "99283", "5023", 430.0},
                                               {"0450", "99284", "5024", 730.0},
                                               {"0450", "99285", "5025", 1065.0}};
constexpr RevenueLine emergencyExtraTable[] = {{"0300", "80053", "", 20.0},
                                               {"0305", "85025", "", 15.0},
                                               {"0320", "71046", "5521", 80.0},
                                               {"0350", "70450", "5522", 275.0},
                                               {"0730", "93005", "5734", 45.0}};

constexpr Equipment equipmentTable[] = {
    {"E0601", 215.0}, // CPAP, monthly rental
    {"A7030", 125.0}, // CPAP mask
    {"E1390", 360.0}, // oxygen concentrator, monthly rental
    {"A4253", 65.0},  // glucose test strips
    {"K0001", 145.0}, // wheelchair, monthly rental
    {"E0143", 160.0}, // walker
    {"L1833", 475.0}, // knee brace
};

constexpr const char* ndcTable[] = {
    "00093505898", "68180051301", "00378018001", "00904198661", "00143988701", "50090348900",
};

} // namespace

std::span<const Condition> conditions()
{
    return conditionTable;
}

std::span<const Drg> drgs()
{
    return drgTable;
}

std::span<const char* const> emergencyDiagnoses()
{
    return emergencyTable;
}

std::span<const Service> services(ServiceGroup group)
{
    switch (group) {
    case ServiceGroup::PrimaryCareVisit:
        return primaryCareVisits;
    case ServiceGroup::SpecialistVisit:
        return specialistVisits;
    case ServiceGroup::InOffice:
        return inOffice;
    case ServiceGroup::Laboratory:
        return laboratory;
    case ServiceGroup::Imaging:
        return imaging;
    case ServiceGroup::Therapy:
        return therapy;
    case ServiceGroup::PartBDrug:
        return partBDrugs;
    case ServiceGroup::Emergency:
        return emergency;
    case ServiceGroup::Hospitalist:
        return hospitalist;
    case ServiceGroup::Wellness:
        return wellness;
    case ServiceGroup::Influenza:
        return influenza;
    case ServiceGroup::Mammography:
        return mammography;
    case ServiceGroup::Colonoscopy:
        return colonoscopy;
    case ServiceGroup::StoolTest:
        return stoolTests;
    case ServiceGroup::AtDistance:
        return atDistance;
    case ServiceGroup::TransitionalCare:
        return transitionalCare;
    }
    return {};
}

std::span<const Service> specialtyProcedures(std::string_view specialty)
{
    for (const SpecialtyInfo& s : specialtyTable)
        if (s.name == specialty)
            return s.procedures;
    return {};
}

const char* cmsSpecialty(std::string_view specialty, std::string_view credential)
{
    if (credential == "NP")
        return "50";
    if (credential == "PA")
        return "97";
    for (const SpecialtyInfo& s : specialtyTable)
        if (s.name == specialty)
            return s.cmsCode;
    return "99";
}

std::span<const OutpatientKind> outpatientKinds()
{
    return outpatientTable;
}

std::span<const RevenueLine> emergencyLevels()
{
    return emergencyLevelTable;
}

std::span<const RevenueLine> emergencyExtras()
{
    return emergencyExtraTable;
}

std::span<const Equipment> equipment()
{
    return equipmentTable;
}

std::span<const char* const> commonNdcs()
{
    return ndcTable;
}

} // namespace aco::demo::codes
