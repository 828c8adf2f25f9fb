#include "recognitionrunner.h"

#include "enrichmentjob.h"
#include "jobs/caseconnections.h"
#include "ocr/ocrenricher.h"
#include "ocr/ocrsettings.h"
#include "pagetextstore.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace Casebinder::Views {
namespace {

QString minutesLeft(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 minutes = (ms + 59'999) / 60'000;
    return minutes <= 1 ? RecognitionRunner::tr("about a minute left")
                        : RecognitionRunner::tr("about %1 minutes left").arg(minutes);
}

} // namespace

RecognitionRunner::RecognitionRunner(QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
    , m_label(new QLabel(statusBar))
    , m_bar(new QProgressBar(statusBar))
    , m_cancel(new QToolButton(statusBar))
    , m_lastReport(std::make_unique<EnrichmentReport>())
{
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop recognising text; the pages read so far are kept."));
    m_statusBar->addPermanentWidget(m_label);
    m_statusBar->addPermanentWidget(m_bar);
    m_statusBar->addPermanentWidget(m_cancel);
    for (QWidget *widget : {static_cast<QWidget *>(m_label),
                            static_cast<QWidget *>(m_bar),
                            static_cast<QWidget *>(m_cancel)})
        widget->hide();
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_queue.clear();
        if (m_job)
            m_job->cancel();
    });
}

RecognitionRunner::~RecognitionRunner()
{
    // The status bar's widgets may be gone already; only the job is left to stop.
    if (m_job)
        m_job->discard();
}

void RecognitionRunner::setCase(std::shared_ptr<CaseConnections> connections)
{
    m_queue.clear();
    if (m_job) {
        m_job->discard(); // stops soon; every page stored so far stays
        m_job = nullptr;
    }
    m_connections = std::move(connections);
    m_selected = 0;
    for (QWidget *widget : {static_cast<QWidget *>(m_label),
                            static_cast<QWidget *>(m_bar),
                            static_cast<QWidget *>(m_cancel)})
        widget->hide();
}

void RecognitionRunner::afterImport(CaseFile &caseFile, const QList<qint64> &documentIds)
{
    if (documentIds.isEmpty())
        return;
    auto settings = Ocr::OcrSettings::read(caseFile);
    if (!settings || settings->afterImport)
        recognise(documentIds);
}

void RecognitionRunner::recognise(const QList<qint64> &documentIds)
{
    if (!m_connections)
        return;
    m_queue.append(documentIds);
    if (!m_job)
        startNext();
}

void RecognitionRunner::recogniseSelected()
{
    recognise(m_selected > 0 ? QList<qint64>{m_selected} : QList<qint64>());
}

bool RecognitionRunner::isRunning() const
{
    return m_job != nullptr;
}

void RecognitionRunner::startNext()
{
    if (m_queue.isEmpty() || !m_connections)
        return;
    const QList<qint64> documents = m_queue.takeFirst();
    Ocr::OcrOptions options;
    if (auto lease = m_connections->acquire(CaseFile::Access::ReadOnly)) {
        if (auto settings = Ocr::OcrSettings::read(lease->caseFile()))
            options.languages = settings->languages;
    }
    m_job = new EnrichmentJob(m_connections,
                              std::make_shared<Ocr::OcrEnricher>(options),
                              EnrichmentScope{documents, false},
                              this);
    connect(m_job, &Job::progress, this, &RecognitionRunner::showProgress);
    connect(m_job, &Job::finished, this, [this, documents] {
        const EnrichmentReport &report = m_job->report();
        // Pages that failed before under this engine and these languages were left alone;
        // saying so keeps "nothing to do" from reading as "everything was read".
        int earlier = 0;
        if (auto lease = m_connections->acquire(CaseFile::Access::ReadOnly)) {
            if (auto failures = PageTextStore::of(lease->caseFile()).ocrFailures(documents))
                earlier = int(failures->size()) - report.pagesFailed();
        }
        QString text;
        if (report.pagesFailed() > 0) {
            QString first;
            for (const EnrichedDocument &document : report.documents) {
                if (!document.failures.isEmpty()) {
                    first = tr("%1, page %2: %3")
                                .arg(document.title)
                                .arg(document.failures.constFirst().page)
                                .arg(document.failures.constFirst().reason);
                    break;
                }
            }
            text = tr("Recognised %1 page(s); %2 could not be read (%3).")
                       .arg(report.pagesDone())
                       .arg(report.pagesFailed())
                       .arg(first);
        } else if (report.pagesPending() > 0) {
            text = tr("Recognised the text of %n page(s).", nullptr, report.pagesDone());
        }
        if (earlier > 0)
            text = (text.isEmpty() ? QString() : text + u' ')
                   + tr("%n page(s) that could not be read before were not tried again "
                        "(Document ▸ Pages to Check lists them).",
                        nullptr,
                        earlier);
        *m_lastReport = report;
        finish(text);
    });
    connect(m_job, &Job::failed, this, [this](const Error &error) {
        *m_lastReport = m_job->report();
        finish(error.code == Error::Code::Cancelled
                   ? tr("Text recognition stopped; %n page(s) were read and kept.",
                        nullptr,
                        m_job->report().pagesDone())
                   : tr("Text recognition failed: %1").arg(error.message));
    });
    m_label->setText(tr("Recognising text…"));
    m_bar->setRange(0, 0);
    for (QWidget *widget : {static_cast<QWidget *>(m_label),
                            static_cast<QWidget *>(m_bar),
                            static_cast<QWidget *>(m_cancel)})
        widget->show();
    m_job->start();
}

void RecognitionRunner::showProgress(const JobProgress &progress)
{
    const auto detail = progress.detail.value<EnrichmentProgress>();
    if (detail.pagesTotal > 0) {
        m_bar->setRange(0, detail.pagesTotal);
        m_bar->setValue(detail.pagesDone);
    }
    const QString left = minutesLeft(detail.remainingMs);
    m_label->setText(
        tr("Recognising text: %1 of %2 pages").arg(detail.pagesDone).arg(detail.pagesTotal)
        + (left.isEmpty() ? QString() : tr(", %1").arg(left)));
    m_label->setToolTip(progress.item);
}

void RecognitionRunner::finish(const QString &text)
{
    const bool stored = m_job && m_job->report().pagesDone() > 0;
    m_job->deleteLater();
    m_job = nullptr;
    for (QWidget *widget : {static_cast<QWidget *>(m_label),
                            static_cast<QWidget *>(m_bar),
                            static_cast<QWidget *>(m_cancel)})
        widget->hide();
    if (stored)
        emit pagesRecognised();
    if (!text.isEmpty())
        emit message(text);
    emit runFinished();
    startNext();
}

} // namespace Casebinder::Views
