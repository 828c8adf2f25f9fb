#include "loadfiles/imagelists.h"

#include "common/textdecoding.h"

using namespace Qt::StringLiterals;

namespace Casebinder::LoadFiles {
namespace {

QStringList lines(const QByteArray &bytes)
{
    QString text = TextDecoding::decode(bytes).text;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text.split(u'\n');
}

// Expands a document that is one multi-page image file into one page per frame.
void expandMultiPage(ImageDocument &document)
{
    if (document.pages.size() == 1 && document.statedPageCount > 1) {
        const ImagePage first = document.pages.front();
        for (int frame = 1; frame < document.statedPageCount; ++frame) {
            ImagePage page = first;
            page.frame = frame;
            page.key = u"%1 (page %2)"_s.arg(first.key).arg(frame + 1);
            document.pages.append(page);
        }
    }
}

} // namespace

Result<ImageList> readOpticon(const QByteArray &bytes, const QString &fileName)
{
    ImageList list;
    list.format = u"opt"_s;
    const QStringList all = lines(bytes);
    for (qsizetype n = 0; n < all.size(); ++n) {
        const QString line = all[n].trimmed();
        if (line.isEmpty())
            continue;
        const QStringList f = line.split(u',');
        if (f.size() < 4 || f[0].trimmed().isEmpty() || f[2].trimmed().isEmpty()) {
            list.warnings.append(
                u"%1 line %2: not an Opticon line (key,volume,path,break,…); skipped"_s
                    .arg(fileName)
                    .arg(n + 1));
            continue;
        }
        ImagePage page{f[0].trimmed(), f[1].trimmed(), f[2].trimmed(), 0, n + 1};
        const bool docBreak = f[3].trimmed().compare(u"Y"_s, Qt::CaseInsensitive) == 0;
        if (docBreak || list.documents.isEmpty()) {
            if (!docBreak)
                list.warnings.append(
                    u"%1 line %2: the first page has no document break (Y); a document "
                    u"starts there"_s.arg(fileName)
                        .arg(n + 1));
            if (!list.documents.isEmpty())
                expandMultiPage(list.documents.back());
            ImageDocument document;
            document.firstKey = page.key;
            document.line = n + 1;
            document.statedPageCount = f.size() >= 7 ? f[6].trimmed().toInt() : 0;
            list.documents.append(document);
        }
        list.documents.back().pages.append(page);
    }
    if (!list.documents.isEmpty())
        expandMultiPage(list.documents.back());
    if (list.documents.isEmpty())
        return fail(Error::Code::Corrupt, u"%1 holds no Opticon image lines"_s.arg(fileName));
    return list;
}

Result<ImageList> readLfp(const QByteArray &bytes, const QString &fileName)
{
    ImageList list;
    list.format = u"lfp"_s;
    const QStringList all = lines(bytes);
    for (qsizetype n = 0; n < all.size(); ++n) {
        const QString line = all[n].trimmed();
        if (line.isEmpty() || !line.startsWith(u"IM,"_s, Qt::CaseInsensitive))
            continue; // FT (full text), OF (offsets) and other lines say nothing about pages
        const QStringList f = line.split(u',');
        const qsizetype at = line.indexOf(u'@');
        if (f.size() < 5 || at < 0) {
            list.warnings.append(
                u"%1 line %2: not an IPRO IM line (IM,key,break,offset,@volume;folder;file;"
                u"type); skipped"_s.arg(fileName)
                    .arg(n + 1));
            continue;
        }
        const QStringList location = line.mid(at + 1).split(u';');
        if (location.size() < 3) {
            list.warnings.append(u"%1 line %2: the image location has no folder and file; "
                                 u"skipped"_s.arg(fileName)
                                     .arg(n + 1));
            continue;
        }
        QString folder = location[1].trimmed();
        if (folder.startsWith(u'\\') || folder.startsWith(u'/'))
            folder.remove(0, 1);
        const QString path
            = folder.isEmpty() ? location[2].trimmed() : folder + u'\\' + location[2].trimmed();
        const int offset = f[3].trimmed().toInt();
        ImagePage page{f[1].trimmed(), location[0].trimmed(), path, std::max(0, offset - 1), n + 1};
        const QString brk = f[2].trimmed().toUpper();
        if (brk == u"D" || brk == u"C" || list.documents.isEmpty()) {
            ImageDocument document;
            document.firstKey = page.key;
            document.line = n + 1;
            document.child = brk == u"C";
            list.documents.append(document);
        }
        list.documents.back().pages.append(page);
    }
    if (list.documents.isEmpty())
        return fail(Error::Code::Corrupt, u"%1 holds no IPRO IM lines"_s.arg(fileName));
    return list;
}

} // namespace Casebinder::LoadFiles
