// ZIP entry names, including the ones the fuzzer (tests/fuzz/fuzz_zipentryname) found.
#include "zip/zipreader.h"

#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestEntryNames : public QObject
{
    Q_OBJECT

private slots:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected"); // null: refused

        QTest::newRow("plain") << u"VOL001/PX-1.pdf"_s << u"VOL001/PX-1.pdf"_s;
        QTest::newRow("backslashes") << u"VOL001\\PX-1.pdf"_s << u"VOL001/PX-1.pdf"_s;
        QTest::newRow("dot parts") << u"./a/./b"_s << u"a/b"_s;
        QTest::newRow("parent") << u"a/../../etc/passwd"_s << QString();
        QTest::newRow("absolute") << u"/etc/passwd"_s << QString();
        QTest::newRow("drive") << u"C:/Windows/x"_s << QString();
        QTest::newRow("control") << u"a\nb"_s << QString();
        QTest::newRow("empty") << u"./"_s << QString();
        // Found by fuzz_zipentryname: the drive was hidden behind a "." part.
        QTest::newRow("fuzz: ./C:il") << u"./C:il"_s << QString();
        QTest::newRow("colon later") << u"a/C:b"_s << u"a/C:b"_s;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const auto path = Zip::safeEntryPath(name);
        if (expected.isNull()) {
            QVERIFY2(!path, qPrintable(path ? *path : QString()));
            QVERIFY(!path.error().message.isEmpty());
        } else {
            QVERIFY2(path, qPrintable(path ? QString() : path.error().message));
            QCOMPARE(*path, expected);
            QCOMPARE(Zip::safeEntryPath(*path).value_or(QString()), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestEntryNames)
#include "tst_entrynames.moc"
