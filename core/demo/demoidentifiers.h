#pragma once

#include <string>
#include <unordered_set>

namespace aco::demo {

class DemoRandom;

// Identifiers for the demo's people, drawn from `random` and unique within `used` (which each
// call extends): an NPI with a valid check digit, an MBI in CMS's format.
std::string drawNpi(DemoRandom& random, std::unordered_set<std::string>& used);
std::string drawMbi(DemoRandom& random, std::unordered_set<std::string>& used);

} // namespace aco::demo
