#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace Casebinder::Zip {

struct Limits
{
    int maxEntries = 10000;
    qint64 maxEntryBytes = 256LL << 20;
    qint64 maxTotalBytes = 1LL << 30;
    // Inflating more than `maxRatio` times the archive's own size (but at least
    // `ratioFloorBytes`) is what a bomb does; real productions stay far below.
    qint64 maxRatio = 100;
    qint64 ratioFloorBytes = 64LL << 20;
};

// What has been inflated so far, shared by an archive and the archives nested in it.
struct Budget
{
    qint64 inflated = 0;
    qint64 allowed = 0; // set from the outermost archive's size and the limits
    int entries = 0;
};

struct Entry
{
    QString path; // normalised, '/'-separated, relative
    QByteArray bytes;
    std::optional<Error> rejection; // set for entries that are refused one by one
};

// Checks an entry name and returns it normalised ('\' taken as '/'), or why it is refused:
// parent references, absolute and drive paths, control characters.
Result<QString> safeEntryPath(const QString &name);

// Inflates every entry of the archive into memory, counting the bytes actually inflated (the
// sizes the archive declares are not trusted). Unsafe names, symlinks, encrypted entries,
// unsupported methods and CRC errors are refused entry by entry; a corrupt archive or one that
// exceeds the limits (a bomb) fails as a whole.
Result<QList<Entry>> readArchive(const QByteArray &archive,
                                 const QString &archiveName,
                                 const Limits &limits,
                                 Budget &budget,
                                 const std::atomic_bool *cancel = nullptr);

} // namespace Casebinder::Zip
