#include "store/temporaryfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <signal.h>
#include <unistd.h>

namespace aco {

namespace {

// The registry a signal handler reads: fixed slots, no allocation, written before they are
// marked in use, so that the handler sees whole paths only (async-signal-safe).
constexpr int slotCount = 32;
constexpr size_t pathSize = 4096;
struct Slot
{
    std::atomic<bool> used{false};
    char path[pathSize] = {};
};
std::array<Slot, slotCount> slots;
std::atomic<bool> claiming[slotCount] = {};

void removeWithJournal(const char* path)
{
    ::unlink(path);
    char other[pathSize + 8];
    const size_t length = std::strlen(path);
    std::memcpy(other, path, length);
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        std::memcpy(other + length, suffix, std::strlen(suffix) + 1);
        ::unlink(other);
    }
}

void onSignal(int signal)
{
    for (Slot& slot : slots)
        if (slot.used.load(std::memory_order_acquire))
            removeWithJournal(slot.path);
    // End as the signal would have, with its status for the parent.
    std::signal(signal, SIG_DFL);
    ::raise(signal);
}

bool isRunning(pid_t pid)
{
    return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
}

} // namespace

TemporaryFiles::Guard::Guard(const QString& path)
{
    const QByteArray name = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    if (static_cast<size_t>(name.size()) >= pathSize)
        return;
    for (int i = 0; i < slotCount; ++i) {
        bool expected = false;
        if (!claiming[i].compare_exchange_strong(expected, true))
            continue;
        std::memcpy(slots[static_cast<size_t>(i)].path, name.constData(),
                    static_cast<size_t>(name.size()) + 1);
        slots[static_cast<size_t>(i)].used.store(true, std::memory_order_release);
        m_slot = i;
        return;
    }
}

TemporaryFiles::Guard::~Guard()
{
    if (m_slot < 0)
        return;
    slots[static_cast<size_t>(m_slot)].used.store(false, std::memory_order_release);
    claiming[m_slot] = false;
}

void TemporaryFiles::removeOnSignals()
{
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    for (const int signal : {SIGTERM, SIGINT, SIGHUP})
        sigaction(signal, &action, nullptr);
}

int TemporaryFiles::removeStale(const QString& path)
{
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    // NAME.partial-PID (a new file, its -wal, -shm, -journal) and .NAME.partial-PID-N (exports).
    const QRegularExpression temporary(
        QStringLiteral("^\\.?%1\\.partial-(\\d+)(-\\d+)?(-wal|-shm|-journal)?$")
            .arg(QRegularExpression::escape(info.fileName())));
    int removed = 0;
    for (const QString& name : folder.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        const auto match = temporary.match(name);
        if (match.hasMatch() && !isRunning(static_cast<pid_t>(match.captured(1).toLongLong())) &&
            QFile::remove(folder.filePath(name)))
            ++removed;
    }
    return removed;
}

} // namespace aco
