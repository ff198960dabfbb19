#include "demo/demorandom.h"

#include <algorithm>
#include <numbers>

namespace aco::demo {

namespace {

std::uint64_t splitMix(std::uint64_t& x)
{
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t x = seed * 0x2545F4914F6CDD1DULL + stream * 0x9E3779B97F4A7C15ULL + stream;
    for (auto& word : m_state)
        word = splitMix(x);
}

std::uint64_t DemoRandom::next()
{
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double DemoRandom::normal()
{
    if (m_haveSpare) {
        m_haveSpare = false;
        return m_spare;
    }
    // Box-Muller; 1 - uniform() is in (0, 1], so the logarithm is finite.
    const double radius = std::sqrt(-2.0 * std::log(1.0 - uniform()));
    const double angle = 2.0 * std::numbers::pi * uniform();
    m_spare = radius * std::sin(angle);
    m_haveSpare = true;
    return radius * std::cos(angle);
}

double DemoRandom::lognormalMean(double mean, double cv)
{
    const double sigma2 = std::log(1.0 + cv * cv);
    return mean * std::exp(std::sqrt(sigma2) * normal() - sigma2 / 2.0);
}

int DemoRandom::poisson(double lambda)
{
    if (lambda <= 0.0)
        return 0;
    if (lambda < 30.0) {
        // Multiplication method: exact, and cheap for small means.
        const double limit = std::exp(-lambda);
        int k = 0;
        double product = uniform();
        while (product > limit) {
            ++k;
            product *= uniform();
        }
        return k;
    }
    return std::max(0, static_cast<int>(std::lround(normal(lambda, std::sqrt(lambda)))));
}

int DemoRandom::binomial(int n, double p)
{
    if (n <= 0 || p <= 0.0)
        return 0;
    if (p >= 1.0)
        return n;
    const double mean = n * p;
    if (n < 40 || mean < 10.0 || n - mean < 10.0) {
        int k = 0;
        for (int i = 0; i < n; ++i)
            k += chance(p) ? 1 : 0;
        return k;
    }
    const double drawn = normal(mean, std::sqrt(mean * (1.0 - p)));
    return std::clamp(static_cast<int>(std::lround(drawn)), 0, n);
}

size_t DemoRandom::weighted(std::span<const double> weights)
{
    double total = 0.0;
    for (double w : weights)
        total += w;
    double target = uniform() * total;
    for (size_t i = 0; i < weights.size(); ++i) {
        target -= weights[i];
        if (target < 0.0)
            return i;
    }
    return weights.size() - 1;
}

} // namespace aco::demo
