#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// The layers of docs/DESIGN.md, checked on the source tree itself: what sits above model/
// never reaches the database, no layer includes from a layer it may not use, and nothing below
// views/ includes a Qt Widgets header.
class TestLayering : public QObject
{
    Q_OBJECT

    struct Source
    {
        QString path; // relative to the source root
        QString text;
    };

    // A folder and the layers it may include from besides itself:
    // model → importers / report / enrichment → views → app, with importers, report and
    // enrichment side by side; production (Bates stamping) sits on model and report.
    struct Layer
    {
        QString folder;
        QStringList mayInclude;
    };

    static const QList<Layer> &layers()
    {
        static const QList<Layer> layers{
            {u"model"_s, {}},
            {u"importers"_s, {u"model"_s}},
            {u"report"_s, {u"model"_s}},
            {u"enrichment"_s, {u"model"_s}},
            {u"production"_s, {u"model"_s, u"report"_s}},
            {u"views"_s,
             {u"model"_s, u"importers"_s, u"report"_s, u"enrichment"_s, u"production"_s}},
            {u"app"_s,
             {u"model"_s,
              u"importers"_s,
              u"report"_s,
              u"enrichment"_s,
              u"production"_s,
              u"views"_s}},
        };
        return layers;
    }

    static Layer layerNamed(const QString &folder)
    {
        for (const Layer &candidate : layers()) {
            if (candidate.folder == folder)
                return candidate;
        }
        return {};
    }

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

    // `#include "…"` lines of `sources`, all in `layer`, that name a header of a layer it may
    // not include. A header name that its own or a permitted layer also has counts as that one.
    static QStringList forbiddenIncludes(const Layer &layer, const QList<Source> &sources)
    {
        QSet<QString> forbidden;
        for (const Layer &other : layers()) {
            if (other.folder != layer.folder && !layer.mayInclude.contains(other.folder))
                forbidden += headerNamesIn(other.folder);
        }
        forbidden -= headerNamesIn(layer.folder);
        for (const QString &folder : layer.mayInclude)
            forbidden -= headerNamesIn(folder);
        static const QRegularExpression include(u"^\\s*#\\s*include\\s+\"([^\"]+)\""_s);
        QStringList found;
        for (const Source &source : sources) {
            for (const QString &line : source.text.split(u'\n')) {
                const auto match = include.match(line);
                if (match.hasMatch() && forbidden.contains(match.captured(1).section(u'/', -1)))
                    found.append(u"%1: %2"_s.arg(source.path, line.trimmed()));
            }
        }
        return found;
    }

    // Every header Qt Widgets installs (<QWidget>, <qdialog.h>, <QtWidgets>, …) and Qt Print
    // Support's, which links Qt Widgets; less the forwarding headers Qt Widgets keeps for
    // classes that moved to Qt Gui (qaction.h, qundostack.h).
    static const QSet<QString> &widgetHeaders()
    {
        static const QSet<QString> headers = [] {
            const QDir qt(QLibraryInfo::path(QLibraryInfo::HeadersPath));
            const auto namesIn = [&qt](const QString &module) {
                const QStringList names = QDir(qt.filePath(module)).entryList(QDir::Files);
                return QSet<QString>(names.cbegin(), names.cend());
            };
            return namesIn(u"QtWidgets"_s) + namesIn(u"QtPrintSupport"_s) - namesIn(u"QtGui"_s)
                   - namesIn(u"QtCore"_s);
        }();
        return headers;
    }

    // "path:line: text" for every `#include <…>` of a widget header in `sources`.
    static QStringList widgetIncludes(const QList<Source> &sources)
    {
        static const QRegularExpression include(u"^\\s*#\\s*include\\s*<([^>]+)>"_s);
        QStringList found;
        for (const Source &source : sources) {
            const QStringList lines = source.text.split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const auto match = include.match(lines.at(i));
                if (!match.hasMatch())
                    continue;
                const QString header = match.captured(1);
                const QString module
                    = header.contains(u'/') ? header.section(u'/', 0, 0) : QString();
                if (module == u"QtWidgets" || module == u"QtPrintSupport"
                    || widgetHeaders().contains(header.section(u'/', -1)))
                    found.append(
                        u"%1:%2: %3"_s.arg(source.path).arg(i + 1).arg(lines.at(i).trimmed()));
            }
        }
        return found;
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
        for (const QString &folder :
             {u"importers"_s, u"views"_s, u"app"_s, u"report"_s, u"enrichment"_s, u"production"_s})
            sources += sourcesIn(folder);
        return sources;
    }

