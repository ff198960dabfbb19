#pragma once

#include "store/store.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <memory>

namespace aco::test {

// A fixture with the small demo ACO written to a temporary file and open, for tests that look at
// what the application makes of realistic data.
class SmallDemoTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_folder.path(QStringLiteral("small.aco"));
        writeSmallDemo(m_path);
        m_store = std::make_unique<Store>(Store::open(m_path));
    }

    TempFolder m_folder;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

} // namespace aco::test
