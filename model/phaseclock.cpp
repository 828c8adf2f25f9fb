#include "phaseclock.h"

#include <ctime>

namespace Casebinder {

Q_LOGGING_CATEGORY(lcImportTiming, "casebinder.import.timing", QtWarningMsg)

PhaseClock::PhaseClock()
    : m_cpuMs(threadCpuMs())
{
    m_wall.start();
}

PhaseClock::Lap PhaseClock::lap()
{
    const qint64 cpu = threadCpuMs();
    const Lap lap{m_wall.restart(), cpu - m_cpuMs};
    m_cpuMs = cpu;
    return lap;
}

void PhaseClock::log(const char *phase)
{
    log(phase, lap());
}

void PhaseClock::log(const char *phase, const Lap &lap)
{
    qCDebug(lcImportTiming, "%s: %lld ms wall, %lld ms CPU", phase, lap.wallMs, lap.cpuMs);
}

qint64 PhaseClock::threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

} // namespace Casebinder
