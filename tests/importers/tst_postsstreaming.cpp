// Posts files read in chunks while earlier chunks are stored: the same posts as a whole-file
// parse, progress and cancel inside one big file, and a file that turns out unreadable
// halfway undone on its own.
#include "importjob.h"
#include "importtestutil.h"
#include "posts/postreader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

// Rows with quotes, embedded newlines, accents, emoji, an unmapped column, a bad timestamp
// and, every 97th row, two values more than the header has.
QByteArray variedCsv(int rows)
{
    QByteArray csv = "id,text,author,created_at,likes\n";
    for (int i = 1; i <= rows; ++i) {
        QByteArray line = QByteArray::number(i) + ",";
        line += i % 5 == 0
                    ? QByteArray("\"said \"\"hi\"\",\nthen left " + QByteArray::number(i) + "\"")
                    : QByteArray("plain résumé 👀 post " + QByteArray::number(i));
        line += ",user" + QByteArray::number(i % 13) + ",";
        line += i % 11 == 0 ? QByteArray("sometime")
                            : QByteArray("2021-01-0" + QByteArray::number(1 + i % 9) + " 10:00");
        line += "," + QByteArray::number(i * 3);
        if (i % 97 == 0)
            line += ",spill-a,spill-b";
        csv += line + "\n";
    }
    return csv;
}

QByteArray variedNdjson(int rows)
{
    QByteArray ndjson;
    for (int i = 1; i <= rows; ++i) {
        if (i % 250 == 0)
            ndjson += "{not json\n";
        ndjson += "{\"id\":\"" + QByteArray::number(i) + "\",\"text\":\"ndjson résumé "
                  + QByteArray::number(i) + "\",\"user\":{\"screen_name\":\"u"
                  + QByteArray::number(i % 7) + "\"}"
                  + (i % 3 == 0 ? QByteArray(",\"lang\":\"fr\"") : QByteArray()) + "}\n";
    }
    return ndjson;
}

void comparePosts(const QList<PostRecord> &actual, const QList<PostRecord> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const PostRecord &a = actual.at(i);
        const PostRecord &e = expected.at(i);
        QCOMPARE(a.externalId, e.externalId);
        QCOMPARE(a.text, e.text);
        QCOMPARE(a.authorHandle, e.authorHandle);
        QCOMPARE(a.postedAt, e.postedAt);
        QCOMPARE(a.extra, e.extra);
    }
}

} // namespace

