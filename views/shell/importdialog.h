#pragma once

#include "importjob.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Casebinder::Posts {
struct ParsedPosts;
}

namespace Casebinder::Views {

class LoadFileMappingPanel;
class PostsPreviewJob;

// File → Import…: choose how the files are read (and, for a posts file, which column is
// which, with a live preview), then the import runs on a worker thread with progress and
// Cancel, and ends with the per-file report. Encrypted PDFs can be retried with a password.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    // An import is being prepared or written (quitting would cancel it).
    bool isRunning() const;
    enum class Step { Options, Progress, Report };

    ImportDialog(QString casePath, QStringList paths, QWidget *parent = nullptr);
    ~ImportDialog() override;

    Step step() const;
    ImportOptions options() const;
    const ImportReport &lastReport() const { return m_lastReport; }

    // Starts the import with the options chosen so far (the Import button does this).
    void startImport();
    // Re-imports the files that were refused for want of a password, with `password`.
    void retryWithPassword(const QString &password);

signals:
    // Something was committed: views should refresh.
    void imported(const Casebinder::ImportReport &report);

protected:
    void reject() override;

private:
    QWidget *createOptionsPage();
    QWidget *createProgressPage();
    QWidget *createReportPage();
    void updatePostsPreview();
    void showPreview(const Posts::ParsedPosts &parsed);
    void runJob(const QStringList &paths, const ImportOptions &options);
    void onProgress(const ImportProgress &progress);
    void onFinished(const ImportReport &report);
    void onFailed(const Error &error);
    void askForPassword();
    QStringList passwordRequiredFiles() const;

    QString m_casePath;
    QStringList m_paths;
    QString m_postsFile; // the first posts file, for the mapping preview
    QStackedWidget *m_pages = nullptr;
    QListWidget *m_fileList = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_exhibitPrefix = nullptr;
    QCheckBox *m_docketEvents = nullptr;
    QLineEdit *m_platform = nullptr;
    QLineEdit *m_flagCategory = nullptr;
    QWidget *m_mappingBox = nullptr;
    // A Concordance DAT among the paths (or in a production volume folder): its mapping step.
    LoadFileMappingPanel *m_loadFileMapping = nullptr;
    QList<std::pair<QString, QComboBox *>> m_mapping;
    QTableWidget *m_preview = nullptr;
    QLabel *m_previewStatus = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_reportSummary = nullptr;
    QTableWidget *m_reportTable = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_passwordButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    ImportJob *m_job = nullptr;
    ImportOptions m_runOptions;
    ImportReport m_lastReport;
    PostsPreviewJob *m_previewJob = nullptr; // the preview being read, if any
    bool m_previewAgain = false;
    bool m_updatingMapping = false;
};

} // namespace Casebinder::Views
