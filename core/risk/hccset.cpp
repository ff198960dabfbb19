#include "hccset.h"

namespace aco {

int HccSet::count() const
{
    int total = 0;
    for (std::uint64_t bits : m_words)
        total += std::popcount(bits);
    return total;
}

bool HccSet::intersects(const HccSet& other) const
{
    for (size_t w = 0; w < m_words.size(); ++w) {
        if ((m_words[w] & other.m_words[w]) != 0)
            return true;
    }
    return false;
}

HccSet& HccSet::operator|=(const HccSet& other)
{
    for (size_t w = 0; w < m_words.size(); ++w)
        m_words[w] |= other.m_words[w];
    return *this;
}

HccSet HccSet::without(const HccSet& other) const
{
    HccSet result;
    for (size_t w = 0; w < m_words.size(); ++w)
        result.m_words[w] = m_words[w] & ~other.m_words[w];
    return result;
}

} // namespace aco
