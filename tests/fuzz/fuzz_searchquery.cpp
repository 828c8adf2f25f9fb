// The search language: any text gives a quoted FTS5 expression or a readable error.
#include "searchquery.h"

#include <cstddef>
#include <cstdint>

using namespace Casebinder;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto query = SearchQuery::parse(text);
    if (!query) {
        if (query.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    // Every term is emitted as an FTS5 string: quotes must pair up, so user text can never
    // end a string early and become FTS5 syntax.
    if (query->ftsExpression().count(u'"') % 2 != 0 || query->ftsExpression().isEmpty())
        __builtin_trap();
    return 0;
}
