// Flagged-post parsing: CSV dialects, JSON shapes, field mapping, timestamps, encodings.
#include "common/textdecoding.h"
#include "common/timestamps.h"
#include "importjob.h"
#include "posts/postreader.h"

#include <QDir>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryFile>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestPostParsing : public QObject
{
    Q_OBJECT

private slots:
    void csvDialects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("secondText");
        QTest::newRow("comma") << QByteArray("id,text,author\n1,hello,a\n2,world,b\n")
                               << u"world"_s;
        QTest::newRow("semicolon")
            << QByteArray("id;text;author\n1;hello;a\n2;wo,rld;b\n") << u"wo,rld"_s;
        QTest::newRow("tab") << QByteArray("id\ttext\tauthor\n1\thello\ta\n2\tw;o,r\tb\n")
                             << u"w;o,r"_s;
        QTest::newRow("BOM and CRLF")
            << QByteArray("\xEF\xBB\xBFid,text,author\r\n1,hello,a\r\n2,world,b\r\n") << u"world"_s;
        QTest::newRow("quoted, embedded newline and quotes") << QByteArray(
            "id,text,author\n1,\"hello, you\",a\n2,\"line one\nline \"\"two\"\"\",b\n")
                                                             << u"line one\nline \"two\""_s;
        QTest::newRow("no final newline")
            << QByteArray("id,text,author\n1,hello,a\n2,world,b") << u"world"_s;
    }

    void csvDialects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, secondText);
        auto parsed = Posts::parsePosts(bytes, u"posts.csv"_s, {});
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->posts.size(), 2);
        QCOMPARE(parsed->columns, (QStringList{u"id"_s, u"text"_s, u"author"_s}));
        QCOMPARE(parsed->posts.at(0).externalId, u"1"_s);
        QCOMPARE(parsed->posts.at(1).text, secondText);
        QCOMPARE(parsed->posts.at(1).authorHandle, u"b"_s);
    }

    void unbalancedQuoteNamesTheLine()
    {
        auto parsed = Posts::parsePosts("id,text\n1,ok\n2,\"open\n3,x\n", u"bad.csv"_s, {});
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, Error::Code::Corrupt);
        QVERIFY2(parsed.error().message.contains(u"bad.csv"_s)
                     && parsed.error().message.contains(u"line 3"_s),
                 qPrintable(parsed.error().message));
    }

    void automaticMappingAndExtras()
    {
        const QByteArray csv = "created_at,emojis,id,link,retweeted,screen_name,text\n"
                               "\"2017-08-27 00:05:34\",\"\",\"901646074527535105\","
                               "\"https://t.co/x\",\"False\",\"bob\",\"Fight night\"\n";
        ImportOptions options;
        options.platform = u"twitter"_s;
        options.flagCategory = u"harassment"_s;
        auto parsed = Posts::parsePosts(csv, u"tweets.csv"_s, options);
        QVERIFY(parsed);
        QCOMPARE(parsed->mapping.value(u"text"_s), u"text"_s);
        QCOMPARE(parsed->mapping.value(u"author"_s), u"screen_name"_s);
        QCOMPARE(parsed->mapping.value(u"created_at"_s), u"created_at"_s);
        QCOMPARE(parsed->mapping.value(u"url"_s), u"link"_s);
        const PostRecord &post = parsed->posts.constFirst();
        QCOMPARE(post.externalId, u"901646074527535105"_s);
        QCOMPARE(post.authorHandle, u"bob"_s);
        QCOMPARE(post.postedAt, u"2017-08-27T00:05:34Z"_s);
        QCOMPARE(post.url, u"https://t.co/x"_s);
        QCOMPARE(post.platform, u"twitter"_s);
        QCOMPARE(post.flagCategory, u"harassment"_s);
        QCOMPARE(post.extra.value(u"retweeted"_s).toString(), u"False"_s);
        QVERIFY(post.extra.contains(u"emojis"_s));
        QVERIFY(!post.extra.contains(u"text"_s));
    }

    void explicitMapping()
    {
        const QByteArray csv = "msg,who,when\nhi there,carol,11/7/22 14:54\n";
        ImportOptions options;
        auto map = ImportOptions::parseFieldMap(u"text=msg,author=who,created_at=when"_s);
        QVERIFY(map);
        options.fieldMap = *map;
        auto parsed = Posts::parsePosts(csv, u"x.csv"_s, options);
        QVERIFY(parsed);
        QCOMPARE(parsed->posts.constFirst().text, u"hi there"_s);
        QCOMPARE(parsed->posts.constFirst().authorHandle, u"carol"_s);
        QCOMPARE(parsed->posts.constFirst().postedAt, u"2022-11-07T14:54:00Z"_s);

        options.fieldMap = {{u"text"_s, u"nope"_s}};
        auto missing = Posts::parsePosts(csv, u"x.csv"_s, options);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"no column \"nope\""_s));
        options.fieldMap = {{u"colour"_s, u"msg"_s}};
        QCOMPARE(Posts::parsePosts(csv, u"x.csv"_s, options).error().code,
                 Error::Code::InvalidArgument);
        QVERIFY(!ImportOptions::parseFieldMap(u"text"_s));
    }

    void twitterV1Json()
    {
        const QByteArray json = R"([{"id": 1590000000000000001, "id_str": "1590000000000000001",
            "full_text": "v1 tweet", "created_at": "Mon Nov 07 14:54:57 +0000 2022",
            "user": {"screen_name": "dana", "name": "Dana D"}, "retweet_count": 3}])";
        auto parsed = Posts::parsePosts(json, u"v1.json"_s, {});
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        const PostRecord &post = parsed->posts.constFirst();
        QCOMPARE(post.externalId, u"1590000000000000001"_s);
        QCOMPARE(post.text, u"v1 tweet"_s);
        QCOMPARE(post.authorHandle, u"dana"_s);
        QCOMPARE(post.authorName, u"Dana D"_s);
        QCOMPARE(post.postedAt, u"2022-11-07T14:54:57Z"_s);
        QCOMPARE(post.platform, u"twitter"_s);
        QCOMPARE(post.extra.value(u"retweet_count"_s).toString(), u"3"_s);
    }

    void twitterV2Response()
    {
        const QByteArray json = R"({"response": {"data": [
            {"id": "11", "text": "first", "author_id": "7", "created_at": "2022-11-07T14:54:57.000Z"},
            {"id": "12", "text": "second", "author_id": "8"}],
            "includes": {"users": [{"id": "7", "username": "erin", "name": "Erin"}]},
            "meta": {"result_count": 2}}})";
        auto parsed = Posts::parsePosts(json, u"v2.json"_s, {});
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->posts.size(), 2);
        QCOMPARE(parsed->posts.at(0).authorHandle, u"erin"_s);
        QCOMPARE(parsed->posts.at(0).authorName, u"Erin"_s);
        QCOMPARE(parsed->posts.at(0).postedAt, u"2022-11-07T14:54:57Z"_s);
        QCOMPARE(parsed->posts.at(1).text, u"second"_s);
        QCOMPARE(parsed->posts.at(1).extra.value(u"author_id"_s).toString(), u"8"_s);
    }

    void ndjsonProblemsKeepLineNumbers()
    {
        auto parsed = Posts::parsePosts(
            "{\"text\":\"a\"}\n\n[1]\n{\"text\":\"b\"}\n{bad\n", u"s.ndjson"_s, {});
        QVERIFY(parsed);
        QCOMPARE(parsed->format, Posts::Format::Ndjson);
        QCOMPARE(parsed->posts.size(), 2);
        QCOMPARE(parsed->problems.size(), 2);
        QCOMPARE(parsed->problems.at(0).line, 3);
        QCOMPARE(parsed->problems.at(1).line, 5);
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ISO Z") << u"2021-01-10T07:59:00Z"_s << u"2021-01-10T07:59:00Z"_s;
        QTest::newRow("ISO offset") << u"2021-01-10T02:59:00-05:00"_s << u"2021-01-10T07:59:00Z"_s;
        QTest::newRow("ISO millis") << u"2021-01-10T07:59:00.123Z"_s << u"2021-01-10T07:59:00Z"_s;
        QTest::newRow("space") << u"2017-08-27 00:05:34"_s << u"2017-08-27T00:05:34Z"_s;
        QTest::newRow("M/D/YY H:MM") << u"1/8/21 9:05"_s << u"2021-01-08T09:05:00Z"_s;
        QTest::newRow("M/D/YYYY H:MM:SS") << u"12/31/2016 23:59:59"_s << u"2016-12-31T23:59:59Z"_s;
        QTest::newRow("PM") << u"1/8/2021 1:05 PM"_s << u"2021-01-08T13:05:00Z"_s;
        QTest::newRow("twitter") << u"Mon Nov 07 14:54:57 +0000 2022"_s
                                 << u"2022-11-07T14:54:57Z"_s;
        QTest::newRow("twitter offset")
            << u"Mon Nov 07 09:54:57 -0500 2022"_s << u"2022-11-07T14:54:57Z"_s;
        QTest::newRow("epoch") << u"1667832897"_s << u"2022-11-07T14:54:57Z"_s;
        QTest::newRow("epoch ms") << u"1667832897000"_s << u"2022-11-07T14:54:57Z"_s;
        QTest::newRow("date only") << u"2021-01-10"_s << u"2021-01-10T00:00:00Z"_s;
        QTest::newRow("garbage") << u"yesterday"_s << QString();
        QTest::newRow("bad day") << u"2021-02-30 10:00:00"_s << QString();
    }

    void timestamps()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Timestamps::normalize(input), expected);
    }

    void encodings()
    {
        const QString text = u"“Smart” quotes — and café"_s;
        const QByteArray csv = QByteArray("id,text\n1,");
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray utf16Bytes = utf16(u"id,text\n1,"_s + text + u'\n');
        auto parsed = Posts::parsePosts(utf16Bytes, u"u16.csv"_s, {});
        QVERIFY(parsed);
        QCOMPARE(parsed->encoding, u"UTF-16LE"_s);
        QCOMPARE(parsed->posts.constFirst().text, text);

        const QByteArray cp1252 = csv + "\x93Smart\x94 quotes \x97 and caf\xE9\n";
        parsed = Posts::parsePosts(cp1252, u"win.csv"_s, {});
        QVERIFY(parsed);
        QCOMPARE(parsed->encoding, u"windows-1252"_s);
        QCOMPARE(parsed->posts.constFirst().text, text);
    }

    void mojibakeRepaired()
    {
        // “ as UTF-8 (E2 80 9C) decoded as Latin-1, then stored as UTF-8 again.
        QString parler
            = u"Pelosi; \u00E2\u0080\u009COne way\u00E2\u0080\u009D \u00F0\u009F\u0098\u0082"_s;
        QCOMPARE(TextDecoding::repairMojibake(parler), 3);
        QCOMPARE(parler, u"Pelosi; “One way” 😂"_s);
        QString windows = u"Trump: â€œFake newsâ€\u009D"_s;
        QCOMPARE(TextDecoding::repairMojibake(windows), 2);
        QCOMPARE(windows, u"Trump: “Fake news”"_s);
        QString correct = u"Ça coûte 5 € — naïve"_s;
        QCOMPARE(TextDecoding::repairMojibake(correct), 0);
        QCOMPARE(correct, u"Ça coûte 5 € — naïve"_s);

        const QByteArray csv
            = "id,text\n1,\"\xC3\xA2\xC2\x80\xC2\x9Cquoted\xC3\xA2\xC2\x80\xC2\x9D\"\n";
        auto parsed = Posts::parsePosts(csv, u"p.csv"_s, {});
        QVERIFY(parsed);
        QCOMPARE(parsed->posts.constFirst().text, u"“quoted”"_s);
        QCOMPARE(parsed->repairedTexts, 1);
        ImportOptions keep;
        keep.repairMojibake = false;
        parsed = Posts::parsePosts(csv, u"p.csv"_s, keep);
        QVERIFY(parsed->posts.constFirst().text.contains(QChar(0x0080)));
    }

    void previewReadsTheFirstRows()
    {
        QTemporaryFile file(QDir::tempPath() + u"/preview-XXXXXX.csv"_s);
        QVERIFY(file.open());
        file.write("id,text\n");
        for (int i = 0; i < 100; ++i)
            file.write(QByteArray::number(i) + ",post " + QByteArray::number(i) + '\n');
        file.close();
        auto preview = Posts::previewPosts(file.fileName(), {}, 5);
        QVERIFY(preview);
        QCOMPARE(preview->posts.size(), 5);
        QCOMPARE(preview->mapping.value(u"text"_s), u"text"_s);
        QCOMPARE(preview->posts.at(4).text, u"post 4"_s);
    }
};

QTEST_GUILESS_MAIN(TestPostParsing)
#include "tst_postparsing.moc"
