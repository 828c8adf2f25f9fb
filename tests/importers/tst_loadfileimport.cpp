// Importing a hand-made production end to end: a Concordance DAT with its Opticon OPT, page
// images, text and natives; families, Bates numbers, hashes and dates; and each kind of bad
// record the issue lists (paths that leave the folder, missing files, an OPT document without
// a DAT record, duplicate Bates numbers), reported per record while the others import. Also
// an OPT alone, an IPRO LFP, EDRM XML, the CLI and cancelling.
#include "importtestutil.h"

#include "blobstore.h"
#include "casefile.h"
#include "importjob.h"
#include "sqlite/statement.h"

#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace ImportTest;
using namespace Qt::StringLiterals;

namespace {

const QString D = QString(QChar(0x14));
const QString Q = QString(QChar(0xFE));

QString row(const QStringList &cells)
{
    QStringList out;
    for (const QString &cell : cells)
        out.append(Q + cell + Q);
    return out.join(D) + u"\r\n"_s;
}

QString md5(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
}

QByteArray image(const QString &format, int width, int height)
{
    QImage picture(width, height, QImage::Format_RGB32);
    picture.fill(Qt::white);
    for (int y = 10; y < 20; ++y)
        for (int x = 10; x < width - 10; ++x)
            picture.setPixel(x, y, qRgb(0, 0, 0));
    picture.setDotsPerMeterX(11811);
    picture.setDotsPerMeterY(11811);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, format.toLatin1().constData());
    return bytes;
}

// A baseline multi-page TIFF (8-bit grey, uncompressed, one strip per page), written by hand:
// Qt's TIFF writer writes one page only.
QByteArray multiPageTiff(int pages, int width, int height)
{
    QByteArray out("II*\0", 4);
    const auto u16 = [&](quint16 v) {
        out.append(char(v & 0xFF)).append(char(v >> 8));
    };
    const auto u32 = [&](quint32 v) {
        for (int i = 0; i < 4; ++i)
            out.append(char((v >> (8 * i)) & 0xFF));
    };
    const auto patch32 = [&](qsizetype at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            out[at + i] = char((v >> (8 * i)) & 0xFF);
    };
    qsizetype nextPointer = out.size();
    u32(0);
    for (int page = 0; page < pages; ++page) {
        const quint32 pixels = quint32(out.size());
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x)
                out.append(char((x / 10 + y / 10 + page) % 2 ? 0 : 255));
        if (out.size() % 2)
            out.append('\0');
        patch32(nextPointer, quint32(out.size()));
        const struct
        {
            quint16 tag, type;
            quint32 value;
        } entries[] = {{256, 4, quint32(width)},
                       {257, 4, quint32(height)},
                       {258, 3, 8},
                       {259, 3, 1},
                       {262, 3, 1},
                       {273, 4, pixels},
                       {277, 3, 1},
                       {278, 4, quint32(height)},
                       {279, 4, quint32(width * height)}};
        u16(quint16(std::size(entries)));
        for (const auto &entry : entries) {
            u16(entry.tag);
            u16(entry.type);
            u32(1);
            if (entry.type == 3) {
                u16(quint16(entry.value));
                u16(0);
            } else {
                u32(entry.value);
            }
        }
        nextPointer = out.size();
        u32(0);
    }
    return out;
}

QString text(const QString &casePath, const QString &sql)
{
    auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    if (!caseFile)
        return u"<no case>"_s;
    auto statement = caseFile->db().prepare(sql);
    if (!statement || !statement->step().value_or(false))
        return u"<no row>"_s;
    return statement->text(0);
}

QByteArray blob(const QString &casePath, const QString &sql)
{
    auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    if (!caseFile)
        return {};
    auto statement = caseFile->db().prepare(sql);
    if (!statement || !statement->step().value_or(false))
        return {};
    return statement->blob(0);
}

