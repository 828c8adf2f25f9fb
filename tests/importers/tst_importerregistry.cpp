// The importer seam: which importer the built-in registry gives a file, the --kind names it
// offers, and that a new format plugs into the pipeline with nothing but a registration.
#include "importoptions.h"
#include "pipeline/preparer.h"
#include "registry/importerregistry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Casebinder;

namespace {

QString firstCandidate(const ImporterRegistry &registry,
                       const QString &name,
                       const QByteArray &head,
                       bool inArchive = false)
{
    const auto candidates = registry.candidates({name, head, inArchive});
    return candidates.isEmpty() ? QString() : candidates.constFirst()->id();
}

// A format of its own: files that start with "HELLO" become one page of their text.
class GreetingImporter final : public Importer
{
public:
    QString id() const override { return u"greeting"_s; }
    Confidence sniff(const SniffInput &input) const override
    {
        return input.head.startsWith("HELLO") ? Confidence::Signature : Confidence::None;
    }
    Outcome prepare(PreparedFile &file, QByteArray bytes, const PrepareContext &) const override
    {
        if (bytes.contains("DECLINE"))
            return Outcome::Declined;
        file.document.record.mediaType = u"text/x-greeting"_s;
        file.document.pages.append(PageRecord{0, 0, 1, QString::fromUtf8(bytes), false});
        file.document.original = std::move(bytes);
        return Outcome::Prepared;
    }
};

// Takes whatever the others decline.
class CatchAllImporter final : public Importer
{
public:
    QString id() const override { return u"catchall"_s; }
    Confidence sniff(const SniffInput &) const override { return Confidence::Fallback; }
    Outcome prepare(PreparedFile &file, QByteArray bytes, const PrepareContext &) const override
    {
        file.document.record.mediaType = u"application/x-catchall"_s;
        file.document.original = std::move(bytes);
        return Outcome::Prepared;
    }
};

} // namespace

class TestImporterRegistry : public QObject
{
    Q_OBJECT

private slots:
    void builtinFormatsAreRegistered()
    {
        QStringList ids;
        for (const Importer *importer : ImporterRegistry::instance().importers())
            ids.append(importer->id());
        QCOMPARE(ids,
                 (QStringList{u"pdf"_s,
                              u"zip"_s,
                              u"image"_s,
                              u"posts"_s,
                              u"docket"_s,
                              u"loadfile"_s,
                              u"email"_s,
                              u"text"_s,
                              u"file"_s}));
    }

