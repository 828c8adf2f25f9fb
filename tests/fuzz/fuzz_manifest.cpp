// Production manifests (manifest.csv inside a ZIP): the rows are read with Csv::readRows and a
// date column goes through Timestamps::normalize. Any bytes must give rows or a readable error,
// never a crash, a hang or unbounded memory.
#include "common/csv.h"
#include "common/timestamps.h"

#include <cstddef>
#include <cstdint>

using namespace Casebinder;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto rows = Csv::readRows(bytes, u"manifest.csv"_s);
    if (!rows) {
        if (!rows.error().message.startsWith(u"manifest.csv "_s))
            __builtin_trap(); // every refusal names the file
        return 0;
    }
    for (const QStringList &row : std::as_const(*rows)) {
        // Bounded by the reader's column limit, and never more fields than input bytes.
        if (row.isEmpty() || row.size() > 10001 || row.size() > qsizetype(size) + 1)
            __builtin_trap();
        for (const QString &cell : row) {
            const QString iso = Timestamps::normalize(cell);
            if (!iso.isEmpty() && !iso.endsWith(u'Z'))
                __builtin_trap();
        }
    }
    return 0;
}