// One production: VOL001/ with DATA/PROD001.dat and .opt, IMAGES, TEXT and NATIVES.
struct Production
{
    QString root;
    QString dat;
    QByteArray native3;
    QByteArray native4;

    explicit Production(const QTemporaryDir &dir)
    {
        root = dir.filePath(u"VOL001"_s);
        for (const QString &sub : {u"DATA"_s, u"IMAGES/001"_s, u"TEXT"_s, u"NATIVES"_s})
            QDir().mkpath(root + u'/' + sub);
        writeFile(root + u"/IMAGES/001/PROD0001.png"_s, image(u"png"_s, 850, 1100));
        writeFile(root + u"/IMAGES/001/PROD0002.jpg"_s, image(u"jpg"_s, 850, 1100));
        writeFile(root + u"/IMAGES/001/PROD0003.png"_s, image(u"png"_s, 850, 1100));
        writeFile(root + u"/TEXT/PROD0001.txt"_s, "page one of the letter\fpage two of it");
        writeFile(root + u"/TEXT/PROD0003.txt"_s, "the attachment's words");
        writeFile(dir.filePath(u"secret.txt"_s), "outside the production");
        QFile::link(dir.filePath(u"secret.txt"_s), root + u"/TEXT/link.txt"_s);
        native3 = makePdf({u"Attachment native"_s});
        native4 = makePdf({u"Another native"_s});
        writeFile(root + u"/NATIVES/PROD0003.pdf"_s, native3);
        writeFile(root + u"/NATIVES/PROD0004.pdf"_s, native4);

        QString content = row({u"BEGBATES"_s,
                               u"ENDBATES"_s,
                               u"BEGATTACH"_s,
                               u"ENDATTACH"_s,
                               u"CUSTODIAN"_s,
                               u"SUBJECT"_s,
                               u"DATESENT"_s,
                               u"MD5HASH"_s,
                               u"TEXTPATH"_s,
                               u"NATIVEPATH"_s,
                               u"CONFIDENTIALITY"_s});
        content += row({u"PROD0001"_s,
                        u"PROD0002"_s,
                        u"PROD0001"_s,
                        u"PROD0003"_s,
                        u"Roe, Jane"_s,
                        u"Letter"_s,
                        u"01/15/2021 09:30 AM"_s,
                        {},
                        u"TEXT\\PROD0001.txt"_s,
                        {},
                        u"Confidential"_s});
        content += row({u"PROD0003"_s,
                        u"PROD0003"_s,
                        u"PROD0001"_s,
                        u"PROD0003"_s,
                        u"Roe, Jane"_s,
                        u"Attachment"_s,
                        {},
                        md5(native3).toUpper(),
                        u"TEXT\\PROD0003.txt"_s,
                        u"NATIVES\\PROD0003.pdf"_s,
                        {}});
        content += row({u"PROD0004"_s,
                        u"PROD0004"_s,
                        {},
                        {},
                        {},
                        u"Wrong hash"_s,
                        {},
                        u"00000000000000000000000000000000"_s,
                        {},
                        u"NATIVES\\PROD0004.pdf"_s,
                        {}});
        content += row({u"PROD0005"_s,
                        u"PROD0005"_s,
                        {},
                        {},
                        {},
                        u"Escapes"_s,
                        {},
                        {},
                        u"..\\..\\secret.txt"_s,
                        {},
                        {}});
        content += row({u"PROD0006"_s,
                        u"PROD0006"_s,
                        {},
                        {},
                        {},
                        u"Absolute"_s,
                        {},
                        {},
                        {},
                        u"/etc/passwd"_s,
                        {}});
        content += row({u"PROD0007"_s,
                        u"PROD0007"_s,
                        {},
                        {},
                        {},
                        u"Text missing"_s,
                        {},
                        {},
                        u"TEXT\\PROD0007.txt"_s,
                        {},
                        {}});
        content += row(
            {u"PROD0004"_s, u"PROD0004"_s, {}, {}, {}, u"Same Bates again"_s, {}, {}, {}, {}, {}});
        content += row({u"PROD0008"_s,
                        u"PROD0008"_s,
                        {},
                        {},
                        {},
                        u"Symlink out"_s,
                        {},
                        {},
                        u"TEXT\\link.txt"_s,
                        {},
                        {}});
        dat = root + u"/DATA/PROD001.dat"_s;
        writeFile(dat, "\xEF\xBB\xBF" + content.toUtf8());
        writeFile(root + u"/DATA/PROD001.opt"_s,
                  "PROD0001,VOL001,IMAGES\\001\\PROD0001.png,Y,,,2\r\n"
                  "PROD0002,VOL001,IMAGES\\001\\PROD0002.jpg,,,,\r\n"
                  "PROD0003,VOL001,IMAGES\\001\\PROD0003.png,Y,,,1\r\n"
                  "PROD0100,VOL001,IMAGES\\001\\PROD0100.png,Y,,,1\r\n"
                  "PROD0003,VOL001,IMAGES\\001\\PROD0003.png,Y,,,1\r\n");
    }
};

