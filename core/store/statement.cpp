#include "store/statement.h"

#include "store/database.h"

#include <sqlite3.h>

#include <string>
#include <utility>

namespace aco {

Statement::Statement(const Database& db, std::string_view sql) : m_db(&db)
{
    const int rc = sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()),
                                      &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(sqlite3_extended_errcode(db.handle()), "preparing " + std::string(sql.substr(0, 60)));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

Statement& Statement::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_db->fail(sqlite3_extended_errcode(m_db->handle()), "binding a value");
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        m_db->fail(sqlite3_extended_errcode(m_db->handle()), "binding a value");
    return *this;
}

Statement& Statement::bind(int index, std::string_view utf8)
{
    // SQLite binds a null pointer as NULL; a view of no text (an absent optional column, say)
    // is the empty text, and NULL is bindNull's to ask for.
    const char* data = utf8.data() ? utf8.data() : "";
    if (sqlite3_bind_text(m_stmt, index, data, static_cast<int>(utf8.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        m_db->fail(sqlite3_extended_errcode(m_db->handle()), "binding a value");
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes)
{
    if (sqlite3_bind_blob64(m_stmt, index, bytes.data() ? bytes.data() : "", bytes.size(), SQLITE_TRANSIENT) !=
        SQLITE_OK)
        m_db->fail(sqlite3_extended_errcode(m_db->handle()), "binding a value");
    return *this;
}

Statement& Statement::bindStatic(int index, std::string_view utf8)
{
    if (sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC) != SQLITE_OK)
        m_db->fail(sqlite3_extended_errcode(m_db->handle()), "binding a value");
    return *this;
}

Statement& Statement::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return bind(index, std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    if (m_db->isInterrupted()) {
        sqlite3_reset(m_stmt);
        m_db->fail(SQLITE_INTERRUPT, sqlite3_sql(m_stmt));
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const int code = sqlite3_extended_errcode(m_db->handle());
    const std::string sql = sqlite3_sql(m_stmt);
    sqlite3_reset(m_stmt);
    m_db->fail(code, sql.substr(0, 60));
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::runKeepingBindings()
{
    while (step()) {
    }
    sqlite3_reset(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string_view Statement::utf8(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return text ? std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column)))
                : std::string_view();
}

std::string_view Statement::blob(int column) const
{
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return bytes ? std::string_view(bytes, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column)))
                 : std::string_view();
}

QString Statement::text(int column) const
{
    const std::string_view bytes = utf8(column);
    return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

std::optional<double> Statement::optionalReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<std::int64_t>(int64(column));
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

int Statement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

} // namespace aco
