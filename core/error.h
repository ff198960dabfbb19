#pragma once

#include <QString>

#include <stdexcept>
#include <string>

namespace aco {

// An error the user can act on. Its message is one sentence that names the file (and line,
// where there is one); its kind decides the command line's exit code.
class Error : public std::runtime_error
{
  public:
    enum class Kind
    {
        Failure,     // the operation could not be done (missing file, disk full, locked, ...)
        Usage,       // the request itself is wrong (bad option, bad value)
        InvalidData, // the input or the database holds invalid data
    };

    explicit Error(const std::string& message, Kind kind = Kind::Failure)
        : std::runtime_error(message), m_kind(kind)
    {
    }

    Kind kind() const { return m_kind; }

  private:
    Kind m_kind;
};

// A file's path as messages show it: 'PATH'.
inline std::string quoted(const QString& path)
{
    return "'" + path.toStdString() + "'";
}

} // namespace aco