class TestPostsStreaming : public QObject
{
    Q_OBJECT

private slots:
    void chunksMatchWholeParse_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("csv") << u"posts.csv"_s << variedCsv(3000);
        QTest::newRow("ndjson") << u"posts.ndjson"_s << variedNdjson(3000);
    }

    void chunksMatchWholeParse()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        auto whole = Posts::parsePosts(bytes, fileName, {});
        QVERIFY2(whole, whole ? "" : qPrintable(whole.error().message));
        QCOMPARE(whole->posts.size(), 3000);

        auto reader = Posts::PostReader::open(bytes, fileName, {});
        QVERIFY(reader);
        QList<PostRecord> chunked;
        qint64 firstEstimate = -1;
        while (!(*reader)->atEnd()) {
            auto chunk = (*reader)->read(7);
            QVERIFY(chunk);
            QVERIFY(chunk->size() <= 7);
            chunked.append(*chunk);
            if (firstEstimate < 0)
                firstEstimate = (*reader)->estimatedTotal();
        }
        comparePosts(chunked, whole->posts);
        QCOMPARE((*reader)->estimatedTotal(), 3000);
        // Projected from the first seven rows, within a quarter of the truth.
        QVERIFY2(firstEstimate > 2250 && firstEstimate < 3750,
                 qPrintable(QString::number(firstEstimate)));
        QCOMPARE((*reader)->columns(), whole->columns);
        QCOMPARE((*reader)->problems().size(), whole->problems.size());
        if (fileName.endsWith(u".csv"_s)) {
            // Long rows keep their extra values under the columns they created.
            QCOMPARE(whole->columns.mid(5), (QStringList{u"column_6"_s, u"column_7"_s}));
            QCOMPARE(chunked.at(96).extra.value(u"column_7"_s).toString(), u"spill-b"_s);
            QCOMPARE(chunked.at(10).extra.value(u"created_at"_s).toString(), u"sometime"_s);
        } else {
            QCOMPARE(whole->problems.size(), 12); // the twelve broken lines, by number
            QVERIFY(whole->problems.constFirst().message.contains(u"line 250"_s));
        }
    }

    void mapToColumnBeyondTheHeader()
    {
        // Values past the header are "column_N"; a mapping may name one before any row
        // shows it.
        const QByteArray csv = "id,note\n1,x,the real text\n2,y,more text\n";
        ImportOptions options;
        options.fieldMap = {{u"text"_s, u"column_3"_s}};
        auto parsed = Posts::parsePosts(csv, u"wide.csv"_s, options);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->posts.size(), 2);
        QCOMPARE(parsed->posts.at(1).text, u"more text"_s);
    }

    void jsonShapeAndErrorsPerFile()
    {
        QTemporaryDir dir;
        const QString casePath = ImportTest::newCase(dir.path());
        // One object per line in a .json file is NDJSON; a JSON file cut short is rejected
        // alone.
        const QString lines = dir.filePath(u"lines.json"_s);
        ImportTest::writeFile(lines,
                              "{\"id\":\"1\",\"text\":\"one\"}\n{\"id\":\"2\",\"text\":\"two\"}\n");
        const QString broken = dir.filePath(u"broken.json"_s);
        ImportTest::writeFile(broken, "[{\"id\": \"1\", \"text\": \"cut off\"");
        auto report = runImport(casePath, {lines, broken}, {});
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(report->files.at(0).status, ImportedFile::Status::Imported);
        QCOMPARE(report->files.at(0).posts, 2);
        QCOMPARE(report->files.at(1).status, ImportedFile::Status::Rejected);
        QVERIFY2(report->files.at(1).reason.contains(u"broken.json is not valid JSON"_s),
                 qPrintable(report->files.at(1).reason));
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM documents WHERE media_type = "
                                   u"'application/x-ndjson'"_s),
                 1);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM documents"_s), 1);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM blobs"_s), 1);
    }

    void progressAndCancelInsideOneFile()
    {
        QTemporaryDir dir;
        const QString casePath = ImportTest::newCase(dir.path());
        const QString file = dir.filePath(u"big.csv"_s);
        ImportTest::writeFile(file, variedCsv(35000));

        QList<qint64> seen;
        QList<qint64> bytes;
        QList<ImportProgress::Stage> stages;
        bool withinTotal = true;
        auto report = runImport(casePath, {file}, {}, nullptr, [&](const ImportProgress &p) {
            stages.append(p.stage);
            if (p.stage != ImportProgress::Stage::Reading)
                return;
            seen.append(p.posts);
            bytes.append(p.bytesDone);
            withinTotal = withinTotal && p.bytesDone <= p.bytesTotal;
        });
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(report->posts(), 35000);
        // The count moves while the one file is stored, not only when it is done.
        QVERIFY2(seen.size() >= 4, qPrintable(QString::number(seen.size())));
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(seen.constLast(), 35000);
        // Once the posts are in, the search index is built, and the case saved at the end:
        // both are said, so a long wait after the last chunk is not a hang.
        using Stage = ImportProgress::Stage;
        QCOMPARE(stages.count(Stage::Indexing), 1);
        QCOMPARE(stages.constLast(), Stage::Saving);
        QVERIFY(stages.indexOf(Stage::Indexing) > stages.indexOf(Stage::Reading));
        QVERIFY(stages.indexOf(Stage::Indexing) < stages.lastIndexOf(Stage::Reading));
        // The progress bar moves too: bytes read so far, the whole file at the end.
        QVERIFY(withinTotal);
        QVERIFY(std::is_sorted(bytes.cbegin(), bytes.cend()));
        QVERIFY(bytes.at(1) > 0 && bytes.at(1) < QFileInfo(file).size());
        QCOMPARE(bytes.constLast(), QFileInfo(file).size());
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT json_extract(metadata, '$.posts') FROM documents"_s),
                 35000);

        const QByteArray before = ImportTest::fingerprint(casePath);
        const QString again = dir.filePath(u"again.csv"_s);
        ImportTest::writeFile(again, variedCsv(36000));
        std::atomic_bool cancel = false;
        int calls = 0;
        auto cancelled = runImport(casePath, {again}, {}, &cancel, [&](const ImportProgress &p) {
            ++calls;
            if (p.posts > 0)
                cancel = true;
        });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        QVERIFY(calls >= 1);
        QCOMPARE(ImportTest::fingerprint(casePath), before);
    }

    void fileUnreadableHalfwayIsUndoneAlone()
    {
        QTemporaryDir dir;
        const QString casePath = ImportTest::newCase(dir.path());
        const QString folder = dir.filePath(u"production"_s);
        QDir().mkpath(folder);
        ImportTest::writeFile(folder + u"/a-good.csv"_s, variedCsv(1200));
        // Thirty thousand good rows, stored chunk by chunk, then a quote that never closes.
        ImportTest::writeFile(folder + u"/b-broken.csv"_s,
                              variedCsv(30000) + "30001,\"this quote never ends,u1\n30002,x\n");
        ImportTest::writeFile(folder + u"/c-note.txt"_s, "A note that comes after.");

        qint64 postsShown = 0;
        auto report = runImport(casePath, {folder}, {}, nullptr, [&](const ImportProgress &p) {
            postsShown = p.posts;
        });
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        // The progress stops counting what was undone.
        QCOMPARE(postsShown, 1200);
        QCOMPARE(report->files.size(), 3);
        QCOMPARE(report->files.at(0).status, ImportedFile::Status::Imported);
        const ImportedFile &broken = report->files.at(1);
        QCOMPARE(broken.status, ImportedFile::Status::Rejected);
        QCOMPARE(broken.errorCode, Error::Code::Corrupt);
        QVERIFY2(broken.reason.contains(u"b-broken.csv"_s)
                     && broken.reason.contains(u"never closed"_s),
                 qPrintable(broken.reason));
        QCOMPARE(report->files.at(2).status, ImportedFile::Status::Imported);
        QCOMPARE(report->posts(), 1200);

        // Nothing of the broken file stays: no posts, no document, no original, and the
        // schema it set aside for the bulk load is back.
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM posts"_s), 1200);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM documents"_s), 2);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM blobs"_s), 2);
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM posts_fts WHERE posts_fts MATCH "
                                   u"'resume'"_s),
                 ImportTest::count(casePath,
                                   u"SELECT count(*) FROM posts WHERE text LIKE '%résumé%'"_s));
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM sqlite_master WHERE name IN "
                                   u"('posts_fts_insert', 'posts_author', 'posts_posted_at', "
                                   u"'posts_category', 'posts_import')"_s),
                 5);
        auto caseFile = CaseFile::open(casePath);
        QVERIFY(caseFile);
        QVERIFY(
            caseFile->db().exec(u"INSERT INTO posts_fts (posts_fts) VALUES ('integrity-check')"_s));
    }
};

QTEST_MAIN(TestPostsStreaming)
#include "tst_postsstreaming.moc"