qint64 documentId(const QString &casePath, const QString &bates)
{
    return count(casePath, u"SELECT id FROM documents WHERE bates_begin = '%1'"_s.arg(bates));
}

bool hasWarning(const ImportedFile &file, const QString &a, const QString &b)
{
    for (const QString &warning : file.warnings) {
        if (warning.contains(a) && warning.contains(b))
            return true;
    }
    return false;
}

} // namespace

class TestLoadFileImport : public QObject
{
    Q_OBJECT

private slots:
    void production()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Production production(dir);
        const QString casePath = newCase(dir.path());
        auto report = runImport(casePath, {production.dat}, {});
        QVERIFY2(report, qPrintable(report ? QString() : report.error().fullText()));
        QCOMPARE(report->files.size(), 1);
        const ImportedFile &file = report->files.front();
        QCOMPARE(file.status, ImportedFile::Status::Imported);
        QCOMPARE(file.documents, 4); // PROD0001, 0003, 0004, 0007
        QCOMPARE(count(casePath, u"SELECT count(*) FROM documents"_s), 5);
        const QString warnings = file.warnings.join(u'\n');

        // PROD0001: two page images from the OPT, the text split at its form feed, a PDF
        // rendition as the original, the images kept, the date the load file states.
        const qint64 letter = documentId(casePath, u"PROD0001"_s);
        QVERIFY(letter > 0);
        QCOMPARE(text(casePath, u"SELECT bates_end FROM documents WHERE id = %1"_s.arg(letter)),
                 u"PROD0002"_s);
        QCOMPARE(text(casePath, u"SELECT media_type FROM documents WHERE id = %1"_s.arg(letter)),
                 u"application/pdf"_s);
        QCOMPARE(count(casePath, u"SELECT page_count FROM documents WHERE id = %1"_s.arg(letter)),
                 2);
        QCOMPARE(
            text(casePath,
                 u"SELECT text FROM pages WHERE document_id = %1 AND number = 2"_s.arg(letter)),
            u"page two of it"_s);
        QCOMPARE(
            text(casePath,
                 u"SELECT document_date || ' ' || date_source FROM documents WHERE id = %1"_s.arg(
                     letter)),
            u"2021-01-15 load_file"_s);
        const QByteArray rendition = blob(
            casePath,
            u"SELECT b.data FROM blobs b JOIN documents d ON d.blob_sha256 = b.sha256 WHERE d.id = %1"_s
                .arg(letter));
        QVERIFY(rendition.startsWith("%PDF-"));
        QVERIFY(rendition.contains("/Count 2"));
        QCOMPARE(count(casePath,
                       u"SELECT count(*) FROM document_files WHERE document_id = %1 AND role = "
                       u"'image'"_s.arg(letter)),
                 2);
        const QByteArray png = readFile(production.root + u"/IMAGES/001/PROD0001.png"_s);
        QCOMPARE(blob(casePath,
                      u"SELECT b.data FROM blobs b JOIN document_files f ON f.blob_sha256 = "
                      u"b.sha256 WHERE f.document_id = %1 AND f.page_number = 1"_s.arg(letter)),
                 png);
        // Unmapped columns are kept.
        QCOMPARE(text(casePath,
                      u"SELECT json_extract(metadata, '$.load_file.fields.CONFIDENTIALITY') FROM "
                      u"documents WHERE id = %1"_s.arg(letter)),
                 u"Confidential"_s);
        QCOMPARE(text(casePath,
                      u"SELECT json_extract(metadata, '$.load_file.mapped.custodian') FROM "
                      u"documents WHERE id = %1"_s.arg(letter)),
                 u"Roe, Jane"_s);

