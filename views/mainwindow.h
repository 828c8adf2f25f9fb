#pragma once

#include "casedocument.h"
#include "shell/casenavigator.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressDialog;
class QTabWidget;
class QUndoGroup;

namespace Casebinder {
class CaseCopyJob;
class DocumentsModel;
struct EvidenceLink;
struct SearchHit;
} // namespace Casebinder

namespace Casebinder::Views {

class CaseOverview;
class ClaimsBoard;
class Inspector;
class RecentCases;
class RecognitionRunner;
class SearchPanel;
struct EvidenceRef;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; on failure shows the reason and keeps the current case.
    bool openCase(const QString &path);
    // Closes the open case (its tabs first); the window shows "No case open".
    void closeCase();

    CaseDocument *caseDocument() const { return m_document.get(); }
    const CaseFile *currentCase() const { return m_document ? &m_document->caseFile() : nullptr; }

    CaseNavigator *navigator() const { return m_navigator; }
    // The Help menu, for actions the application adds (Open Sample Case).
    QMenu *helpMenu() const { return m_helpMenu; }
    QTabWidget *tabs() const { return m_tabs; }

    // File > Save a Copy asks this for the copy's path (given the suggested one); a file
    // dialog unless replaced, e.g. by a test. An empty answer cancels.
    using CopyPathChooser = std::function<QString(const QString &suggested)>;
    void setCopyPathChooser(CopyPathChooser chooser) { m_chooseCopyPath = std::move(chooser); }

    // Shows the part of the case the navigator names (a view tab, or the overview).
    void showSection(CaseSection section);
    // Focuses the tab registered under `key`, creating it with `create` when there is none.
    QWidget *showTab(const QString &key,
                     const QString &title,
                     const std::function<QWidget *()> &create);
    QWidget *tab(const QString &key) const;

    // Opens document `documentId` in its tab; with a page, at that page with `quote`
    // highlighted (a pin-cite jump).
    void openDocument(qint64 documentId,
                      int pageFrom = 0,
                      int pageTo = 0,
                      const QString &quote = {});
    // Shows the search panel with the cursor in its query field.
    void focusCaseSearch();
    SearchPanel *searchPanel() const { return m_searchPanel; }
    Inspector *inspector() const { return m_inspector; }
    // The claims board tab, opened if needed.
    ClaimsBoard *showClaimsBoard();
    // Review mode over every document of the case (or `postIds` when given).
    void startReview(const QList<qint64> &postIds = {});
    // "Link to Claim Element…" for `evidence`: asks which element, then links it (undoable).
    void linkToClaim(const EvidenceRef &evidence);
    // Imports `paths` into the open case through the import dialog (returned; it deletes
    // itself when closed). Null when no case is open.
    class ImportDialog *importFiles(const QStringList &paths);

    // Quitting while a job runs asks first. Each query names a job of its own that is
    // running ("building the sample case"), or returns nothing; the window knows its own
    // (imports, exports, OCR, Save a Copy).
    using RunningJobQuery = std::function<QString()>;
    void addRunningJobQuery(RunningJobQuery query) { m_jobQueries.append(std::move(query)); }
    QStringList runningJobs() const;
    // The sample case the application builds: while it is open a banner says what it is and
    // where it is saved.
    void setSamplePath(const QString &path);
    QLabel *banner() const { return m_banner; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void newCase();
    void chooseCaseToOpen();
    void rebuildRecentMenu();
    void updateBanner();
    void setDocument(std::unique_ptr<CaseDocument> document, const QString &path);
    void refresh();
    void showStorageWarning();
    void saveCopy();
    void copyFinished();
    void copyFailed(const Casebinder::Error &error);
    void endCopy();
    QString suggestedCopyPath() const;
    void refreshCounts();
    void onCaseChanged(CaseTable table);
    void closeTab(int index);
    void closeCaseTabs();
    void saveLayout();
    void chooseFilesToImport();
    void openSearchHit(const SearchHit &hit);
    void openEvidence(const EvidenceLink &link);
    void listDocuments();
    template<typename Dialog>
    void showExportDialog();
    void openEvidenceRef(const EvidenceRef &evidence);
    // Shows the current tab's current item in the inspector (nothing for the overview).
    void describeCurrentView();
    QWidget *createSectionView(CaseSection section);

    std::unique_ptr<CaseDocument> m_document;
    CaseOverview *m_overview = nullptr;
    CaseNavigator *m_navigator = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDockWidget *m_navigatorDock = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    Inspector *m_inspector = nullptr;
    DocumentsModel *m_documentsModel = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    QAction *m_importAction = nullptr;
    QMenu *m_exportMenu = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QLabel *m_statusCounts = nullptr;
    QLabel *m_storageWarning = nullptr; // the case is on a network share
    QAction *m_saveCopyAction = nullptr;
    RecognitionRunner *m_recognition = nullptr; // OCR after imports and on demand
    CopyPathChooser m_chooseCopyPath;
    CaseCopyJob *m_copyJob = nullptr;
    QProgressDialog *m_copyProgress = nullptr;
    std::unique_ptr<RecentCases> m_recent;
    bool m_countsPending = false;
    QList<RunningJobQuery> m_jobQueries;
    QLabel *m_banner = nullptr;
    QString m_samplePath;
    bool m_quitConfirmed = false;
};

} // namespace Casebinder::Views
