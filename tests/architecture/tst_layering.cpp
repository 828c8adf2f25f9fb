#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// The layers of docs/DESIGN.md, checked on the source tree itself: what sits above model/
// never reaches the database, and no layer includes from a layer above it.
class TestLayering : public QObject
{
    Q_OBJECT

    struct Source
    {
        QString path; // relative to the source root
        QString text;
    };

    static QString root() { return QStringLiteral(CASEBINDER_SOURCE_DIR); }

    static QList<Source> sourcesIn(const QString &folder)
    {
        QList<Source> sources;
        QDirIterator it(root() + u'/' + folder,
                        {u"*.cpp"_s, u"*.h"_s},
                        QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            sources.append(
                {file.fileName().mid(root().size() + 1), QString::fromUtf8(file.readAll())});
        }
        return sources;
    }

    static QSet<QString> headerNamesIn(const QString &folder)
    {
        QSet<QString> names;
        for (const Source &source : sourcesIn(folder)) {
            if (source.path.endsWith(u".h"))
                names.insert(source.path.section(u'/', -1));
        }
        return names;
    }

    // "path:line: text" for every line of `sources` that matches `pattern`.
    static QStringList matches(const QList<Source> &sources, const QRegularExpression &pattern)
    {
        QStringList found;
        for (const Source &source : sources) {
            const QStringList lines = source.text.split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (pattern.match(lines.at(i)).hasMatch())
                    found.append(
                        u"%1:%2: %3"_s.arg(source.path).arg(i + 1).arg(lines.at(i).trimmed()));
            }
        }
        return found;
    }

    // A connection handed out, SQLite's wrapper named, or its headers included.
    static const QRegularExpression &connectionPattern()
    {
        static const QRegularExpression pattern(u"\\bdb\\(\\)|\\bSql::|#include\\s+\"sqlite/"_s);
        return pattern;
    }

    static QList<Source> aboveModel()
    {
        QList<Source> sources;
        for (const QString folder : {u"importers"_s, u"views"_s, u"app"_s, u"report"_s})
            sources += sourcesIn(folder);
        return sources;
    }

private slots:
    void theTreeIsThere() { QVERIFY(sourcesIn(u"model"_s).size() > 50); }

    void nothingAboveTheModelTouchesTheConnection()
    {
        const QStringList found = matches(aboveModel(), connectionPattern());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void nothingAboveTheModelWritesSql()
    {
        // SQL keywords at the start of a string literal: a statement being built.
        static const QRegularExpression sql(
            u"\"\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|BEGIN|WITH)\\s"_s);
        const QStringList found = matches(aboveModel(), sql);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void noLayerIncludesFromALayerAboveIt()
    {
        // model → importers → views → app; a folder may include its own and lower layers only.
        const QStringList layers{u"model"_s, u"importers"_s, u"views"_s, u"app"_s};
        for (qsizetype lower = 0; lower < layers.size(); ++lower) {
            QSet<QString> upperHeaders;
            for (qsizetype upper = lower + 1; upper < layers.size(); ++upper)
                upperHeaders += headerNamesIn(layers.at(upper));
            upperHeaders -= headerNamesIn(layers.at(lower)); // a name both have is its own
            static const QRegularExpression include(u"^\\s*#include\\s+\"([^\"]+)\""_s);
            QStringList found;
            for (const Source &source : sourcesIn(layers.at(lower))) {
                const QStringList lines = source.text.split(u'\n');
                for (const QString &line : lines) {
                    const auto match = include.match(line);
                    if (match.hasMatch()
                        && upperHeaders.contains(match.captured(1).section(u'/', -1)))
                        found.append(u"%1: %2"_s.arg(source.path, line.trimmed()));
                }
            }
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        }
    }

    void theLintCatchesWhatItLooksFor()
    {
        const QList<Source> planted{{u"views/x.cpp"_s, u"auto s = m_document.db();"_s},
                                    {u"views/y.cpp"_s, u"#include \"sqlite/statement.h\""_s},
                                    {u"views/z.cpp"_s, u"auto a = m_document.documents();"_s}};
        QCOMPARE(matches(planted, connectionPattern()).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
