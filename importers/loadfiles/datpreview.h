#pragma once

#include "loadfiles/datreader.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Casebinder::LoadFiles {

// The head of a Concordance DAT as the importer reads it, for the import dialog's field-mapping
// step: the detected dialect (encoding, delimiter, qualifier, header row), the columns and the
// first records. Only the first PreviewBytes are read, so it is quick on any size of file.
struct DatPreview
{
    static constexpr qsizetype PreviewBytes = 256 * 1024;

    QString path;
    DatDialect dialect;
    QStringList columns;
    QList<QStringList> rows;
    bool more = false; // the file goes on after the rows shown
};

// Reads the first `maxRows` records of the DAT at `path` (as the importer would, with the same
// detection and refusals: UTF-16 without a BOM, an unreadable first line). A record the
// preview cut in half is left out.
Result<DatPreview> previewDat(const QString &path,
                              int maxRows = 20,
                              const DatOptions &options = {});

// "DC4 (U+0014)", "| (pipe)", "þ (U+00FE)": a delimiter or qualifier as the dialog shows it.
QString describeSeparator(QChar character);

} // namespace Casebinder::LoadFiles
