#include "searchablecopy.h"

#include "casefile.h"
#include "documentstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Casebinder::Ocr {
namespace {

// The context lupdate files these strings under (a free function's tr() has none).
struct SearchableCopyText
{
    Q_DECLARE_TR_FUNCTIONS(Casebinder::Ocr::SearchableCopy)
};

// Courier's advance is 600/1000 em for every glyph, so a word's width is known exactly.
constexpr double CourierAdvance = 0.6;

QByteArray number(double value)
{
    return QByteArray::number(std::round(value * 1000) / 1000, 'f', 3);
}

struct Box
{
    double llx = 0;
    double lly = 0;
    double urx = 0;
    double ury = 0;
    double width() const { return urx - llx; }
    double height() const { return ury - lly; }
};

std::optional<Box> boxOf(QPDFObjectHandle box)
{
    if (!box.isRectangle())
        return std::nullopt;
    const QPDFObjectHandle::Rectangle r = box.getArrayAsRectangle();
    Box result{std::min(r.llx, r.urx),
               std::min(r.lly, r.ury),
               std::max(r.llx, r.urx),
               std::max(r.lly, r.ury)};
    if (result.width() <= 0 || result.height() <= 0)
        return std::nullopt;
    return result;
}

// What a viewer shows (and what OCR read): the CropBox clipped to the MediaBox.
std::optional<Box> visibleBox(QPDFPageObjectHelper &page)
{
    const auto media = boxOf(page.getMediaBox());
    if (!media)
        return std::nullopt;
    const auto crop = boxOf(page.getCropBox());
    if (!crop)
        return media;
    const Box visible{std::max(media->llx, crop->llx),
                      std::max(media->lly, crop->lly),
                      std::min(media->urx, crop->urx),
                      std::min(media->ury, crop->ury)};
    return visible.width() > 0 && visible.height() > 0 ? visible : *media;
}

int rotationOf(QPDFPageObjectHelper &page)
{
    QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
    if (!rotate.isNumber())
        return 0;
    const long turns = std::lround(rotate.getNumericValue() / 90.0);
    return int(((turns % 4) + 4) % 4) * 90;
}

// From the page as displayed (origin bottom left, after /Rotate turned it clockwise) to its
// user space.
QByteArray uprightMatrix(const Box &box, int rotation)
{
    switch (rotation) {
    case 90:
        return "0 1 -1 0 " + number(box.urx) + ' ' + number(box.lly) + " cm\n";
    case 180:
        return "-1 0 0 -1 " + number(box.urx) + ' ' + number(box.ury) + " cm\n";
    case 270:
        return "0 -1 1 0 " + number(box.llx) + ' ' + number(box.ury) + " cm\n";
    default:
        return "1 0 0 1 " + number(box.llx) + ' ' + number(box.lly) + " cm\n";
    }
}

// A word as a PDF string in WinAnsi (Latin-1 here); what Latin-1 cannot hold becomes '?', so
// the word keeps its place and its length.
QByteArray pdfString(const QString &text)
{
    QByteArray out = "(";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char byte = u < 0x20 || u > 0xff ? '?' : char(u);
        if (byte == '(' || byte == ')' || byte == '\\')
            out += '\\';
        out += byte;
    }
    return out + ')';
}

QByteArray textLayer(const QByteArray &font, const Box &box, int rotation, const PageOcr &ocr)
{
    const bool sideways = rotation == 90 || rotation == 270;
    const double height = sideways ? box.width() : box.height();
    QByteArray content = "Q\nq\n" + uprightMatrix(box, rotation) + "BT\n3 Tr\n";
    for (const OcrWord &word : ocr.words) {
        const QString text = word.text.trimmed();
        if (text.isEmpty() || word.box.width() <= 0 || word.box.height() <= 0)
            continue;
        // The box's height as the type size, its width by horizontal scaling; the baseline a
        // fifth above the box's bottom, where a descender ends.
        const double size = word.box.height();
        const double scale = 100 * word.box.width() / (CourierAdvance * size * double(text.size()));
        const double baseline = height - word.box.bottom() + size * 0.2;
        content += '/' + font + ' ' + number(size) + " Tf " + number(scale) + " Tz 1 0 0 1 "
                   + number(word.box.left()) + ' ' + number(baseline) + " Tm " + pdfString(text)
                   + " Tj\n";
    }
    return content + "ET\nQ\n";
}

Error qpdfError(const QString &name, const std::exception &exception)
{
    const auto *qpdf = dynamic_cast<const QPDFExc *>(&exception);
    if (qpdf && qpdf->getErrorCode() == qpdf_e_password)
        return Error{Error::Code::PasswordRequired,
                     SearchableCopyText::tr(
                         "Cannot make a searchable copy of %1: the PDF is encrypted with a "
                         "password.")
                         .arg(name),
                     QString::fromStdString(qpdf->getMessageDetail())};
    return Error{Error::Code::Corrupt,
                 SearchableCopyText::tr(
                     "Cannot make a searchable copy of %1: the PDF is damaged and qpdf cannot "
                     "read it.")
                     .arg(name),
                 QString::fromLocal8Bit(exception.what())};
}

} // namespace