        // PROD0003: the child of PROD0001, its native the original byte for byte, MD5 verified.
        const qint64 attachment = documentId(casePath, u"PROD0003"_s);
        QCOMPARE(
            count(casePath, u"SELECT parent_id FROM documents WHERE id = %1"_s.arg(attachment)),
            letter);
        QCOMPARE(blob(casePath,
                      u"SELECT b.data FROM blobs b JOIN documents d ON d.blob_sha256 = b.sha256 "
                      u"WHERE d.id = %1"_s.arg(attachment)),
                 production.native3);
        QCOMPARE(text(casePath,
                      u"SELECT json_extract(metadata, '$.load_file.md5_verified') FROM documents "
                      u"WHERE id = %1"_s.arg(attachment)),
                 u"1"_s);
        // The top of a family, and a record without one, sit under the load file.
        const qint64 loadFile
            = count(casePath, u"SELECT id FROM documents WHERE source_name = 'PROD001.dat'"_s);
        QCOMPARE(count(casePath, u"SELECT parent_id FROM documents WHERE id = %1"_s.arg(letter)),
                 loadFile);

        // Each bad record reported by its number and Bates; the others imported.
        QVERIFY2(hasWarning(file, u"PROD0004"_s, u"MD5 mismatch"_s), qPrintable(warnings));
        QVERIFY2(hasWarning(file, u"PROD0005"_s, u"refused"_s), qPrintable(warnings));
        QVERIFY(hasWarning(file, u"PROD0005"_s, u"climbs out"_s));
        QVERIFY(hasWarning(file, u"PROD0006"_s, u"absolute"_s));
        QVERIFY(hasWarning(file, u"PROD0008"_s, u"symbolic link"_s));
        QVERIFY(hasWarning(file, u"PROD0007"_s, u"missing"_s));
        QVERIFY(
            hasWarning(file, u"record 7 (line 8, PROD0004)"_s, u"already used by an earlier"_s));
        QVERIFY(hasWarning(file, u"PROD0100"_s, u"has no record in PROD001.dat"_s));
        QVERIFY(hasWarning(file, u"PROD001.opt line 5"_s, u"duplicate Bates number"_s));
        for (const QString &bates : {u"PROD0005"_s, u"PROD0006"_s, u"PROD0008"_s})
            QCOMPARE(count(casePath,
                           u"SELECT count(*) FROM documents WHERE bates_begin = '%1'"_s.arg(bates)),
                     0);
        QCOMPARE(
            count(casePath, u"SELECT count(*) FROM documents WHERE bates_begin = 'PROD0004'"_s), 1);
        // Nothing outside the folder was read.
        QCOMPARE(
            count(casePath,
                  u"SELECT count(*) FROM blobs WHERE instr(data, 'outside the production') > 0"_s),
            0);
        QCOMPARE(integrity(casePath), u"ok"_s);

