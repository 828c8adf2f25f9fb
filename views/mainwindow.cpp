#include "mainwindow.h"

#include "caseoverview.h"
#include "casestats.h"
#include "chronology/chronologyview.h"
#include "dockets/docketview.h"
#include "documentstore.h"
#include "documentviewer/documentviewer.h"
#include "export/batesdialog.h"
#include "export/exportdialogs.h"
#include "export/productiondialog.h"
#include "jobs/casecopyjob.h"
#include "models/documentsmodel.h"
#include "models/entitiesmodel.h"
#include "models/tagsmodel.h"
#include "ocr/pagestocheckdialog.h"
#include "ocr/searchablecopyaction.h"
#include "posts/postsview.h"
#include "recentcases.h"
#include "review/reviewview.h"
#include "shell/claimsboard.h"
#include "shell/errormessage.h"
#include "shell/importdialog.h"
#include "shell/inspector.h"
#include "shell/language.h"
#include "shell/linkdialog.h"
#include "shell/recognitionrunner.h"
#include "shell/searchpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoView>
#include <QUrl>
#include <QVBoxLayout>

namespace Casebinder::Views {
namespace {
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString TabKeyProperty = QStringLiteral("casebinderTabKey");
constexpr int LayoutVersion = 1;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_recent(std::make_unique<RecentCases>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Casebinder"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->tabBar()->setElideMode(Qt::ElideRight);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    // The inspector describes the current selection of the current view (issue #21 §2).
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::describeCurrentView);
    m_overview = new CaseOverview(m_tabs);
    connect(m_overview, &CaseOverview::newCaseRequested, this, &MainWindow::newCase);
    connect(m_overview, &CaseOverview::openCaseRequested, this, &MainWindow::chooseCaseToOpen);
    connect(m_overview, &CaseOverview::importRequested, this, [this] {
        // Files go into a case: make one first.
        if (!m_document)
            newCase();
        if (m_document)
            chooseFilesToImport();
    });
    connect(m_overview, &CaseOverview::sampleRequested, this, [this] {
        if (auto *sample = findChild<QAction *>(QStringLiteral("openSampleCase")))
            sample->trigger();
    });
    connect(m_overview, &CaseOverview::recentCaseRequested, this, &MainWindow::openCase);
    m_tabs->addTab(m_overview, tr("Overview"));
    // The overview is the window's home page: it stays.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    // Above the tabs: the banner of a sample case (what it is and where it is saved).
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("caseBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_banner->setOpenExternalLinks(true);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::ToolTipBase));
    bannerPalette.setColor(QPalette::WindowText, bannerPalette.color(QPalette::ToolTipText));
    m_banner->setPalette(bannerPalette);
    m_banner->hide();
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_undoGroup = new QUndoGroup(this);
    m_statusCounts = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCounts);
    m_storageWarning = new QLabel(this);
    m_storageWarning->setObjectName(QStringLiteral("storageWarning"));
    m_storageWarning->hide();
    statusBar()->addPermanentWidget(m_storageWarning);

    createDocks();
    createActions();
    resize(1280, 820);
    resizeDocks({m_navigatorDock, m_inspectorDock}, {250, 260}, Qt::Horizontal);
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray(), LayoutVersion);
    refresh();
}

MainWindow::~MainWindow()
{
    // The tabs outlive this object's own destructor (they go with QWidget's): nothing they
    // emit while they are torn down may reach it.
    disconnect(m_tabs, nullptr, this, nullptr);
    // A copy in progress is told to stop and waited for; its worker removes the unfinished
    // file.
    delete std::exchange(m_copyJob, nullptr);
    // Views and models hold references to the case document; they go first.
    closeCaseTabs();
    delete std::exchange(m_documentsModel, nullptr);
}

void MainWindow::listDocuments()
{
    if (!m_documentsModel)
        return;
    // Scans without a text layer say so, not only by looking empty.
    QSet<qint64> needOcr;
    if (auto records = m_document ? m_document->documents().documents()
                                  : Result<QList<DocumentRecord>>(QList<DocumentRecord>{})) {
        for (const DocumentRecord &record : std::as_const(*records)) {
            if (record.textStatus == TextStatus::NeedsOcr)
                needOcr.insert(record.id);
        }
    }
    QList<NavigatorItem> filings;
    QList<NavigatorItem> exhibits;
    for (int row = 0; row < m_documentsModel->rowCount(); ++row) {
        const QModelIndex index = m_documentsModel->index(row, DocumentsModel::TitleColumn);
        const QString cite = index.data(DocumentsModel::CiteNameRole).toString();
        const QString title = index.data(Qt::DisplayRole).toString();
        NavigatorItem item{m_documentsModel->documentId(row),
                           cite.isEmpty() || cite == u"“" + title + u"”" ? title
                                                                         : cite + u"  " + title,
                           title};
        if (needOcr.contains(item.id)) {
            item.title += u"  " + tr("(no text: needs OCR)");
            item.toolTip = tr("%1\nNo text: needs OCR (Document ▸ Recognise Text)").arg(title);
        }
        if (index.data(DocumentsModel::KindRole).toString() == u"filing")
            filings << item;
        else
            exhibits << item;
    }
    m_navigator->setSectionItems(CaseSection::Filings, filings);
    m_navigator->setSectionItems(CaseSection::Exhibits, exhibits);
}