    void sniffing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("inArchive");
        QTest::addColumn<QString>("importer");
        QTest::newRow("pdf") << u"a.pdf"_s << QByteArray("%PDF-1.7\n") << false << u"pdf"_s;
        QTest::newRow("pdf named .txt")
            << u"a.txt"_s << QByteArray("%PDF-1.4\n") << false << u"pdf"_s;
        QTest::newRow(".pdf without header")
            << u"a.pdf"_s << QByteArray("memo") << false << u"pdf"_s;
        QTest::newRow("zip") << u"p.zip"_s << QByteArray("PK\x03\x04") << false << u"zip"_s;
        QTest::newRow("png") << u"s.png"_s << QByteArray("\x89PNG\r\n\x1a\n") << false
                             << u"image"_s;
        QTest::newRow("posts csv")
            << u"p.csv"_s << QByteArray("id,text\n1,hi\n") << false << u"posts"_s;
        QTest::newRow("csv in a production")
            << u"p.csv"_s << QByteArray("id,text\n1,hi\n") << true << u"text"_s;
        QTest::newRow("email") << u"m.eml"_s << QByteArray("From: a@b\n") << false << u"email"_s;
        QTest::newRow("text") << u"n.txt"_s << QByteArray("plain words") << false << u"text"_s;
        QTest::newRow("pacer docket page")
            << u"d.html"_s << QByteArray("<html><head><title>CM/ECF - U.S. District Court</title>")
            << false << u"docket"_s;
        QTest::newRow("recap docket xml")
            << u"d.xml"_s << QByteArray("<?xml version=\"1.0\"?>\n<gov_uscourts_docket>") << false
            << u"docket"_s;
        QTest::newRow("e-mail quoting a pacer page")
            << u"nef.eml"_s << QByteArray("From: ecf@uscourts.gov\n\n<html><table>CM/ECF</table>")
            << false << u"email"_s;
        QTest::newRow("other html")
            << u"n.html"_s << QByteArray("<html><p>news</p>") << false << u"text"_s;
        QTest::newRow("unknown binary")
            << u"x.bin"_s << QByteArray("\x00\x01\x02\x03", 4) << false << u"file"_s;
    }
    void sniffing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, head);
        QFETCH(bool, inArchive);
        QFETCH(QString, importer);
        QCOMPARE(firstCandidate(ImporterRegistry::instance(), name, head, inArchive), importer);
    }

    void postsFallBackToTextWhenDeclined()
    {
        // A .csv is offered to the posts importer first and to the text importer after it.
        const auto candidates
            = ImporterRegistry::instance().candidates({u"docket.csv"_s, "no,post,text\n", false});
        QVERIFY(candidates.size() >= 2);
        QCOMPARE(candidates.at(0)->id(), u"posts"_s);
        QCOMPARE(candidates.at(1)->id(), u"text"_s);
    }

    void kindsComeFromTheRegistry()
    {
        QStringList names;
        for (const ImportKindChoice &kind : importKinds())
            names.append(kind.name);
        QCOMPARE(names, (QStringList{u"auto"_s, u"filing"_s, u"exhibit"_s, u"posts"_s}));
        QCOMPARE(importKindNames(), u"auto, filing, exhibit or posts"_s);

        ImportOptions options;
        QVERIFY(options.setKind(u"posts"));
        QCOMPARE(options.format, u"posts"_s);
        QCOMPARE(options.kindName(), u"posts"_s);
        QVERIFY(options.setKind(u"Exhibit"));
        QCOMPARE(options.role, DocumentRole::Exhibit);
        QVERIFY(options.format.isEmpty());
        QCOMPARE(options.kindName(), u"exhibit"_s);
        // An importer that only takes what it recognises cannot be forced.
        const Status pdf = options.setKind(u"pdf");
        QVERIFY(!pdf);
        QCOMPARE(pdf.error().code, Error::Code::InvalidArgument);
        QCOMPARE(pdf.error().message,
                 u"--kind must be auto, filing, exhibit or posts, not \"pdf\""_s);
        QCOMPARE(options.role, DocumentRole::Exhibit); // unchanged by the refusal
    }

    void aNewFormatPlugsIntoThePipeline()
    {
        ImporterRegistry registry;
        registry.add(std::make_unique<GreetingImporter>());
        registry.add(std::make_unique<CatchAllImporter>());
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                qFatal("cannot write the test file");
            return file.fileName();
        };
        const ImportOptions options;
        const Preparer preparer(registry, options, nullptr);

        const PreparedFile hello = preparer.prepareFile(write(u"a.greet"_s, "HELLO court"));
        QVERIFY(!hello.rejection);
        QCOMPARE(hello.document.record.mediaType, u"text/x-greeting"_s);
        QCOMPARE(hello.document.record.sourceName, u"a.greet"_s);
        QCOMPARE(hello.document.record.title, u"a"_s);
        QCOMPARE(hello.document.pages.size(), 1);
        QCOMPARE(hello.document.pages.constFirst().text, u"HELLO court"_s);
        QCOMPARE(hello.document.original, QByteArray("HELLO court"));
        QCOMPARE(hello.document.sha256.size(), 64);

        // Declined on a closer look: the next importer gets the file, whole and untouched.
        const PreparedFile declined
            = preparer.prepareFile(write(u"b.greet"_s, "HELLO but DECLINE"));
        QVERIFY(!declined.rejection);
        QCOMPARE(declined.document.record.mediaType, u"application/x-catchall"_s);
        QVERIFY(declined.document.pages.isEmpty());
        QCOMPARE(declined.document.original, QByteArray("HELLO but DECLINE"));

        // Forced, a declining importer is the only one asked: the file is refused, with why.
        ImportOptions forced;
        forced.format = u"greeting"_s;
        const Preparer forcing(registry, forced, nullptr);
        const PreparedFile refused = forcing.prepareFile(write(u"c.greet"_s, "DECLINE"));
        QVERIFY(refused.rejection);
        QCOMPARE(refused.rejection->code, Error::Code::Unsupported);
        QVERIFY2(refused.rejection->message.contains(u"c.greet"_s),
                 qPrintable(refused.rejection->message));

        ImportOptions unknown;
        unknown.format = u"docket"_s;
        const Preparer nobody(registry, unknown, nullptr);
        const PreparedFile none = nobody.prepareFile(write(u"d.html"_s, "<html>"));
        QVERIFY(none.rejection);
        QCOMPARE(none.rejection->code, Error::Code::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestImporterRegistry)
#include "tst_importerregistry.moc"
