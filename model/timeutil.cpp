#include "timeutil.h"

#include <QDateTime>

#include <pwd.h>
#include <unistd.h>

namespace Casebinder::TimeUtil {

QString nowUtcIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString currentUserName()
{
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString fromEnvironment = qEnvironmentVariable("USER");
    return fromEnvironment.isEmpty() ? QStringLiteral("unknown") : fromEnvironment;
}

} // namespace Casebinder::TimeUtil
