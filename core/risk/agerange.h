#pragma once

#include <QString>

#include <climits>
#include <optional>

namespace aco {

// The ages, in whole years, a rule of the risk model applies to: both ends included.
struct AgeRange
{
    int low = INT_MIN;
    int high = INT_MAX;

    bool contains(int age) const { return age >= low && age <= high; }

    // A condition on age as CMS's tables write it: "age >= 15", "age < 21", "age = 0",
    // "9 <= age <= 64" (any of <, <=, =, ==, >=, >; spaces optional), or "age 50+". An empty
    // condition holds for every age; nullopt when `condition` is none of these.
    static std::optional<AgeRange> parse(const QString& condition);
};

} // namespace aco
