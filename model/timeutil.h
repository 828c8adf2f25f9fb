#pragma once

#include <QString>

namespace Casebinder::TimeUtil {

// Now, as ISO 8601 UTC with seconds: 2021-01-10T07:59:00Z.
QString nowUtcIso();

// The operating-system user name, for the custody log.
QString currentUserName();

} // namespace Casebinder::TimeUtil
