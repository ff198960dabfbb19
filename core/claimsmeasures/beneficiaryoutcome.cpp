#include "claimsmeasures/beneficiaryoutcome.h"

#include "claimsmeasures/claimdates.h"

#include <algorithm>

namespace aco {

namespace {

using namespace claimdates;
using namespace measurerules;

// Consecutive acute claims merged into one stay (docs/measures.md, "Acute inpatient stays").
struct MergedStay
{
    int admission = 0;
    int discharge = 0;
    ClaimsCodes::Discharge status = ClaimsCodes::Discharge::Community;
    std::string ccn;    // of the claim that ends it
    char frequency = '1';
    bool planned = false; // an always-planned diagnosis or procedure, or an elective potentially planned one
    std::int64_t paidCents = 0;
};

std::vector<MergedStay> mergeStays(const std::vector<BeneficiaryFacts::Stay>& claims)
{
    std::vector<MergedStay> stays;
    bool elective = false;
    bool potentially = false;
    bool always = false;
    const auto close = [&] {
        if (!stays.empty())
            stays.back().planned = always || (potentially && elective);
    };
    for (const BeneficiaryFacts::Stay& c : claims) {
        if (!stays.empty()) {
            MergedStay& s = stays.back();
            const bool overlaps = c.from <= s.discharge;
            const bool nextDay = c.from == addDays(s.discharge, 1);
            const bool continues = s.frequency == '2' || s.frequency == '3' ||
                                   s.status == ClaimsCodes::Discharge::StillPatient || c.ccn != s.ccn;
            if (overlaps || (nextDay && continues)) {
                if (c.thru >= s.discharge) {
                    s.discharge = c.thru;
                    s.status = c.discharge;
                    s.ccn = c.ccn;
                    s.frequency = c.frequency;
                }
                s.paidCents += c.paidCents;
                always = always || c.alwaysPlanned;
                potentially = potentially || c.potentiallyPlanned;
                continue;
            }
        }
        close();
        stays.push_back({c.from, c.thru, c.discharge, c.ccn, c.frequency, false, c.paidCents});
        elective = c.elective;
        always = c.alwaysPlanned;
        potentially = c.potentiallyPlanned;
    }
    close();
    return stays;
}

bool anyIn(const std::vector<int>& dates, int from, int to)
{
    const auto it = std::lower_bound(dates.begin(), dates.end(), from);
    return it != dates.end() && *it <= to;
}

// The latest date in `dates` on or before `day`, or 0.
int latestBy(const std::vector<int>& dates, int day)
{
    const auto it = std::upper_bound(dates.begin(), dates.end(), day);
    return it == dates.begin() ? 0 : *std::prev(it);
}

// Excluded from a screening measure at the end of `month`: the measure's own exclusions on or
// before it, or hospice or palliative care in the 12 months ending it.
bool excluded(const BeneficiaryFacts& f, int month, bool breast)
{
    const int end = lastDay(month);
    const int yearStart = firstDay(addMonths(month, -11));
    bool right = false;
    bool left = false;
    for (const BeneficiaryFacts::Excluded& e : f.exclusions) {
        if (e.date > end)
            break;
        switch (e.why) {
        case ClaimsCodes::Exclusion::BilateralMastectomy:
            if (breast)
                return true;
            break;
        case ClaimsCodes::Exclusion::RightMastectomy:
            right = true;
            break;
        case ClaimsCodes::Exclusion::LeftMastectomy:
            left = true;
            break;
        case ClaimsCodes::Exclusion::ColorectalCancer:
            if (!breast)
                return true;
            break;
        case ClaimsCodes::Exclusion::Palliative:
            if (e.date >= yearStart)
                return true;
            break;
        case ClaimsCodes::Exclusion::None:
            break;
        }
    }
    if (breast && right && left)
        return true;
    return std::any_of(f.hospice.begin(), f.hospice.end(),
                       [&](const auto& h) { return h.first <= end && h.second >= yearStart; });
}

// The first month of the influenza season month M counts: August 1 to March 31; April to July
// keep the season that ended on March 31.
int seasonStart(int month)
{
    const int year = month / 100;
    return (month % 100 >= 8 ? year : year - 1) * 10000 + 801;
}

} // namespace

const BeneficiaryOutcome::Month* BeneficiaryOutcome::month(int yyyymm) const
{
    const int i = monthsBetween(firstMonth, yyyymm);
    return i >= 0 && i < static_cast<int>(months.size()) ? &months[static_cast<size_t>(i)] : nullptr;
}

BeneficiaryOutcome computeOutcome(const BeneficiaryFacts& f, int firstMonth, int lastMonth)
{
    BeneficiaryOutcome out;
    out.firstMonth = firstMonth;
    const int count = monthsBetween(firstMonth, lastMonth) + 1;
    if (count <= 0)
        return out;
    out.months.resize(static_cast<size_t>(count));
    const auto at = [&](int month) -> BeneficiaryOutcome::Month* {
        const int i = monthsBetween(firstMonth, month);
        return i >= 0 && i < count ? &out.months[static_cast<size_t>(i)] : nullptr;
    };

    // Membership, attribution and spending, month by month.
    struct Sum
    {
        std::int64_t provider = 0;
        std::int64_t cents = 0;
        int latest = 0;
        int npiRank = 0;
    };
    std::vector<Sum> sums; // a beneficiary sees few primary care providers
    for (int i = 0; i < count; ++i) {
        const int month = addMonths(firstMonth, i);
        BeneficiaryOutcome::Month& m = out.months[static_cast<size_t>(i)];
        m.member = std::binary_search(f.memberMonths.begin(), f.memberMonths.end(), month) &&
                   (f.deathDate == 0 || f.deathDate >= firstDay(month));
        // The PCP with the most allowed charges for primary care in the 12 months ending M; ties
        // to the most recent service, then the smaller NPI. Services are in date order, so the
        // window is a range of them.
        sums.clear();
        const int windowStart = addMonths(month, -(attributionMonths - 1));
        const auto from = std::lower_bound(f.primaryCare.begin(), f.primaryCare.end(), firstDay(windowStart),
                                           [](const BeneficiaryFacts::PrimaryCare& p, int date) { return p.date < date; });
        for (auto p = from; p != f.primaryCare.end() && monthOf(p->date) <= month; ++p) {
            auto s = std::find_if(sums.begin(), sums.end(), [&](const Sum& x) { return x.provider == p->providerId; });
            if (s == sums.end())
                s = sums.insert(sums.end(), Sum{p->providerId, 0, 0, p->npiRank});
            s->cents += p->allowedCents;
            s->latest = std::max(s->latest, p->date);
        }
        const Sum* best = nullptr;
        for (const Sum& s : sums) {
            if (s.cents <= 0)
                continue;
            if (!best || s.cents > best->cents ||
                (s.cents == best->cents &&
                 (s.latest > best->latest || (s.latest == best->latest && s.npiRank < best->npiRank))))
                best = &s;
        }
        m.provider = best ? best->provider : 0;
        const auto spent = std::lower_bound(f.spending.begin(), f.spending.end(), std::pair<int, std::int64_t>(month, INT64_MIN));
        if (spent != f.spending.end() && spent->first == month)
            m.spendingCents = spent->second;
    }
    const auto attributedMember = [&](int month) -> BeneficiaryOutcome::Month* {
        BeneficiaryOutcome::Month* m = at(month);
        return m && m->member && m->provider != 0 ? m : nullptr;
    };

    // Stays: admissions, readmissions and follow-up.
    const std::vector<MergedStay> stays = mergeStays(f.inpatient);
    for (size_t s = 0; s < stays.size(); ++s) {
        const MergedStay& stay = stays[s];
        out.events.push_back({stay.admission, BeneficiaryOutcome::Event::Admission, std::max<std::int64_t>(0, stay.paidCents)});
        if (BeneficiaryOutcome::Month* m = attributedMember(monthOf(stay.admission)))
            ++m->admissions;
        const bool index = stay.status != ClaimsCodes::Discharge::Died &&
                           stay.status != ClaimsCodes::Discharge::AgainstAdvice &&
                           stay.status != ClaimsCodes::Discharge::TransferAcute &&
                           stay.status != ClaimsCodes::Discharge::StillPatient;
        // The first stay admitted 1-30 days after the discharge decides, planned or not.
        const int first = addDays(stay.discharge, 1);
        const int last = addDays(stay.discharge, readmissionDays);
        const MergedStay* next = nullptr;
        for (size_t n = s + 1; n < stays.size() && !next; ++n)
            if (stays[n].admission >= first && stays[n].admission <= last)
                next = &stays[n];
        const bool readmitted = index && next && !next->planned;
        if (readmitted)
            out.events.push_back({next->admission, BeneficiaryOutcome::Event::Readmission,
                                  std::max<std::int64_t>(0, next->paidCents)});
        BeneficiaryOutcome::Month* m = attributedMember(monthOf(stay.discharge));
        if (!index || !m)
            continue;
        ++m->indexDischarges;
        m->readmissions += readmitted;
        if (stay.status == ClaimsCodes::Discharge::Community) {
            ++m->followUpEligible;
            m->followedUp += anyIn(f.followUps, first, addDays(stay.discharge, followUpDays));
        }
    }

    // ED visits: one a day, unless an admission follows on that day or the next.
    for (size_t i = 0; i < f.edServices.size();) {
        const int day = f.edServices[i].date;
        std::int64_t cost = 0;
        std::int64_t lastClaim = -1;
        for (; i < f.edServices.size() && f.edServices[i].date == day; ++i) {
            const auto& e = f.edServices[i];
            if (e.claimId == 0 || e.claimId != lastClaim)
                cost += e.paidCents;
            lastClaim = e.claimId;
        }
        const int nextDay = addDays(day, 1);
        if (std::any_of(stays.begin(), stays.end(),
                        [&](const MergedStay& s) { return s.admission == day || s.admission == nextDay; }))
            continue;
        out.events.push_back({day, BeneficiaryOutcome::Event::EdVisit, std::max<std::int64_t>(0, cost)});
        if (BeneficiaryOutcome::Month* m = attributedMember(monthOf(day)))
            ++m->edVisits;
    }

    // Status measures of attributed members.
    for (int i = 0; i < count; ++i) {
        const int month = addMonths(firstMonth, i);
        BeneficiaryOutcome::Month& m = out.months[static_cast<size_t>(i)];
        if (!m.member || m.provider == 0)
            continue;
        const int end = lastDay(month);
        const auto status = [](bool met) { return met ? BeneficiaryOutcome::Met : BeneficiaryOutcome::Eligible; };
        m.wellness = status(anyIn(f.wellness, firstDay(addMonths(month, -(wellnessLookbackMonths - 1))), end));
        m.noVisit = status(!anyIn(f.followUps, firstDay(addMonths(month, -11)), end));
        const int seasonFirst = seasonStart(month);
        m.flu = status(anyIn(f.flu, seasonFirst, std::min(end, (seasonFirst / 10000 + 1) * 10000 + 331)));
        const int age = f.birthDate ? ageOn(f.birthDate, end) : -1;
        if (f.sex == 'F' && age >= breastFirstAge && age <= breastLastAge && !excluded(f, month, true))
            m.breast = status(anyIn(f.mammograms, firstDay(addMonths(month, -(breastLookbackMonths - 1))), end));
        if (age >= colorectalFirstAge && age <= colorectalLastAge && !excluded(f, month, false))
            m.colorectal = status(std::any_of(f.colorectal.begin(), f.colorectal.end(), [&](const auto& t) {
                return t.date <= end && t.date >= firstDay(addMonths(month, -(t.lookbackMonths - 1)));
            }));
    }

    // Care gaps open at the end of the last month.
    const BeneficiaryOutcome::Month& last = out.months.back();
    const int lastEnd = lastDay(lastMonth);
    if (last.member && last.provider != 0) {
        if (last.wellness == BeneficiaryOutcome::Eligible) {
            const int visit = latestBy(f.wellness, lastEnd);
            const int firstMember = f.memberMonths.empty() ? lastMonth : f.memberMonths.front();
            out.gaps.push_back({"AWV", visit ? firstDay(addMonths(monthOf(visit), 12)) : firstDay(firstMember)});
        }
        if (last.flu == BeneficiaryOutcome::Eligible && (lastMonth % 100 >= 8 || lastMonth % 100 <= 3))
            out.gaps.push_back({"FLU", seasonStart(lastMonth)});
        if (last.breast == BeneficiaryOutcome::Eligible) {
            const int mammogram = latestBy(f.mammograms, lastEnd);
            out.gaps.push_back({"BCS", mammogram ? firstDay(addMonths(monthOf(mammogram), breastLookbackMonths))
                                                 : firstDay(lastMonth)});
        }
        if (last.colorectal == BeneficiaryOutcome::Eligible) {
            // Due since the latest test's window lapsed; now when there was none.
            int due = 0;
            for (const auto& t : f.colorectal)
                if (t.date <= lastEnd)
                    due = std::max(due, firstDay(addMonths(monthOf(t.date), t.lookbackMonths)));
            out.gaps.push_back({"CRC", due ? due : firstDay(lastMonth)});
        }
    }
    std::sort(out.events.begin(), out.events.end(),
              [](const auto& a, const auto& b) { return a.date != b.date ? a.date < b.date : a.kind < b.kind; });
    return out;
}

} // namespace aco
