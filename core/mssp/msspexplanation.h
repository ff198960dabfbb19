#pragma once

#include "mssp/msspinput.h"
#include "mssp/msspresult.h"

#include <QString>

#include <vector>

namespace aco {

// One step of a reconciliation, for people: a name, its value as text and a sentence saying
// where it comes from. `key` names the step for programs (the batch column where there is one).
struct MsspStep
{
    QString key;
    QString name;
    QString value;
    QString explanation;
};

// Turns a reconciliation into the ordered steps the window and `mssp --input` show, from the
// benchmark to the amount earned or owed.
class MsspExplanation
{
public:
    static std::vector<MsspStep> steps(const MsspInput& input, const MsspResult& result);
};

} // namespace aco
