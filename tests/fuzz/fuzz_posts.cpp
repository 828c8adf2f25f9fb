// Posts files (CSV, JSON array, NDJSON, Twitter shapes) and production manifests: any bytes
// must give posts or a readable error, never a crash, a hang or unbounded memory.
#include "common/csv.h"
#include "importjob.h"
#include "posts/postreader.h"

#include <cstddef>
#include <cstdint>

using namespace Casebinder;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the file name, so one corpus reaches every format.
    static const QString names[]
        = {u"posts.csv"_s, u"posts.json"_s, u"posts.ndjson"_s, u"posts.tsv"_s};
    const QString &name = names[data[0] % 4];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const ImportOptions options;
    auto parsed = Posts::parsePosts(bytes, name, options);
    if (!parsed && parsed.error().message.isEmpty())
        __builtin_trap(); // every refusal says why
    (void)Csv::readRows(bytes, u"manifest.csv"_s);
    return 0;
}
