#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace aco {

// Something wrong in a CCLF delivery: the file (as found: "ZIP:ENTRY" or a path), the 1-based
// line and column (the byte position where the field starts; 0 when the problem is the whole
// file's) and why, as a sentence that names the field and says how to fix it.
struct CclfProblem
{
    QString file;
    std::int64_t line = 0;
    int column = 0;
    QString reason;

    // "FILE:LINE:COLUMN: reason", or "FILE: reason" for a whole file.
    QString toString() const;
};

// The problems of a load. Every problem is counted; the first `limit` are kept, so that a wholly
// wrong file does not fill the memory with a message per record.
class CclfProblems
{
public:
    static constexpr size_t limit = 10000;

    void add(CclfProblem problem);
    bool empty() const { return m_count == 0; }
    std::int64_t count() const { return m_count; }
    const std::vector<CclfProblem>& kept() const { return m_kept; }

private:
    std::vector<CclfProblem> m_kept;
    std::int64_t m_count = 0;
};

} // namespace aco
