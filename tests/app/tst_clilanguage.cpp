// The CLI's language: English by default whatever the system locale, French with the global
// --lang option or CASEBINDER_LANG, and a catalogue that covers every message.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Runs the CLI with `environment` added to (or, for empty values, removed from) its own.
CliRun runCliWith(const QStringList &arguments, const QMap<QString, QString> &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"CASEBINDER_LANG"_s);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CASEBINDER_CLI), arguments);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

CliRun runPlain(const QStringList &arguments)
{
    return runCliWith(arguments, {});
}

// A French system, as a French user's shell sets it.
const QMap<QString, QString> FrenchSystem
    = {{u"LANG"_s, u"fr_FR.UTF-8"_s}, {u"LC_ALL"_s, u"fr_FR.UTF-8"_s}, {u"LANGUAGE"_s, u"fr"_s}};

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The English runs below must not pick up a language from the test's environment.
        qunsetenv("CASEBINDER_LANG");
        QVERIFY(m_dir.isValid());
        m_case = m_dir.filePath(u"case.casebinder"_s);
        const CliRun created = runPlain({u"new"_s, m_case, u"--title"_s, u"Essai"_s});
        QVERIFY2(created.exitCode == 0, created.err.constData());
    }

    void frenchUsage()
    {
        const CliRun help = runPlain({u"--lang"_s, u"fr"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(text(help.out).startsWith(u"Utilisation : casebinder-cli"), help.out.constData());
        QVERIFY(text(help.out).contains(u"Commandes :"));
        // The summaries are registered before any translator exists and translated when shown.
        QVERIFY(text(help.out).contains(u"Créer un nouveau fichier d'affaire, vide."));
        // Command and option names stay as typed.
        QVERIFY(help.out.contains("export-privilege-log CASE OUT.pdf|OUT.csv"));
        QVERIFY(!text(help.out).contains(u"Create a new, empty case file."));

        const CliRun noCommand = runPlain({u"--lang=fr"_s});
        QCOMPARE(noCommand.exitCode, 2);
        QVERIFY(text(noCommand.err).startsWith(u"Utilisation : casebinder-cli"));
    }

    void frenchCommandHelp()
    {
        const CliRun help = runPlain({u"--lang"_s, u"fr"_s, u"new"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        const QString out = text(help.out);
        QVERIFY2(out.startsWith(u"Utilisation : casebinder-cli new CASE"), help.out.constData());
        QVERIFY(out.contains(u"Créer un nouveau fichier d'affaire."));
        QVERIFY(out.contains(u"Options :")); // Qt's own headings come from the CLI's catalogue
        QVERIFY(out.contains(u"--case-name <TEXT>"));
        QVERIFY(out.contains(u"La juridiction."));
        // Help text shared by several subcommands is translated when shown, too.
        const CliRun event = runPlain({u"--lang"_s, u"fr"_s, u"event"_s, u"add"_s, u"--help"_s});
        QCOMPARE(event.exitCode, 0);
        QVERIFY2(text(event.out).contains(u"Si les parties le contestent"), event.out.constData());
    }

    void frenchErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown command") << QStringList{u"--lang"_s, u"fr"_s, u"frobnicate"_s} << 2
                                         << u"casebinder-cli: commande inconnue « frobnicate »"_s;
        QTest::newRow("missing case file")
            << QStringList{u"--lang"_s, u"fr"_s, u"info"_s, u"/nonexistent/none.casebinder"_s} << 1
            << u"/nonexistent/none.casebinder : fichier introuvable"_s;
        QTest::newRow("unknown option")
            << QStringList{u"--lang=fr"_s, u"new"_s, u"--no-such-flag"_s, u"x"_s} << 2
            << u"Option inconnue « no-such-flag »."_s;
        QTest::newRow("missing subcommand") << QStringList{u"--lang"_s, u"fr"_s, u"claim"_s} << 2
                                            << u"« claim » attend l'une de ces sous-commandes"_s;
        QTest::newRow("bad id") << QStringList{u"--lang"_s,
                                               u"fr"_s,
                                               u"document"_s,
                                               u"set-privileged"_s,
                                               u"x.casebinder"_s,
                                               u"abc"_s,
                                               u"on"_s}
                                << 2 << u"« abc » n'est pas un identifiant valide (document)."_s;
    }

    void frenchErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const CliRun run = runPlain(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(text(run.err).contains(expected), run.err.constData());
    }

    void frenchResults()
    {
        const CliRun info = runPlain({u"--lang"_s, u"fr"_s, u"info"_s, m_case});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(text(info.out).contains(u"Version du schéma : "), info.out.constData());
        // The counts line up however long the labels are in French.
        QVERIFY2(text(info.out).contains(u"\nLiens de preuve :  0\nÉvénements :       0\n"),
                 info.out.constData());
        const CliRun added = runPlain({u"--lang"_s,
                                       u"fr"_s,
                                       u"claim"_s,
                                       u"add"_s,
                                       m_case,
                                       u"--title"_s,
                                       u"Rupture de contrat"_s});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(text(added.out).startsWith(u"Prétention 1 ajoutée : Rupture de contrat"),
                 added.out.constData());
        // JSON is a machine contract: the same keys in every language.
        const CliRun json = runPlain({u"--lang"_s, u"fr"_s, u"info"_s, m_case, u"--json"_s});
        const CliRun english = runPlain({u"info"_s, m_case, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.out, english.out);
    }

    void unsupportedLanguageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("variable");
        QTest::newRow("--lang xx")
            << QStringList{u"--lang"_s, u"xx"_s, u"info"_s, m_case} << QString();
        QTest::newRow("--lang=klingon")
            << QStringList{u"--lang=klingon"_s, u"info"_s, m_case} << QString();
        QTest::newRow("CASEBINDER_LANG=xx") << QStringList{u"info"_s, m_case} << u"xx"_s;
    }

    void unsupportedLanguageExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, variable);
        const CliRun run = runCliWith(arguments, {{u"CASEBINDER_LANG"_s, variable}});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("use one of: en, fr."), run.err.constData());
        QVERIFY(run.out.isEmpty());
        if (!variable.isEmpty())
            QVERIFY(run.err.contains("CASEBINDER_LANG"));
    }

    void langNeedsAValue()
    {
        const CliRun alone = runPlain({u"--lang"_s});
        QCOMPARE(alone.exitCode, 2);
        QVERIFY2(alone.err.contains("--lang needs a language: en, fr."), alone.err.constData());
        QCOMPARE(runPlain({u"--lang"_s, u"--help"_s}).exitCode, 2);
    }

    // Scripts read the output: without --lang it is English on a French system too.
    void englishByDefaultOnAFrenchSystem_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("help") << QStringList{u"--help"_s};
        QTest::newRow("command help") << QStringList{u"export-timeline"_s, u"--help"_s};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("info") << QStringList{u"info"_s, m_case};
        QTest::newRow("info json") << QStringList{u"info"_s, m_case, u"--json"_s};
        QTest::newRow("missing case") << QStringList{u"info"_s, u"/nonexistent/x.casebinder"_s};
    }

    void englishByDefaultOnAFrenchSystem()
    {
        QFETCH(QStringList, arguments);
        const CliRun english
            = runCliWith(arguments, {{u"LANG"_s, u"C.UTF-8"_s}, {u"LC_ALL"_s, u"C.UTF-8"_s}});
        const CliRun french = runCliWith(arguments, FrenchSystem);
        QCOMPARE(french.exitCode, english.exitCode);
        QCOMPARE(text(french.out), text(english.out));
        QCOMPARE(text(french.err), text(english.err));
        const QString all = text(english.out + english.err);
        QVERIFY2(!all.contains(u"Utilisation") && !all.contains(u"introuvable")
                     && !all.contains(u"Version du schéma"),
                 qPrintable(all));
    }

    void environmentVariable()
    {
        const CliRun french = runCliWith({u"frobnicate"_s}, {{u"CASEBINDER_LANG"_s, u"fr"_s}});
        QCOMPARE(french.exitCode, 2);
        QVERIFY2(text(french.err).contains(u"commande inconnue"), french.err.constData());
        // A locale name works too; only its language chooses the catalogue.
        const CliRun canadian = runCliWith({u"--help"_s}, {{u"CASEBINDER_LANG"_s, u"fr_CA"_s}});
        QVERIFY(text(canadian.out).startsWith(u"Utilisation : "));
        // The option wins over the variable.
        const CliRun english = runCliWith({u"--lang"_s, u"en"_s, u"frobnicate"_s},
                                          {{u"CASEBINDER_LANG"_s, u"fr"_s}});
        QCOMPARE(english.exitCode, 2);
        QVERIFY2(english.err.contains("unknown command 'frobnicate'"), english.err.constData());
    }

    // ocr's own --lang names Tesseract languages; only the option before the command is the
    // CLI's language.
    void ocrKeepsItsOwnLang()
    {
        const CliRun help = runPlain({u"--lang"_s, u"fr"_s, u"ocr"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(text(help.out).contains(u"Langues Tesseract"), help.out.constData());
        const CliRun run
            = runPlain({u"ocr"_s, u"/nonexistent/x.casebinder"_s, u"--lang"_s, u"eng+fra"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no such file"), run.err.constData());
        QVERIFY(!run.err.contains("not a language"));
    }

    void exportLanguage()
    {
        const QString out = m_dir.filePath(u"exhibits.csv"_s);
        const CliRun bad = runPlain({u"export-exhibits"_s, m_case, out, u"--lang"_s, u"xx"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--lang: \"xx\" is not a language"), bad.err.constData());
        QVERIFY(!QFile::exists(out));

        const CliRun french = runPlain({u"export-exhibits"_s, m_case, out, u"--lang"_s, u"fr"_s});
        QVERIFY2(french.exitCode == 0, french.err.constData());
        QVERIFY(QFile::exists(out));
        // The messages keep the CLI's language (English here); the option is the document's.
        QVERIFY2(french.out.contains("Wrote "), french.out.constData());

        const QString pdf = m_dir.filePath(u"timeline.pdf"_s);
        const CliRun messages = runPlain({u"--lang"_s, u"fr"_s, u"export-timeline"_s, m_case, pdf});
        QVERIFY2(messages.exitCode == 0, messages.err.constData());
        QVERIFY2(text(messages.out).contains(u" écrit (0 événements, 1 page)"),
                 messages.out.constData());

        const CliRun help = runPlain({u"export-privilege-log"_s, u"--help"_s});
        QVERIFY(help.out.contains("--lang <CODE>"));
    }

    // Every message the CLI prints is in its catalogue, translated; a new untranslated string,
    // or a translation whose source is gone, fails here (and so in CI).
    void catalogueIsComplete()
    {
        const QString source = QStringLiteral(CASEBINDER_SOURCE_DIR);
        const QString catalogue = source + u"/resources/translations/casebinder_cli_fr.ts";
        QVERIFY(QFile::exists(catalogue));
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString copy = scratch.filePath(u"casebinder_cli_fr.ts"_s);
        QVERIFY(QFile::copy(catalogue, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        // The same files and options as app/CMakeLists.txt's qt_add_translations, but keeping
        // obsolete entries so that they can be counted.
        QStringList arguments{u"-locations"_s, u"none"_s};
        const QDir cli(source + u"/app/cli"_s);
        const QStringList files = cli.entryList({u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() > 10);
        for (const QString &file : files)
            arguments.append(cli.filePath(file));
        arguments << u"-ts"_s << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(CASEBINDER_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());

        QFile updated(copy);
        QVERIFY(updated.open(QIODevice::ReadOnly));
        const QString ts = QString::fromUtf8(updated.readAll());
        const qsizetype messages = ts.count(u"<message>"_s) + ts.count(u"<message numerus"_s);
        QVERIFY2(messages > 300, qPrintable(u"only %1 messages"_s.arg(messages)));

        QStringList problems;
        static const QRegularExpression entry(
            u"<source>([^<]*)</source>\\s*<translation type=\"(unfinished|vanished|obsolete)\""_s);
        for (auto it = entry.globalMatch(ts); it.hasNext();) {
            const auto match = it.next();
            problems.append(u"%1: %2"_s.arg(match.captured(2), match.captured(1)));
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"Run `ninja casebinder-cli_lupdate` and translate "
                            "resources/translations/casebinder_cli_fr.ts:\n"_s
                            + problems.join(u'\n')));
        // Every translation keeps the placeholders of its source.
        static const QRegularExpression pair(
            u"<source>([^<]*)</source>\\s*<translation>([^<]*)</translation>"_s);
        static const QRegularExpression placeholder(u"%\\d"_s);
        for (auto it = pair.globalMatch(ts); it.hasNext();) {
            const auto match = it.next();
            auto placeholders = [](const QString &text) {
                QStringList found;
                for (auto p = placeholder.globalMatch(text); p.hasNext();)
                    found.append(p.next().captured());
                found.sort();
                return found;
            };
            QCOMPARE(placeholders(match.captured(2)), placeholders(match.captured(1)));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_case;
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
