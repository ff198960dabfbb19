#include "hccbatch.h"

#include "csv/csvscanner.h"
#include "csv/csvwriter.h"
#include "error.h"
#include "risk/icd10code.h"
#include "risk/riskmodel.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <exception>
#include <functional>
#include <optional>
#include <thread>

namespace aco {

namespace {

QString text(std::string_view bytes)
{
    return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

std::string_view trimmed(std::string_view value)
{
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
        value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t'))
        value.remove_suffix(1);
    return value;
}

// Digits only, as a number; nullopt for anything else or more than `count` digits.
std::optional<int> digits(std::string_view value, size_t count)
{
    if (value.empty() || value.size() > count)
        return std::nullopt;
    int number = 0;
    for (char c : value) {
        if (c < '0' || c > '9')
            return std::nullopt;
        number = number * 10 + (c - '0');
    }
    return number;
}

// A code written as a whole number: "1", or "1.0" as pandas writes a column with blanks.
std::optional<int> code(std::string_view value)
{
    if (const size_t dot = value.find('.'); dot != std::string_view::npos) {
        if (value.find_first_not_of('0', dot + 1) != std::string_view::npos)
            return std::nullopt;
        value = value.substr(0, dot);
    }
    return digits(value, 3);
}

// YYYY-MM-DD, YYYYMMDD, or MM/DD/YYYY as CMS's software takes it by default (1/21/1950 too).
std::optional<QDate> date(std::string_view value)
{
    std::optional<int> year, month, day;
    if (value.size() == 10 && value[4] == '-' && value[7] == '-') {
        year = digits(value.substr(0, 4), 4);
        month = digits(value.substr(5, 2), 2);
        day = digits(value.substr(8, 2), 2);
    } else if (value.size() == 8 && value.find_first_not_of("0123456789") == value.npos) {
        year = digits(value.substr(0, 4), 4);
        month = digits(value.substr(4, 2), 2);
        day = digits(value.substr(6, 2), 2);
    } else if (const size_t first = value.find('/'), second = value.rfind('/');
               first != value.npos && second != first && value.size() - second == 5) {
        month = digits(value.substr(0, first), 2);
        day = digits(value.substr(first + 1, second - first - 1), 2);
        year = digits(value.substr(second + 1), 4);
    }
    if (!year || !month || !day || *year < 1900 || !QDate::isValid(*year, *month, *day))
        return std::nullopt;
    return QDate(*year, *month, *day);
}

// One of CMS's input files, read row by row with its columns found by name in the header.
class InputFile
{
  public:
    InputFile(const QByteArray& data, QString name, std::vector<const char*> columns,
              std::vector<HccInputProblem>& problems)
        : m_name(std::move(name)), m_columns(std::move(columns)),
          m_scanner(std::string_view(data.constData(), size_t(data.size()))), m_problems(problems)
    {
        std::vector<CsvField> header;
        int line = 0;
        if (!m_scanner.next(header, line, m_syntax) || !m_syntax.empty())
            throw Error(QStringLiteral("%1:1: the file has no header; CMS's input needs the "
                                       "columns %2.")
                            .arg(m_name, names())
                            .toStdString(),
                        Error::Kind::InvalidData);
        m_headerSize = header.size();
        for (const char* column : m_columns) {
            const auto found = std::find_if(header.begin(), header.end(), [&](const CsvField& f) {
                return text(trimmed(f.text)).compare(QLatin1String(column), Qt::CaseInsensitive) ==
                       0;
            });
            if (found == header.end())
                throw Error(QStringLiteral("%1:1: the header has no column %2; CMS's input needs "
                                           "the columns %3.")
                                .arg(m_name, QLatin1String(column), names())
                                .toStdString(),
                            Error::Kind::InvalidData);
            m_position.push_back(int(found - header.begin()));
        }
    }

    // The next row; false at the end. A malformed row is reported and skipped.
    bool next()
    {
        while (m_scanner.next(m_fields, m_line, m_syntax)) {
            for (const CsvSyntaxProblem& problem : m_syntax)
                m_problems.push_back({m_name, problem.line, problem.column, problem.reason});
            const bool malformed = !m_syntax.empty();
            m_syntax.clear();
            if (malformed)
                continue;
            if (m_fields.size() != m_headerSize) {
                m_problems.push_back(
                    {m_name, m_line, int(std::min(m_fields.size(), m_headerSize)),
                     QStringLiteral("the row has %1 fields and the header %2; quote a field "
                                    "that holds a comma")
                         .arg(m_fields.size())
                         .arg(m_headerSize)});
                continue;
            }
            return true;
        }
        return false;
    }

    int line() const { return m_line; }
    // Field `column` (an index into the columns asked for), trimmed.
    std::string_view field(int column) const
    {
        return trimmed(m_fields[size_t(m_position[size_t(column)])].text);
    }
    // The 1-based column of field `column` in the file.
    int fileColumn(int column) const { return m_position[size_t(column)] + 1; }
    void report(int column, const QString& reason)
    {
        m_problems.push_back({m_name, m_line, m_position[size_t(column)] + 1, reason});
    }

  private:
    QString names() const
    {
        QStringList list;
        for (const char* column : m_columns)
            list << QLatin1String(column);
        return list.join(QLatin1Char(','));
    }

    QString m_name;
    std::vector<const char*> m_columns;
    CsvScanner m_scanner;
    std::vector<HccInputProblem>& m_problems;
    std::vector<CsvSyntaxProblem> m_syntax;
    std::vector<CsvField> m_fields;
    std::vector<int> m_position;
    size_t m_headerSize = 0;
    int m_line = 0;
};

struct Person
{
    std::string id;
    int line = 0;
    RiskBeneficiary beneficiary;
    bool ok = true;
};

// The beneficiaries, and their index by ID: an open-addressing table of positions in `list`,
// which with half a million beneficiaries is several times faster to fill and search than a
// node-based map.
struct People
{
    std::vector<Person> list;
    std::vector<std::uint32_t> slots; // a position in `list` + 1; 0 empty
    int shift = 64;

    static std::uint64_t hash(std::string_view id)
    {
        return std::hash<std::string_view>()(id) * 0x9E3779B97F4A7C15ULL;
    }

    // Where `id` is, or the empty slot where it would go.
    size_t slotOf(std::string_view id) const
    {
        size_t slot = size_t(hash(id) >> shift);
        while (slots[slot] != 0 && list[slots[slot] - 1].id != id)
            slot = (slot + 1) & (slots.size() - 1);
        return slot;
    }

    std::optional<std::uint32_t> find(std::string_view id) const
    {
        const std::uint32_t position = slots[slotOf(id)];
        return position == 0 ? std::nullopt : std::optional<std::uint32_t>(position - 1);
    }
};

enum BeneficiaryColumn
{
    Id,
    Dob,
    Sex,
    Orec,
    LtiMedicaid,
    NewEnrolleeMedicaid
};

People readBeneficiaries(const QByteArray& data, const QString& name, const RiskModel& model,
                         std::vector<HccInputProblem>& problems)
{
    InputFile file(data, name, {"ID", "DOB", "SEX", "OREC", "LTIMCAID", "NEMCAID"}, problems);
    const size_t problemsBefore = problems.size();
    People people;
    while (file.next()) {
        const size_t before = problems.size();
        Person person;
        person.line = file.line();
        person.id = std::string(file.field(Id));
        if (person.id.empty())
            file.report(Id, QStringLiteral("the ID is empty; each beneficiary needs one"));
        const std::string_view dob = file.field(Dob);
        const std::optional<QDate> birthDate = date(dob);
        if (dob.empty())
            file.report(Dob, QStringLiteral("the date of birth is missing; write it as "
                                            "YYYY-MM-DD"));
        else if (!birthDate)
            file.report(Dob, QStringLiteral("'%1' is not a date of birth; write it as YYYY-MM-DD, "
                                            "YYYYMMDD or MM/DD/YYYY")
                                 .arg(text(dob)));
        else if (*birthDate > model.ageDate())
            file.report(Dob, QStringLiteral("the date of birth %1 is after %2, the day the "
                                            "payment year's ages are taken on")
                                 .arg(birthDate->toString(Qt::ISODate),
                                      model.ageDate().toString(Qt::ISODate)));
        const std::optional<int> sex = code(file.field(Sex));
        if (sex != 1 && sex != 2)
            file.report(Sex, QStringLiteral("'%1' is not a sex code; use 1 (male) or 2 (female)")
                                 .arg(text(file.field(Sex))));
        const std::optional<int> orec = code(file.field(Orec));
        if (!orec || *orec > 3)
            file.report(Orec, QStringLiteral("'%1' is not an OREC code; use 0 (old age), 1 "
                                             "(disability), 2 (ESRD) or 3 (disability and ESRD)")
                                  .arg(text(file.field(Orec))));
        // Medicaid flags: blank is no Medicaid.
        const auto flag = [&](int column, const char* what) {
            const std::string_view value = file.field(column);
            const std::optional<int> number = value.empty() ? 0 : code(value);
            if (number != 0 && number != 1)
                file.report(column, QStringLiteral("'%1' is not 0 or 1 (%2)")
                                        .arg(text(value), QLatin1String(what)));
            return number == 1;
        };
        person.beneficiary.ltiMedicaid = flag(LtiMedicaid, "Medicaid, institutional");
        person.beneficiary.newEnrolleeMedicaid =
            flag(NewEnrolleeMedicaid, "Medicaid, new enrollee");
        person.ok = problems.size() == before;
        if (person.ok) {
            person.beneficiary.birthDate = *birthDate;
            person.beneficiary.sex = *sex == 1 ? RiskSex::Male : RiskSex::Female;
            person.beneficiary.orec = *orec;
        }
        people.list.push_back(std::move(person));
    }

    people.shift = 60;
    while ((size_t(1) << (64 - people.shift)) < people.list.size() * 2)
        --people.shift;
    people.slots.assign(size_t(1) << (64 - people.shift), 0);
    for (std::uint32_t i = 0; i < people.list.size(); ++i) {
        Person& person = people.list[i];
        if (person.id.empty())
            continue;
        const size_t slot = people.slotOf(person.id);
        if (people.slots[slot] == 0) {
            people.slots[slot] = i + 1;
        } else {
            const Person& first = people.list[people.slots[slot] - 1];
            problems.push_back(
                {name, person.line, file.fileColumn(Id),
                 QStringLiteral("the ID '%1' is already on line %2; each "
                                "beneficiary must have one row")
                     .arg(QString::fromStdString(person.id), QString::number(first.line))});
            person.ok = false;
        }
    }
    // Duplicates are found once the whole file is read; list them in line order with the rest.
    std::stable_sort(
        problems.begin() + std::ptrdiff_t(problemsBefore), problems.end(),
        [](const HccInputProblem& a, const HccInputProblem& b) { return a.line < b.line; });
    return people;
}

// The diagnoses' codes by beneficiary: person i's are codes[first[i] .. first[i + 1]).
struct Diagnoses
{
    std::vector<std::uint32_t> first;
    std::vector<std::uint64_t> codes;
    std::int64_t unmatched = 0;
};

Diagnoses readDiagnoses(const QByteArray& data, const QString& name, People& people,
                        std::vector<HccInputProblem>& problems)
{
    InputFile file(data, name, {"ID", "ICD10"}, problems);
    std::vector<std::pair<std::uint32_t, std::uint64_t>> found;
    // A row a line, near enough: millions of rows are not copied again and again as it grows.
    found.reserve(size_t(std::count(data.begin(), data.end(), '\n')));
    Diagnoses diagnoses;
    // Diagnosis files come grouped by beneficiary: the previous row's ID is looked up once.
    std::string previousId;
    std::optional<std::uint32_t> previous;
    while (file.next()) {
        const std::string_view id = file.field(0);
        if (id.empty()) {
            file.report(0, QStringLiteral("the ID is empty; each diagnosis needs the ID of its "
                                          "beneficiary"));
            continue;
        }
        if (id != previousId) {
            previousId = id;
            previous = people.find(id);
        }
        if (!previous) {
            ++diagnoses.unmatched;
            continue;
        }
        const std::string_view value = file.field(1);
        const auto parsed = Icd10Code::parse(value);
        if (!parsed) {
            file.report(1, QStringLiteral("'%1' is not an ICD-10-CM code (a letter, a digit, a "
                                          "letter or digit, then up to four letters or digits; "
                                          "the dot after the third is optional); beneficiary "
                                          "'%2' is not scored")
                               .arg(text(value), text(id)));
            people.list[*previous].ok = false;
            continue;
        }
        found.emplace_back(*previous, *parsed);
    }
    // Grouped by beneficiary in one pass (a counting sort).
    diagnoses.first.assign(people.list.size() + 1, 0);
    for (const auto& [person, parsed] : found)
        ++diagnoses.first[person + 1];
    for (size_t i = 1; i < diagnoses.first.size(); ++i)
        diagnoses.first[i] += diagnoses.first[i - 1];
    diagnoses.codes.resize(found.size());
    std::vector<std::uint32_t> next(diagnoses.first.begin(), diagnoses.first.end() - 1);
    for (const auto& [person, parsed] : found)
        diagnoses.codes[next[person]++] = parsed;
    return diagnoses;
}

void appendScore(QByteArray& out, double score)
{
    char buffer[32];
    // -0.000 would read as a change of sign; a score that rounds to nothing is 0.000.
    const double value = std::abs(score) < 0.0005 ? 0.0 : score;
    const auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 3);
    out.append(buffer, end - buffer);
}

void appendRow(QByteArray& out, const RiskModel& model, const Person& person,
               const RiskScore& score)
{
    if (person.id.find_first_of(",\"\r\n") == std::string::npos)
        out.append(person.id.data(), qsizetype(person.id.size()));
    else
        out.append(CsvWriter::quoted(QString::fromStdString(person.id)).toUtf8());
    out.append(',');
    bool firstHcc = true;
    score.hccs.forEach([&](int index) {
        char number[16];
        const auto end = std::to_chars(number, number + sizeof number, model.hccNumber(index)).ptr;
        out.append(firstHcc ? "HCC" : " HCC");
        out.append(number, end - number);
        firstHcc = false;
    });
    for (qsizetype s = 0; s < model.continuingSegments().size(); ++s) {
        out.append(',');
        appendScore(out, score.continuing[size_t(s)]);
    }
    out.append(',');
    appendScore(out, score.newEnrollee[0]);
    out.append("\r\n");
}

} // namespace

HccBatch HccBatch::score(const RiskModel& model, const QByteArray& beneficiaries,
                         const QString& beneficiariesName, const QByteArray& diagnoses,
                         const QString& diagnosesName, int threads)
{
    HccBatch batch;
    People everyone = readBeneficiaries(beneficiaries, beneficiariesName, model, batch.m_problems);
    const Diagnoses codes = readDiagnoses(diagnoses, diagnosesName, everyone, batch.m_problems);
    const std::vector<Person>& people = everyone.list;
    batch.m_beneficiaryRows = std::int64_t(people.size());
    batch.m_unmatched = codes.unmatched;

    // Each thread scores a contiguous share and writes its rows; the shares are joined in order.
    const size_t workers = size_t(std::clamp(threads, 1, 64));
    std::vector<QByteArray> parts(workers);
    std::vector<std::int64_t> scored(workers, 0);
    std::vector<std::exception_ptr> failures(workers);
    const auto work = [&](size_t worker) {
        try {
            const size_t begin = people.size() * worker / workers;
            const size_t end = people.size() * (worker + 1) / workers;
            parts[worker].reserve(qsizetype((end - begin) * 72));
            for (size_t i = begin; i < end; ++i) {
                if (!people[i].ok)
                    continue;
                const std::span<const std::uint64_t> own(codes.codes.data() + codes.first[i],
                                                         codes.first[i + 1] - codes.first[i]);
                appendRow(parts[worker], model, people[i],
                          model.scoreParsed(people[i].beneficiary, own));
                ++scored[worker];
            }
        } catch (...) {
            failures[worker] = std::current_exception();
        }
    };
    {
        std::vector<std::jthread> pool;
        for (size_t worker = 1; worker < workers; ++worker)
            pool.emplace_back(work, worker);
        work(0);
    }
    for (const std::exception_ptr& failure : failures) {
        if (failure)
            std::rethrow_exception(failure);
    }

    QStringList header{QStringLiteral("ID"), QStringLiteral("HCCS")};
    header << model.continuingSegments() << model.newEnrolleeSegments().value(0);
    batch.m_output = header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (size_t worker = 0; worker < workers; ++worker) {
        batch.m_output += parts[worker];
        batch.m_scored += scored[worker];
    }
    return batch;
}

QString HccBatch::problemText(const HccInputProblem& problem)
{
    // One arg() for all, so that a '%1' in a file name or a reason is not taken for a place.
    return QStringLiteral("%1:%2:%3: %4")
        .arg(problem.file, QString::number(problem.line), QString::number(problem.column),
             problem.reason);
}

} // namespace aco
