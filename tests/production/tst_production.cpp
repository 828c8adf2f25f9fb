// produce: the production folder's files, the DAT and OPT read back with a small reader of the
// Concordance and Opticon conventions, slip sheets, families, and the refusals that must leave
// OUTDIR untouched (unnumbered documents, an encrypted PDF, cancel); verify --manifest FOLDER.
#include "app/clirunner.h"
#include "batesstore.h"
#include "caseseed.h"
#include "caseverifier.h"
#include "custodylog.h"
#include "jobs/caseconnections.h"
#include "productionjob.h"
#include "productionstore.h"
#include "sha256.h"
#include "tagstore.h"
#include "testpdf.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Casebinder::Production;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file under `folder`, relative, sorted.
QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// A Concordance DAT as the defaults write it: UTF-8 BOM, CRLF records, þ-qualified fields
// separated by DC4, ® for newlines inside a field. Returns records of field → value.
QList<QHash<QString, QString>> readDat(const QByteArray &bytes, QString *error)
{
    if (!bytes.startsWith("\xEF\xBB\xBF")) {
        *error = u"no UTF-8 BOM"_s;
        return {};
    }
    const QString text = QString::fromUtf8(bytes.mid(3));
    if (!text.endsWith(u"\r\n"_s) || text.count(u"\r\n"_s) != text.count(u'\n')) {
        *error = u"records are not all CRLF-terminated"_s;
        return {};
    }
    QStringList lines = text.split(u"\r\n"_s);
    lines.removeLast();
    const auto fields = [&](const QString &line) -> std::optional<QStringList> {
        QStringList values;
        for (const QString &field : line.split(u'\x14')) {
            if (field.size() < 2 || !field.startsWith(u'\u00FE') || !field.endsWith(u'\u00FE')
                || field.mid(1, field.size() - 2).contains(u'\u00FE'))
                return std::nullopt;
            values.append(field.mid(1, field.size() - 2).replace(u'\u00AE', u'\n'));
        }
        return values;
    };
    const auto header = fields(lines.value(0));
    if (!header) {
        *error = u"bad header"_s;
        return {};
    }
    QList<QHash<QString, QString>> records;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const auto values = fields(lines.at(i));
        if (!values || values->size() != header->size()) {
            *error = u"bad record %1"_s.arg(i);
            return {};
        }
        QHash<QString, QString> record;
        for (qsizetype f = 0; f < header->size(); ++f)
            record.insert(header->at(f), values->at(f));
        records.append(record);
    }
    return records;
}

struct OptLine
{
    QString key, volume, path, docBreak;
    int pages = 0;
};

