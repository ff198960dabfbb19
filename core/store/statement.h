#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace aco {

class Database;

// A prepared statement: bind by 1-based index, step through rows, read columns by 0-based index.
// Errors throw aco::Error naming the database file.
class Statement
{
public:
    Statement(const Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view utf8);
    Statement& bind(int index, const char* utf8) { return bind(index, std::string_view(utf8)); }
    Statement& bind(int index, const QString& text);
    // Binds text without copying it: `utf8` must stay valid until the statement has run (for
    // fields of a record being loaded, many per row).
    Statement& bindStatic(int index, std::string_view utf8);
    Statement& bindNull(int index);
    // Binds bytes as a BLOB (copied).
    Statement& bindBlob(int index, std::string_view bytes);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Advances to the next row; false when done.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    // The same, keeping the values bound, to run it again as it is.
    void runKeepingBindings();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    std::string_view utf8(int column) const;
    std::string_view blob(int column) const; // a BLOB's bytes, valid until the next step
    std::optional<double> optionalReal(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;
    int columnCount() const;
    int columnType(int column) const;

private:
    const Database* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace aco