void MainWindow::createDocks()
{
    m_navigatorDock = new QDockWidget(tr("Case"), this);
    m_navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    m_navigator = new CaseNavigator(m_navigatorDock);
    m_navigatorDock->setWidget(m_navigator);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);
    connect(m_navigator, &CaseNavigator::sectionActivated, this, &MainWindow::showSection);
    connect(m_navigator, &CaseNavigator::entryActivated, this, [this](CaseSection, qint64 id) {
        openDocument(id);
    });
    connect(m_navigator, &CaseNavigator::entrySelected, this, [this](CaseSection, qint64 id) {
        m_inspector->showDocument(id);
        m_recognition->select(id);
    });

    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspector = new Inspector(m_inspectorDock);
    m_inspectorDock->setWidget(m_inspector);
    connect(m_inspector, &Inspector::openSourceRequested, this, &MainWindow::openEvidenceRef);
    connect(m_inspector, &Inspector::showOnDocketRequested, this, [this](qint64 documentId) {
        showSection(CaseSection::Docket);
        if (auto *docket = qobject_cast<DocketView *>(m_tabs->currentWidget()))
            docket->showDocument(documentId);
    });
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);

    m_undoDock = new QDockWidget(tr("History"), this);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    auto *undoView = new QUndoView(m_undoGroup, m_undoDock);
    undoView->setEmptyLabel(tr("<opened case>"));
    m_undoDock->setWidget(undoView);
    addDockWidget(Qt::LeftDockWidgetArea, m_undoDock);
    m_undoDock->hide();

    m_searchDock = new QDockWidget(tr("Search"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchPanel = new SearchPanel(m_searchDock);
    m_searchDock->setWidget(m_searchPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_searchDock);
    m_searchDock->hide();
    connect(m_searchPanel, &SearchPanel::hitActivated, this, &MainWindow::openSearchHit);
}

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
    m_importAction = file->addAction(tr("&Import…"), this, &MainWindow::chooseFilesToImport);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    // A production volume (VOL001/ with DATA/, IMAGES/, …): its load file is found and imported.
    QAction *importFolder = file->addAction(tr("Import Production &Folder…"), this, [this] {
        if (!m_document)
            return;
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Import a Production Volume"), QString());
        if (!folder.isEmpty())
            importFiles({folder});
    });
    importFolder->setObjectName(QStringLiteral("importProductionFolderAction"));
    importFolder->setEnabled(m_importAction->isEnabled());
    connect(m_importAction, &QAction::enabledChanged, importFolder, &QAction::setEnabled);
    m_exportMenu = file->addMenu(tr("E&xport"));
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_exportMenu->addAction(
        tr("&Timeline…"), this, &MainWindow::showExportDialog<ExportTimelineDialog>);
    m_exportMenu->addAction(
        tr("&Claim Chart…"), this, &MainWindow::showExportDialog<ExportMatrixDialog>);
    m_exportMenu->addAction(
        tr("&Exhibit List…"), this, &MainWindow::showExportDialog<ExportExhibitsDialog>);
    m_exportMenu->addAction(
        tr("&Privilege Log…"), this, &MainWindow::showExportDialog<ExportPrivilegeLogDialog>);
    m_exportMenu->addAction(tr("P&roduction…"), this, [this] {
        if (!m_document)
            return;
        auto *dialog = new ProductionDialog(*m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_saveCopyAction = file->addAction(tr("Save a &Copy…"), this, &MainWindow::saveCopy);
    m_saveCopyAction->setObjectName(QStringLiteral("saveCopyAction"));
    file->addSeparator();
    QAction *closeAction = file->addAction(tr("&Close Case"), this, &MainWindow::closeCase);
    closeAction->setObjectName(QStringLiteral("closeCaseAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Search Case…"), this, &MainWindow::focusCaseSearch);
    find->setObjectName(QStringLiteral("searchCaseAction"));
    find->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    find->setShortcutContext(Qt::ApplicationShortcut);

    m_recognition = new RecognitionRunner(statusBar(), this);
    connect(m_recognition, &RecognitionRunner::pagesRecognised, this, [this] {
        if (m_document) {
            m_document->notifyChanged(CaseTable::Pages);
            // The documents' text status changed with their pages (no longer "needs OCR").
            m_document->notifyChanged(CaseTable::Documents);
        }
        // A viewer that said "needs OCR" reads the new text (and drops the banner).
        for (auto *viewer : m_tabs->findChildren<DocumentViewer *>()) {
            if (viewer->ocrBanner()->isVisible() && viewer->documentId() > 0)
                viewer->openDocument(viewer->documentId());
        }
    });
    connect(m_recognition, &RecognitionRunner::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    QMenu *documentMenu = menuBar()->addMenu(tr("&Document"));
    documentMenu
        ->addAction(tr("&Recognise Text"), this, [this] { m_recognition->recogniseSelected(); })
        ->setObjectName(QStringLiteral("recogniseTextAction"));
    // Bates numbers for the documents selected in the navigator (several with Ctrl or Shift),
    // or, with none selected, every document not yet numbered: one undoable command.
    const auto assignBates = [this] {
        if (!m_document)
            return;
        auto *dialog = new BatesDialog(
            *m_document,
            m_navigator->selectedEntryIds({CaseSection::Filings, CaseSection::Exhibits}),
            this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
    QAction *assignBatesAction
        = documentMenu->addAction(tr("Assign &Bates Numbers…"), this, assignBates);
    assignBatesAction->setObjectName(QStringLiteral("assignBatesAction"));
    assignBatesAction->setEnabled(m_importAction->isEnabled());
    connect(m_importAction, &QAction::enabledChanged, assignBatesAction, &QAction::setEnabled);
    m_navigator->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_navigator->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_navigator,
            &QWidget::customContextMenuRequested,
            this,
            [this, assignBatesAction](const QPoint &at) {
                const QTreeWidgetItem *item = m_navigator->itemAt(at);
                if (!item || !item->parent() || !m_document)
                    return;
                const QTreeWidgetItem *section = item->parent();
                if (section != m_navigator->sectionItem(CaseSection::Filings)
                    && section != m_navigator->sectionItem(CaseSection::Exhibits))
                    return;
                QMenu menu(this);
                menu.addAction(assignBatesAction);
                menu.exec(m_navigator->viewport()->mapToGlobal(at));
            });
    documentMenu
        ->addAction(tr("Pages to &Check…"),
                    this,
                    [this] {
                        if (!m_document)
                            return;
                        auto pages = PagesToCheck::read(m_document->caseFile());
                        if (!pages) {
                            showError(this, tr("Cannot list the pages to check"), pages.error());
                            return;
                        }
                        auto *dialog = new PagesToCheckDialog(this);
                        dialog->setAttribute(Qt::WA_DeleteOnClose);
                        dialog->setPages(*pages);
                        connect(dialog,
                                &PagesToCheckDialog::pageActivated,
                                this,
                                [this](qint64 id, int page) { openDocument(id, page, page); });
                        dialog->open();
                    })
        ->setObjectName(QStringLiteral("pagesToCheckAction"));
    documentMenu
        ->addAction(tr("Save &Searchable Copy…"),
                    this,
                    [this] {
                        const qint64 id = m_recognition->selected();
                        QString name = tr("Document %1").arg(id);
                        if (m_document && id > 0) {
                            if (auto record = m_document->documents().document(id))
                                name = record->title.isEmpty() ? record->sourceName : record->title;
                        }
                        saveSearchableCopy(
                            this, m_document ? m_document->connections() : nullptr, id, name);
                    })
        ->setObjectName(QStringLiteral("saveSearchableCopyAction"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_navigatorDock->toggleViewAction());
    m_viewMenu->addAction(m_inspectorDock->toggleViewAction());
    m_undoDock->toggleViewAction()->setText(tr("Undo &History"));
    m_viewMenu->addAction(m_undoDock->toggleViewAction());
    m_viewMenu->addAction(m_searchDock->toggleViewAction());
    m_viewMenu->addSeparator();
    QAction *review
        = m_viewMenu->addAction(tr("&Review Documents"), this, [this] { startReview(); });
    review->setObjectName(QStringLiteral("reviewAction"));
    review->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_viewMenu->addSeparator();
    QMenu *language = m_viewMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString current = languageOverride();
    const QList<std::pair<QString, QString>> choices = {
        {QString(), tr("System Default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            setLanguageOverride(code);
            statusBar()->showMessage(tr("The new language is used from the next start."), 8000);
        });
    }

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addSeparator();
    m_helpMenu
        ->addAction(
            tr("&About Casebinder"),
            this,
            [this] {
                QMessageBox::about(
                    this,
                    tr("About Casebinder"),
                    tr("<h3>Casebinder %1</h3><p>Keeps one case in one file and shows which "
                       "evidence proves each part of each claim.</p>")
                        .arg(QStringLiteral(CASEBINDER_VERSION)));
            })
        ->setMenuRole(QAction::AboutRole);
}

bool MainWindow::openCase(const QString &path)
{
    auto opened = CaseFile::open(path);
    if (!opened) {
        showError(this, tr("Cannot open case"), opened.error());
        if (opened.error().code == Error::Code::NotFound)
            m_recent->remove(path);
        rebuildRecentMenu();
        return false;
    }
    setDocument(std::make_unique<CaseDocument>(std::move(*opened)), path);
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
        showError(this, tr("Cannot create case"), created.error());
        return;
    }
    setDocument(std::make_unique<CaseDocument>(std::move(*created)), path);
}

void MainWindow::chooseCaseToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Case"), QString(), tr("Casebinder cases (*.casebinder);;All files (*)"));
    if (!path.isEmpty())
        openCase(path);
}

void MainWindow::setDocument(std::unique_ptr<CaseDocument> document, const QString &path)
{
    closeCaseTabs();
    delete std::exchange(m_documentsModel, nullptr);
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
    m_navigator->clearCase();
    m_document = std::move(document);
    m_searchPanel->setConnections(m_document ? m_document->connections() : nullptr);
    m_recognition->setCase(m_document ? m_document->connections() : nullptr);
    m_inspector->setCaseDocument(m_document.get());
    if (m_document) {
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        connect(m_document.get(), &CaseDocument::changed, this, &MainWindow::onCaseChanged);
        connect(m_document.get(), &CaseDocument::editFailed, this, [this](const Error &error) {
            showError(this, tr("Cannot change the case"), error);
        });
        m_recent->add(path);
        m_documentsModel = new DocumentsModel(*m_document, std::nullopt, this);
        connect(
            m_documentsModel, &QAbstractItemModel::modelReset, this, &MainWindow::listDocuments);
        connect(
            m_documentsModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::listDocuments);
        connect(
            m_documentsModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::listDocuments);
        connect(
            m_documentsModel, &QAbstractItemModel::dataChanged, this, &MainWindow::listDocuments);
        listDocuments();
    }
    rebuildRecentMenu();
    updateBanner();
    refresh();
    showStorageWarning();
}

QString MainWindow::suggestedCopyPath() const
{
    const QFileInfo source(m_document->caseFile().path());
    const QString suffix = source.suffix().isEmpty() ? QString() : u'.' + source.suffix();
    QString candidate
        = source.dir().filePath(tr("%1 copy").arg(source.completeBaseName()) + suffix);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = source.dir().filePath(tr("%1 copy %2").arg(source.completeBaseName()).arg(n)
                                          + suffix);
    return candidate;
}

// A verified copy of the open case, made by a CaseCopyJob on a connection of its own.
void MainWindow::saveCopy()
{
    if (!m_document || (m_copyJob && m_copyJob->isRunning()))
        return;
    const QString suggested = suggestedCopyPath();
    QString path = m_chooseCopyPath
                       ? m_chooseCopyPath(suggested)
                       : QFileDialog::getSaveFileName(this,
                                                      tr("Save a Copy of the Case"),
                                                      suggested,
                                                      tr("Casebinder cases (*.casebinder)"),
                                                      nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".casebinder");
    if (!m_copyProgress) {
        m_copyProgress
            = new QProgressDialog(tr("Copying and verifying the case…"), tr("Cancel"), 0, 0, this);
        m_copyProgress->setObjectName(QStringLiteral("copyProgress"));
        m_copyProgress->setWindowTitle(tr("Save a Copy"));
        m_copyProgress->setWindowModality(Qt::WindowModal);
        m_copyProgress->setAutoReset(false);
        m_copyProgress->setAutoClose(false);
        m_copyProgress->reset();
    }
    delete std::exchange(m_copyJob, new CaseCopyJob(m_document->connections(), path, this));
    connect(m_copyProgress, &QProgressDialog::canceled, m_copyJob, &Job::cancel);
    connect(m_copyJob, &Job::progress, m_copyProgress, [this](const JobProgress &progress) {
        m_copyProgress->setMaximum(int(std::min<qint64>(progress.total, INT_MAX)));
        m_copyProgress->setValue(int(std::min(progress.done, progress.total)));
    });
    connect(m_copyJob, &Job::finished, this, &MainWindow::copyFinished);
    connect(m_copyJob, &Job::failed, this, &MainWindow::copyFailed);
    m_copyProgress->setRange(0, 0);
    m_copyProgress->show();
    m_saveCopyAction->setEnabled(false);
    m_copyJob->start();
}

void MainWindow::endCopy()
{
    m_copyProgress->disconnect(m_copyJob);
    m_copyProgress->reset();
    m_copyProgress->hide();
    m_saveCopyAction->setEnabled(m_document != nullptr);
}

void MainWindow::copyFailed(const Error &error)
{
    endCopy();
    if (error.code == Error::Code::Cancelled) {
        statusBar()->showMessage(tr("The copy was cancelled; no file was written."), 8000);
        return;
    }
    showError(this, tr("Cannot save a copy"), error);
}

void MainWindow::copyFinished()
{
    endCopy();
    const BackupReport &result = m_copyJob->report();
    const QString path = QDir::toNativeSeparators(result.path);
    statusBar()->showMessage(tr("Saved a verified copy: %1").arg(path), 8000);
    auto *box = new QMessageBox(
        QMessageBox::Information,
        tr("Copy saved"),
        tr("The copy is verified and recorded in the case's custody log:\n%1\n\nSHA-256: %2")
            .arg(path, result.sha256),
        QMessageBox::Ok,
        this);
    box->setObjectName(QStringLiteral("copySavedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// Once per opened case: a case on a network share must not be opened on two computers.
void MainWindow::showStorageWarning()
{
    const QString warning
        = m_document ? m_document->caseFile().storage().warning(m_document->caseFile().path())
                     : QString();
    if (warning.isEmpty()) {
        m_storageWarning->hide();
        m_storageWarning->clear();
        return;
    }
    m_storageWarning->setText(
        tr("⚠ On a network share (%1)").arg(m_document->caseFile().storage().fileSystem.name));
    m_storageWarning->setToolTip(warning);
    m_storageWarning->show();
    // Window-modal but not blocking: the event loop, and the workers' signals, keep running.
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Case on a network share"), warning, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("storageWarningBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeCase()
{
    setDocument(nullptr, QString());
}

void MainWindow::setSamplePath(const QString &path)
{
    m_samplePath = path;
    m_overview->setSampleAvailable(findChild<QAction *>(QStringLiteral("openSampleCase")));
    updateBanner();
}

void MainWindow::updateBanner()
{
    const QString open
        = m_document ? QFileInfo(m_document->caseFile().path()).canonicalFilePath() : QString();
    if (open.isEmpty() || m_samplePath.isEmpty()
        || open != QFileInfo(m_samplePath).canonicalFilePath()) {
        m_banner->hide();
        return;
    }
    const QString folder = QFileInfo(open).absolutePath();
    m_banner->setText(
        tr("<b>Sample case</b> — illustrative summaries, not the court record. Saved at "
           "<a href=\"%1\">%2</a>; Help ▸ Open Sample Case rebuilds it.")
            .arg(QUrl::fromLocalFile(folder).toString(),
                 QDir::toNativeSeparators(open).toHtmlEscaped()));
    m_banner->show();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recent->paths();
    for (const QString &path : paths)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openCase(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!paths.isEmpty());
    QStringList existing;
    for (const QString &path : paths) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    m_overview->setRecentCases(existing);
}

void MainWindow::refresh()
{
    const bool open = m_document != nullptr;
    const auto actions = findChildren<QAction *>(QStringLiteral("closeCaseAction"));
    for (QAction *action : actions)
        action->setEnabled(open);
    m_importAction->setEnabled(open);
    m_exportMenu->setEnabled(open);
    m_saveCopyAction->setEnabled(open && !(m_copyJob && m_copyJob->isRunning()));
    for (QAction *action : findChildren<QAction *>(QStringLiteral("reviewAction")))
        action->setEnabled(open);
    if (!open) {
        m_overview->showNoCase();
        setWindowTitle(tr("Casebinder"));
        m_statusCounts->clear();
        return;
    }
    auto caption = m_document->caseFile().caption();
    if (!caption) {
        showError(this, tr("Cannot read case"), caption.error());
        return;
    }
    setWindowTitle(tr("%1 — Casebinder")
                       .arg(caption->title.isEmpty()
                                ? QFileInfo(m_document->caseFile().path()).fileName()
                                : caption->title));
    refreshCounts();
}

void MainWindow::refreshCounts()
{
    m_countsPending = false;
    if (!m_document)
        return;
    auto caption = m_document->caseFile().caption();
    auto counts = countCase(m_document->caseFile());
    if (!caption || !counts) {
        showError(this, tr("Cannot read case"), !caption ? caption.error() : counts.error());
        return;
    }
    m_overview->showCase(*caption, *counts);
    if (auto matrix = ProofMatrix::build(m_document->caseFile()))
        m_overview->showClaims(*matrix);
    m_navigator->setCounts(*counts);
    m_statusCounts->setText(tr("%n document(s)", nullptr, int(counts->documents))
                            + QStringLiteral(" · ") + tr("%n page(s)", nullptr, int(counts->pages))
                            + QStringLiteral(" · ") + tr("%n post(s)", nullptr, int(counts->posts))
                            + QStringLiteral(" · ")
                            + tr("%n evidence link(s)", nullptr, int(counts->links)));
}

void MainWindow::onCaseChanged(CaseTable table)
{
    if (table == CaseTable::Caption) {
        refresh();
        return;
    }
    // A burst of edits (a bulk tag, an import) recounts once.
    if (!m_countsPending) {
        m_countsPending = true;
        QTimer::singleShot(0, this, &MainWindow::refreshCounts);
    }
}

void MainWindow::showSection(CaseSection section)
{
    switch (section) {
    case CaseSection::Overview:
        m_tabs->setCurrentWidget(m_overview);
        return;
    case CaseSection::Claims:
        showClaimsBoard();
        return;
    case CaseSection::Filings:
    case CaseSection::Exhibits: {
        // The section lists its documents; each opens in its own tab.
        QTreeWidgetItem *item = m_navigator->sectionItem(section);
        item->setExpanded(true);
        return;
    }
    case CaseSection::Docket:
    case CaseSection::Posts:
    case CaseSection::Chronology:
    case CaseSection::Entities:
    case CaseSection::Tags:
        break;
    }
    if (!m_document)
        return;
    const QString key = section == CaseSection::Posts        ? QStringLiteral("posts")
                        : section == CaseSection::Docket     ? QStringLiteral("docket")
                        : section == CaseSection::Chronology ? QStringLiteral("chronology")
                        : section == CaseSection::Entities   ? QStringLiteral("entities")
                                                             : QStringLiteral("tags");
    showTab(key, m_navigator->sectionItem(section)->text(0), [this, section] {
        return createSectionView(section);
    });
}

QWidget *MainWindow::createSectionView(CaseSection section)
{
    switch (section) {
    case CaseSection::Posts: {
        auto *posts = new PostsView(*m_document, m_tabs);
        connect(posts, &PostsView::postSelected, this, [this, posts](qint64 id) {
            if (m_tabs->currentWidget() == posts)
                id > 0 ? m_inspector->showPost(id) : m_inspector->clear();
        });
        connect(posts, &PostsView::postActivated, this, [this](qint64 id) {
            m_inspectorDock->show();
            m_inspector->showPost(id);
        });
        connect(posts, &PostsView::linkPostRequested, this, &MainWindow::linkToClaim);
        connect(posts, &PostsView::reviewRequested, this, &MainWindow::startReview);
        connect(posts, &PostsView::editFailed, this, [this](const Error &error) {
            showError(this, tr("Cannot change the posts"), error);
        });
        return posts;
    }
    case CaseSection::Chronology: {
        auto *chronology = new ChronologyView(*m_document, m_tabs);
        connect(
            chronology, &ChronologyView::openSourceRequested, this, &MainWindow::openEvidenceRef);
        connect(chronology, &ChronologyView::linkEventRequested, this, &MainWindow::linkToClaim);
        connect(chronology, &ChronologyView::eventSelected, this, [this, chronology](qint64 id) {
            if (m_tabs->currentWidget() == chronology)
                id > 0 ? m_inspector->showTimelineEvent(id) : m_inspector->clear();
        });
        return chronology;
    }
    case CaseSection::Docket: {
        auto *docket = new DocketView(*m_document, m_tabs);
        connect(docket, &DocketView::openDocumentRequested, this, [this](qint64 id, int page) {
            openDocument(id, page);
        });
        connect(docket, &DocketView::editFailed, this, [this](const Error &error) {
            showError(this, tr("Cannot change the docket links"), error);
        });
        return docket;
    }
    case CaseSection::Entities: {
        auto *view = new QTableView(m_tabs);
        view->setObjectName(QStringLiteral("entitiesView"));
        view->setAccessibleName(tr("Entities"));
        view->setModel(new EntitiesModel(*m_document, view));
        view->setSortingEnabled(false);
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->resizeColumnsToContents();
        return view;
    }
    case CaseSection::Tags: {
        auto *view = new QTreeView(m_tabs);
        view->setObjectName(QStringLiteral("tagsView"));
        view->setAccessibleName(tr("Tags"));
        view->setModel(new TagsModel(*m_document, view));
        view->setAlternatingRowColors(true);
        view->expandAll();
        view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        return view;
    }
    case CaseSection::Overview:
    case CaseSection::Filings:
    case CaseSection::Exhibits:
    case CaseSection::Claims:
        break;
    }
    return nullptr;
}

void MainWindow::startReview(const QList<qint64> &postIds)
{
    if (!m_document)
        return;
    auto *review
        = qobject_cast<ReviewView *>(showTab(QStringLiteral("review"), tr("Review"), [this] {
              auto *created = new ReviewView(*m_document, m_tabs);
              connect(created, &ReviewView::editFailed, this, [this](const Error &error) {
                  showError(this, tr("Cannot change the case"), error);
              });
              connect(created, &ReviewView::currentChanged, this, [this, created] {
                  if (m_tabs->currentWidget() == created)
                      describeCurrentView();
              });
              return created;
          }));
    if (!review)
        return;
    if (!postIds.isEmpty()) {
        review->start(ReviewView::Subject::Posts, postIds);
    } else if (auto started = review->startDocuments(); !started) {
        showError(this, tr("Cannot start the review"), started.error());
    }
    review->setFocus();
}

void MainWindow::describeCurrentView()
{
    if (!m_inspector)
        return;
    QWidget *page = m_tabs->currentWidget();
    if (!m_document || !page || page == m_overview) {
        m_inspector->clear();
        return;
    }
    Inspector *inspector = m_inspector;
    const auto show = [inspector](qint64 id, void (Inspector::*method)(qint64)) {
        if (id > 0)
            (inspector->*method)(id);
        else
            inspector->clear();
    };
    if (auto *viewer = qobject_cast<DocumentViewer *>(page)) {
        // While it loads, the document it is opening.
        const QString key = page->property(TabKeyProperty.toUtf8().constData()).toString();
        show(viewer->documentId() > 0 ? viewer->documentId() : key.section(u':', 1).toLongLong(),
             &Inspector::showDocument);
    } else if (auto *board = qobject_cast<ClaimsBoard *>(page)) {
        show(board->currentNodeId(), &Inspector::showClaim);
    } else if (auto *posts = qobject_cast<PostsView *>(page)) {
        show(posts->currentPostId(), &Inspector::showPost);
    } else if (auto *chronology = qobject_cast<ChronologyView *>(page)) {
        show(chronology->selectedEvent(), &Inspector::showTimelineEvent);
    } else if (auto *review = qobject_cast<ReviewView *>(page)) {
        show(review->currentId(),
             review->subject() == ReviewView::Subject::Posts ? &Inspector::showPost
                                                             : &Inspector::showDocument);
    } else {
        m_inspector->clear();
    }
}

void MainWindow::openEvidenceRef(const EvidenceRef &evidence)
{
    switch (evidence.kind) {
    case EvidenceRef::Kind::Document:
        openDocument(evidence.id, evidence.pageFrom, evidence.pageTo, evidence.quote);
        break;
    case EvidenceRef::Kind::Post:
        m_inspectorDock->show();
        m_inspector->showPost(evidence.id);
        break;
    case EvidenceRef::Kind::Event:
        showSection(CaseSection::Chronology);
        if (auto *chronology = qobject_cast<ChronologyView *>(tab(QStringLiteral("chronology"))))
            chronology->selectEvent(evidence.id);
        break;
    }
}

QWidget *MainWindow::tab(const QString &key) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *page = m_tabs->widget(i);
        if (page->property(TabKeyProperty.toUtf8().constData()).toString() == key)
            return page;
    }
    return nullptr;
}

QWidget *MainWindow::showTab(const QString &key,
                             const QString &title,
                             const std::function<QWidget *()> &create)
{
    QWidget *page = tab(key);
    if (!page) {
        page = create();
        if (!page)
            return nullptr;
        page->setProperty(TabKeyProperty.toUtf8().constData(), key);
        // A long title would crowd the others out: at most about 30 characters, elided at
        // the end (the tab bar elides further when space runs out), whole in the tooltip.
        const QFontMetrics metrics = m_tabs->tabBar()->fontMetrics();
        m_tabs->addTab(page,
                       metrics.elidedText(title, Qt::ElideRight, metrics.averageCharWidth() * 30));
        m_tabs->setTabToolTip(m_tabs->indexOf(page), title);
    }
    m_tabs->setCurrentWidget(page);
    return page;
}

void MainWindow::closeTab(int index)
{
    QWidget *page = m_tabs->widget(index);
    if (!page || page == m_overview)
        return;
    m_tabs->removeTab(index);
    delete page;
}

void MainWindow::closeCaseTabs()
{
    for (int i = m_tabs->count() - 1; i >= 0; --i)
        closeTab(i);
}

void MainWindow::openDocument(qint64 documentId, int pageFrom, int pageTo, const QString &quote)
{
    if (!m_document)
        return;
    const QString key = u"document:" + QString::number(documentId);
    auto *viewer = qobject_cast<DocumentViewer *>(tab(key));
    if (!viewer) {
        auto record = m_document->documents().document(documentId);
        if (!record) {
            showError(this, tr("Cannot open document"), record.error());
            return;
        }
        const QString title = record->title.isEmpty() ? record->sourceName : record->title;
        viewer = qobject_cast<DocumentViewer *>(showTab(key, title, [this] {
            auto *created = new DocumentViewer(m_tabs);
            created->setCaseDocument(m_document.get());
            connect(
                created, &DocumentViewer::linkSelectionRequested, this, &MainWindow::linkToClaim);
            connect(created, &DocumentViewer::recognitionRequested, this, [this](qint64 id) {
                m_recognition->recognise({id});
            });
            connect(created, &DocumentViewer::loadFailed, this, [this](qint64, const Error &error) {
                showError(this, tr("Cannot show document"), error);
            });
            return created;
        }));
        if (!viewer)
            return;
        if (pageFrom <= 0)
            viewer->openDocument(documentId);
    }
    m_tabs->setCurrentWidget(viewer);
    // The inspector follows the current view: this document.
    m_inspector->showDocument(documentId);
    if (pageFrom > 0)
        viewer->showPinCite(documentId, pageFrom, pageTo > 0 ? pageTo : pageFrom, quote);
}

ClaimsBoard *MainWindow::showClaimsBoard()
{
    if (!m_document)
        return nullptr;
    return qobject_cast<ClaimsBoard *>(showTab(QStringLiteral("claims"), tr("Claims"), [this] {
        auto *board = new ClaimsBoard(*m_document, m_tabs);
        connect(board, &ClaimsBoard::nodeSelected, this, [this, board](qint64 id) {
            if (m_tabs->currentWidget() == board)
                m_inspector->showClaim(id);
        });
        connect(board, &ClaimsBoard::evidenceActivated, this, &MainWindow::openEvidence);
        return board;
    }));
}

void MainWindow::linkToClaim(const EvidenceRef &evidence)
{
    if (!m_document)
        return;
    auto *dialog = new LinkDialog(*m_document, evidence, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto *board = qobject_cast<ClaimsBoard *>(tab(QStringLiteral("claims"))))
        dialog->setClaimNode(board->currentNodeId());
    dialog->open();
}

void MainWindow::openEvidence(const EvidenceLink &link)
{
    if (link.documentId) {
        openDocument(
            *link.documentId, link.pageFrom.value_or(0), link.pageTo.value_or(0), link.quote);
    } else if (link.postId) {
        openEvidenceRef(EvidenceRef::post(*link.postId));
    } else if (link.eventId) {
        openEvidenceRef(EvidenceRef::event(*link.eventId));
    }
}

void MainWindow::openSearchHit(const SearchHit &hit)
{
    if (hit.kind == SearchHit::Kind::Page) {
        // The hit's own words are what the reader looks for on the page.
        const auto highlights = hit.highlights();
        const QString words
            = highlights.isEmpty()
                  ? QString()
                  : hit.plainSnippet().mid(highlights.first().first, highlights.first().second);
        openDocument(hit.document.id, hit.pageNumber, hit.pageNumber, words);
        return;
    }
    m_inspectorDock->show();
    m_inspector->showPost(hit.post.id);
}

template<typename Dialog>
void MainWindow::showExportDialog()
{
    if (!m_document)
        return;
    auto *dialog = new Dialog(*m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const Export::ExportOutcome &outcome) {
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(outcome.path)),
                                 10000);
    });
    dialog->open();
}

void MainWindow::focusCaseSearch()
{
    m_searchDock->show();
    m_searchDock->raise();
    m_searchPanel->queryField()->setFocus(Qt::ShortcutFocusReason);
    m_searchPanel->queryField()->selectAll();
}

void MainWindow::chooseFilesToImport()
{
    if (!m_document)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this,
        tr("Import into Case"),
        QString(),
        tr("Documents, dockets, load files and posts (*.pdf *.zip *.txt *.eml *.png *.jpg *.jpeg "
           "*.tif *.tiff *.csv *.json *.ndjson *.jsonl *.html *.htm *.xml *.acms_json *.dat "
           "*.opt *.lfp);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

ImportDialog *MainWindow::importFiles(const QStringList &paths)
{
    if (!m_document || paths.isEmpty())
        return nullptr;
    auto *dialog = new ImportDialog(m_document->caseFile().path(), paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const ImportReport &report) {
        if (!m_document)
            return;
        // The import committed on its own connection; everything that lists documents or
        // posts must re-read.
        m_document->notifyChanged(CaseTable::Documents);
        m_document->notifyChanged(CaseTable::Pages);
        m_document->notifyChanged(CaseTable::Posts);
        // Then, on their own connection, the new scans' text (a case setting, on by default).
        QList<qint64> imported;
        for (const ImportedFile &file : report.files) {
            if (file.status == ImportedFile::Status::Imported && file.documentId > 0)
                imported.append(file.documentId);
        }
        m_recognition->afterImport(m_document->caseFile(), imported);
    });
    dialog->open();
    return dialog;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_document && event->mimeData()->hasUrls()) {
        const auto urls = event->mimeData()->urls();
        if (std::any_of(
                urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); })) {
            event->acceptProposedAction();
            return;
        }
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const auto urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty() || !m_document) {
        QMainWindow::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    // After the drop returns: the drag source must not wait on our dialog.
    QTimer::singleShot(0, this, [this, paths] { importFiles(paths); });
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState(LayoutVersion));
}

QStringList MainWindow::runningJobs() const
{
    QStringList jobs;
    if (m_recognition && m_recognition->isRunning())
        jobs << tr("recognising text (OCR)");
    if (m_copyJob && m_copyJob->isRunning())
        jobs << tr("saving a copy of the case");
    for (const ImportDialog *dialog : findChildren<ImportDialog *>()) {
        if (dialog->isRunning())
            jobs << tr("an import");
    }
    for (const ExportDialog *dialog : findChildren<ExportDialog *>()) {
        if (dialog->isRunning())
            jobs << tr("an export");
    }
    for (const RunningJobQuery &query : m_jobQueries) {
        if (QString job = query(); !job.isEmpty())
            jobs << job;
    }
    jobs.removeDuplicates();
    return jobs;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Nothing runs: quit at once. Something does: ask, without blocking the event loop (the
    // job keeps reporting meanwhile).
    const QStringList jobs = m_quitConfirmed ? QStringList() : runningJobs();
    if (!jobs.isEmpty()) {
        event->ignore();
        if (findChild<QMessageBox *>(QStringLiteral("quitWhileRunningBox")))
            return;
        auto *box = new QMessageBox(
            QMessageBox::Question,
            tr("Quit Casebinder?"),
            tr("Still running: %1.\n\nQuitting stops it; what it has not finished is not kept "
               "(an import is undone whole).")
                .arg(jobs.join(QStringLiteral(", "))),
            QMessageBox::NoButton,
            this);
        box->setObjectName(QStringLiteral("quitWhileRunningBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *quit = box->addButton(tr("Quit"), QMessageBox::DestructiveRole);
        quit->setObjectName(QStringLiteral("quitAnyway"));
        box->addButton(tr("Keep Running"), QMessageBox::RejectRole);
        box->setDefaultButton(qobject_cast<QPushButton *>(box->buttons().constLast()));
        connect(quit, &QPushButton::clicked, this, [this] {
            m_quitConfirmed = true;
            QTimer::singleShot(0, this, &QWidget::close);
        });
        box->open();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace Casebinder::Views
