#pragma once

#include "loadfiles/imagelists.h"
#include "loadfiles/loadfilefields.h"

#include <QList>
#include <QString>

#include <array>
#include <utility>

namespace Casebinder::LoadFiles {

// One record of a load file, whatever its format: every field it carries, in order, the
// fields Casebinder understands, and the page images from the image cross-reference.
struct LoadRecord
{
    qint64 number = 0; // 1-based
    qint64 line = 0;   // where it starts in the load file (0 when not line-based)
    QList<std::pair<QString, QString>> fields;
    std::array<QString, FieldCount> mapped;
    QList<ImagePage> images; // EDRM XML's Image files; OPT/LFP pages are matched later
    QString error;           // unreadable: reported, not imported

    const QString &value(Field field) const { return mapped[size_t(field)]; }
    // "record 3 (line 4, ABC0001)": how reports name it.
    QString label() const;
};

} // namespace Casebinder::LoadFiles
