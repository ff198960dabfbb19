#pragma once

namespace aco {

class Database;

// Writes the standard measure catalogue into a file that has no measures yet: the Table 1
// measures of the CMS Provider Engagement Toolkit (cost, utilization and quality) and provider
// meeting attendance, with their codes (TCOC, ADM, ..., ENG), names, directions, units, ACO
// measure numbers and definitions. With `illustrativeBenchmarks` each measure that has one also
// gets the demo's illustrative national benchmark, labelled as such; a real ACO's file leaves
// them out and imports its own.
void writeStandardMeasures(Database& db, bool illustrativeBenchmarks);

} // namespace aco
