#pragma once

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace Casebinder {

// Where an import spends its time, for performance work:
// QT_LOGGING_RULES="casebinder.import.timing=true" casebinder-cli import …
Q_DECLARE_LOGGING_CATEGORY(lcImportTiming)

// Wall time and the calling thread's CPU time since start or the last lap: on a shared
// machine the CPU time shows the work, the wall time what waiting for a core added.
class PhaseClock final
{
public:
    struct Lap
    {
        qint64 wallMs = 0;
        qint64 cpuMs = 0;
        Lap &operator+=(const Lap &other)
        {
            wallMs += other.wallMs;
            cpuMs += other.cpuMs;
            return *this;
        }
    };

    PhaseClock();
    Lap lap();
    // Logs `phase` with the time since the last lap.
    void log(const char *phase);
    static void log(const char *phase, const Lap &lap);

private:
    static qint64 threadCpuMs();
    QElapsedTimer m_wall;
    qint64 m_cpuMs = 0;
};

} // namespace Casebinder
