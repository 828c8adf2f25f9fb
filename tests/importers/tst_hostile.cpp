// Hostile input beyond the importers' own bad-input suite (tests/importers/tst_badinput.cpp):
// huge and NUL-laden CSV, deep JSON, looping and lying PDFs, ZIPs whose directory lies about
// sizes, files that change while they are imported, and read-only destinations. Each must
// end in a clear reason naming the file, in bounded time, with nothing in the case lost.
#include "app/clirunner.h"
#include "importers/importtestutil.h"

#include "blobstore.h"
#include "documentstore.h"
#include "files/fileextraction.h"
#include "posts/postreader.h"
#include "sqlite/statement.h"

#include <QDir>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

#include <sys/stat.h>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

// Under ASan a hostile file may take a few times longer than in a release build; a hang
// would take forever.
constexpr qint64 FileBudgetMs = 60000;

// Bytes of a literal, embedded NULs included.
template<size_t N>
QByteArray bytesOf(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

// A PDF from numbered object bodies (object 1 is the catalog), with a correct xref table.
QByteArray buildPdf(const QList<QByteArray> &objects, const QByteArray &trailerExtra = {})
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R "
           + trailerExtra + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray stream(const QByteArray &content)
{
    return "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
           + "\nendstream";
}

const QByteArray PageText = "BT /F1 12 Tf 72 700 Td (Hostile page text) Tj ET";
const QByteArray Font = "/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 "
                        "/BaseFont /Helvetica >> >> >>";

// One readable page (object 3, contents in object 4) under the page tree `pages` (object 2).
QList<QByteArray> onePage(const QByteArray &pages, const QByteArray &pageExtra = {})
{
    return {"<< /Type /Catalog /Pages 2 0 R >>",
            pages,
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R " + Font + ' '
                + pageExtra + " >>",
            stream(PageText)};
}

// The xref sections of an incremental update whose /Prev pointers form a loop.
QByteArray prevLoopPdf(bool selfLoop)
{
    const QList<QByteArray> objects = onePage("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype first = pdf.size();
    pdf += "xref\n0 5\n0000000000 65535 f \n";
    for (qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    const QByteArray placeholder = "/Prev 0000000000";
    pdf += "trailer\n<< /Size 5 /Root 1 0 R " + placeholder + " >>\nstartxref\n"
           + QByteArray::number(first) + "\n%%EOF\n";
    const qsizetype patchAt = pdf.lastIndexOf(placeholder);
    const qsizetype info = pdf.size();
    pdf += "5 0 obj\n<< /Title (Looping update) >>\nendobj\n";
    const qsizetype second = pdf.size();
    pdf += "xref\n5 1\n" + QByteArray::number(info).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 6 /Root 1 0 R /Info 5 0 R /Prev "
           + QByteArray::number(selfLoop ? second : first) + " >>\nstartxref\n"
           + QByteArray::number(second) + "\n%%EOF\n";
    // The first section points forward to the second: A -> B -> A.
    const QByteArray prev = "/Prev " + QByteArray::number(second).rightJustified(10, '0');
    pdf.replace(patchAt, placeholder.size(), prev);
    return pdf;
}

QByteArray deepPageTreePdf(int depth)
{
    // Object 2 is the root of a chain of `depth` page-tree nodes; the page hangs at the end.
    QList<QByteArray> objects = {"<< /Type /Catalog /Pages 2 0 R >>"};
    for (int level = 0; level < depth; ++level) {
        const int self = level + 2;
        const QByteArray parent
            = level == 0 ? QByteArray() : " /Parent " + QByteArray::number(self - 1) + " 0 R";
        objects.append("<< /Type /Pages /Kids [" + QByteArray::number(self + 1) + " 0 R] /Count 1"
                       + parent + " >>");
    }
    const int page = depth + 2;
    objects.append("<< /Type /Page /Parent " + QByteArray::number(page - 1)
                   + " 0 R /MediaBox [0 0 612 792] /Contents " + QByteArray::number(page + 1)
                   + " 0 R " + Font + " >>");
    objects.append(stream(PageText));
    return buildPdf(objects);
}

quint32 readLe32(const QByteArray &bytes, qsizetype at)
{
    quint32 value = 0;
    for (int i = 3; i >= 0; --i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

void writeLe32(QByteArray &bytes, qsizetype at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = char((value >> (8 * i)) & 0xFF);
}

// Offsets of the central-directory and local headers of the entry called `name`.
std::pair<qsizetype, qsizetype> zipHeaders(const QByteArray &zip, const QByteArray &name)
{
    qsizetype central = -1;
    qsizetype local = -1;
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0;
         at = zip.indexOf("PK\x01\x02", at + 4)) {
        const quint32 nameLength = quint8(zip.at(at + 28)) | (quint8(zip.at(at + 29)) << 8);
        if (zip.mid(at + 46, nameLength) == name) {
            central = at;
            local = readLe32(zip, at + 42);
        }
    }
    return {central, local};
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::pair<QString, QByteArray> seededCase(const QString &name)
    {
        return ImportTest::seededCase(m_dir, name);
    }

    // Imports one file and checks what every hostile file must satisfy: bounded time, a
    // reason naming the file when rejected, the case's earlier content untouched, and a
    // stored original whose SHA-256 is the one reported.
    ImportedFile importHostile(const QString &casePath,
                               const QByteArray &before,
                               const QString &file,
                               const ImportOptions &options = {})
    {
        QElapsedTimer timer;
        timer.start();
        auto report = runImport(casePath, {file}, options);
        const qint64 elapsed = timer.elapsed();
        [&] {
            QVERIFY2(elapsed < FileBudgetMs, qPrintable(u"%1 ms"_s.arg(elapsed)));
            QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
            QVERIFY(!report->files.isEmpty());
        }();
        if (!report || report->files.isEmpty())
            return {};
        const ImportedFile result = report->files.constFirst();
        [&] {
            QCOMPARE(ImportTest::integrity(casePath), u"ok"_s);
            if (result.status == ImportedFile::Status::Rejected) {
                QVERIFY2(result.reason.contains(QFileInfo(file).fileName()),
                         qPrintable(result.reason));
                QCOMPARE(ImportTest::fingerprint(casePath), before);
                return;
            }
            auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
            QVERIFY(caseFile);
            auto original = DocumentStore(caseFile->db()).original(result.documentId);
            QVERIFY(original);
            QCOMPARE(BlobStore::sha256Hex(*original), result.sha256);
        }();
        return result;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ---- CSV ----

    void csvMillionColumnHeader()
    {
        auto [casePath, before] = seededCase(u"csv-million"_s);
        const QString file = m_dir.filePath(u"wide.csv"_s);
        QByteArray header;
        header.reserve(8 << 20);
        for (int i = 0; i < 1000000; ++i)
            header += (i == 0 ? "c" : ",c") + QByteArray::number(i);
        ImportTest::writeFile(file, header + "\n1,2,3\n");
        ImportOptions posts;
        posts.format = u"posts"_s;
        const ImportedFile result = importHostile(casePath, before, file, posts);
        QCOMPARE(result.status, ImportedFile::Status::Rejected);
        QVERIFY2(result.reason.contains(u"line 1 has more than 10000 columns"_s),
                 qPrintable(result.reason));
        QCOMPARE(result.errorCode.value_or(Error::Code::Generic), Error::Code::Corrupt);
    }

    void csvMillionColumnRecord()
    {
        // One absurdly wide record among good ones is skipped with its line number.
        auto [casePath, before] = seededCase(u"csv-wide-row"_s);
        const QString file = m_dir.filePath(u"wide-row.csv"_s);
        QByteArray wide = "2";
        wide.reserve(2 << 20);
        for (int i = 0; i < 1000000; ++i)
            wide += ",x";
        ImportTest::writeFile(file, "id,text\n1,first\n" + wide + "\n3,third\n");
        const ImportedFile result = importHostile(casePath, before, file);
        QCOMPARE(result.status, ImportedFile::Status::Imported);
        QCOMPARE(result.posts, 2);
        QVERIFY2(result.warnings.join(u' ').contains(u"line 3 has more than 10000 columns"_s),
                 qPrintable(result.warnings.join(u" | "_s)));
    }

    void csvThousandsOfEqualHeaders()
    {
        // Each repeated name gets a distinct suffix; this used to take quadratic time.
        auto [casePath, before] = seededCase(u"csv-equal-headers"_s);
        const QString file = m_dir.filePath(u"equal-headers.csv"_s);
        QByteArray header = "text";
        QByteArray row = "the post";
        for (int i = 1; i < 10000; ++i) {
            header += ",text";
            row += ",v" + QByteArray::number(i);
        }
        ImportTest::writeFile(file, header + '\n' + row + '\n');
        const ImportedFile result = importHostile(casePath, before, file);
        QCOMPARE(result.status, ImportedFile::Status::Imported);
        QCOMPARE(result.posts, 1);
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM posts WHERE text = 'the post' AND "
                                   u"json_extract(extra, '$.text_10000') = 'v9999'"_s),
                 1);
    }

    void csvNulBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("storedText"); // the text of the post with external id 2

        QTest::newRow("NUL in a field")
            << bytesOf("id,text,author\n1,clean,alice\n2,be\0fore,bob\n3,after,carol\n")
            << u"be\uFFFDfore"_s;
        QTest::newRow("NUL in the header")
            << bytesOf("id,text,au\0thor\n1,clean,alice\n2,second,bob\n3,after,carol\n")
            << u"second"_s;
        QTest::newRow("NUL inside quotes")
            << bytesOf("id,text\n1,clean\n2,\"quoted \0 nul\"\n3,after\n")
            << u"quoted \uFFFD nul"_s;
    }

    void csvNulBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, storedText);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        auto [casePath, before] = seededCase(tag);
        const QString file = m_dir.filePath(tag + u".csv"_s);
        ImportTest::writeFile(file, bytes);
        const ImportedFile result = importHostile(casePath, before, file);
        QCOMPARE(result.status, ImportedFile::Status::Imported);
        QCOMPARE(result.posts, 3);
        QVERIFY2(result.warnings.join(u' ').contains(u"NUL characters"_s),
                 qPrintable(result.warnings.join(u" | "_s)));
        auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        QVERIFY(caseFile);
        auto post = caseFile->db().prepare(u"SELECT text, length(text) FROM posts WHERE "
                                           u"external_id = '2' AND source_document_id = ?"_s);
        QVERIFY(post);
        post->bind(1, result.documentId);
        QVERIFY(post->step().value_or(false));
        QCOMPARE(post->text(0), storedText);
        QCOMPARE(post->integer(1), storedText.size());
        // The original keeps its NUL byte: nothing of the source is lost.
        auto original = DocumentStore(caseFile->db()).original(result.documentId);
        QVERIFY(original);
        QCOMPARE(*original, bytes);
    }

    void jsonNul()
    {
        auto [casePath, before] = seededCase(u"json-nul"_s);
        const QString escaped = m_dir.filePath(u"escaped-nul.json"_s);
        ImportTest::writeFile(escaped, R"([{"id": "1", "text": "a\u0000b"}])");
        const ImportedFile result = importHostile(casePath, before, escaped);
        QCOMPARE(result.status, ImportedFile::Status::Imported);
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM posts WHERE text = 'a' || char(65533) "
                                   u"|| 'b'"_s),
                 1);

        // Qt's JSON parser takes a raw NUL inside a string like the escaped one.
        const QString raw = m_dir.filePath(u"raw-nul.json"_s);
        ImportTest::writeFile(raw, bytesOf("[{\"id\": \"2\", \"text\": \"c\0d\"}]"));
        const ImportedFile second = importHostile(casePath, ImportTest::fingerprint(casePath), raw);
        QCOMPARE(second.status, ImportedFile::Status::Imported);
        QVERIFY2(second.warnings.join(u' ').contains(u"NUL characters"_s),
                 qPrintable(second.warnings.join(u" | "_s)));
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM posts WHERE text = 'c' || char(65533) "
                                   u"|| 'd'"_s),
                 1);
    }

    void jsonDeeplyNestedObjects()
    {
        // tst_badinput covers 100,000 nested arrays in a JSON file; here nested objects, in a
        // JSON file and on one NDJSON line among good ones.
        auto [casePath, before] = seededCase(u"json-deep"_s);
        QByteArray deep;
        for (int i = 0; i < 100000; ++i)
            deep += "{\"a\":";
        deep += "1" + QByteArray(100000, '}');
        const QString json = m_dir.filePath(u"deep-objects.json"_s);
        ImportTest::writeFile(json, '[' + deep + ']');
        const ImportedFile rejected = importHostile(casePath, before, json);
        QCOMPARE(rejected.status, ImportedFile::Status::Rejected);
        QVERIFY2(rejected.reason.contains(u"is not valid JSON"_s), qPrintable(rejected.reason));

        const QString ndjson = m_dir.filePath(u"deep-line.ndjson"_s);
        ImportTest::writeFile(ndjson,
                              "{\"id\": \"1\", \"text\": \"one\"}\n" + deep
                                  + "\n{\"id\": \"3\", \"text\": \"three\"}\n");
        const ImportedFile partial = importHostile(casePath, before, ndjson);
        QCOMPARE(partial.status, ImportedFile::Status::Imported);
        QCOMPARE(partial.posts, 2);
        QVERIFY2(partial.warnings.join(u' ').contains(u"line 2 is not valid JSON"_s),
                 qPrintable(partial.warnings.join(u" | "_s)));
    }

    // ---- PDF ----

    void loopingPdfs_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        // "text": imported with the page's text; "no text": imported, the page needing OCR
        // (Poppler refuses to follow the loop); "rejected": refused with a reason.
        QTest::addColumn<QString>("outcome");

        QTest::newRow("kids include their own node")
            << buildPdf(onePage("<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>")) << u"text"_s;
        QList<QByteArray> mutual = onePage("<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 3 >>");
        mutual.append("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>");
        QTest::newRow("two page nodes are each other's kids") << buildPdf(mutual) << u"text"_s;
        QList<QByteArray> selfLength = onePage("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        selfLength[3] = "<< /Length 4 0 R >>\nstream\n" + PageText + "\nendstream";
        QTest::newRow("stream length refers to itself") << buildPdf(selfLength) << u"text"_s;
        QList<QByteArray> selfContents = onePage("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        selfContents[2].replace("/Contents 4 0 R", "/Contents 5 0 R");
        selfContents.append("[5 0 R 4 0 R]");
        QTest::newRow("contents array contains itself") << buildPdf(selfContents) << u"no text"_s;
        // A form XObject that draws itself, through resources that name it.
        QList<QByteArray> selfForm = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            "/Resources 5 0 R >>",
            stream(PageText + " /X1 Do"),
            "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> "
            "/XObject << /X1 6 0 R >> >>",
        };
        const QByteArray formContent = "BT /F1 10 Tf 72 600 Td (inside the form) Tj ET /X1 Do";
        selfForm.append("<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources 5 0 R "
                        "/Length "
                        + QByteArray::number(formContent.size()) + " >>\nstream\n" + formContent
                        + "\nendstream");
        QTest::newRow("form draws itself") << buildPdf(selfForm) << u"text"_s;
        QTest::newRow("xref /Prev loop A-B-A") << prevLoopPdf(false) << u"text"_s;
        QTest::newRow("xref /Prev points to itself") << prevLoopPdf(true) << u"text"_s;
        // Poppler distrusts a /Count above the number of objects and reports no pages.
        QTest::newRow("claims 5,000,000 pages, holds one with text")
            << buildPdf(onePage("<< /Type /Pages /Kids [3 0 R] /Count 5000000 >>"))
            << u"rejected"_s;
        QTest::newRow("negative page count")
            << buildPdf(onePage("<< /Type /Pages /Kids [3 0 R] /Count -7 >>")) << u"rejected"_s;
        QTest::newRow("page tree 20,000 levels deep") << deepPageTreePdf(20000) << u"text"_s;
        QByteArray nested = QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("array nested 100,000 deep in the page")
            << buildPdf(onePage("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "/Junk " + nested))
            << u"text"_s;
    }

    void loopingPdfs()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QString, outcome);
        const QString tag = QString::fromLatin1(QTest::currentDataTag())
                                .replace(u' ', u'-')
                                .replace(u'/', u'-')
                                .remove(u',')
                                .remove(u'\'');
        auto [casePath, before] = seededCase(u"pdf-"_s + tag);
        const QString file = m_dir.filePath(tag + u".pdf"_s);
        ImportTest::writeFile(file, pdf);
        const ImportedFile result = importHostile(casePath, before, file);
        if (QTest::currentTestFailed())
            return;
        if (outcome == u"rejected"_s) {
            QCOMPARE(result.status, ImportedFile::Status::Rejected);
            QCOMPARE(result.errorCode.value_or(Error::Code::Generic), Error::Code::Corrupt);
            return;
        }
        QVERIFY2(result.status == ImportedFile::Status::Imported, qPrintable(result.reason));
        auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        QVERIFY(caseFile);
        // The page count stored is the pages that exist, whatever the file claims.
        auto pages = caseFile->db().prepare(
            u"SELECT page_count, (SELECT count(*) FROM pages WHERE document_id = d.id) FROM "
            u"documents d WHERE id = ?"_s);
        QVERIFY(pages);
        pages->bind(1, result.documentId);
        QVERIFY(pages->step().value_or(false));
        QCOMPARE(pages->integer(0), pages->integer(1));
        QCOMPARE(pages->integer(0), qint64(result.pages));
        QVERIFY(result.pages >= 1 && result.pages <= 3);
        auto text = DocumentStore(caseFile->db()).pageText(result.documentId, 1);
        QVERIFY(text);
        if (outcome == u"text"_s) {
            QVERIFY2(text->contains(u"Hostile page text"_s), qPrintable(*text));
        } else {
            QVERIFY2(text->trimmed().isEmpty(), qPrintable(*text));
            QVERIFY(result.warnings.join(u' ').contains(u"OCR"_s));
        }
    }

    // ---- ZIP ----

    void zipLyingSizes_data()
    {
        QTest::addColumn<bool>("stored"); // else deflated
        QTest::addColumn<bool>("localToo");
        QTest::addColumn<int>("compressedDelta");
        QTest::addColumn<qint64>("uncompressed"); // -1: keep; else the declared size
        QTest::addColumn<int>("uncompressedDelta");
        QTest::addColumn<bool>("imported");

        // minizip refuses an entry whose local header disagrees with the directory, so most
        // rows lie in both; the inflated size and the CRC are what count.
        QTest::newRow("directory only, declared size smaller")
            << false << false << 0 << -1LL << -1000 << false;
        QTest::newRow("deflated, declared size smaller")
            << false << true << 0 << -1LL << -1000 << false;
        QTest::newRow("deflated, declared size larger")
            << false << true << 0 << -1LL << 1000 << false;
        QTest::newRow("deflated, declared size 4 GB")
            << false << true << 0 << 0xFFFFFFF0LL << 0 << false;
        QTest::newRow("deflated, compressed size smaller")
            << false << true << -40 << -1LL << 0 << false;
        // Extra compressed bytes are never reached: the deflate stream ends first and the CRC
        // of the full, correct data matches.
        QTest::newRow("deflated, compressed size larger")
            << false << true << 40 << -1LL << 0 << true;
        // Stored: both sizes are the length of the data.
        QTest::newRow("stored, sizes smaller") << true << true << -100 << -1LL << -100 << false;
        QTest::newRow("stored, sizes larger") << true << true << 100 << -1LL << 100 << false;
        QTest::newRow("stored, declared size 2 GB")
            << true << true << 0 << 0x7FFFFFF0LL << 0 << false;
    }

    void zipLyingSizes()
    {
        QFETCH(bool, stored);
        QFETCH(bool, localToo);
        QFETCH(int, compressedDelta);
        QFETCH(qint64, uncompressed);
        QFETCH(int, uncompressedDelta);
        QFETCH(bool, imported);
        const QString tag
            = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u',');
        auto [casePath, before] = seededCase(u"zip-"_s + tag);
        const QString zipPath = m_dir.filePath(tag + u".zip"_s);
        const QString script = u"import sys, zipfile\n"
                               u"method = zipfile.ZIP_STORED if sys.argv[2] == 'stored' else "
                               u"zipfile.ZIP_DEFLATED\n"
                               u"z = zipfile.ZipFile(sys.argv[1], 'w', method)\n"
                               u"z.writestr('lying.txt', ''.join('line %d of the lying entry\\n'"
                               u" % i for i in range(400)))\n"
                               u"z.writestr('honest.txt', 'an honest entry')\n"
                               u"z.close()\n"_s;
        QCOMPARE(ImportTest::run(u"python3"_s,
                                 {u"-c"_s, script, zipPath, stored ? u"stored"_s : u"deflated"_s}),
                 0);
        QByteArray zip = ImportTest::readFile(zipPath);
        const auto [central, local] = zipHeaders(zip, "lying.txt");
        QVERIFY(central > 0 && local >= 0);
        const auto patch = [&](qsizetype compressedAt, qsizetype uncompressedAt) {
            writeLe32(zip, compressedAt, readLe32(zip, compressedAt) + quint32(compressedDelta));
            const quint32 size = uncompressed >= 0
                                     ? quint32(uncompressed)
                                     : readLe32(zip, uncompressedAt) + quint32(uncompressedDelta);
            writeLe32(zip, uncompressedAt, size);
        };
        patch(central + 20, central + 24);
        if (localToo)
            patch(local + 18, local + 22);
        ImportTest::writeFile(zipPath, zip);

        QElapsedTimer timer;
        timer.start();
        auto report = runImport(casePath, {zipPath}, {});
        QVERIFY2(timer.elapsed() < FileBudgetMs, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(report);
        QCOMPARE(ImportTest::integrity(casePath), u"ok"_s);
        const ImportedFile *lying = ImportTest::findFile(*report, u"/lying.txt"_s);
        const ImportedFile *archive = ImportTest::findFile(*report, tag + u".zip"_s);
        QVERIFY(archive);
        if (!lying) {
            // Only a directory so broken that the archive as a whole is refused may hide it.
            QCOMPARE(archive->status, ImportedFile::Status::Rejected);
            QVERIFY(!imported);
            QVERIFY2(archive->reason.contains(tag + u".zip"_s), qPrintable(archive->reason));
            QCOMPARE(ImportTest::fingerprint(casePath), before);
            return;
        }
        if (imported) {
            QCOMPARE(lying->status, ImportedFile::Status::Imported);
            auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
            QVERIFY(caseFile);
            auto text = DocumentStore(caseFile->db()).pageText(lying->documentId, 1);
            QVERIFY(text && text->contains(u"line 399 of the lying entry"_s));
        } else {
            QCOMPARE(lying->status, ImportedFile::Status::Rejected);
            QVERIFY2(lying->reason.contains(u"lying.txt in %1.zip"_s.arg(tag)),
                     qPrintable(lying->reason));
            QVERIFY2(lying->reason.contains(u"size does not match"_s)
                         || lying->reason.contains(u"damaged"_s)
                         || lying->reason.contains(u"cannot be read"_s),
                     qPrintable(lying->reason));
        }
        // The honest entry beside it is not lost.
        const ImportedFile *honest = ImportTest::findFile(*report, u"/honest.txt"_s);
        QVERIFY(honest);
        QCOMPARE(honest->status, ImportedFile::Status::Imported);
    }

    void zipEntryCountLies()
    {
        // The end record says 1 entry, the directory holds 3: minizip would stop after one.
        auto [casePath, before] = seededCase(u"zip-count"_s);
        const QString zipPath = m_dir.filePath(u"undercounted.zip"_s);
        QVERIFY(ImportTest::pythonZip(
            zipPath,
            {{u"one.txt"_s, "first"}, {u"two.txt"_s, "second"}, {u"three.txt"_s, "third"}}));
        QByteArray zip = ImportTest::readFile(zipPath);
        const qsizetype end = zip.lastIndexOf("PK\x05\x06");
        QVERIFY(end > 0);
        zip[end + 8] = 1;
        zip[end + 10] = 1;
        ImportTest::writeFile(zipPath, zip);
        const ImportedFile result = importHostile(casePath, before, zipPath);
        QCOMPARE(result.status, ImportedFile::Status::Rejected);
        QVERIFY2(result.reason.contains(u"declares 1 entries but holds 3"_s),
                 qPrintable(result.reason));
        QCOMPARE(result.errorCode.value_or(Error::Code::Generic), Error::Code::Corrupt);
    }

    // ---- Files that change while they are imported ----

    void fileRewrittenDuringImport()
    {
        auto [casePath, before] = seededCase(u"rewritten"_s);
        const QString file = m_dir.filePath(u"changing.csv"_s);
        const auto version = [](int round) {
            QByteArray bytes = "id,text,author\n";
            for (int i = 0; i < 20000; ++i)
                bytes += QByteArray::number(i) + ",round " + QByteArray::number(round) + " post "
                         + QByteArray::number(i) + ",writer\n";
            return bytes;
        };
        ImportTest::writeFile(file, version(0));
        std::atomic_bool stop = false;
        std::thread writer([&] {
            for (int round = 1; !stop; ++round) {
                QFile out(file);
                if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    return;
                const QByteArray bytes = version(round);
                // Truncated, then rewritten and appended to in pieces.
                for (qsizetype at = 0; at < bytes.size() && !stop; at += 64 * 1024) {
                    out.write(bytes.mid(at, 64 * 1024));
                    out.flush();
                }
            }
        });
        QList<ImportedFile> results;
        for (int i = 0; i < 6; ++i) {
            auto report = runImport(casePath, {file}, {});
            QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
            results.append(report->files.constFirst());
        }
        stop = true;
        writer.join();

        QCOMPARE(ImportTest::integrity(casePath), u"ok"_s);
        auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        QVERIFY(caseFile);
        for (const ImportedFile &result : std::as_const(results)) {
            if (result.status == ImportedFile::Status::Rejected) {
                QVERIFY2(result.reason.contains(u"changing.csv"_s), qPrintable(result.reason));
                continue;
            }
            if (result.status == ImportedFile::Status::Duplicate)
                continue;
            // Truthful: the hash reported is the hash of the bytes stored, and the posts
            // stored are exactly the ones those bytes hold.
            auto original = DocumentStore(caseFile->db()).original(result.documentId);
            QVERIFY(original);
            QCOMPARE(BlobStore::sha256Hex(*original), result.sha256);
            auto parsed = Posts::parsePosts(*original, u"changing.csv"_s, {});
            const qint64 expected = parsed ? qint64(parsed->posts.size()) : 0;
            QCOMPARE(result.posts, expected);
            auto stored = caseFile->db().prepare(
                u"SELECT count(*) FROM posts WHERE source_document_id = ?"_s);
            QVERIFY(stored);
            stored->bind(1, result.documentId);
            QVERIFY(stored->step().value_or(false));
            QCOMPARE(stored->integer(0), expected);
        }
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM posts WHERE author_handle IN "
                                   u"('alice', 'bob')"_s),
                 2);
    }

    void filesReplacedBetweenListingAndReading()
    {
        auto [casePath, before] = seededCase(u"replaced"_s);
        const QString dir = m_dir.filePath(u"replaced-src"_s);
        QDir().mkpath(dir);
        constexpr int Files = 60;
        const auto name = [&](int i) -> QString {
            return dir + u"/note%1.txt"_s.arg(i, 2, 10, QChar(u'0'));
        };
        for (int i = 0; i < Files; ++i)
            ImportTest::writeFile(name(i), "original note " + QByteArray::number(i));
        const QByteArray replacement = "this note replaced the original after the listing";
        bool changed = false;
        auto report = runImport(casePath, {dir}, {}, nullptr, [&](const ImportProgress &) {
            if (changed)
                return;
            changed = true;
            // The last files are read later than the first are committed.
            const QString swapped = name(Files - 1) + u".new"_s;
            ImportTest::writeFile(swapped, replacement);
            QFile::remove(name(Files - 1));
            QFile::rename(swapped, name(Files - 1));
            QFile::remove(name(Files - 2));
            QFile::remove(name(Files - 3));
            QDir().mkpath(name(Files - 3));
        });
        QVERIFY(changed);
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(report->files.size(), Files);
        QCOMPARE(ImportTest::integrity(casePath), u"ok"_s);
        auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        QVERIFY(caseFile);
        for (const ImportedFile &result : std::as_const(report->files)) {
            const QString fileName = QFileInfo(result.path).fileName();
            if (result.status == ImportedFile::Status::Rejected) {
                QVERIFY2(result.reason.contains(fileName), qPrintable(result.reason));
                continue;
            }
            QCOMPARE(result.status, ImportedFile::Status::Imported);
            auto original = DocumentStore(caseFile->db()).original(result.documentId);
            QVERIFY(original);
            QCOMPARE(BlobStore::sha256Hex(*original), result.sha256);
            const int number = fileName.mid(4, 2).toInt();
            QVERIFY2(*original == "original note " + QByteArray::number(number)
                         || (number == Files - 1 && *original == replacement),
                     original->constData());
        }
        // A file gone before it was read is reported as gone, by name.
        const ImportedFile *removed = ImportTest::findFile(*report, u"note%1.txt"_s.arg(Files - 2));
        QVERIFY(removed);
        if (removed->status == ImportedFile::Status::Rejected)
            QVERIFY2(removed->reason.contains(u"does not exist"_s), qPrintable(removed->reason));
    }

    // Files::readOriginal: what the import reads a file with.
    void readOriginalRefusesWhatIsNotAFile()
    {
        const auto refused = [](const QString &path, const QString &reason) {
            QElapsedTimer timer;
            timer.start();
            auto bytes = Files::readOriginal(path, 16 << 20);
            QVERIFY2(timer.elapsed() < 5000, qPrintable(path));
            QVERIFY2(!bytes, qPrintable(path));
            QVERIFY2(bytes.error().message.contains(reason), qPrintable(bytes.error().message));
            QVERIFY2(bytes.error().message.contains(QFileInfo(path).fileName()),
                     qPrintable(bytes.error().message));
        };
        refused(u"/dev/zero"_s, u"is not a regular file (it is a device)"_s);
        refused(u"/proc/self/status"_s, u"reports a size of 0 bytes but has content"_s);
        refused(m_dir.path(), u"is not a regular file (it is a folder)"_s);
        refused(m_dir.filePath(u"missing.pdf"_s), u"does not exist"_s);
        // A pipe nobody writes to would block an ordinary open() forever.
        const QString fifo = m_dir.filePath(u"pipe.csv"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        refused(fifo, u"is not a regular file (it is a pipe)"_s);

        const QString big = m_dir.filePath(u"big.bin"_s);
        ImportTest::writeFile(big, QByteArray(3 << 20, 'b'));
        auto tooBig = Files::readOriginal(big, 1 << 20);
        QVERIFY(!tooBig);
        QVERIFY(tooBig.error().message.contains(u"big.bin is larger than 1 MB"_s));
        auto whole = Files::readOriginal(big, 3 << 20);
        QVERIFY(whole);
        QCOMPARE(whole->size(), 3 << 20);
        const QString empty = m_dir.filePath(u"empty.txt"_s);
        ImportTest::writeFile(empty, {});
        QCOMPARE(Files::readOriginal(empty, 1 << 20).value_or("x"), QByteArray());
    }

    void readOriginalSeesFilesChangeUnderIt()
    {
        const QString file = m_dir.filePath(u"moving.bin"_s);
        const QByteArray a(4 << 20, 'a');
        const QByteArray b(6 << 20, 'b');
        ImportTest::writeFile(file, a);
        std::atomic_bool stop = false;
        std::thread writer([&] {
            for (int round = 0; !stop; ++round) {
                QFile out(file);
                if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    return;
                const QByteArray &bytes = round % 2 ? a : b;
                for (qsizetype at = 0; at < bytes.size() && !stop; at += 256 * 1024)
                    out.write(bytes.constData() + at, 256 * 1024);
            }
        });
        // A failed check returns early: the writer must still be stopped and joined.
        const auto stopWriter = qScopeGuard([&] {
            stop = true;
            writer.join();
        });
        int changed = 0;
        QElapsedTimer timer;
        timer.start();
        // Until a read has overlapped a rewrite (the scheduler decides when), at most 20 s.
        for (int i = 0; (i < 40 || changed == 0) && timer.elapsed() < 20000; ++i) {
            auto bytes = Files::readOriginal(file, 64 << 20);
            if (!bytes) {
                QVERIFY2(bytes.error().message.contains(u"moving.bin changed while it was being "
                                                        u"read"_s)
                             || bytes.error().message.contains(u"moving.bin was replaced"_s),
                         qPrintable(bytes.error().message));
                QCOMPARE(bytes.error().code, Error::Code::Io);
                ++changed;
                continue;
            }
            // What is returned was the whole file from start to end of the read: one version,
            // or a prefix of one that the writer had not extended meanwhile.
            QVERIFY(a.startsWith(*bytes) || b.startsWith(*bytes));
        }
        QVERIFY2(changed > 0, "the writer never overlapped a read");
    }

    // ---- Read-only destinations (root ignores file modes, so /proc and /sys stand in) ----

    void caseOnReadOnlyPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("/proc") << u"/proc/hostile.casebinder"_s;
        QTest::newRow("/sys") << u"/sys/hostile.casebinder"_s;
        QTest::newRow("/proc/self") << u"/proc/self/hostile.casebinder"_s;
    }

    void caseOnReadOnlyPath()
    {
        QFETCH(QString, path);
        auto created = CaseFile::create(path, CaseCaption{u"Nowhere"_s});
        QVERIFY(!created);
        QVERIFY2(created.error().message.startsWith(path), qPrintable(created.error().fullText()));
        QCOMPARE(created.error().code, Error::Code::Io);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + u".partial"_s));

        const CliRun run = runCli({u"new"_s, path, u"--title"_s, u"Nowhere"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path.toUtf8()), run.err.constData());
    }

    void importIntoReadOnlyCase()
    {
        auto [casePath, before] = seededCase(u"readonly-import"_s);
        const QString file = m_dir.filePath(u"late-posts.csv"_s);
        ImportTest::writeFile(file, "id,text\n7,late post\n");
        {
            auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
            QVERIFY(caseFile);
            QVERIFY(caseFile->isReadOnly());
            auto report = runImport(*caseFile, {file}, {});
            QVERIFY(!report);
            QCOMPARE(report.error().code, Error::Code::ReadOnly);
            QVERIFY2(report.error().message.contains(u"read-only"_s),
                     qPrintable(report.error().fullText()));
            QVERIFY2(report.error().message.contains(QFileInfo(casePath).fileName()),
                     qPrintable(report.error().fullText()));
        }
        QCOMPARE(ImportTest::fingerprint(casePath), before);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM imports"_s), 1);
        QCOMPARE(ImportTest::integrity(casePath), u"ok"_s);
        // The case still takes the import once opened for writing.
        auto report = runImport(casePath, {file}, {});
        QVERIFY(report);
        QCOMPARE(report->posts(), 1);
    }

    void exportToReadOnlyPath_data()
    {
        QTest::addColumn<QString>("out");
        QTest::newRow("csv in /proc") << u"/proc/exhibits.csv"_s;
        QTest::newRow("pdf in /sys") << u"/sys/exhibits.pdf"_s;
    }

    void exportToReadOnlyPath()
    {
        QFETCH(QString, out);
        const QString tag
            = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').replace(u'/', u'-');
        auto [casePath, seeded] = seededCase(u"readonly-export-"_s + tag);
        const QString exhibit = m_dir.filePath(tag + u"-exhibit.pdf"_s);
        ImportTest::writeFile(exhibit, ImportTest::makePdf({u"Exhibit for %1"_s.arg(tag)}));
        ImportOptions asExhibit;
        asExhibit.exhibitPrefix = u"PX-"_s;
        QVERIFY(runImport(casePath, {exhibit}, asExhibit));
        const QByteArray before = ImportTest::fingerprint(casePath);
        const qint64 exports = ImportTest::count(casePath, u"SELECT count(*) FROM exports"_s);
        const qint64 custody = ImportTest::count(casePath, u"SELECT count(*) FROM custody_log"_s);
        const CliRun run = runCli({u"export-exhibits"_s, casePath, out});
        QVERIFY2(run.exitCode != 0, run.out.constData());
        QVERIFY2(run.err.contains(QFileInfo(out).fileName().toUtf8()), run.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        // A failed export is not on record as done, and the case is as it was.
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM exports"_s), exports);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM custody_log"_s), custody);
        QCOMPARE(ImportTest::fingerprint(casePath), before);
        QCOMPARE(ImportTest::integrity(casePath), u"ok"_s);
    }
};

QTEST_MAIN(TestHostile)
#include "tst_hostile.moc"
