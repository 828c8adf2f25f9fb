// The load-file readers on hand-made input: Concordance DAT dialects and encodings, the bad
// input the issue lists (unbalanced qualifiers, the wrong delimiter, mixed line endings, UTF-16
// without a BOM), field mapping, Opticon, IPRO LFP and EDRM XML.
#include "loadfiles/datreader.h"
#include "loadfiles/edrmxml.h"
#include "loadfiles/imagelists.h"
#include "loadfiles/loadfiledates.h"
#include "loadfiles/loadfilefields.h"
#include "loadfiles/productionpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Casebinder::LoadFiles;
using namespace Qt::StringLiterals;

namespace {

const QString D = QString(QChar(0x14));
const QString Q = QString(QChar(0xFE));
const QString R = QString(QChar(0xAE));

// Concordance defaults: þ-qualified, DC4-separated, CRLF.
QString concordance(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(Q + cell + Q);
        out += cells.join(D) + u"\r\n"_s;
    }
    return out;
}

QList<DatReader::Record> readAll(DatReader &reader)
{
    QList<DatReader::Record> records;
    DatReader::Record record;
    while (reader.next(record))
        records.append(record);
    return records;
}

QByteArray utf16(const QString &text, bool little, bool bom)
{
    QByteArray out;
    if (bom)
        out += little ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        out += little ? QByteArray{&lo, 1} + QByteArray{&hi, 1}
                      : QByteArray{&hi, 1} + QByteArray{&lo, 1};
    }
    return out;
}

const QList<QStringList> Sample = {
    {u"BEGBATES"_s, u"ENDBATES"_s, u"SUBJECT"_s},
    {u"ABC0001"_s, u"ABC0002"_s, u"Café ümlaut"_s},
    {u"ABC0003"_s, u"ABC0003"_s, u"two" + R + u"lines"},
};

} // namespace

