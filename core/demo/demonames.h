#pragma once

#include <array>

// Name lists for the demo ACO: common given names and surnames, and invented place names. The
// people and places of the demo are fictitious.
namespace aco::demo::names {

extern const std::array<const char*, 184> femaleFirst;
extern const std::array<const char*, 208> maleFirst;
extern const std::array<const char*, 255> last;
extern const std::array<const char*, 50> places;

} // namespace aco::demo::names
