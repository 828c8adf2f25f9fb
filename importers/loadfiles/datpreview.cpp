#include "loadfiles/datpreview.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Casebinder::LoadFiles {

Result<DatPreview> previewDat(const QString &path, int maxRows, const DatOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    u"Cannot read %1: %2"_s.arg(QFileInfo(path).fileName(), file.errorString()));
    const QByteArray head = file.read(DatPreview::PreviewBytes);
    const bool cut = !file.atEnd();
    auto reader = DatReader::open(head, QFileInfo(path).fileName(), options);
    if (!reader)
        return fail(reader.error());
    DatPreview preview;
    preview.path = path;
    preview.dialect = reader->dialect();
    preview.columns = reader->columns();
    DatReader::Record record;
    while (preview.rows.size() <= maxRows && reader->next(record)) {
        // A bad record is shown as read (the import reports it), unless the cut made it bad.
        if (record.error.isEmpty() || !cut)
            preview.rows.append(record.values);
    }
    // The last record read from a cut head may be incomplete.
    if (cut && !preview.rows.isEmpty() && preview.rows.size() <= maxRows)
        preview.rows.removeLast();
    preview.more = cut || preview.rows.size() > maxRows;
    while (preview.rows.size() > maxRows)
        preview.rows.removeLast();
    return preview;
}

QString describeSeparator(QChar character)
{
    switch (character.unicode()) {
    case 0x14:
        return u"DC4 (U+0014)"_s;
    case u'|':
        return u"| (pipe)"_s;
    case u',':
        return u", (comma)"_s;
    case u';':
        return u"; (semicolon)"_s;
    case u'\t':
        return u"tab"_s;
    case u'"':
        return u"\" (double quote)"_s;
    default:
        break;
    }
    return u"%1 (U+%2)"_s.arg(character).arg(
        QString::number(character.unicode(), 16).rightJustified(4, u'0').toUpper());
}

} // namespace Casebinder::LoadFiles
