#pragma once

#include "claims/cclflayout.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace aco {

// Builds fixed-width CCLF records field by field, as CMS writes them: text left-justified and
// padded with spaces, digits zero-padded, signed amounts with a leading sign position, dates
// YYYY-MM-DD. For the demo's deliveries and for tests that make deliveries by hand.
class CclfRecordBuilder
{
public:
    explicit CclfRecordBuilder(const CclfLayout& layout);

    const CclfLayout& layout() const { return *m_layout; }
    // Starts a new record: every position a space.
    CclfRecordBuilder& clear();
    CclfRecordBuilder& text(std::string_view field, std::string_view value);
    CclfRecordBuilder& digits(std::string_view field, std::int64_t value);
    CclfRecordBuilder& amount(std::string_view field, std::int64_t cents);
    // YYYYMMDD; 0 writes the packet's "missing" date, 1000-01-01.
    CclfRecordBuilder& date(std::string_view field, int yyyymmdd);
    CclfRecordBuilder& quantity(std::string_view field, double value);
    // Puts `raw` at the field's start unchanged (for tests that need malformed values).
    CclfRecordBuilder& raw(std::string_view field, std::string_view value);

    const std::string& record() const { return m_record; }

private:
    const CclfField& fieldNamed(std::string_view name) const;
    void put(const CclfField& field, std::string_view value, bool rightJustified, char pad);

    const CclfLayout* m_layout;
    std::string m_record;
};

} // namespace aco
