#pragma once

#include "exportjob.h"

#include <QDialog>
#include <QImage>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTemporaryDir;
class QTimer;

namespace Casebinder {
class CaseDocument;
}

namespace Casebinder::Views {

class ExportPreviewJob;

// What every export dialog shares: the output file, paper and banner options, and running
// the export as an Export::ExportJob (a worker with a connection of its own to the case) with
// progress and Stop.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ~ExportDialog() override;

    QString outputPath() const;
    void setOutputPath(const QString &path);
    Export::PdfOptions pdfOptions() const;
    bool includePrivileged() const;
    bool isRunning() const;

    // Runs the export (the Export button does this).
    void startExport();

    const std::optional<Result<Export::ExportOutcome>> &lastResult() const { return m_lastResult; }

    // Where a new export is saved: the last export's folder while it exists, else Documents,
    // else home.
    static QString exportFolder();

signals:
    void exported(const Casebinder::Export::ExportOutcome &outcome);
    void failed(const Casebinder::Error &error);
    // A paper, banner or privilege option changed (previews follow it).
    void optionsChanged();

protected:
    ExportDialog(CaseDocument &document,
                 const QString &title,
                 const QString &defaultFileName,
                 const QString &fileFilter,
                 QWidget *parent);

    // The export the options ask for.
    virtual Export::ExportSpec spec() const = 0;
    // Whether the paper and banner options apply to a file saved at this path (not to CSV).
    virtual bool hasPages(const QString &) const { return true; }

    CaseDocument &document() const { return m_document; }
    // The "Contents" group: subclasses insert their filter rows from row 0, above the
    // privilege switch.
    QFormLayout *optionsLayout() const { return m_options; }
    // Adds a panel (a preview) to the right of the options.
    void addSidePanel(QWidget *panel);
    void reject() override;

private:
    void browse();
    void finished(Result<Export::ExportOutcome> result);
    void setRunning(bool running);

    CaseDocument &m_document;
    QString m_fileFilter;
    QHBoxLayout *m_body = nullptr;
    QWidget *m_optionsWidget = nullptr;
    QFormLayout *m_options = nullptr;
    QLineEdit *m_path = nullptr;
    QWidget *m_pdfOptionsBox = nullptr; // the "Pages" group
    QComboBox *m_language = nullptr;
    QComboBox *m_pageSize = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_confidential = nullptr;
    QCheckBox *m_privileged = nullptr;
    QCheckBox *m_pdfa = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Export::ExportJob *m_job = nullptr; // the export running, if any
    std::optional<Result<Export::ExportOutcome>> m_lastResult;
};

// File → Export → Timeline…: filters, paper options and a live preview of the first page,
// rendered from a one-page PDF made off the GUI thread (an ExportPreviewJob).
class ExportTimelineDialog final : public ExportDialog
{
    Q_OBJECT

public:
    ExportTimelineDialog(CaseDocument &document, QWidget *parent = nullptr);
    ~ExportTimelineDialog() override;

    Export::TimelineOptions options() const;
    // The last preview image (null until one was rendered), for tests.
    QImage previewImage() const { return m_previewImage; }

signals:
    void previewUpdated();

protected:
    Export::ExportSpec spec() const override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void schedulePreview();
    void renderPreview();
    void onPreviewDone(const Result<QImage> &result);
    void showPreviewImage();

    QCheckBox *m_useFrom = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_claim = nullptr;
    QLineEdit *m_tag = nullptr;
    QCheckBox *m_undisputedOnly = nullptr;
    QLabel *m_preview = nullptr;
    QTimer *m_previewTimer = nullptr;
    std::unique_ptr<QTemporaryDir> m_previewDir;
    ExportPreviewJob *m_previewJob = nullptr; // the preview being rendered, if any
    QImage m_previewImage;
    bool m_previewPending = false;
};

// File → Export → Claim Chart…
class ExportMatrixDialog final : public ExportDialog
{
    Q_OBJECT

public:
    ExportMatrixDialog(CaseDocument &document, QWidget *parent = nullptr);

    Export::ClaimChartOptions options() const;

protected:
    Export::ExportSpec spec() const override;

private:
    QComboBox *m_claim = nullptr;
    QCheckBox *m_workingCopy = nullptr;
};

// File → Export → Exhibit List… (PDF or CSV, chosen by the file name).
// File → Export → Privilege Log…: every document marked privileged, as PDF or CSV.
class ExportPrivilegeLogDialog final : public ExportDialog
{
    Q_OBJECT

public:
    ExportPrivilegeLogDialog(CaseDocument &document, QWidget *parent = nullptr);

    Export::PrivilegeLogOptions options() const;

protected:
    Export::ExportSpec spec() const override;
    bool hasPages(const QString &path) const override;
};

class ExportExhibitsDialog final : public ExportDialog
{
    Q_OBJECT

public:
    ExportExhibitsDialog(CaseDocument &document, QWidget *parent = nullptr);

    Export::ExhibitListOptions options() const;

protected:
    Export::ExportSpec spec() const override;
    bool hasPages(const QString &path) const override;
};

} // namespace Casebinder::Views
