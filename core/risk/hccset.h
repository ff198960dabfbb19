#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

namespace aco {

// A set of payment HCCs by their index in a model (RiskModel::hccName), which orders them by HCC
// number: fixed size, so that scoring allocates nothing, and iterated word by word, since a
// beneficiary has a few HCCs out of a hundred or more.
class HccSet
{
  public:
    static constexpr int capacity = 256;

    void set(int index) { m_words[word(index)] |= bit(index); }
    void reset(int index) { m_words[word(index)] &= ~bit(index); }
    bool test(int index) const { return (m_words[word(index)] & bit(index)) != 0; }
    int count() const;
    bool none() const { return *this == HccSet(); }
    bool intersects(const HccSet& other) const;
    HccSet& operator|=(const HccSet& other);
    // The HCCs of this set that are not in `other`.
    HccSet without(const HccSet& other) const;
    bool operator==(const HccSet& other) const = default;

    // Calls `visit(index)` for each HCC of the set, in ascending order.
    template <typename Visit> void forEach(Visit visit) const
    {
        for (std::size_t w = 0; w < m_words.size(); ++w) {
            for (std::uint64_t bits = m_words[w]; bits != 0; bits &= bits - 1)
                visit(static_cast<int>(w * 64) + std::countr_zero(bits));
        }
    }

  private:
    static std::size_t word(int index) { return static_cast<std::size_t>(index) / 64; }
    static std::uint64_t bit(int index) { return std::uint64_t(1) << (index % 64); }

    std::array<std::uint64_t, capacity / 64> m_words{};
};

} // namespace aco