class TestLoadFileReader : public QObject
{
    Q_OBJECT

private slots:
    void concordanceDefaultsInEveryEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = concordance(Sample);
        QTest::newRow("utf8-bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << u"UTF-8"_s;
        QTest::newRow("utf8") << text.toUtf8() << u"UTF-8"_s;
        QTest::newRow("utf16le-bom") << utf16(text, true, true) << u"UTF-16LE"_s;
        QTest::newRow("utf16be-bom") << utf16(text, false, true) << u"UTF-16BE"_s;
        QTest::newRow("cp1252") << text.toLatin1() << u"windows-1252"_s; // þ, ®, é are Latin-1
    }
    void concordanceDefaultsInEveryEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        auto reader = DatReader::open(bytes, u"x.dat"_s, {});
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message));
        QCOMPARE(reader->dialect().encoding, encoding);
        QCOMPARE(reader->dialect().delimiter, QChar(0x14));
        QCOMPARE(reader->dialect().qualifier, std::optional(QChar(0xFE)));
        QVERIFY(reader->dialect().header);
        QCOMPARE(reader->columns(), Sample[0]);
        const auto records = readAll(*reader);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].values, Sample[1]);
        QCOMPARE(records[0].line, 2);
        QCOMPARE(records[1].values[2], u"two\nlines"_s); // ® is a line break
        QVERIFY(records[1].error.isEmpty());
        QVERIFY(reader->warnings().isEmpty());
    }

    void utf16WithoutBomIsRefused_data()
    {
        QTest::addColumn<bool>("little");
        QTest::newRow("le") << true;
        QTest::newRow("be") << false;
    }
    void utf16WithoutBomIsRefused()
    {
        QFETCH(bool, little);
        auto reader = DatReader::open(utf16(concordance(Sample), little, false), u"vol.dat"_s, {});
        QVERIFY(!reader);
        QCOMPARE(reader.error().code, Error::Code::Corrupt);
        QVERIFY2(reader.error().message.contains(u"vol.dat"_s), qPrintable(reader.error().message));
        QVERIFY(reader.error().message.contains(u"UTF-16"_s));
        QVERIFY(reader.error().message.contains(u"without a byte-order mark"_s));
        QVERIFY(reader.error().message.contains(little ? u"little-endian"_s : u"big-endian"_s));
    }

    void doubledQualifierIsALiteral()
    {
        const QString text = Q + u"A"_s + Q + D + Q + u"say "_s + Q + Q + u"hi"_s + Q + Q + Q
                             + u"\r\n"_s + Q + u"1"_s + Q + D + Q + u"x"_s + Q + u"\r\n"_s;
        auto reader = DatReader::open(text.toUtf8(), u"x.dat"_s, {});
        QVERIFY(reader);
        QCOMPARE(reader->columns(), (QStringList{u"A"_s, u"say " + Q + u"hi" + Q}));
    }

    // A qualifier never closed: the record is reported with its line, reading resumes on the
    // next line, and the records after it are read.
    void unbalancedQualifierMidFile()
    {
        QString text = concordance(Sample.mid(0, 2));
        text += Q + u"ABC0009"_s + Q + D + Q + u"ABC0009"_s + Q + D + Q + u"no close\r\n"_s;
        text += concordance({{u"ABC0010"_s, u"ABC0010"_s, u"after"_s}});
        auto reader = DatReader::open(text.toUtf8(), u"x.dat"_s, {});
        QVERIFY(reader);
        const auto records = readAll(*reader);
        QCOMPARE(records.size(), 3);
        QVERIFY(records[0].error.isEmpty());
        QVERIFY2(records[1].error.contains(u"unbalanced qualifier"_s),
                 qPrintable(records[1].error));
        QVERIFY(records[1].error.startsWith(u"line 3:"_s));
        QVERIFY(records[2].error.isEmpty());
        QCOMPARE(records[2].values, (QStringList{u"ABC0010"_s, u"ABC0010"_s, u"after"_s}));
        QCOMPARE(records[2].line, 4);
    }
    void unbalancedQualifierAtTheEnd()
    {
        QString text = concordance(Sample.mid(0, 2));
        text += Q + u"ABC0009"_s + Q + D + Q + u"ABC0009"_s + Q + D + Q + u"never closed"_s;
        auto reader = DatReader::open(text.toUtf8(), u"x.dat"_s, {});
        QVERIFY(reader);
        const auto records = readAll(*reader);
        QCOMPARE(records.size(), 2);
        QVERIFY(records[0].error.isEmpty());
        QVERIFY2(records[1].error.contains(u"never closed"_s), qPrintable(records[1].error));
        QVERIFY(records[1].error.contains(u"unbalanced qualifier"_s));
    }
    void unbalancedQualifierOnTheHeader()
    {
        const QString text = Q + u"BEGBATES"_s + Q + D + Q + u"SUBJECT\r\n"_s;
        auto reader = DatReader::open(text.toUtf8(), u"hdr.dat"_s, {});
        QVERIFY(!reader);
        QVERIFY2(reader.error().message.contains(u"unbalanced qualifier"_s),
                 qPrintable(reader.error().message));
    }

    // A delimiter the user names that the file does not use is refused at once; a record
    // written with another delimiter than the header is reported with a hint.
    void wrongDelimiter()
    {
        const QByteArray bytes = concordance(Sample).toUtf8();
        DatOptions options;
        options.delimiter = u"|"_s;
        auto reader = DatReader::open(bytes, u"x.dat"_s, options);
        QVERIFY(!reader);
        QVERIFY2(reader.error().message.contains(u"wrong delimiter"_s),
                 qPrintable(reader.error().message));
        QVERIFY(reader.error().message.contains(u"U+0014"_s));

        QString mixed = concordance(Sample.mid(0, 2));
        mixed += Q + u"ABC0005"_s + Q + u"|"_s + Q + u"ABC0005"_s + Q + u"|"_s + Q + u"s"_s + Q
                 + u"\r\n"_s;
        auto second = DatReader::open(mixed.toUtf8(), u"x.dat"_s, {});
        QVERIFY(second);
        const auto records = readAll(*second);
        QCOMPARE(records.size(), 2);
        QVERIFY2(records[1].error.contains(u"wrong delimiter"_s), qPrintable(records[1].error));
        QVERIFY(records[1].error.contains(u"'|'"_s));
    }
    void noDelimiterAtAll()
    {
        auto reader = DatReader::open("just one column\r\nvalue\r\n", u"one.dat"_s, {});
        QVERIFY(!reader);
        QVERIFY(reader.error().message.contains(u"no field delimiter"_s));
    }

    void mixedLineEndings()
    {
        QString text = concordance(Sample);
        text += Q + u"ABC0004"_s + Q + D + Q + u"ABC0004"_s + Q + D + Q + u"lf"_s + Q + u"\n"_s;
        text += Q + u"ABC0005"_s + Q + D + Q + u"ABC0005"_s + Q + D + Q + u"cr"_s + Q + u"\r"_s;
        auto reader = DatReader::open(text.toUtf8(), u"x.dat"_s, {});
        QVERIFY(reader);
        const auto records = readAll(*reader);
        QCOMPARE(records.size(), 4);
        for (const auto &record : records)
            QVERIFY2(record.error.isEmpty(), qPrintable(record.error));
        QCOMPARE(records[3].values[2], u"cr"_s);
        const QStringList warnings = reader->warnings();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings[0].contains(u"mixed line endings"_s), qPrintable(warnings[0]));
        QVERIFY(warnings[0].contains(u"line 4"_s));
    }

    // An odd number of qualifiers on a line that reads as too few fields.
    void oddQualifiersOnOneLine()
    {
        QString text = concordance(Sample.mid(0, 2));
        text += Q + u"ABC0009"_s + Q + D + Q + u"ABC0009"_s + D + Q + u"x"_s + Q + u"\r\n"_s;
        text += concordance({{u"ABC0010"_s, u"ABC0010"_s, u"after"_s}});
        auto reader = DatReader::open(text.toUtf8(), u"x.dat"_s, {});
        QVERIFY(reader);
        const auto records = readAll(*reader);
        QCOMPARE(records.size(), 3);
        QVERIFY2(records[1].error.contains(u"unbalanced qualifier"_s),
                 qPrintable(records[1].error));
        QVERIFY(records[2].error.isEmpty());
    }

    void wrongNumberOfFields()
    {
        QString text = concordance(Sample.mid(0, 2));
        text += concordance({{u"ABC0007"_s, u"ABC0007"_s}});
        auto reader = DatReader::open(text.toUtf8(), u"x.dat"_s, {});
        QVERIFY(reader);
        const auto records = readAll(*reader);
        QCOMPARE(records.size(), 2);
        QVERIFY(records[1].error.contains(u"2 field(s), but the header has 3"_s));
    }

    // Relativity's samples: pipes, a ^ qualifier only on the records (not the header), the
    // delimiter inside a qualified value; and a file with no header row.
    void pipeAndCaretWithUnqualifiedHeader()
    {
        const QByteArray bytes = "Control Number|Subject\r\n^A|_1^|^hello^\r\nB|plain\r\n";
        auto reader = DatReader::open(bytes, u"x.dat"_s, {});
        QVERIFY(reader);
        QCOMPARE(reader->dialect().delimiter, QChar(u'|'));
        QCOMPARE(reader->dialect().qualifier, std::optional(QChar(u'^')));
        const auto records = readAll(*reader);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].values, (QStringList{u"A|_1"_s, u"hello"_s}));
        QCOMPARE(records[1].values, (QStringList{u"B"_s, u"plain"_s}));
    }
    void noHeaderGivesPositionalNames()
    {
        const QByteArray bytes = "DOC001|Smith|.\\TEXT\\1.txt\r\nDOC002||.\\TEXT\\2.txt\r\n";
        auto reader = DatReader::open(bytes, u"x.dat"_s, {});
        QVERIFY(reader);
        QVERIFY(!reader->dialect().header);
        QCOMPARE(reader->columns(), (QStringList{u"Column 1"_s, u"Column 2"_s, u"Column 3"_s}));
        QCOMPARE(readAll(*reader).size(), 2);
        auto mapping = FieldMapping::resolve(reader->columns(),
                                             {{u"begbates"_s, u"1"_s}, {u"textpath"_s, u"3"_s}});
        QVERIFY(mapping);
        QCOMPARE(mapping->column(Field::BegBates), 0);
        QCOMPARE(mapping->column(Field::TextPath), 2);
        QCOMPARE(mapping->value({u"DOC001"_s, u"Smith"_s, u" x.txt "_s}, Field::TextPath),
                 u"x.txt"_s);
    }
    void headerOptionOverridesDetection()
    {
        DatOptions options;
        options.header = DatOptions::Header::Absent;
        auto reader = DatReader::open(concordance(Sample).toUtf8(), u"x.dat"_s, options);
        QVERIFY(reader);
        QCOMPARE(readAll(*reader).size(), 3);
    }

    void automaticAndExplicitMapping()
    {
        const QStringList columns = {u"Control Number"_s,
                                     u"Email From"_s,
                                     u"Subject"_s,
                                     u"Email Subject"_s,
                                     u"Extracted Text"_s,
                                     u"FILE_PATH"_s,
                                     u"MD5 Hash"_s,
                                     u"Parent Document ID"_s,
                                     u"Date Sent"_s,
                                     u"Custodian"_s};
        auto mapping = FieldMapping::resolve(columns, {});
        QVERIFY(mapping);
        QCOMPARE(mapping->column(Field::BegBates), 0);
        QCOMPARE(mapping->column(Field::From), 1);
        QCOMPARE(mapping->column(Field::Subject), 2); // the exact name wins
        QCOMPARE(mapping->column(Field::TextPath), 4);
        QCOMPARE(mapping->column(Field::NativePath), 5);
        QCOMPARE(mapping->column(Field::Md5Hash), 6);
        QCOMPARE(mapping->column(Field::ParentId), 7);
        QCOMPARE(mapping->column(Field::DateSent), 8);
        QCOMPARE(mapping->column(Field::Custodian), 9);
        QCOMPARE(mapping->column(Field::EndBates), -1);
        // "Subject" empty: "Email Subject" stands in.
        QStringList values(columns.size());
        values[3] = u"from email subject"_s;
        QCOMPARE(mapping->value(values, Field::Subject), u"from email subject"_s);

        auto explicitMap = FieldMapping::resolve(columns, {{u"SUBJECT"_s, u"email subject"_s}});
        QVERIFY(explicitMap);
        QCOMPARE(explicitMap->column(Field::Subject), 3);

        auto unknownField = FieldMapping::resolve(columns, {{u"author"_s, u"Email From"_s}});
        QVERIFY(!unknownField);
        QVERIFY(unknownField.error().message.contains(u"begbates"_s));
        auto unknownColumn = FieldMapping::resolve(columns, {{u"subject"_s, u"Topic"_s}});
        QVERIFY(!unknownColumn);
        QVERIFY(unknownColumn.error().message.contains(u"no column \"Topic\""_s));
    }

    void loadFileDates()
    {
        QString error;
        QCOMPARE(documentDay(u"4/21/2001 2:48 PM"_s, &error), u"2001-04-21"_s);
        QCOMPARE(documentDay(u"2000-09-26T16:26:00.0+00:00"_s, &error), u"2000-09-26"_s);
        QCOMPARE(documentDay(u"20010421"_s, &error), u"2001-04-21"_s);
        QVERIFY(documentDay(u"13/21/2001 3:48 PM"_s, &error).isEmpty());
        QVERIFY(error.contains(u"no month 13"_s));
        QVERIFY(documentDay(u"2/30/2001"_s, &error).isEmpty());
        QVERIFY(documentDay(u"soon"_s, &error).isEmpty());
    }

    void opticon()
    {
        const QByteArray bytes = "A001,VOL1,IMAGES\\A001.tif,Y,,,2\r\n"
                                 "A002,VOL1,IMAGES\\A002.tif,,,,\r\n"
                                 "B001,VOL1,IMAGES\\B.tif,Y,,,3\r\n"
                                 "garbage\r\n";
        auto list = readOpticon(bytes, u"x.opt"_s);
        QVERIFY(list);
        QCOMPARE(list->documents.size(), 2);
        QCOMPARE(list->documents[0].firstKey, u"A001"_s);
        QCOMPARE(list->documents[0].pages.size(), 2);
        QCOMPARE(list->documents[0].pages[1].path, u"IMAGES\\A002.tif"_s);
        // One line stating 3 pages: a multi-page image, one page per frame.
        QCOMPARE(list->documents[1].pages.size(), 3);
        QCOMPARE(list->documents[1].pages[2].frame, 2);
        QCOMPARE(list->warnings.size(), 1);
        QVERIFY(list->warnings[0].contains(u"line 4"_s));
        QVERIFY(!readOpticon("\r\n\r\n", u"empty.opt"_s));
    }

    void ipro()
    {
        const QByteArray bytes = "FT,A001,1,1,\r\n"
                                 "IM,A001,D,0,@VOL1;IMAGES\\001;A001.tif;2\r\n"
                                 "IM,A002,,0,@VOL1;IMAGES\\001;A002.tif;2\r\n"
                                 "IM,A003,C,0,@VOL1;\\IMAGES\\001;A003.tif;2\r\n"
                                 "IM,B001,D,1,@VOL1;IMAGES;B.tif;2\r\n"
                                 "IM,B002,,2,@VOL1;IMAGES;B.tif;2\r\n";
        auto list = readLfp(bytes, u"x.lfp"_s);
        QVERIFY(list);
        QCOMPARE(list->documents.size(), 3);
        QCOMPARE(list->documents[0].pages.size(), 2);
        QCOMPARE(list->documents[0].pages[0].path, u"IMAGES\\001\\A001.tif"_s);
        QVERIFY(list->documents[1].child);
        QCOMPARE(list->documents[1].pages[0].path, u"IMAGES\\001\\A003.tif"_s);
        QCOMPARE(list->documents[2].pages[1].frame, 1); // offset 2: the file's second page
    }

    void edrmXml2()
    {
        const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<Root MajorVersion="2" MinorVersion="0" DataInterchangeType="Export">
 <Batch>
  <Documents>
   <Document DocID="P0001" DocType="Message" MimeType="message/rfc822">
    <Tags>
     <Tag TagName="#Subject" TagDataType="Text" TagValue="Quarterly numbers"/>
     <Tag TagName="#DateSent" TagDataType="DateTime" TagValue="2001-08-15T10:30:00Z"/>
     <Tag TagName="X-Custom" TagDataType="Text" TagValue="kept"/>
    </Tags>
    <Files>
     <File FileType="Native"><ExternalFile FilePath="NATIVES" FileName="p1.eml" Hash="ABC" HashType="MD5"/></File>
     <File FileType="Image"><ExternalFile FilePath="IMAGES" FileName="p1-1.tif"/></File>
     <File FileType="Image"><ExternalFile FilePath="IMAGES" FileName="p1-2.tif"/></File>
    </Files>
    <Locations><Location><Custodian>Jane Roe</Custodian></Location></Locations>
   </Document>
   <Document DocID="P0002" DocType="File"/>
   <Document DocID="P0001" DocType="File"/>
  </Documents>
  <Relationships>
   <Relationship Type="Attachment" ParentDocID="P0001" ChildDocID="P0002"/>
   <Relationship Type="Attachment" ParentDocID="P0001" ChildDocID="NOPE"/>
  </Relationships>
 </Batch>
</Root>)";
        QVERIFY(looksLikeEdrmXml(xml));
        auto batch = readEdrmXml(xml, u"e.xml"_s);
        QVERIFY2(batch, qPrintable(batch ? QString() : batch.error().message));
        QCOMPARE(batch->version, u"2.0"_s);
        QCOMPARE(batch->records.size(), 3);
        const LoadRecord &first = batch->records[0];
        QCOMPARE(first.value(Field::BegBates), u"P0001"_s);
        QCOMPARE(first.value(Field::Subject), u"Quarterly numbers"_s);
        QCOMPARE(first.value(Field::DateSent), u"2001-08-15T10:30:00Z"_s);
        QCOMPARE(first.value(Field::Custodian), u"Jane Roe"_s);
        QCOMPARE(first.value(Field::NativePath), u"NATIVES/p1.eml"_s);
        QCOMPARE(first.value(Field::Md5Hash), u"ABC"_s);
        QCOMPARE(first.images.size(), 2);
        QCOMPARE(batch->records[1].value(Field::ParentId), u"P0001"_s);
        QVERIFY(batch->records[2].error.contains(u"used twice"_s));
        QCOMPARE(batch->warnings.size(), 1);
        QVERIFY(!readEdrmXml("<Root MajorVersion=\"1\"><Batch>", u"cut.xml"_s));
    }

    // The reader streams from a file: every record read, in order, across many chunks, with
    // the file's SHA-256 at the end (the importer checks it against the stored original). Its
    // memory is measured by tests/bench/bench_loadfile, not here.
    void streamsFromAFile()
    {
        QByteArray bytes = "\xEF\xBB\xBF";
        bytes += concordance({Sample[0]}).toUtf8();
        const qint64 records = 30000;
        for (qint64 n = 1; n <= records; ++n) {
            const QString key = u"ABC%1"_s.arg(n, 7, 10, QChar(u'0'));
            bytes += concordance({{key,
                                   key,
                                   u"A subject \u00E9t\u00E9 long enough to cross chunks, number "
                                   u"%1"_s.arg(n)
                                       + R + u"and a second line"_s}})
                         .toUtf8();
        }
        QVERIFY(bytes.size() > 2 * DatReader::ChunkBytes);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"big.dat"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        auto reader = DatReader::openFile(path, u"big.dat"_s, {});
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message));
        QCOMPARE(reader->dialect().encoding, u"UTF-8"_s);
        QVERIFY(reader->dialect().bom);
        QVERIFY(reader->sha256().isEmpty()); // not before the end
        qint64 read = 0;
        DatReader::Record record;
        QString last;
        while (reader->next(record)) {
            QVERIFY2(record.error.isEmpty(), qPrintable(record.error));
            ++read;
            if (read == 12345)
                QCOMPARE(record.values.value(2).section(u'\n', 0, 0),
                         u"A subject \u00E9t\u00E9 long enough to cross chunks, number 12345"_s);
            last = record.values.value(0);
        }
        QCOMPARE(read, records);
        QCOMPARE(last, u"ABC0030000"_s);
        QCOMPARE(reader->fractionRead(), 1.0);
        QCOMPARE(reader->sha256(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));

        // Without a BOM, a byte that is not UTF-8 far into the file makes it cp1252 (the first
        // pass reads it all).
        QByteArray latin = concordance({Sample[0]}).toLatin1();
        for (int n = 0; n < 60000; ++n)
            latin += concordance({{u"K%1"_s.arg(n), u"K%1"_s.arg(n), u"plain"_s}}).toLatin1();
        QVERIFY(latin.size() > DatReader::ChunkBytes); // the é is past the first chunk
        latin += concordance({{u"LAST"_s, u"LAST"_s, u"caf\u00E9"_s}}).toLatin1();
        QFile cp(dir.filePath(u"cp.dat"_s));
        QVERIFY(cp.open(QIODevice::WriteOnly));
        cp.write(latin);
        cp.close();
        auto legacy = DatReader::openFile(cp.fileName(), u"cp.dat"_s, {});
        QVERIFY(legacy);
        QCOMPARE(legacy->dialect().encoding, u"windows-1252"_s);
        QString value;
        while (legacy->next(record))
            value = record.values.value(2);
        QCOMPARE(value, u"caf\u00E9"_s);
        QVERIFY(!DatReader::openFile(dir.filePath(u"missing.dat"_s), u"missing.dat"_s, {}));
    }

    // Paths stay inside the production folder.
    void productionPaths()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.filePath(u"VOL001"_s);
        QVERIFY(QDir().mkpath(root + u"/DATA"_s));
        QVERIFY(QDir().mkpath(root + u"/TEXT"_s));
        QFile text(root + u"/TEXT/Doc1.txt"_s);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("x");
        text.close();
        QFile outside(dir.filePath(u"secret.txt"_s));
        QVERIFY(outside.open(QIODevice::WriteOnly));
        outside.close();
        QVERIFY(QFile::link(dir.filePath(u"secret.txt"_s), root + u"/TEXT/link.txt"_s));
        QVERIFY(QFile::link(dir.path(), root + u"/TEXT/up"_s));

        const ProductionFolder folder = ProductionFolder::forLoadFile(root + u"/DATA/v.dat"_s);
        QCOMPARE(folder.root(), QDir::cleanPath(root));
        const QString expected = QFileInfo(root + u"/TEXT/Doc1.txt"_s).canonicalFilePath();
        for (const QString &path : {u"TEXT\\Doc1.txt"_s,
                                    u".\\TEXT\\Doc1.txt"_s,
                                    u"\\TEXT\\Doc1.txt"_s,
                                    u"VOL001\\TEXT\\Doc1.txt"_s,
                                    u"text\\DOC1.TXT"_s}) {
            auto found = folder.resolve(path);
            QVERIFY2(found,
                     qPrintable(path + u": "_s + (found ? QString() : found.error().message)));
            QCOMPARE(*found, expected);
        }
        for (const QString &path : {u"..\\secret.txt"_s,
                                    u"TEXT\\..\\..\\secret.txt"_s,
                                    u"C:\\secret.txt"_s,
                                    u"\\\\server\\share\\x.txt"_s,
                                    u"//etc/passwd"_s,
                                    u"/etc/passwd"_s,
                                    u"TEXT\\link.txt"_s,
                                    u"TEXT\\up\\secret.txt"_s}) {
            auto found = folder.resolve(path);
            QVERIFY2(!found, qPrintable(path));
            QCOMPARE(found.error().code, Error::Code::InvalidArgument);
            QVERIFY(found.error().message.contains(u"refused"_s));
        }
        auto missing = folder.resolve(u"TEXT\\gone.txt"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.error().message.contains(u"missing"_s));
    }
};

QTEST_GUILESS_MAIN(TestLoadFileReader)
#include "tst_loadfilereader.moc"
