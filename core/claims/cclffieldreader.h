#pragma once

#include "claims/cclflayout.h"
#include "claims/cclfproblem.h"

#include <QString>

#include <cstdint>
#include <string_view>

namespace aco {

// Reads the fields of one record after another of one file, by field index, and reports what it
// cannot read as a CclfProblem naming the file, line, column and field.
class CclfFieldReader
{
public:
    CclfFieldReader(const CclfLayout& layout, QString fileName, CclfProblems& problems);

    const CclfLayout& layout() const { return *m_layout; }
    void start(std::string_view record, std::int64_t line);
    std::int64_t line() const { return m_line; }
    std::string_view record() const { return m_record; }
    // Whether this record has had no problem so far.
    bool ok() const { return m_ok; }

    std::string_view raw(int field) const;
    // Without the padding spaces.
    std::string_view text(int field) const;
    QString qtext(int field) const;
    // 9(n); a blank required field is a problem.
    std::int64_t digits(int field, bool required);
    // Signed cents; blank reads as 0.
    std::int64_t cents(int field);
    double decimal(int field);
    // YYYYMMDD, 0 when missing; a missing required date is a problem.
    int date(int field, bool required);
    // Reports a problem with `field` of this record.
    void problem(int field, const QString& reason);

private:
    QString shown(int field) const;

    const CclfLayout* m_layout;
    QString m_fileName;
    CclfProblems* m_problems;
    std::string_view m_record;
    std::int64_t m_line = 0;
    bool m_ok = true;
};

} // namespace aco
