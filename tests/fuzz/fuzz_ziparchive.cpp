// ZIP productions: whatever an archive's directory and data claim, readArchive returns
// entries with safe names and bounded sizes, or a readable error; the bytes it inflates
// never exceed the budget (zip bombs), and nothing is written anywhere.
#include "zip/zipreader.h"

#include <cstddef>
#include <cstdint>

using namespace Casebinder;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Small limits, so that bombs are found quickly and memory stays low.
    Zip::Limits limits;
    limits.maxEntries = 64;
    limits.maxEntryBytes = 1 << 20;
    limits.maxTotalBytes = 4 << 20;
    limits.maxRatio = 100;
    limits.ratioFloorBytes = 1 << 20;
    Zip::Budget budget;
    auto entries = Zip::readArchive(bytes, u"fuzz.zip"_s, limits, budget);
    if (budget.inflated > budget.allowed + (1 << 20)) // one chunk may overshoot before the check
        __builtin_trap();
    if (!entries) {
        if (!entries.error().message.contains(u"fuzz.zip"_s))
            __builtin_trap(); // every refusal names the archive
        return 0;
    }
    if (entries->size() > limits.maxEntries)
        __builtin_trap();
    for (const Zip::Entry &entry : std::as_const(*entries)) {
        if (entry.rejection) {
            if (!entry.bytes.isEmpty() || !entry.rejection->message.contains(u"fuzz.zip"_s))
                __builtin_trap();
            continue;
        }
        if (entry.bytes.size() > limits.maxEntryBytes)
            __builtin_trap();
        auto again = Zip::safeEntryPath(entry.path);
        if (!again || *again != entry.path)
            __builtin_trap();
    }
    return 0;
}
