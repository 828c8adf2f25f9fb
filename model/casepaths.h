#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

// The case file and the files SQLite keeps beside it. A process that holds a connection to a
// case must never open and close any of them itself: POSIX drops all of the process's locks on
// a file when any descriptor of it closes, and another program then deletes the WAL the
// connection still writes to (decision 0004).
namespace Casebinder::CasePaths {

// The case file, then its -wal, -shm and -journal files (whether they exist or not).
QStringList sqliteFiles(const QString &casePath);

// True when `path` is the case or one of its SQLite files: by name, and by device and inode
// (stat, never open), so a hard link, a symbolic link or another spelling counts too.
bool belongsToCase(const QString &path, const QString &casePath);

// Renames `from` to `to` in one step, failing if `to` exists: never overwrites, and never falls
// back to copying (which would open both files).
Status renameNoReplace(const QString &from, const QString &to);

} // namespace Casebinder::CasePaths
