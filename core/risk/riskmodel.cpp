#include "riskmodel.h"

#include "error.h"
#include "risk/icd10code.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>

namespace aco {

namespace {

// Where the models built into the program are: one folder per model and payment year.
const QString builtInRoot = QStringLiteral(":/risk");

int manifestYear(const QString& folder)
{
    QFile file(folder + QStringLiteral("/model.json"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QLatin1String("paymentYear"))
        .toInt();
}

QStringList builtInFolders()
{
    QStringList folders;
    for (const QString& name : QDir(builtInRoot).entryList(QDir::Dirs, QDir::Name))
        folders << builtInRoot + QLatin1Char('/') + name;
    return folders;
}

// Fibonacci hashing: the multiplication spreads every character of the code over the top bits,
// of which the table takes as many as it has slots.
std::uint64_t mixed(std::uint64_t code)
{
    return code * 0x9E3779B97F4A7C15ULL;
}

} // namespace

RiskModel::RiskModel(RiskTables tables) : m_tables(std::move(tables))
{
    // At most half full, so that a probe rarely goes on to the next slot.
    m_slotShift = 60;
    while ((size_t(1) << (64 - m_slotShift)) < m_tables.codes.size() * 2)
        --m_slotShift;
    m_slots.assign(size_t(1) << (64 - m_slotShift), CodeSlot());
    const size_t last = m_slots.size() - 1;
    for (size_t i = 0; i < m_tables.codes.size(); ++i) {
        size_t slot = size_t(mixed(m_tables.codes[i]) >> m_slotShift);
        while (m_slots[slot].code != 0)
            slot = (slot + 1) & last;
        m_slots[slot] = {m_tables.codes[i], m_tables.firstRow[i], m_tables.firstRow[i + 1]};
    }

    m_hccVariable.assign(m_tables.hccNumbers.size(), -1);
    for (size_t v = 0; v < m_tables.continuingVariables.size(); ++v) {
        const Variable& variable = m_tables.continuingVariables[v];
        if (variable.kind == Variable::Kind::Hcc && m_hccVariable[size_t(variable.index)] < 0)
            m_hccVariable[size_t(variable.index)] = static_cast<int>(v);
        else
            m_otherVariables.push_back(v);
    }
}

RiskModel RiskModel::load(const QString& folder)
{
    return RiskModel(RiskTables::read(folder));
}

const RiskModel& RiskModel::builtIn(int paymentYear)
{
    static std::mutex mutex;
    static std::map<int, std::unique_ptr<const RiskModel>> loaded;
    const std::lock_guard lock(mutex);
    if (const auto found = loaded.find(paymentYear); found != loaded.end())
        return *found->second;
    for (const QString& folder : builtInFolders()) {
        if (manifestYear(folder) == paymentYear)
            return *loaded.emplace(paymentYear, std::make_unique<const RiskModel>(load(folder)))
                        .first->second;
    }
    QStringList years;
    for (int year : builtInYears())
        years << QString::number(year);
    throw Error(QStringLiteral("there is no risk model for payment year %1; the program has "
                               "one for %2.")
                    .arg(paymentYear)
                    .arg(years.join(QStringLiteral(", ")))
                    .toStdString(),
                Error::Kind::Usage);
}

QList<int> RiskModel::builtInYears()
{
    QList<int> years;
    for (const QString& folder : builtInFolders())
        years << manifestYear(folder);
    std::sort(years.begin(), years.end());
    return years;
}

int RiskModel::ageOn(const QDate& birthDate) const
{
    int year = 0, month = 0, day = 0;
    birthDate.getDate(&year, &month, &day);
    int onYear = 0, onMonth = 0, onDay = 0;
    m_tables.ageDate.getDate(&onYear, &onMonth, &onDay);
    const bool birthdayPassed = onMonth > month || (onMonth == month && onDay >= day);
    return onYear - year - (birthdayPassed ? 0 : 1);
}

double RiskModel::normalized(double raw) const
{
    return std::round(raw / m_tables.normalizationFactor * 1000.0) / 1000.0;
}

QString RiskModel::hccName(int index) const
{
    return QStringLiteral("HCC%1").arg(hccNumber(index));
}

QString RiskModel::hccLabel(int index) const
{
    return m_tables.hccLabels.value(index);
}

std::optional<int> RiskModel::hccIndex(int number) const
{
    const auto found =
        std::lower_bound(m_tables.hccNumbers.begin(), m_tables.hccNumbers.end(), number);
    if (found == m_tables.hccNumbers.end() || *found != number)
        return std::nullopt;
    return static_cast<int>(found - m_tables.hccNumbers.begin());
}

QString RiskModel::hccList(const HccSet& hccs) const
{
    QString list;
    hccs.forEach([&](int index) {
        if (!list.isEmpty())
            list += QLatin1Char(' ');
        list += hccName(index);
    });
    return list;
}

RiskModel::Demographics RiskModel::demographics(const RiskBeneficiary& beneficiary) const
{
    Demographics person;
    person.age = ageOn(beneficiary.birthDate);
    person.sex = static_cast<std::uint8_t>(beneficiary.sex);
    // As CMS's software (AGESEXV2) has it: entitled by anything but age (disability, ESRD or
    // both) and under 65 is disabled; originally disabled is only OREC 1, once no longer so.
    person.disabled = person.age < 65 && beneficiary.orec != 0;
    person.originallyDisabled = beneficiary.orec == 1 && !person.disabled;
    person.ltiMedicaid = beneficiary.ltiMedicaid;
    return person;
}

void RiskModel::addCode(std::uint64_t code, const Demographics& person, HccSet& conditions) const
{
    size_t slot = size_t(mixed(code) >> m_slotShift);
    while (m_slots[slot].code != code) {
        if (m_slots[slot].code == 0)
            return;
        slot = (slot + 1) & (m_slots.size() - 1);
    }
    for (size_t r = m_slots[slot].firstRow; r < m_slots[slot].endRow; ++r) {
        const RiskTables::DiagnosisRow& row = m_tables.rows[r];
        if (row.valid.contains(person.age) && row.applies.contains(person.age) &&
            (row.sex == 0 || row.sex == person.sex))
            conditions.set(row.hcc);
    }
}

RiskScore RiskModel::score(const RiskBeneficiary& beneficiary,
                           std::span<const std::string_view> codes) const
{
    const Demographics person = demographics(beneficiary);
    HccSet conditions;
    for (std::string_view text : codes) {
        if (const auto code = Icd10Code::parse(text))
            addCode(*code, person, conditions);
    }
    RiskScore result;
    finish(beneficiary, person, conditions, result);
    return result;
}

RiskScore RiskModel::scoreParsed(const RiskBeneficiary& beneficiary,
                                 std::span<const std::uint64_t> codes) const
{
    HccSet conditions;
    addConditions(beneficiary, codes, conditions);
    return scoreConditions(beneficiary, conditions);
}

void RiskModel::addConditions(const RiskBeneficiary& beneficiary,
                              std::span<const std::uint64_t> codes, HccSet& conditions) const
{
    const Demographics person = demographics(beneficiary);
    for (std::uint64_t code : codes)
        addCode(code, person, conditions);
}

RiskScore RiskModel::scoreConditions(const RiskBeneficiary& beneficiary,
                                     const HccSet& conditions) const
{
    RiskScore result;
    finish(beneficiary, demographics(beneficiary), conditions, result);
    return result;
}

HccSet RiskModel::droppedBy(const HccSet& hccs) const
{
    HccSet dropped;
    hccs.forEach([&](int hcc) { dropped |= m_tables.drops[size_t(hcc)]; });
    return dropped;
}

bool RiskModel::holds(const Variable& variable, const Demographics& person,
                      const RiskScore& score) const
{
    switch (variable.kind) {
    case Variable::Kind::AgeSex:
        return variable.sex == person.sex && variable.ages.contains(person.age);
    case Variable::Kind::NewEnrollee:
        return false; // new-enrollee cells are matched in addNewEnrollee
    case Variable::Kind::OriginallyDisabled:
        return person.originallyDisabled && (variable.sex == 0 || variable.sex == person.sex);
    case Variable::Kind::Disabled:
        return person.disabled;
    case Variable::Kind::LtiMedicaid:
        return person.ltiMedicaid;
    case Variable::Kind::Hcc:
        return score.hccs.test(variable.index);
    case Variable::Kind::Category:
        return score.hccs.intersects(m_tables.categories[size_t(variable.index)]);
    case Variable::Kind::Count:
        return variable.ages.contains(score.hccCount);
    case Variable::Kind::Interaction:
        return score.interactions.test(size_t(variable.index));
    }
    return false;
}

void RiskModel::addFactors(size_t variable, RiskScore& score) const
{
    const size_t segments = size_t(m_tables.continuingSegments.size());
    const double* factors = &m_tables.continuingFactors[variable * segments];
    for (size_t s = 0; s < segments; ++s)
        score.continuing[s] += factors[s];
}

void RiskModel::finish(const RiskBeneficiary& beneficiary, const Demographics& person,
                       HccSet conditions, RiskScore& score) const
{
    score.age = person.age;
    score.disabled = person.disabled;
    score.originallyDisabled = person.originallyDisabled;

    // Conditions that count only beside another go first, on what the diagnoses gave; then
    // each HCC present drops those below it (all from the conditions before any was dropped,
    // as CMS's software does).
    for (const RiskTables::Requirement& requirement : m_tables.requirements) {
        if (conditions.test(requirement.hcc) && !conditions.intersects(requirement.anyOf))
            conditions.reset(requirement.hcc);
    }
    score.hccs = conditions.without(droppedBy(conditions));
    score.hccCount = score.hccs.count();

    for (size_t i = 0; i < m_tables.interactions.size(); ++i) {
        const RiskTables::Interaction& interaction = m_tables.interactions[i];
        if (holds(interaction.first, person, score) && holds(interaction.second, person, score))
            score.interactions.set(i);
    }

    score.hccs.forEach([&](int hcc) {
        if (const int variable = m_hccVariable[size_t(hcc)]; variable >= 0)
            addFactors(size_t(variable), score);
    });
    for (size_t v : m_otherVariables) {
        const Variable& variable = m_tables.continuingVariables[v];
        if (!holds(variable, person, score))
            continue;
        if (variable.kind == Variable::Kind::Count && score.countVariable < 0)
            score.countVariable = variable.index;
        addFactors(v, score);
    }
    addNewEnrollee(beneficiary, person, score);
}

void RiskModel::addNewEnrollee(const RiskBeneficiary& beneficiary, const Demographics& person,
                               RiskScore& score) const
{
    // A new enrollee of 64 entitled by age turns 65 in the payment year and is scored in the
    // age-65 cell (AGESEXV2); one of 64 entitled by disability stays in 60-64. Originally
    // disabled here is 65 or over and first entitled by disability, OREC 1.
    const int age = person.age == 64 && beneficiary.orec == 0 ? 65 : person.age;
    const bool originallyDisabled = person.age >= 65 && beneficiary.orec == 1;
    const size_t segments = size_t(m_tables.newEnrolleeSegments.size());
    for (size_t v = 0; v < m_tables.newEnrolleeVariables.size(); ++v) {
        const Variable& variable = m_tables.newEnrolleeVariables[v];
        if (variable.sex != person.sex || !variable.ages.contains(age) ||
            variable.medicaid != beneficiary.newEnrolleeMedicaid ||
            variable.originallyDisabled != originallyDisabled)
            continue;
        const double* factors = &m_tables.newEnrolleeFactors[v * segments];
        for (size_t s = 0; s < segments; ++s)
            score.newEnrollee[s] += factors[s];
    }
}

} // namespace aco
