#include "mainwindow.h"

#include "caseoverview.h"
#include "casestats.h"
#include "recentcases.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace Casebinder::Views {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_recent(std::make_unique<RecentCases>())
{
    setWindowTitle(tr("Casebinder"));
    m_overview = new CaseOverview(this);
    setCentralWidget(m_overview);
    m_statusCounts = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCounts);
    createActions();
    resize(1200, 800);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Case…"), this, &MainWindow::newCase);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Case…"), this, &MainWindow::chooseCaseToOpen);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Casebinder"), this, [this] {
        QMessageBox::about(this,
                           tr("About Casebinder"),
                           tr("<h3>Casebinder %1</h3><p>Keeps one case in one file and shows which "
                              "evidence proves each part of each claim.</p>")
                               .arg(QStringLiteral(CASEBINDER_VERSION)));
    });
}

bool MainWindow::openCase(const QString &path)
{
    auto opened = CaseFile::open(path);
    if (!opened) {
        showError(tr("Cannot open case"), opened.error());
        if (opened.error().code == Error::Code::NotFound)
            m_recent->remove(path);
        rebuildRecentMenu();
        return false;
    }
    m_case = std::move(*opened);
    m_recent->add(path);
    rebuildRecentMenu();
    refresh();
    return true;
}

void MainWindow::newCase()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Case"), QString(), tr("Casebinder cases (*.casebinder)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".casebinder");
    bool ok = false;
    const QString title = QInputDialog::getText(this,
                                                tr("New Case"),
                                                tr("Case title:"),
                                                QLineEdit::Normal,
                                                QFileInfo(path).completeBaseName(),
                                                &ok);
    if (!ok)
        return;
    auto created = CaseFile::create(path, CaseCaption{.title = title});
    if (!created) {
        showError(tr("Cannot create case"), created.error());
        return;
    }
    m_case = std::move(*created);
    m_recent->add(path);
    rebuildRecentMenu();
    refresh();
}

void MainWindow::chooseCaseToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Case"), QString(), tr("Casebinder cases (*.casebinder);;All files (*)"));
    if (!path.isEmpty())
        openCase(path);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recent->paths();
    for (const QString &path : paths)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openCase(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!paths.isEmpty());
}

void MainWindow::refresh()
{
    if (!m_case) {
        m_overview->showNoCase();
        setWindowTitle(tr("Casebinder"));
        m_statusCounts->clear();
        return;
    }
    auto caption = m_case->caption();
    auto counts = countCase(*m_case);
    if (!caption || !counts) {
        showError(tr("Cannot read case"), !caption ? caption.error() : counts.error());
        return;
    }
    m_overview->showCase(*caption, *counts);
    setWindowTitle(
        tr("%1 — Casebinder")
            .arg(caption->title.isEmpty() ? QFileInfo(m_case->path()).fileName() : caption->title));
    m_statusCounts->setText(tr("%n document(s)", nullptr, int(counts->documents))
                            + QStringLiteral(" · ")
                            + tr("%n post(s)", nullptr, int(counts->posts)));
}

void MainWindow::showError(const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, this);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace Casebinder::Views
