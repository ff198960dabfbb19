#include "claims/cclfproblem.h"

namespace aco {

QString CclfProblem::toString() const
{
    if (line <= 0)
        return file + QStringLiteral(": ") + reason;
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(reason);
}

void CclfProblems::add(CclfProblem problem)
{
    ++m_count;
    if (m_kept.size() < limit)
        m_kept.push_back(std::move(problem));
}

} // namespace aco
