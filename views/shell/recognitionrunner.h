#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace Casebinder {
class CaseConnections;
class CaseFile;
class EnrichmentJob;
struct EnrichmentReport;
struct JobProgress;
} // namespace Casebinder

namespace Casebinder::Views {

// Runs OCR (an EnrichmentJob) for the main window: after an import, when the case's setting
// says so, and on Document ▸ Recognise Text. Shows pages done, pages left and the estimate in
// the status bar with a Cancel button; one run at a time, and a request while one runs waits
// for it.
class RecognitionRunner final : public QObject
{
    Q_OBJECT

public:
    RecognitionRunner(QStatusBar *statusBar, QObject *parent = nullptr);
    ~RecognitionRunner() override;

    // The case whose pages are recognised; null stops and forgets a run in progress.
    void setCase(std::shared_ptr<CaseConnections> connections);
    // After an import: the new documents' pages without a text layer, if the case wants it.
    void afterImport(CaseFile &caseFile, const QList<qint64> &documentIds);
    // Recognises the pages of `documentIds` (every document when empty) that still need it.
    void recognise(const QList<qint64> &documentIds);
    // Document ▸ Recognise Text: the document last selected, or every document.
    void select(qint64 documentId) { m_selected = documentId; }
    qint64 selected() const { return m_selected; }
    void recogniseSelected();
    bool isRunning() const;
    // What the last run that ended (finished, failed or was cancelled) did.
    const EnrichmentReport &lastReport() const { return *m_lastReport; }

signals:
    // Some pages were stored: views that show page text must re-read.
    void pagesRecognised();
    void message(const QString &text);
    // A run ended, whatever its outcome; lastReport() says what it did.
    void runFinished();

private:
    void startNext();
    void showProgress(const JobProgress &progress);
    void finish(const QString &text);

    QStatusBar *m_statusBar;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    std::shared_ptr<CaseConnections> m_connections;
    QPointer<EnrichmentJob> m_job;
    QList<QList<qint64>> m_queue;
    qint64 m_selected = 0;
    std::unique_ptr<EnrichmentReport> m_lastReport;
};

} // namespace Casebinder::Views
