// ZIP entry names: whatever a hostile archive calls an entry, an accepted name is relative,
// '/'-separated, free of ".." and control characters, and already normalised.
#include "zip/zipreader.h"

#include <cstddef>
#include <cstdint>

using namespace Casebinder;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto path = Zip::safeEntryPath(name);
    if (!path)
        return 0;
    if (path->isEmpty() || path->startsWith(u'/') || path->contains(u'\\')
        || (path->size() >= 2 && path->at(1) == u':' && path->at(0).unicode() < 0x80
            && path->at(0).isLetter()))
        __builtin_trap();
    for (const QString &part : path->split(u'/')) {
        if (part.isEmpty() || part == u".."_s || part == u"."_s)
            __builtin_trap();
    }
    for (const QChar c : *path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            __builtin_trap();
    }
    auto again = Zip::safeEntryPath(*path);
    if (!again || *again != *path)
        __builtin_trap();
    return 0;
}
