#include "chronology/chronologyview.h"
#include "mainwindow.h"
#include "recentcases.h"
#include "samplecase.h"
#include "shell/claimsboard.h"
#include "shell/language.h"
#include "shell/searchpanel.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {32, 64, 256})
        icon.addFile(u":/icons/casebinder-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

QElapsedTimer &quitClock()
{
    static QElapsedTimer clock;
    return clock;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Casebinder"_s);
    QApplication::setOrganizationName(u"Casebinder"_s);
    QApplication::setApplicationVersion(QStringLiteral(CASEBINDER_VERSION));
    QApplication::setDesktopFileName(u"casebinder"_s);
    QApplication::setWindowIcon(applicationIcon());
    Casebinder::Views::installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Casebinder: an evidence organizer for litigation."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"CASE"_s,
                                 QApplication::translate("main", "The case file to open."));
    // For the README and for looking at the window under xvfb: grab the window once the event
    // loop has settled, write it to FILE and quit.
    QCommandLineOption screenshot(
        u"screenshot"_s, u"Save a screenshot to FILE and quit."_s, u"FILE"_s);
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption show(u"show"_s,
                            u"With --screenshot: overview, filings, exhibits, claims, posts, "
                            u"chronology, entities, tags, review, chronology:EVENT, search:QUERY, "
                            u"claims:EVIDENCE ROW, "
                            u"document:ID[:PAGE[:QUOTE]], import:FILE or action:MENU TEXT (a "
                            u"menu action such as \"Claim Chart…\"; its dialog is grabbed)."_s,
                            u"VIEW"_s);
    show.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption delay(u"screenshot-delay"_s, u"Milliseconds to wait."_s, u"MS"_s, u"2500"_s);
    delay.setFlags(QCommandLineOption::HiddenFromHelp);
    // For measuring how long quitting takes (issue #21 §10): closes the window through the
    // Quit path after MS milliseconds and prints the time from there to the end of main.
    QCommandLineOption quitAfter(u"quit-after"_s, u"Quit after MS and time it."_s, u"MS"_s);
    quitAfter.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({screenshot, show, delay, quitAfter});
    parser.process(app);

    Casebinder::Views::MainWindow window;
    auto *sample = Casebinder::Gui::SampleCaseOpener::install(window);
    window.show();

    QSettings settings;
    const bool firstRun = !settings.value(u"firstRunDone"_s).toBool();
    settings.setValue(u"firstRunDone"_s, true);
    if (!parser.positionalArguments().isEmpty()) {
        window.openCase(parser.positionalArguments().constFirst());
    } else if (!parser.isSet(screenshot)) {
        // A new user sees a real case; a returning one gets back to work where they left.
        const QString last = Casebinder::Views::RecentCases().paths().value(0);
        if (firstRun)
            QTimer::singleShot(0, sample, &Casebinder::Gui::SampleCaseOpener::open);
        else if (!last.isEmpty() && QFileInfo::exists(last))
            window.openCase(last);
    }

    if (parser.isSet(screenshot)) {
        const QString view = parser.value(show);
        using Casebinder::Views::CaseSection;
        const QHash<QString, CaseSection> sections = {{u"filings"_s, CaseSection::Filings},
                                                      {u"exhibits"_s, CaseSection::Exhibits},
                                                      {u"docket"_s, CaseSection::Docket},
                                                      {u"claims"_s, CaseSection::Claims},
                                                      {u"posts"_s, CaseSection::Posts},
                                                      {u"chronology"_s, CaseSection::Chronology},
                                                      {u"entities"_s, CaseSection::Entities},
                                                      {u"tags"_s, CaseSection::Tags}};
        if (sections.contains(view))
            window.showSection(sections.value(view));
        else if (view == u"review")
            window.startReview();
        else if (view.startsWith(u"import:"))
            window.importFiles({view.mid(7)});
        else if (view.startsWith(u"action:")) {
            const QString wanted = view.mid(7);
            for (QAction *action : window.findChildren<QAction *>()) {
                if (QString(action->text()).remove(u'&') == wanted) {
                    // Dialogs opened with exec() would block here: trigger from the loop.
                    QTimer::singleShot(0, action, &QAction::trigger);
                    break;
                }
            }
        } else if (view.startsWith(u"claims:")) {
            // The claims board with evidence row N of the first element selected (preview).
            if (auto *board = window.showClaimsBoard()) {
                const QModelIndex row
                    = board->evidenceView()->model()->index(view.mid(7).toInt(), 0);
                board->evidenceView()->setCurrentIndex(row);
            }
        } else if (view.startsWith(u"search:")) {
            window.focusCaseSearch();
            window.searchPanel()->queryField()->setText(view.mid(7));
            window.searchPanel()->search();
        } else if (view.startsWith(u"chronology:")) {
            window.showSection(CaseSection::Chronology);
            if (auto *chronology
                = qobject_cast<Casebinder::Views::ChronologyView *>(window.tab(u"chronology"_s)))
                chronology->selectEvent(view.mid(11).toLongLong());
        } else if (view.startsWith(u"document:")) {
            const QStringList parts = view.split(u':');
            const int page = parts.value(2).toInt();
            window.openDocument(parts.value(1).toLongLong(), page, page, parts.mid(3).join(u':'));
        } else if (!view.isEmpty() && view != u"overview") {
            std::fprintf(stderr, "Unknown view for --show: %s\n", qPrintable(view));
        }
        const QString file = parser.value(screenshot);
        QTimer::singleShot(parser.value(delay).toInt(), &window, [&window, file] {
            // A dialog the view opened is what the screenshot is of.
            QWidget *shown = &window;
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (widget != &window && widget->isVisible() && widget->isWindow()
                    && widget->windowType() == Qt::Dialog)
                    shown = widget;
            }
            const bool saved = shown->grab().save(file);
            if (!saved)
                std::fprintf(stderr, "Cannot write the screenshot to %s\n", qPrintable(file));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &window, [&window] {
            quitClock().start();
            // After main's locals (the window, its views, the case) are gone.
            std::atexit([] { std::fprintf(stderr, "quit took %lld ms\n", quitClock().elapsed()); });
            window.close();
        });
    return QApplication::exec();
}
