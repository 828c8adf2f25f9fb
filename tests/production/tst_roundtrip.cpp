// The round trip of issue #18: a production made by Casebinder, imported into a new case by the
// load-file importer, gives back the same documents, Bates ranges, text and families.
#include "batesstore.h"
#include "caseseed.h"
#include "importjob.h"
#include "importsession.h"
#include "productionwriter.h"
#include "testpdf.h"

#include <QDir>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Casebinder::Production;
using namespace Qt::StringLiterals;

namespace {

struct Produced
{
    QString title;
    QString batesBegin;
    QString batesEnd;
    QStringList pages;
    QString parentBates; // the family's parent, by its Bates number
};

// The documents of a case that carry Bates numbers, by their first number.
QHash<QString, Produced> byBates(CaseFile &caseFile)
{
    QHash<QString, Produced> found;
    auto documents = caseFile.documents().documents();
    if (!documents)
        return found;
    QHash<qint64, QString> batesOf;
    for (const DocumentRecord &document : std::as_const(*documents))
        batesOf.insert(document.id, document.batesBegin);
    for (const DocumentRecord &document : std::as_const(*documents)) {
        if (document.batesBegin.isEmpty())
            continue;
        Produced produced{document.title, document.batesBegin, document.batesEnd, {}, {}};
        if (auto pages = caseFile.documents().pages(document.id)) {
            for (const PageRecord &page : std::as_const(*pages))
                produced.pages.append(page.text.simplified());
        }
        if (document.parentId)
            produced.parentBates = batesOf.value(*document.parentId);
        found.insert(document.batesBegin, produced);
    }
    return found;
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void productionComesBack_data()
    {
        QTest::addColumn<int>("images");
        QTest::newRow("pdf") << int(ImageFormat::Pdf);
        // Single-page Group IV TIFFs, one per Bates number, read back through the OPT.
        QTest::newRow("tiff") << int(ImageFormat::Tiff);
    }

    void productionComesBack()
    {
        QFETCH(int, images);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto created = CaseFile::create(dir.filePath(u"ours.casebinder"_s), {});
        QVERIFY(created);
        CaseFile ours = std::move(*created);

        TestSupport::DocumentSeed agreement{DocumentKind::Exhibit, u"Agreement"_s};
        agreement.pages = {u"Agreement page one"_s, u"Agreement page two"_s};
        agreement.original = TestSupport::makePdf(agreement.pages);
        TestSupport::DocumentSeed letter{DocumentKind::Exhibit, u"Cover letter"_s};
        letter.pages = {u"Cover letter to opposing counsel"_s};
        letter.original = TestSupport::makePdf(letter.pages);
        auto ids = TestSupport::seedDocuments(ours.db(), {agreement, letter});
        QVERIFY(ids);
        {
            // The letter's enclosure: a family.
            TestSupport::DocumentSeed enclosure{DocumentKind::Exhibit, u"Enclosure"_s};
            enclosure.pages = {u"Enclosure one"_s, u"Enclosure two"_s};
            enclosure.original = TestSupport::makePdf(enclosure.pages);
            auto session = ImportSession::begin(ours.db(), {});
            QVERIFY(session);
            IncomingDocument incoming = TestSupport::incoming(enclosure);
            incoming.record.parentId = ids->at(1);
            QVERIFY(session->addDocument(incoming));
            QVERIFY(session->commit({}));
        }
        BatesStore bates(ours.db());
        auto plan = bates.plan({u"PARLER"_s, 1, 6}, {});
        QVERIFY(plan);
        QVERIFY(bates.assign(*plan));
        const QHash<QString, Produced> before = byBates(ours);
        QCOMPARE(before.size(), 3);

        ProductionOptions options;
        options.outDir = dir.filePath(u"VOL001"_s);
        options.volume = u"VOL001"_s;
        options.legend = u"CONFIDENTIAL"_s;
        options.images = ImageFormat(images);
        auto summary = writeProduction(ours, options, {}, nullptr);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().fullText()));

        // Only one connection at a time: the new case is closed before the import opens it.
        QVERIFY(CaseFile::create(dir.filePath(u"theirs.casebinder"_s), {}));
        auto report = runImport(
            dir.filePath(u"theirs.casebinder"_s), {dir.filePath(u"VOL001/DATA/VOL001.dat"_s)}, {});
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(report->rejected(), 0);
        auto theirs
            = CaseFile::open(dir.filePath(u"theirs.casebinder"_s), CaseFile::Access::ReadOnly);
        QVERIFY(theirs);
        const QHash<QString, Produced> after = byBates(*theirs);

        QCOMPARE(after.keys().size(), before.keys().size());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
            const Produced &got = after.value(it.key());
            QCOMPARE(got.batesEnd, it->batesEnd);
            QCOMPARE(got.pages, it->pages);
            QCOMPARE(got.parentBates, it->parentBates);
        }
        QCOMPARE(after.value(u"PARLER000004"_s).parentBates, u"PARLER000003"_s);
        if (options.images == ImageFormat::Tiff) {
            // Every page came back as its own image file: five pages, five TIFFs.
            QCOMPARE(
                QDir(dir.filePath(u"VOL001/IMAGES"_s)).entryList({u"*.tif"_s}, QDir::Files).size(),
                5);
            QCOMPARE(summary->imagePages, 5);
        }
    }
};

QTEST_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