Result<QByteArray> searchablePdf(const QByteArray &pdf,
                                 const QHash<int, PageOcr> &ocr,
                                 const QString &name)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        const QByteArray description = name.toUtf8();
        document.processMemoryFile(description.constData(), pdf.constData(), size_t(pdf.size()));
        if (document.isEncrypted())
            return fail(Error::Code::Unsupported,
                        SearchableCopyText::tr(
                            "Cannot make a searchable copy of %1: the PDF is encrypted, and a copy "
                            "would have to drop or re-create its encryption.")
                            .arg(name));
        QPDFPageDocumentHelper pages(document);
        pages.pushInheritedAttributesToPage();
        std::vector<QPDFPageObjectHelper> all = pages.getAllPages();
        QPDFObjectHandle font = document.makeIndirectObject(
            QPDFObjectHandle::parse("<< /Type /Font /Subtype /Type1 /BaseFont /Courier "
                                    "/Encoding /WinAnsiEncoding >>"));
        for (size_t index = 0; index < all.size(); ++index) {
            const auto found = ocr.constFind(int(index) + 1);
            if (found == ocr.cend() || found->words.isEmpty())
                continue;
            QPDFPageObjectHelper &page = all[index];
            const auto box = visibleBox(page);
            if (!box)
                return fail(Error::Code::Corrupt,
                            SearchableCopyText::tr(
                                "Cannot make a searchable copy of %1: page %2 has no valid "
                                "MediaBox.")
                                .arg(name)
                                .arg(index + 1));
            QPDFObjectHandle pageObject = page.getObjectHandle();
            QPDFObjectHandle resources = page.getAttribute("/Resources", true);
            if (!resources.isDictionary()) {
                resources = QPDFObjectHandle::newDictionary();
                pageObject.replaceKey("/Resources", resources);
            }
            QPDFObjectHandle fonts = resources.getKey("/Font");
            if (!fonts.isDictionary()) {
                fonts = QPDFObjectHandle::newDictionary();
                resources.replaceKey("/Font", fonts);
            } else if (fonts.isIndirect()) {
                fonts = fonts.shallowCopy();
                resources.replaceKey("/Font", fonts);
            }
            int suffix = 1;
            const std::string fontName = resources.getUniqueResourceName("/CbOcr", suffix);
            fonts.replaceKey(fontName, font);
            page.addPageContents(document.newStream(std::string("q\n")), true);
            const QByteArray layer = textLayer(
                QByteArray::fromStdString(fontName).mid(1), *box, rotationOf(page), *found);
            page.addPageContents(document.newStream(layer.toStdString()), false);
        }
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.setObjectStreamMode(qpdf_o_preserve);
        writer.setStreamDataMode(qpdf_s_preserve);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        for (const QPDFExc &warning : document.getWarnings()) {
            const std::string &detail = warning.getMessageDetail();
            if (detail.find("file is damaged") != std::string::npos
                || detail.find("reconstruct") != std::string::npos)
                return fail(Error::Code::Corrupt,
                            SearchableCopyText::tr(
                                "Cannot make a searchable copy of %1: the PDF is damaged (qpdf "
                                "had to rebuild its cross-reference table, so a copy might not "
                                "show what the original shows).")
                                .arg(name),
                            QString::fromStdString(detail));
        }
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                          qsizetype(buffer->getSize()));
    } catch (const std::exception &exception) {
        return fail(qpdfError(name, exception));
    }
}

Status saveSearchableCopy(CaseFile &caseFile, qint64 documentId, const QString &outPath)
{
    DocumentStore documents = caseFile.documents();
    auto record = documents.document(documentId);
    if (!record)
        return fail(record.error());
    const QString name = record->title.isEmpty() ? record->sourceName : record->title;
    if (record->mediaType != u"application/pdf")
        return fail(
            Error::Code::Unsupported,
            SearchableCopyText::tr("Cannot make a searchable copy of %1: it is %2, not a PDF.")
                .arg(name, record->mediaType));
    auto pages = documents.pages(documentId);
    if (!pages)
        return fail(pages.error());
    PageTextStore store = PageTextStore::of(caseFile);
    QHash<int, PageOcr> ocr;
    for (const PageRecord &page : std::as_const(*pages)) {
        auto read = store.ocr(page.id);
        if (!read)
            return fail(read.error());
        if (*read && !(*read)->words.isEmpty())
            ocr.insert(page.number, **read);
    }
    if (ocr.isEmpty())
        return fail(Error::Code::NotFound,
                    SearchableCopyText::tr(
                        "Cannot make a searchable copy of %1: none of its pages has recognised "
                        "text (Document ▸ Recognise Text, or casebinder-cli ocr).")
                        .arg(name));
    auto original = documents.original(documentId);
    if (!original)
        return fail(original.error());
    auto copy = searchablePdf(*original, ocr, name);
    if (!copy)
        return fail(copy.error());
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(*copy) != copy->size() || !file.commit())
        return fail(Error::Code::Io,
                    SearchableCopyText::tr("Cannot write %1: %2")
                        .arg(QFileInfo(outPath).fileName(), file.errorString()));
    return {};
}

SearchableCopyJob::SearchableCopyJob(std::shared_ptr<CaseConnections> connections,
                                     qint64 documentId,
                                     QString outPath,
                                     QObject *parent)
    : Job(std::move(connections), CaseFile::Access::ReadOnly, parent)
    , m_documentId(documentId)
    , m_outPath(std::move(outPath))
{}

Job::Work SearchableCopyJob::prepare()
{
    return [documentId = m_documentId, outPath = m_outPath](CaseFile *caseFile, JobControl &) {
        return saveSearchableCopy(*caseFile, documentId, outPath);
    };
}

} // namespace Casebinder::Ocr