private slots:
    void theTreeIsThere()
    {
        QVERIFY(sourcesIn(u"model"_s).size() > 50);
        for (const Layer &layer : layers())
            QVERIFY2(!headerNamesIn(layer.folder).isEmpty(), qPrintable(layer.folder));
    }

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

    void includesFollowTheLayers()
    {
        QStringList found;
        for (const Layer &layer : layers())
            found += forbiddenIncludes(layer, sourcesIn(layer.folder));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void nothingBelowTheViewsIncludesWidgets()
    {
        QList<Source> sources;
        for (const QString &folder :
             {u"model"_s, u"importers"_s, u"report"_s, u"enrichment"_s, u"production"_s})
            sources += sourcesIn(folder);
        const QStringList found = widgetIncludes(sources);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void theLintCatchesWhatItLooksFor()
    {
        const QList<Source> planted{{u"views/x.cpp"_s, u"auto s = m_document.db();"_s},
                                    {u"views/y.cpp"_s, u"#include \"sqlite/statement.h\""_s},
                                    {u"views/z.cpp"_s, u"auto a = m_document.documents();"_s}};
        QCOMPARE(matches(planted, connectionPattern()).size(), 2);

        // Real header names: mainwindow.h is views', importjob.h importers', exporter.h report's.
        const QList<Source> report{{u"report/a.cpp"_s, u"#include \"mainwindow.h\""_s},
                                   {u"report/b.cpp"_s, u"#include \"importjob.h\""_s},
                                   {u"report/c.cpp"_s, u"#include \"casefile.h\""_s},
                                   {u"report/d.cpp"_s, u"#include \"exportfonts.h\""_s}};
        QCOMPARE(forbiddenIncludes(layerNamed(u"report"_s), report).size(), 2);
        const QList<Source> importers{{u"importers/a.cpp"_s, u"#include \"exporter.h\""_s},
                                      {u"importers/b.cpp"_s, u"#include \"casefile.h\""_s}};
        QCOMPARE(forbiddenIncludes(layerNamed(u"importers"_s), importers).size(), 1);
        const QList<Source> views{{u"views/a.cpp"_s, u"#include \"export/exporter.h\""_s},
                                  {u"views/b.cpp"_s, u"#include \"importjob.h\""_s}};
        QCOMPARE(forbiddenIncludes(layerNamed(u"views"_s), views).size(), 0);
        // enrichmentjob.h is enrichment's: neither importers nor report may use it, nor it them.
        const QList<Source> enrichment{{u"enrichment/a.cpp"_s, u"#include \"importjob.h\""_s},
                                       {u"enrichment/b.cpp"_s, u"#include \"exporter.h\""_s},
                                       {u"enrichment/c.cpp"_s, u"#include \"casefile.h\""_s},
                                       {u"enrichment/d.cpp"_s, u"#include \"mainwindow.h\""_s}};
        QCOMPARE(forbiddenIncludes(layerNamed(u"enrichment"_s), enrichment).size(), 3);
        const QList<Source> besideIt{{u"importers/a.cpp"_s, u"#include \"enrichmentjob.h\""_s}};
        QCOMPARE(forbiddenIncludes(layerNamed(u"importers"_s), besideIt).size(), 1);
        const QList<Source> above{{u"views/a.cpp"_s, u"#include \"enrichmentjob.h\""_s}};
        QCOMPARE(forbiddenIncludes(layerNamed(u"views"_s), above).size(), 0);

        const QList<Source> widgets{{u"report/a.cpp"_s, u"#include <QWidget>"_s},
                                    {u"report/b.cpp"_s, u"#include <QtWidgets/qlabel.h>"_s},
                                    {u"report/c.cpp"_s, u"#include <QApplication>"_s},
                                    {u"report/d.cpp"_s, u"#  include <QDialog>"_s},
                                    {u"report/e.cpp"_s, u"#include <QtWidgets>"_s},
                                    {u"report/f.cpp"_s, u"#include <QPrinter>"_s},
                                    {u"model/a.cpp"_s, u"#include <QGuiApplication>"_s},
                                    {u"model/b.cpp"_s, u"#include <QUndoStack>"_s},
                                    {u"model/c.cpp"_s, u"#include <qaction.h>"_s},
                                    {u"model/d.cpp"_s, u"#include <QPdfWriter>"_s}};
        QCOMPARE(widgetIncludes(widgets).size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