        // The same load file again: nothing new.
        auto again = runImport(casePath, {production.dat}, {});
        QVERIFY(again);
        QCOMPARE(again->files.front().status, ImportedFile::Status::Duplicate);
        QCOMPARE(count(casePath, u"SELECT count(*) FROM documents"_s), 5);
    }

    // The DAT is stored as its document's original by streaming it into the blob (it is never
    // in memory whole): byte for byte the file; a file whose hash is not the one given is
    // refused and nothing is stored.
    void originalStreamedIntoItsBlob()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Production production(dir);
        const QString casePath = newCase(dir.path());
        auto report = runImport(casePath, {production.dat}, {});
        QVERIFY(report);
        QCOMPARE(report->files.front().status, ImportedFile::Status::Imported);
        QCOMPARE(blob(casePath,
                      u"SELECT b.data FROM blobs b JOIN documents d ON d.blob_sha256 = b.sha256 "
                      u"WHERE d.source_name = 'PROD001.dat'"_s),
                 readFile(production.dat));
        QCOMPARE(integrity(casePath), u"ok"_s);

        auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadWrite);
        QVERIFY(caseFile);
        const QString other = dir.filePath(u"other.bin"_s);
        writeFile(other, QByteArray(3 << 20, 'x'));
        const QString wrong = QString(64, u'0');
        auto refused = BlobStore(caseFile->db()).putFileWithHash(wrong, other);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"changed while it was being imported"_s),
                 qPrintable(refused.error().message));
        QVERIFY(!*BlobStore(caseFile->db()).contains(wrong));
        const QString right = BlobStore::sha256Hex(QByteArray(3 << 20, 'x'));
        auto stored = BlobStore(caseFile->db()).putFileWithHash(right, other);
        QVERIFY(stored && *stored);
        QCOMPARE(*BlobStore(caseFile->db()).read(right), QByteArray(3 << 20, 'x'));
    }

    // A production volume given as a folder: its load file (DATA/PROD001.dat, with the OPT
    // beside it) is imported, not each TIFF and text file on its own.
    void productionFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Production production(dir);
        const QString casePath = newCase(dir.path());
        QProcess cli;
        cli.start(QStringLiteral(CASEBINDER_CLI),
                  {u"import"_s, casePath, production.root, u"--json"_s});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QJsonArray files = QJsonDocument::fromJson(cli.readAllStandardOutput())
                                     .object()
                                     .value(u"files"_s)
                                     .toArray();
        QCOMPARE(files.size(), 1);
        QVERIFY(files.at(0).toObject().value(u"path"_s).toString().endsWith(u"DATA/PROD001.dat"_s));
        QCOMPARE(files.at(0).toObject().value(u"documents"_s).toInt(), 4);
        // The load file and its four records; no image, text or native imported by itself.
        QCOMPARE(count(casePath, u"SELECT count(*) FROM documents"_s), 5);
        QVERIFY(documentId(casePath, u"PROD0001"_s) > 0);
        QCOMPARE(
            count(casePath, u"SELECT count(*) FROM documents WHERE source_name LIKE '%.png'"_s), 0);

        // The same through runImport (what the GUI's import dialog runs).
        const QString second = newCase(dir.path(), u"second"_s);
        auto report = runImport(second, {production.root}, {});
        QVERIFY2(report, qPrintable(report ? QString() : report.error().fullText()));
        QCOMPARE(report->files.size(), 1);
        QCOMPARE(report->files.front().documents, 4);
    }

    // A volume without a load file, and one with two DATs: a clear error, nothing imported.
    void productionFolderWithoutOneLoadFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto [casePath, before] = seededCase(dir, u"folders"_s);
        const QString bare = dir.filePath(u"VOL002"_s);
        QDir().mkpath(bare + u"/IMAGES"_s);
        QDir().mkpath(bare + u"/TEXT"_s);
        writeFile(bare + u"/IMAGES/A0001.png"_s, image(u"png"_s, 85, 110));
        writeFile(bare + u"/TEXT/A0001.txt"_s, "text");
        QProcess none;
        none.start(QStringLiteral(CASEBINDER_CLI), {u"import"_s, casePath, bare});
        QVERIFY(none.waitForFinished(60000));
        QCOMPARE(none.exitCode(), 1);
        const QString noneErr = QString::fromUtf8(none.readAllStandardError());
        QVERIFY2(noneErr.contains(u"VOL002"_s) && noneErr.contains(u"holds no load file"_s),
                 qPrintable(noneErr));
        QCOMPARE(fingerprint(casePath), before);

        const QString two = dir.filePath(u"VOL003"_s);
        QDir().mkpath(two + u"/DATA"_s);
        writeFile(two + u"/DATA/VOL003.dat"_s,
                  row({u"BEGBATES"_s}).toUtf8() + row({u"B1"_s}).toUtf8());
        writeFile(two + u"/DATA/VOL003-overlay.dat"_s,
                  row({u"BEGBATES"_s}).toUtf8() + row({u"B2"_s}).toUtf8());
        QProcess both;
        both.start(QStringLiteral(CASEBINDER_CLI), {u"import"_s, casePath, two});
        QVERIFY(both.waitForFinished(60000));
        QCOMPARE(both.exitCode(), 2);
        const QString bothErr = QString::fromUtf8(both.readAllStandardError());
        QVERIFY2(bothErr.contains(u"VOL003.dat"_s) && bothErr.contains(u"VOL003-overlay.dat"_s)
                     && bothErr.contains(u"choose one"_s),
                 qPrintable(bothErr));
        QCOMPARE(fingerprint(casePath), before);

        // A folder that is no production at all is still imported file by file.
        const QString plain = dir.filePath(u"letters"_s);
        QDir().mkpath(plain);
        writeFile(plain + u"/a.txt"_s, "a plain letter");
        auto report = runImport(casePath, {plain}, {});
        QVERIFY(report);
        QCOMPARE(report->files.size(), 1);
        QCOMPARE(report->files.front().status, ImportedFile::Status::Imported);
    }

    void cancelledImportChangesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString dat = row({u"BEGBATES"_s, u"SUBJECT"_s});
        for (int i = 1; i <= 3000; ++i)
            dat += row({u"C%1"_s.arg(i, 6, 10, QChar(u'0')), u"subject %1"_s.arg(i)});
        writeFile(dir.filePath(u"big.dat"_s), dat.toUtf8());
        const auto [casePath, before] = seededCase(dir, u"cancel"_s);
        std::atomic_bool cancel = false;
        qint64 seen = 0;
        auto report = runImport(casePath,
                                {dir.filePath(u"big.dat"_s)},
                                {},
                                &cancel,
                                [&](const ImportProgress &progress) {
                                    seen = std::max(seen, progress.posts);
                                    if (progress.posts >= 512)
                                        cancel = true;
                                });
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::Cancelled);
        QVERIFY(seen >= 512);
        QCOMPARE(fingerprint(casePath), before);
    }

    void explicitMappingAndOptionsFromTheCli()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir().mkpath(dir.filePath(u"TEXT"_s));
        writeFile(dir.filePath(u"TEXT/1.txt"_s), "first record text");
        writeFile(dir.filePath(u"nohdr.dat"_s),
                  "X-1;Smith;TEXT\\1.txt;3/4/2020\r\nX-2;Jones;;13/4/2020\r\n");
        const QString casePath = newCase(dir.path());
        QProcess cli;
        cli.start(QStringLiteral(CASEBINDER_CLI),
                  {u"import"_s,
                   casePath,
                   dir.filePath(u"nohdr.dat"_s),
                   u"--delimiter"_s,
                   u";"_s,
                   u"--qualifier"_s,
                   u"none"_s,
                   u"--map"_s,
                   u"begbates=1,custodian=2,textpath=3,datesent=4"_s,
                   u"--json"_s});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QJsonObject file = json.value(u"files"_s).toArray().at(0).toObject();
        QCOMPARE(file.value(u"documents"_s).toInt(), 2);
        const QString warnings = QString::fromUtf8(
            QJsonDocument(file.value(u"warnings"_s).toArray()).toJson(QJsonDocument::Compact));
        QVERIFY2(warnings.contains(u"no header row"_s), qPrintable(warnings));
        QVERIFY(warnings.contains(u"no month 13"_s));
        QCOMPARE(text(casePath,
                      u"SELECT text FROM pages p JOIN documents d ON d.id = "
                      u"p.document_id WHERE d.bates_begin = 'X-1'"_s),
                 u"first record text"_s);
        QCOMPARE(text(casePath, u"SELECT document_date FROM documents WHERE bates_begin = 'X-1'"_s),
                 u"2020-03-04"_s);

        // A wrong delimiter given on the command line: the file is refused, clearly.
        QProcess wrong;
        wrong.start(QStringLiteral(CASEBINDER_CLI),
                    {u"import"_s,
                     casePath,
                     dir.filePath(u"nohdr.dat"_s),
                     u"--delimiter"_s,
                     u"|"_s,
                     u"--json"_s});
        QVERIFY(wrong.waitForFinished(60000));
        const QJsonObject refused = QJsonDocument::fromJson(wrong.readAllStandardOutput())
                                        .object()
                                        .value(u"files"_s)
                                        .toArray()
                                        .at(0)
                                        .toObject();
        QCOMPARE(refused.value(u"status"_s).toString(), u"rejected"_s);
        QVERIFY(refused.value(u"reason"_s).toString().contains(u"wrong delimiter"_s));
    }

    void opticonAloneAndMultiPageTiff()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir().mkpath(dir.filePath(u"IMAGES"_s));
        writeFile(dir.filePath(u"IMAGES/A1.png"_s), image(u"png"_s, 400, 500));
        QString opt = u"A1,V,IMAGES\\A1.png,Y,,,1\r\n"_s;
        writeFile(dir.filePath(u"IMAGES/multi.tif"_s), multiPageTiff(3, 200, 260));
        opt += u"B1,V,IMAGES\\multi.tif,Y,,,3\r\n"_s;
        opt += u"C1,V,IMAGES\\gone.png,Y,,,1\r\n"_s;
        writeFile(dir.filePath(u"images.opt"_s), opt.toUtf8());
        const QString casePath = newCase(dir.path());
        auto report = runImport(casePath, {dir.filePath(u"images.opt"_s)}, {});
        QVERIFY(report);
        const ImportedFile &file = report->files.front();
        QCOMPARE(file.status, ImportedFile::Status::Imported);
        QCOMPARE(file.documents, 3);
        QCOMPARE(count(casePath, u"SELECT page_count FROM documents WHERE bates_begin = 'A1'"_s),
                 1);
        QCOMPARE(text(casePath, u"SELECT text_status FROM documents WHERE bates_begin = 'A1'"_s),
                 u"needs_ocr"_s);
        QVERIFY(hasWarning(file, u"C1"_s, u"missing"_s));
        QCOMPARE(count(casePath, u"SELECT page_count FROM documents WHERE bates_begin = 'B1'"_s),
                 3);
        QCOMPARE(count(casePath,
                       u"SELECT count(DISTINCT f.blob_sha256) FROM document_files f JOIN documents "
                       u"d ON d.id = f.document_id WHERE d.bates_begin = 'B1'"_s),
                 1); // one file, three frames
        QCOMPARE(count(casePath,
                       u"SELECT max(frame) FROM document_files f JOIN documents d ON d.id = "
                       u"f.document_id WHERE d.bates_begin = 'B1'"_s),
                 2);
        QVERIFY(blob(casePath,
                     u"SELECT b.data FROM blobs b JOIN documents d ON d.blob_sha256 = "
                     u"b.sha256 WHERE d.bates_begin = 'B1'"_s)
                    .contains("/Count 3"));
    }

    void iproFamilies()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir().mkpath(dir.filePath(u"IMG"_s));
        for (const QString &name : {u"D1"_s, u"D2"_s, u"C1"_s})
            writeFile(dir.filePath(u"IMG/%1.png"_s.arg(name)), image(u"png"_s, 300, 400));
        writeFile(dir.filePath(u"prod.lfp"_s),
                  "IM,D1,D,0,@V;IMG;D1.png;2\r\n"
                  "IM,D2,,0,@V;IMG;D2.png;2\r\n"
                  "IM,C1,C,0,@V;IMG;C1.png;2\r\n");
        const QString casePath = newCase(dir.path());
        auto report = runImport(casePath, {dir.filePath(u"prod.lfp"_s)}, {});
        QVERIFY(report);
        QCOMPARE(report->files.front().documents, 2);
        QCOMPARE(count(casePath, u"SELECT page_count FROM documents WHERE bates_begin = 'D1'"_s),
                 2);
        QCOMPARE(count(casePath, u"SELECT parent_id FROM documents WHERE bates_begin = 'C1'"_s),
                 documentId(casePath, u"D1"_s));
    }

    void edrmXmlImport()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir().mkpath(dir.filePath(u"NATIVES"_s));
        const QByteArray mail = "From: a@example.com\r\nSubject: Hello\r\n\r\nBody\r\n";
        writeFile(dir.filePath(u"NATIVES/m1.eml"_s), mail);
        writeFile(dir.filePath(u"NATIVES/a1.txt"_s), "attachment");
        const QByteArray xml
            = "<?xml version=\"1.0\"?>\n<Root MajorVersion=\"1\" MinorVersion=\"2\"><Batch>"
              "<Documents><Document DocID=\"M1\" DocType=\"Message\"><Tags>"
              "<Tag TagName=\"#Subject\" TagValue=\"Hello\"/>"
              "<Tag TagName=\"#DateSent\" TagDataType=\"DateTime\" "
              "TagValue=\"2001-08-15T10:30:00Z\"/></Tags><Files><File FileType=\"Native\">"
              "<ExternalFile FilePath=\"NATIVES\" FileName=\"m1.eml\" Hash=\""
              + md5(mail).toLatin1()
              + "\"/></File></Files></Document><Document DocID=\"A1\" DocType=\"File\"><Files>"
                "<File FileType=\"Native\"><ExternalFile FilePath=\"NATIVES\" "
                "FileName=\"a1.txt\" Hash=\"FFFF\"/></File></Files></Document></Documents>"
                "<Relationships><Relationship Type=\"Attachment\" ParentDocID=\"M1\" "
                "ChildDocID=\"A1\"/></Relationships></Batch></Root>\n";
        writeFile(dir.filePath(u"export.xml"_s), xml);
        const QString casePath = newCase(dir.path());
        auto report = runImport(casePath, {dir.filePath(u"export.xml"_s)}, {});
        QVERIFY(report);
        const ImportedFile &file = report->files.front();
        QCOMPARE(file.status, ImportedFile::Status::Imported);
        QCOMPARE(file.documents, 2);
        QCOMPARE(count(casePath, u"SELECT parent_id FROM documents WHERE bates_begin = 'A1'"_s),
                 documentId(casePath, u"M1"_s));
        QCOMPARE(text(casePath, u"SELECT document_date FROM documents WHERE bates_begin = 'M1'"_s),
                 u"2001-08-15"_s);
        QVERIFY(hasWarning(file, u"A1"_s, u"MD5 mismatch"_s));
        QVERIFY(!hasWarning(file, u"M1"_s, u"MD5"_s));
    }
};

QTEST_MAIN(TestLoadFileImport)
#include "tst_loadfileimport.moc"
