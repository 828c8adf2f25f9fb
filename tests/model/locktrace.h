#pragma once

// Reads an `strace -f -y -e trace=openat,close,fcntl` log and finds every close of a descriptor
// on the case file (or its -shm file) that dropped POSIX locks the process still held through
// another descriptor of the same file: the close that let another program delete a WAL that
// was in use (decision 0004). A close while no lock is held (SQLite closing the descriptors
// it parked once the last connection unlocked) drops nothing and is not reported.
#include <QFile>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace LockTrace {

struct Report
{
    int descriptorsOpened = 0; // on the watched files, over the whole trace
    int maxOpenAtOnce = 0;
    QStringList harmfulCloses; // trace lines
};

class Analyzer
{
public:
    // Watches every file whose path ends with one of `suffixes` (".casebinder",
    // ".casebinder-shm", ...), each on its own.
    explicit Analyzer(const QStringList &suffixes)
        : m_suffixes(suffixes)
    {}

    void line(const QString &raw)
    {
        // "PID syscall(... <unfinished ...>" and "PID <... syscall resumed>...) = 5</p>"
        static const QRegularExpression prefix(QStringLiteral(R"(^(\d+)\s+(.*)$)"));
        const auto match = prefix.match(raw);
        const QString pid = match.hasMatch() ? match.captured(1) : QString();
        QString text = match.hasMatch() ? match.captured(2) : raw;
        if (text.endsWith(u"<unfinished ...>")) {
            m_unfinished.insert(pid, text.chopped(16));
            return;
        }
        static const QRegularExpression resumed(QStringLiteral(R"(^<\.\.\. \w+ resumed>(.*)$)"));
        if (const auto again = resumed.match(text); again.hasMatch())
            text = m_unfinished.take(pid) + again.captured(1);
        handle(text, raw);
    }

    Report report() const { return m_report; }

    static Report analyzeFile(const QString &tracePath, const QStringList &suffixes)
    {
        Analyzer analyzer(suffixes);
        QFile file(tracePath);
        if (file.open(QIODevice::ReadOnly)) {
            while (!file.atEnd())
                analyzer.line(QString::fromUtf8(file.readLine()).trimmed());
        }
        return analyzer.report();
    }

private:
    struct FileState
    {
        QSet<int> fds;
        QList<std::pair<qint64, qint64>> locks; // [start, end)
    };

    void handle(const QString &text, const QString &raw)
    {
        static const QRegularExpression open(QStringLiteral(R"(^openat\(.*\)\s+=\s+(\d+)<(.*)>$)"));
        static const QRegularExpression close(QStringLiteral(R"(^close\((\d+)<(.*)>\)\s+=\s+0)"));
        static const QRegularExpression lock(QStringLiteral(
            R"(^fcntl\((\d+)<(.*)>, F_(?:OFD_)?SETLKW?, \{l_type=(F_\w+), l_whence=SEEK_SET, l_start=(\d+), l_len=(\d+)(?:, l_pid=\d+)?\}\)\s+=\s+0)"));
        if (const auto m = open.match(text); m.hasMatch()) {
            if (FileState *state = watched(m.captured(2))) {
                state->fds.insert(m.captured(1).toInt());
                ++m_report.descriptorsOpened;
                m_report.maxOpenAtOnce = std::max<int>(m_report.maxOpenAtOnce, state->fds.size());
            }
        } else if (const auto m = close.match(text); m.hasMatch()) {
            if (FileState *state = watched(m.captured(2))) {
                const int fd = m.captured(1).toInt();
                if (state->fds.size() > 1 && !state->locks.isEmpty())
                    m_report.harmfulCloses.append(raw);
                state->fds.remove(fd);
                state->locks.clear(); // POSIX: any close drops every lock of the process
            }
        } else if (const auto m = lock.match(text); m.hasMatch()) {
            if (FileState *state = watched(m.captured(2))) {
                const qint64 start = m.captured(4).toLongLong();
                const qint64 length = m.captured(5).toLongLong();
                const qint64 end
                    = length == 0 ? std::numeric_limits<qint64>::max() : start + length;
                unlock(*state, start, end);
                if (m.captured(3) != u"F_UNLCK")
                    state->locks.append({start, end});
            }
        }
    }

    static void unlock(FileState &state, qint64 start, qint64 end)
    {
        QList<std::pair<qint64, qint64>> kept;
        for (const auto &[from, to] : std::as_const(state.locks)) {
            if (to <= start || from >= end) {
                kept.append({from, to});
                continue;
            }
            if (from < start)
                kept.append({from, start});
            if (to > end)
                kept.append({end, to});
        }
        state.locks = kept;
    }

    FileState *watched(const QString &path)
    {
        const bool watch
            = std::any_of(m_suffixes.cbegin(), m_suffixes.cend(), [&path](const QString &suffix) {
                  return path.endsWith(suffix);
              });
        if (!watch)
            return nullptr;
        return &m_files[path];
    }

    QStringList m_suffixes;
    QHash<QString, FileState> m_files;
    QHash<QString, QString> m_unfinished;
    Report m_report;
};

} // namespace LockTrace
