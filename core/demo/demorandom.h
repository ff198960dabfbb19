#pragma once

#include <cmath>
#include <cstdint>
#include <iterator>
#include <span>

namespace aco::demo {

// A small, fast and fully specified random source (SplitMix64 seeding a xoshiro256** state),
// with its own distributions: the standard library's distributions are implementation-defined,
// and the demo must be identical for the same seed on every build.
class DemoRandom
{
public:
    // `stream` separates the independent parts of the demo, so that changing how one part draws
    // does not change the others.
    DemoRandom(std::uint64_t seed, std::uint64_t stream);

    std::uint64_t next();
    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform integer in [low, high].
    int between(int low, int high)
    {
        return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1));
    }
    bool chance(double probability) { return uniform() < probability; }
    double normal(); // standard normal
    double normal(double mean, double sd) { return mean + sd * normal(); }
    // Log-normal with the given mean and coefficient of variation.
    double lognormalMean(double mean, double cv);
    int poisson(double lambda);
    int binomial(int n, double p);
    template <typename Container> const auto& pick(const Container& items)
    {
        return items[next() % std::size(items)];
    }
    // An index drawn with the given (not necessarily normalised) weights.
    size_t weighted(std::span<const double> weights);

private:
    std::uint64_t m_state[4];
    bool m_haveSpare = false;
    double m_spare = 0.0;
};

} // namespace aco::demo
