// A post's label in lists and exports (issue #21 §3): platform, @handle, date, first words.
#include "postlabel.h"

#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestPostLabel : public QObject
{
    Q_OBJECT

private slots:
    void label_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("handle");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("postedAt");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::newRow("everything")
            << u"Parler"_s << u"patriot1"_s << u"P. One"_s << u"2021-01-08T21:14:00Z"_s
            << u"We are  going to\nmarch on the capitol tomorrow and you cannot stop us at all"_s
            << u"Parler · @patriot1 · 8 Jan 2021 · “We are going to march on the capitol "
               "tomorrow and you cannot…”"_s;
        QTest::newRow("handle with @, short text, a bare date")
            << u"Parler"_s << u"@x"_s << QString() << u"2020-11-15"_s << u"Hello there"_s
            << u"Parler · @x · 15 Nov 2020 · “Hello there”"_s;
        QTest::newRow("no handle: the name; undated")
            << QString() << QString() << u"Jane Roe"_s << QString() << u"text"_s
            << u"Jane Roe · undated · “text”"_s;
        QTest::newRow("late UTC instant is that UTC day")
            << u"Parler"_s << u"a"_s << QString() << u"2021-01-10T23:59:00-08:00"_s << QString()
            << u"Parler · @a · 11 Jan 2021"_s;
        QTest::newRow("unreadable date as stored")
            << u"Gab"_s << u"b"_s << QString() << u"last Tuesday"_s << u"w"_s
            << u"Gab · @b · last Tuesday · “w”"_s;
        QTest::newRow("nothing known")
            << QString() << QString() << QString() << QString() << QString() << u"Post #7"_s;
    }

    void label()
    {
        QFETCH(QString, platform);
        QFETCH(QString, handle);
        QFETCH(QString, name);
        QFETCH(QString, postedAt);
        QFETCH(QString, text);
        QFETCH(QString, label);
        const QString made = PostLabel::label({7, platform, handle, name, postedAt, text});
        QCOMPARE(made, label);
        QVERIFY(!made.contains(u"03af"_s));
    }

    void firstWords()
    {
        QCOMPARE(PostLabel::firstWords(u"a b c"_s, 2), u"a b…"_s);
        QCOMPARE(PostLabel::firstWords(u"  a\tb  "_s, 2), u"a b"_s);
        QCOMPARE(PostLabel::firstWords(QString(), 2), QString());
    }
};

QTEST_MAIN(TestPostLabel)
#include "tst_postlabel.moc"
