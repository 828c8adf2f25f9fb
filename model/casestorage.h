#pragma once

#include "result.h"

#include <QString>

namespace Casebinder {

// The file system that holds a case, as far as SQLite's safety is concerned.
struct FileSystemKind
{
    quint64 type = 0; // statfs f_type
    QString name;     // readable: "NFS", "SMB/CIFS", "ext2/ext3/ext4", "unknown (0x1234)"
    // SQLite's WAL index is shared memory on one host; on these file systems other hosts do
    // not see it, so two computers writing through WAL corrupt the case.
    bool network = false;
};

// Maps a statfs f_type magic number to its kind.
FileSystemKind fileSystemKindOf(quint64 statfsType);

// The file system holding `path` (statfs), or the type injected for tests.
Result<FileSystemKind> fileSystemOf(const QString &path);

// Tests only: a file-system type to report instead of the real one, from the environment
// variable CASEBINDER_TEST_FSTYPE (e.g. "0x6969" for NFS); nothing when it is unset.
std::optional<quint64> injectedFileSystemTypeForTests();

// How an open case is stored: where, and with which journal.
struct CaseStorage
{
    FileSystemKind fileSystem;
    QString journalMode; // as SQLite reports it: "wal", "delete", ...

    bool isNetwork() const { return fileSystem.network; }
    // What the user must know about this storage; empty on a local disk.
    QString warning(const QString &casePath) const;
};

} // namespace Casebinder
