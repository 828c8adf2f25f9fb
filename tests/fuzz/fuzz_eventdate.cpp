// Event dates: any text parses or is refused; what parses reads back from its own input form.
#include "eventdate.h"

#include <cstddef>
#include <cstdint>

using namespace Casebinder;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto date = EventDate::parse(text);
    if (!date)
        return 0;
    (void)date->display();
    auto again = EventDate::parse(date->toInput());
    if (!again || !(*again == *date))
        __builtin_trap();
    auto stored = EventDate::fromStorage(date->storageStart(),
                                         date->storageEnd(),
                                         date->storagePrecision(),
                                         date->isCirca(),
                                         date->storageTimeZone());
    if (!stored || !(*stored == *date))
        __builtin_trap();
    return 0;
}
