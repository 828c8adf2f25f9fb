// The app in French at 1280 × 800 (issue #21 §9 and §11): every view of the sample case shows
// no truncated label, no English date or cite word, and every custom widget has an accessible
// name and takes keyboard focus.

#include "app/clirunner.h"
#include "mainwindow.h"
#include "shell/casenavigator.h"
#include "shell/language.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Casebinder;

namespace {

// The views the test visits: the navigator's sections, then the review of the flagged posts.
const QList<Views::CaseSection> AllSections = {Views::CaseSection::Overview,
                                               Views::CaseSection::Filings,
                                               Views::CaseSection::Exhibits,
                                               Views::CaseSection::Docket,
                                               Views::CaseSection::Posts,
                                               Views::CaseSection::Claims,
                                               Views::CaseSection::Chronology,
                                               Views::CaseSection::Entities,
                                               Views::CaseSection::Tags};

bool visibleOnScreen(const QWidget *widget)
{
    return widget->isVisible() && widget->width() > 0 && widget->height() > 0;
}

// A label or button whose text does not fit its width is cut off by the style ("Élém…").
QString truncation(const QWidget *widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        if (label->wordWrap() || label->textFormat() == Qt::RichText || label->text().isEmpty()
            || Qt::mightBeRichText(label->text()) || !label->pixmap().isNull())
            return {};
        const int needed = label->fontMetrics().horizontalAdvance(label->text());
        const int has = label->contentsRect().width() - 2 * label->margin();
        return needed > has + 1 ? label->text() : QString();
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        if (button->text().isEmpty())
            return {};
        return button->sizeHint().width() > button->width() + 1 ? button->text() : QString();
    }
    if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
        const int needed = group->fontMetrics().horizontalAdvance(group->title()) + 24;
        return needed > group->width() ? group->title() : QString();
    }
    return {};
}

// English words the French screens must not show where the app (not the record) writes them.
const QRegularExpression &englishLeftovers()
{
    static const QRegularExpression pattern(
        u"\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}\\b|\\bcirca\\b|"
        "^(?:removed|up|open|established|conceded|withdrawn|element|factor|supported|contested|"
        "unsupported)$|^Event:|\\bno supporting evidence\\b|\\b(?:Dkt|Ex)\\. [\\w-]+ at \\d"_s);
    return pattern;
}

void collectItemTexts(const QAbstractItemModel *model,
                      const QModelIndex &parent,
                      QStringList &texts,
                      int depth = 0)
{
    if (!model || depth > 3)
        return;
    const int rows = std::min(model->rowCount(parent), 60);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            texts.append(index.data(Qt::DisplayRole).toString());
            if (column == 0)
                collectItemTexts(model, index, texts, depth + 1);
        }
    }
}

} // namespace

class FrenchTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_case = m_dir.filePath(u"sample.casebinder"_s);
        const CliRun run = runCli({u"sample"_s, m_case}, 300000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        Views::setLanguageOverride(u"fr"_s);
        Views::installTranslators(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("Casebinder::Views::MainWindow", "&File"),
                 u"&Fichier"_s);
    }

    void cleanupTestCase() { Views::setLanguageOverride(QString()); }

    void everyViewFitsAndSpeaksFrench_data()
    {
        QTest::addColumn<int>("section");
        for (Views::CaseSection section : AllSections)
            QTest::newRow(qPrintable(QString::number(int(section)))) << int(section);
        QTest::newRow("review") << -1;
    }

    void everyViewFitsAndSpeaksFrench()
    {
        QFETCH(int, section);
        Views::MainWindow window;
        window.resize(1280, 800);
        QVERIFY(window.openCase(m_case));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (section >= 0)
            window.showSection(Views::CaseSection(section));
        else
            window.startReview();
        QTest::qWait(200);

        QStringList truncated;
        QStringList texts;
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            if (!visibleOnScreen(widget))
                continue;
            if (const QString cut = truncation(widget); !cut.isEmpty())
                truncated.append(QString::fromLatin1(widget->metaObject()->className()) + u": "_s
                                 + cut);
            if (const auto *label = qobject_cast<const QLabel *>(widget))
                texts.append(label->text());
            if (const auto *view = qobject_cast<const QAbstractItemView *>(widget))
                collectItemTexts(view->model(), view->rootIndex(), texts);
        }
        for (QTabBar *bar : window.findChildren<QTabBar *>()) {
            for (int i = 0; i < bar->count(); ++i)
                texts.append(bar->tabText(i));
        }
        QVERIFY2(truncated.isEmpty(), qPrintable(truncated.join(u'\n')));
        QStringList english;
        for (const QString &text : std::as_const(texts)) {
            if (englishLeftovers().match(text).hasMatch())
                english.append(text.left(160));
        }
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    }

    // §11: the custom widgets can be found and used without a mouse.
    void customWidgetsAreAccessible()
    {
        Views::MainWindow window;
        window.resize(1280, 800);
        QVERIFY(window.openCase(m_case));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList problems;
        const qint64 firstDocument = 1; // the sample case's first filing
        for (int step = 0; step <= int(AllSections.size()); ++step) {
            if (step < AllSections.size())
                window.showSection(AllSections.at(step));
            else
                window.openDocument(firstDocument, 1);
            QTest::qWait(200);
            for (QWidget *widget : window.findChildren<QWidget *>()) {
                if (!visibleOnScreen(widget))
                    continue;
                const QString name = QString::fromLatin1(widget->metaObject()->className());
                const bool custom
                    = name.startsWith(u"Casebinder::"_s)
                      && (qobject_cast<QAbstractItemView *>(widget) || name.contains(u"Timeline"_s)
                          || name.contains(u"PageView"_s) || name.contains(u"Board"_s));
                const bool itemView = qobject_cast<QAbstractItemView *>(widget) != nullptr
                                      && !qobject_cast<QHeaderView *>(widget);
                if (!custom && !itemView)
                    continue;
                if (widget->focusPolicy() == Qt::NoFocus && !widget->focusProxy() && custom)
                    problems.append(name + u" takes no keyboard focus"_s);
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
                if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                    problems.append(name + u" (" + widget->objectName()
                                    + u") has no accessible name"_s);
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // §11: every menu and action is reachable from the keyboard: a menu by its mnemonic, an
    // action through its menu (or its own shortcut when it lives outside the menus).
    void everyActionIsReachableFromTheKeyboard()
    {
        Views::MainWindow window;
        QVERIFY(window.openCase(m_case));
        QSet<QAction *> inMenus;
        QStringList problems;
        const std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            for (QAction *action : menu->actions()) {
                inMenus.insert(action);
                if (action->menu())
                    walk(action->menu());
            }
        };
        for (QAction *top : window.menuBar()->actions()) {
            if (!top->text().contains(u'&'))
                problems.append(u"menu without a mnemonic: "_s + top->text());
            if (top->menu())
                walk(top->menu());
        }
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->isSeparator() || action->text().isEmpty() || action->menu())
                continue;
            if (!inMenus.contains(action) && action->shortcut().isEmpty()
                && !action->parent()->inherits("QLineEdit"))
                problems.append(u"not in a menu and no shortcut: "_s + action->text());
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private:
    QTemporaryDir m_dir;
    QString m_case;
};

QTEST_MAIN(FrenchTest)
#include "tst_french.moc"