QList<OptLine> readOpt(const QByteArray &bytes)
{
    QList<OptLine> lines;
    for (const QString &line : QString::fromUtf8(bytes).split(u"\r\n"_s, Qt::SkipEmptyParts)) {
        const QStringList f = line.split(u',');
        if (f.size() != 7)
            return {};
        lines.append({f[0], f[1], f[2], f[3], f[6].toInt()});
    }
    return lines;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"pdftotext"_s), {path, u"-"_s});
    process.waitForFinished();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestProduction : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_case;
    std::optional<CaseFile> m_caseFile;
    QHash<QString, qint64> m_ids;
    QByteArray m_csv = "name,amount\r\nAWS,1\r\n";

    Result<qint64> seedChild(const TestSupport::DocumentSeed &seed, qint64 parent)
    {
        auto session = ImportSession::begin(m_caseFile->db(), {});
        if (!session)
            return fail(session.error());
        IncomingDocument incoming = TestSupport::incoming(seed);
        incoming.record.parentId = parent;
        auto added = session->addDocument(incoming);
        if (!added)
            return fail(added.error());
        if (auto committed = session->commit({}); !committed)
            return fail(committed.error());
        return added->documentId;
    }

    Result<ProductionSummary> produce(ProductionOptions options,
                                      const std::atomic_bool *cancel = nullptr,
                                      const ProductionProgress &progress = {})
    {
        return writeProduction(*m_caseFile, options, progress, cancel);
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is needed to read the produced pages");
        QVERIFY(m_dir.isValid());
        m_case = m_dir.filePath(u"produce.casebinder"_s);
        auto created = CaseFile::create(m_case, {});
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        m_caseFile.emplace(std::move(*created));

        TestSupport::DocumentSeed agreement{DocumentKind::Exhibit, u"Agreement"_s};
        agreement.pages = {u"Agreement page one"_s, u"Agreement page two"_s};
        agreement.original = TestSupport::makePdf(agreement.pages);
        TestSupport::DocumentSeed memo{DocumentKind::Exhibit, u"Memo to counsel"_s};
        memo.pages = {u"Privileged secret advice"_s};
        memo.original = TestSupport::makePdf(memo.pages);
        memo.privileged = true;
        TestSupport::DocumentSeed sheet{DocumentKind::Exhibit, u"Invoices"_s};
        sheet.pages = {u"name amount AWS 1"_s};
        sheet.original = m_csv;
        sheet.sourceName = u"invoices.csv"_s;
        sheet.mediaType = u"text/csv"_s;
        TestSupport::DocumentSeed letter{DocumentKind::Exhibit, u"Cover letter"_s};
        letter.pages = {u"Cover letter"_s};
        letter.original = TestSupport::makePdf(letter.pages);
        auto ids = TestSupport::seedDocuments(m_caseFile->db(), {agreement, memo, sheet, letter});
        QVERIFY(ids);
        m_ids = {{u"agreement"_s, ids->at(0)},
                 {u"memo"_s, ids->at(1)},
                 {u"sheet"_s, ids->at(2)},
                 {u"letter"_s, ids->at(3)}};
        TestSupport::DocumentSeed attachment{DocumentKind::Exhibit, u"Enclosure"_s};
        attachment.pages = {u"Enclosure one"_s, u"Enclosure two"_s};
        attachment.original = TestSupport::makePdf(attachment.pages);
        auto child = seedChild(attachment, ids->at(3));
        QVERIFY(child);
        m_ids.insert(u"enclosure"_s, *child);

        BatesStore bates(m_caseFile->db());
        auto plan = bates.plan({u"PARLER"_s, 1, 6}, {});
        QVERIFY(plan);
        QVERIFY(bates.assign(*plan));
    }

    void writesTheProductionFolder()
    {
        const QString out = m_dir.filePath(u"prod1"_s);
        ProductionOptions options;
        options.outDir = out;
        options.volume = u"VOL001"_s;
        options.legend = u"CONFIDENTIAL"_s;
        options.recipient = u"Counsel for AWS"_s;
        auto connections = CaseConnections::create(m_case);
        ProductionJob job(connections, options);
        QList<JobProgress> steps;
        const Status done = job.runHere([&](const JobProgress &p) { steps.append(p); });
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        const ProductionSummary &summary = job.summary();
        QCOMPARE(summary.documents, 5);
        QCOMPARE(summary.withheld, 1);
        QCOMPARE(summary.natives, 1);
        QCOMPARE(summary.imaged, 3);
        QCOMPARE(summary.batesBegin, u"PARLER000001"_s);
        QCOMPARE(summary.batesEnd, u"PARLER000007"_s);
        QVERIFY(!steps.isEmpty());

        // Agreement 1–2, memo 3, sheet 4, letter 5, enclosure 6–7.
        const QStringList expected = {
            u"DATA/VOL001.dat"_s,
            u"DATA/VOL001.opt"_s,
            u"IMAGES/PARLER000001.pdf"_s,
            u"IMAGES/PARLER000003.pdf"_s,
            u"IMAGES/PARLER000004.pdf"_s,
            u"IMAGES/PARLER000005.pdf"_s,
            u"IMAGES/PARLER000006.pdf"_s,
            u"NATIVES/PARLER000004.csv"_s,
            u"TEXT/PARLER000001.txt"_s,
            u"TEXT/PARLER000004.txt"_s,
            u"TEXT/PARLER000005.txt"_s,
            u"TEXT/PARLER000006.txt"_s,
        };
        QCOMPARE(filesUnder(out), expected);
        QCOMPARE(summary.files, int(expected.size()));
        // Nothing left beside it but the case and this folder.
        QVERIFY(QDir(m_dir.path())
                    .entryList({u".prod1*"_s}, QDir::AllEntries | QDir::Hidden)
                    .isEmpty());

        // Stamped pages keep their text and carry number and legend.
        const QString agreement = pdfText(out + u"/IMAGES/PARLER000001.pdf"_s);
        QVERIFY(agreement.contains(u"Agreement page two"_s));
        QVERIFY(agreement.contains(u"PARLER000002"_s));
        QVERIFY(agreement.contains(u"CONFIDENTIAL"_s));
        QCOMPARE(readAll(out + u"/TEXT/PARLER000001.txt"_s),
                 QByteArray("Agreement page one\fAgreement page two"));

        // The privileged memo: a slip sheet, no text, no native.
        const QString slip = pdfText(out + u"/IMAGES/PARLER000003.pdf"_s);
        QVERIFY2(slip.contains(u"Withheld \u2014 Privileged"_s), qPrintable(slip));
        QVERIFY(slip.contains(u"PARLER000003"_s));
        QVERIFY(!slip.contains(u"secret"_s));
        const QStringList everything = filesUnder(out);
        for (const QString &file : everything)
            QVERIFY2(!readAll(out + u'/' + file).contains("secret advice"), qPrintable(file));

        // The spreadsheet: the native, byte for byte, and a placeholder page.
        QCOMPARE(readAll(out + u"/NATIVES/PARLER000004.csv"_s), m_csv);
        const QString placeholder = pdfText(out + u"/IMAGES/PARLER000004.pdf"_s);
        QVERIFY(placeholder.contains(u"Produced in native format"_s));
        QVERIFY(placeholder.contains(u"NATIVES\\PARLER000004.csv"_s));

        // The DAT reads back.
        QString error;
        const auto records = readDat(readAll(out + u"/DATA/VOL001.dat"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), 5);
        const QHash<QString, QString> &first = records.at(0);
        QCOMPARE(first.value(u"BEGBATES"_s), u"PARLER000001"_s);
        QCOMPARE(first.value(u"ENDBATES"_s), u"PARLER000002"_s);
        QCOMPARE(first.value(u"BEGATTACH"_s), QString());
        QCOMPARE(first.value(u"TEXTPATH"_s), u"TEXT\\PARLER000001.txt"_s);
        QCOMPARE(first.value(u"NATIVEPATH"_s), QString());
        QCOMPARE(first.value(u"CONFIDENTIALITY"_s), u"CONFIDENTIAL"_s);
        QVERIFY(first.contains(u"CUSTODIAN"_s));
        const QHash<QString, QString> &withheld = records.at(1);
        QCOMPARE(withheld.value(u"BEGBATES"_s), u"PARLER000003"_s);
        QCOMPARE(withheld.value(u"WITHHELD"_s), u"Privileged"_s);
        QCOMPARE(withheld.value(u"TITLE"_s), QString());
        QCOMPARE(withheld.value(u"TEXTPATH"_s), QString());
        QCOMPARE(withheld.value(u"MD5HASH"_s), QString());
        const QHash<QString, QString> &native = records.at(2);
        QCOMPARE(native.value(u"NATIVEPATH"_s), u"NATIVES\\PARLER000004.csv"_s);
        QCOMPARE(
            native.value(u"MD5HASH"_s),
            QString::fromLatin1(QCryptographicHash::hash(m_csv, QCryptographicHash::Md5).toHex()));
        // The family: the letter and its enclosure share one attachment range.
        for (const int row : {3, 4}) {
            QCOMPARE(records.at(row).value(u"BEGATTACH"_s), u"PARLER000005"_s);
            QCOMPARE(records.at(row).value(u"ENDATTACH"_s), u"PARLER000007"_s);
        }
        QCOMPARE(records.at(4).value(u"BEGBATES"_s), u"PARLER000006"_s);

        // The OPT: one line per image file, document breaks, page counts, Windows paths.
        const QList<OptLine> opt = readOpt(readAll(out + u"/DATA/VOL001.opt"_s));
        QCOMPARE(opt.size(), 5);
        QCOMPARE(opt.at(0).key, u"PARLER000001"_s);
        QCOMPARE(opt.at(0).volume, u"VOL001"_s);
        QCOMPARE(opt.at(0).path, u"IMAGES\\PARLER000001.pdf"_s);
        QCOMPARE(opt.at(0).docBreak, u"Y"_s);
        QCOMPARE(opt.at(0).pages, 2);
        QCOMPARE(opt.at(1).pages, 1);
        QCOMPARE(opt.at(4).pages, 2);
        for (const OptLine &line : opt)
            QVERIFY(QFileInfo::exists(out + u'/' + QString(line.path).replace(u'\\', u'/')));

        // The record in the case, and a custody entry with the SHA-256 of every file.
        auto recorded = ProductionStore(m_caseFile->db()).production(summary.productionId);
        QVERIFY(recorded);
        QCOMPARE(recorded->volume, u"VOL001"_s);
        QCOMPARE(recorded->recipient, u"Counsel for AWS"_s);
        QCOMPARE(recorded->documents.size(), 5);
        QCOMPARE(recorded->documents.at(1).treatment, ProductionTreatment::Withheld);
        QCOMPARE(recorded->documents.at(4).batesEnd, u"PARLER000007"_s);
        QCOMPARE(recorded->files.size(), expected.size());
        auto entries = m_caseFile->custody().entries();
        QVERIFY(entries);
        for (const ProducedFile &file : std::as_const(recorded->files)) {
            QCOMPARE(file.sha256, Sha256::hex(readAll(out + u'/' + file.path)));
            const bool logged
                = std::any_of(entries->cbegin(), entries->cend(), [&](const CustodyEntry &e) {
                      return e.sha256 == file.sha256
                             && e.details.value(u"kind"_s).toString() == u"production"_s;
                  });
            QVERIFY2(logged, qPrintable(file.path));
        }

        // verify --manifest: intact, then a changed, a missing and an extra file.
        auto intact = verifyCase(*m_caseFile, {out});
        QVERIFY(intact);
        QVERIFY2(intact->ok(), qPrintable(intact->problems.join(u'\n')));
        const CliRun ok = runCli({u"verify"_s, m_case, u"--manifest"_s, out});
        QVERIFY2(ok.exitCode == 0, ok.out.constData());
        QVERIFY(ok.out.contains("12 file(s) are unchanged"));
        {
            QFile text(out + u"/TEXT/PARLER000005.txt"_s);
            QVERIFY(text.open(QIODevice::Append));
            text.write(" (edited)");
        }
        QVERIFY(QFile::remove(out + u"/IMAGES/PARLER000006.pdf"_s));
        {
            QFile extra(out + u"/IMAGES/extra.pdf"_s);
            QVERIFY(extra.open(QIODevice::WriteOnly));
        }
        const CliRun bad = runCli({u"verify"_s, m_case, u"--manifest"_s, out});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.out.contains("TEXT/PARLER000005.txt has changed"), bad.out.constData());
        QVERIFY(bad.out.contains("IMAGES/PARLER000006.pdf is missing"));
        QVERIFY(bad.out.contains("IMAGES/extra.pdf is not part of the production"));
    }

    void includesPrivilegedOnlyWhenAsked()
    {
        const QString out = m_dir.filePath(u"prod-priv"_s);
        ProductionOptions options;
        options.outDir = out;
        options.volume = u"VOL002"_s;
        options.documentIds = {m_ids.value(u"memo"_s)};
        options.includePrivileged = true;
        auto produced = produce(options);
        QVERIFY(produced);
        QCOMPARE(produced->withheld, 0);
        QVERIFY(
            pdfText(out + u"/IMAGES/PARLER000003.pdf"_s).contains(u"Privileged secret advice"_s));
        QVERIFY(QFileInfo::exists(out + u"/TEXT/PARLER000003.txt"_s));
    }

    void producesATag()
    {
        TagStore tags(m_caseFile->db());
        auto tag = tags.create({0, std::nullopt, u"Responsive"_s});
        QVERIFY(tag);
        QVERIFY(tags.apply(*tag, {{TagTargetKind::Document, m_ids.value(u"sheet"_s)}}));
        ProductionOptions options;
        options.outDir = m_dir.filePath(u"prod-tag"_s);
        options.volume = u"VOL003"_s;
        options.tag = u"Responsive"_s;
        auto produced = produce(options);
        QVERIFY2(produced, qPrintable(produced ? QString() : produced.error().message));
        QCOMPARE(produced->documents, 1);
        QCOMPARE(produced->batesBegin, u"PARLER000004"_s);
        options.outDir = m_dir.filePath(u"prod-notag"_s);
        options.tag = u"No such tag"_s;
        auto missing = produce(options);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"No such tag"_s));
        QVERIFY(!QFileInfo::exists(options.outDir));
    }

    void refusesUnnumberedDocuments()
    {
        TestSupport::DocumentSeed later{DocumentKind::Exhibit, u"Late addition"_s};
        later.pages = {u"Late"_s};
        later.original = TestSupport::makePdf(later.pages);
        auto id = TestSupport::seedDocument(*m_caseFile, later);
        QVERIFY(id);
        ProductionOptions options;
        options.outDir = m_dir.filePath(u"prod-unnumbered"_s);
        options.volume = u"VOL004"_s;
        options.documentIds = {m_ids.value(u"agreement"_s), *id};
        auto refused = produce(options);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidArgument);
        QVERIFY2(refused.error().message.contains(u"Late addition"_s)
                     && refused.error().message.contains(u"bates assign"_s),
                 qPrintable(refused.error().message));
        QVERIFY(!QFileInfo::exists(options.outDir));
        // The CLI, producing every numbered document, says the same for the listed one.
        const CliRun cli = runCli({u"produce"_s,
                                   m_case,
                                   options.outDir,
                                   u"--volume"_s,
                                   u"VOL004"_s,
                                   u"--documents"_s,
                                   QString::number(*id)});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.err.contains("Late addition"), cli.err.constData());
        QVERIFY(!QFileInfo::exists(options.outDir));
    }

    void refusesBadOptions()
    {
        ProductionOptions options;
        options.volume = u"VOL005"_s;
        options.outDir = m_dir.path(); // holds the case: not empty
        auto notEmpty = produce(options);
        QVERIFY(!notEmpty);
        QVERIFY(notEmpty.error().message.contains(u"not empty"_s));
        options.outDir = m_dir.filePath(u"prod-tiff"_s);
        options.volume = u"../VOL"_s;
        QVERIFY(!produce(options));
        QVERIFY(!QFileInfo::exists(options.outDir));
        const CliRun usage = runCli({u"produce"_s, m_case, options.outDir});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains("--volume"));
        const CliRun badImages = runCli({u"produce"_s,
                                         m_case,
                                         options.outDir,
                                         u"--volume"_s,
                                         u"V1"_s,
                                         u"--images"_s,
                                         u"png"_s});
        QCOMPARE(badImages.exitCode, 2);
        QVERIFY(badImages.err.contains("pdf or tiff"));
        QVERIFY(!QFileInfo::exists(options.outDir));
    }

    // --images tiff: one single-page TIFF per Bates number, 1-bit CCITT Group IV at 300 dpi
    // (tiffinfo, libtiff's own reader, says so), the OPT one line per page; a page in colour is
    // a 300-dpi JPEG instead.
    void producesGroup4Tiffs()
    {
        const QString tiffinfo = QStandardPaths::findExecutable(u"tiffinfo"_s);
        if (tiffinfo.isEmpty())
            QSKIP("tiffinfo (libtiff-tools, scripts/deps.sh) is needed to read the TIFFs");
        QImage colour(850, 1100, QImage::Format_RGB32);
        colour.fill(Qt::white);
        colour.setDotsPerMeterX(3937);
        colour.setDotsPerMeterY(3937);
        for (int y = 100; y < 500; ++y)
            for (int x = 100; x < 700; ++x)
                colour.setPixel(x, y, qRgb(200, 30, 30));
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(colour.save(&buffer, "PNG"));
        }
        TestSupport::DocumentSeed photo{DocumentKind::Exhibit, u"Photograph"_s};
        photo.pages = {QString()};
        photo.original = png;
        photo.sourceName = u"photo.png"_s;
        photo.mediaType = u"image/png"_s;
        auto photoId = TestSupport::seedDocuments(m_caseFile->db(), {photo});
        QVERIFY(photoId);
        BatesStore bates(m_caseFile->db());
        auto plan = bates.plan({u"COLOUR"_s, 1, 4}, {photoId->at(0)});
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QVERIFY(bates.assign(*plan));

        const QString out = m_dir.filePath(u"prod-tiff-ok"_s);
        const CliRun run = runCli({u"produce"_s,
                                   m_case,
                                   out,
                                   u"--volume"_s,
                                   u"VOL009"_s,
                                   u"--documents"_s,
                                   u"%1,%2,%3"_s.arg(m_ids.value(u"agreement"_s))
                                       .arg(m_ids.value(u"memo"_s))
                                       .arg(photoId->at(0)),
                                   u"--images"_s,
                                   u"tiff"_s,
                                   u"--legend"_s,
                                   u"CONFIDENTIAL"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // The agreement's two pages, the memo's slip sheet, the photograph in colour.
        QCOMPARE(filesUnder(out + u"/IMAGES"_s),
                 QStringList({u"COLOUR0001.jpg"_s,
                              u"PARLER000001.tif"_s,
                              u"PARLER000002.tif"_s,
                              u"PARLER000003.tif"_s}));
        for (const QString &name : {u"PARLER000001.tif"_s, u"PARLER000003.tif"_s}) {
            QProcess info;
            info.start(tiffinfo, {out + u"/IMAGES/"_s + name});
            QVERIFY(info.waitForFinished());
            const QString text = QString::fromUtf8(info.readAllStandardOutput());
            QVERIFY2(text.contains(u"Compression Scheme: CCITT Group 4"_s), qPrintable(text));
            QVERIFY2(text.contains(u"Resolution: 300, 300 pixels/inch"_s), qPrintable(text));
            QVERIFY2(text.contains(u"Bits/Sample: 1"_s), qPrintable(text));
            QVERIFY2(text.contains(u"min-is-white"_s), qPrintable(text));
            // 8.5 × 11 in at 300 dpi.
            QVERIFY2(text.contains(u"Image Width: 2550 Image Length: 3300"_s), qPrintable(text));
        }
        QImage jpeg(out + u"/IMAGES/COLOUR0001.jpg"_s);
        QVERIFY(!jpeg.isNull());
        QCOMPARE(qRound(jpeg.dotsPerMeterX() * 0.0254), 300);
        const QRgb red = jpeg.pixel(jpeg.width() / 2, jpeg.height() / 4);
        QVERIFY2(qRed(red) > 150 && qGreen(red) < 80, "the colour page keeps its colour");
        // Each page image is a TIFF whose stamp still reads: the page's own number.
        QImage first(out + u"/IMAGES/PARLER000002.tif"_s);
        QVERIFY2(!first.isNull(), "Qt's TIFF reader opens the Group IV page");
        QCOMPARE(first.size(), QSize(2550, 3300));

        const QList<OptLine> opt = readOpt(readAll(out + u"/DATA/VOL009.opt"_s));
        QCOMPARE(opt.size(), 4);
        QCOMPARE(opt.at(0).key, u"COLOUR0001"_s);
        QCOMPARE(opt.at(0).path, u"IMAGES\\COLOUR0001.jpg"_s);
        QCOMPARE(opt.at(1).key, u"PARLER000001"_s);
        QCOMPARE(opt.at(1).path, u"IMAGES\\PARLER000001.tif"_s);
        QCOMPARE(opt.at(1).docBreak, u"Y"_s);
        QCOMPARE(opt.at(1).pages, 2);
        QCOMPARE(opt.at(2).key, u"PARLER000002"_s);
        QCOMPARE(opt.at(2).docBreak, QString());
        QCOMPARE(opt.at(3).key, u"PARLER000003"_s);
        QCOMPARE(opt.at(3).docBreak, u"Y"_s);
        QCOMPARE(opt.at(3).pages, 1);
        auto recorded = ProductionStore(*m_caseFile).productions();
        QVERIFY(recorded);
        QCOMPARE(recorded->constLast().images, u"tiff"_s);
    }

    void printsJson()
    {
        const QString out = m_dir.filePath(u"prod-json"_s);
        const CliRun run
            = runCli({u"produce"_s,
                      m_case,
                      out,
                      u"--volume"_s,
                      u"VOL007"_s,
                      u"--documents"_s,
                      u"%1,%2"_s.arg(m_ids.value(u"letter"_s)).arg(m_ids.value(u"enclosure"_s)),
                      u"--recipient"_s,
                      u"Opposing counsel"_s,
                      u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"volume"_s).toString(), u"VOL007"_s);
        QCOMPARE(json.value(u"documents"_s).toInt(), 2);
        QCOMPARE(json.value(u"bates_begin"_s).toString(), u"PARLER000005"_s);
        QCOMPARE(json.value(u"bates_end"_s).toString(), u"PARLER000007"_s);
        QCOMPARE(json.value(u"withheld"_s).toInt(), 0);
        QVERIFY(QFileInfo::exists(json.value(u"dat"_s).toString()));
        QVERIFY(QFileInfo::exists(json.value(u"opt"_s).toString()));
        auto recorded = ProductionStore(m_caseFile->db())
                            .production(json.value(u"production_id"_s).toInteger());
        QVERIFY(recorded);
        QCOMPARE(recorded->recipient, u"Opposing counsel"_s);
        QString error;
        const auto records = readDat(readAll(out + u"/DATA/VOL007.dat"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).value(u"BEGATTACH"_s), u"PARLER000005"_s);
    }

    void cancelLeavesNothing()
    {
        auto before = ProductionStore(m_caseFile->db()).productions();
        QVERIFY(before);
        ProductionOptions options;
        options.outDir = m_dir.filePath(u"prod-cancel"_s);
        options.volume = u"VOL006"_s;
        std::atomic_bool cancel = false;
        int calls = 0;
        auto cancelled = produce(options, &cancel, [&](int done, int, const QString &) {
            ++calls;
            if (done == 2)
                cancel = true;
        });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        QVERIFY(calls >= 3);
        QVERIFY(!QFileInfo::exists(options.outDir));
        QVERIFY(QDir(m_dir.path())
                    .entryList({u".prod-cancel*"_s}, QDir::AllEntries | QDir::Hidden)
                    .isEmpty());
        auto after = ProductionStore(m_caseFile->db()).productions();
        QVERIFY(after);
        QCOMPARE(after->size(), before->size());
    }

    void refusedPdfStopsTheProduction_data()
    {
        QTest::addColumn<bool>("encrypt");
        QTest::addColumn<QString>("reason");
        QTest::newRow("encrypted") << true << u"encrypted"_s;
        QTest::newRow("damaged") << false << u"damaged"_s;
    }

    void refusedPdfStopsTheProduction()
    {
        QFETCH(bool, encrypt);
        QFETCH(QString, reason);
        const QString qpdf = QStandardPaths::findExecutable(u"qpdf"_s);
        if (qpdf.isEmpty())
            QSKIP("qpdf is needed to encrypt a test PDF");
        const QString plain = m_dir.filePath(u"plain.pdf"_s);
        const QString locked = m_dir.filePath(u"locked.pdf"_s);
        {
            QFile file(plain);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(TestSupport::makePdf({u"Locked page"_s}));
        }
        QCOMPARE(
            QProcess::execute(
                qpdf, {u"--encrypt"_s, QString(), u"owner"_s, u"256"_s, u"--"_s, plain, locked}),
            0);
        QTemporaryDir dir;
        auto created = CaseFile::create(dir.filePath(u"enc.casebinder"_s), {});
        QVERIFY(created);
        TestSupport::DocumentSeed good{DocumentKind::Exhibit, u"Good"_s};
        good.pages = {u"Good page"_s};
        good.original = TestSupport::makePdf(good.pages);
        TestSupport::DocumentSeed bad{DocumentKind::Exhibit, u"Locked"_s};
        bad.pages = {u"Locked page"_s};
        bad.original = readAll(locked);
        if (!encrypt) {
            // The cross-reference table points nowhere, so qpdf has to rebuild it.
            bad.original = TestSupport::makePdf({u"Damaged page"_s});
            bad.original.replace(bad.original.lastIndexOf("startxref\n") + 10, 3, "999");
        }
        QVERIFY(TestSupport::seedDocuments(created->db(), {good, bad}));
        BatesStore bates(created->db());
        auto plan = bates.plan({u"ENC"_s, 1, 6}, {});
        QVERIFY(plan);
        QVERIFY(bates.assign(*plan));
        // An empty OUTDIR stays empty; nothing else appears beside it.
        const QString out = dir.filePath(u"prod"_s);
        QVERIFY(QDir().mkdir(out));
        ProductionOptions options;
        options.outDir = out;
        options.volume = u"VOL001"_s;
        auto stopped = writeProduction(*created, options);
        QVERIFY(!stopped);
        QVERIFY2(stopped.error().message.contains(reason), qPrintable(stopped.error().message));
        QVERIFY2(stopped.error().message.contains(u"Locked"_s),
                 qPrintable(stopped.error().message));
        QVERIFY(QFileInfo(out).isDir());
        QVERIFY(QDir(out).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
        QCOMPARE(QDir(dir.path())
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                     .filter(u"prod"_s),
                 QStringList{u"prod"_s});
        auto none = ProductionStore(created->db()).productions();
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }
};

QTEST_MAIN(TestProduction)
#include "tst_production.moc"
