#include "measures/standardmeasures.h"

#include "demo/demomeasures.h"
#include "store/database.h"

namespace aco {

void writeStandardMeasures(Database& db, bool illustrativeBenchmarks)
{
    // The catalogue lives with the demo's simulation parameters of each measure; the ids are the
    // catalogue's positions, which the demo's results and diagrams refer to.
    auto measure = db.prepare(R"sql(
        INSERT INTO measure (id, code, name, domain, direction, unit, aco_number, description,
                             benchmark, benchmark_label, denominator_kind)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))sql");
    for (const demo::MeasureDef& m : demo::measureCatalog()) {
        measure.bind(1, demo::measureId(m.code))
            .bind(2, m.code)
            .bind(3, m.name)
            .bind(4, m.domain)
            .bind(5, m.direction)
            .bind(6, m.unit)
            .bind(8, m.description);
        if (m.acoNumber)
            measure.bind(7, m.acoNumber);
        if (illustrativeBenchmarks && m.benchmark > 0)
            measure.bind(9, m.benchmark).bind(10, "Illustrative national benchmark");
        else
            measure.bind(10, "");
        measure.bind(11, demo::isMonthlyStatus(m) ? "monthly_status" : "events");
        measure.run();
    }
}

} // namespace aco
