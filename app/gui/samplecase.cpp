#include "samplecase.h"

#include "mainwindow.h"
#include "samplecasebuilder.h"
#include "shell/errormessage.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QPointer>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent>

namespace Casebinder::Gui {

SampleCaseOpener::SampleCaseOpener(Views::MainWindow &window)
    : QObject(&window)
    , m_window(window)
{}

SampleCaseOpener *SampleCaseOpener::install(Views::MainWindow &window)
{
    auto *opener = new SampleCaseOpener(window);
    opener->m_action = new QAction(tr("Open &Sample Case"), opener);
    opener->m_action->setObjectName(QStringLiteral("openSampleCase"));
    opener->m_action->setStatusTip(tr("Open a worked example: Parler LLC v. Amazon Web Services"));
    connect(opener->m_action, &QAction::triggered, opener, &SampleCaseOpener::open);
    window.helpMenu()->insertAction(window.helpMenu()->actions().value(0), opener->m_action);
    // The sample is there to show what the app does: open it on the claims and their proof.
    connect(opener, &SampleCaseOpener::opened, &window, [&window](bool ok) {
        if (ok)
            window.showSection(Views::CaseSection::Claims);
    });
    return opener;
}

SampleCaseOpener::~SampleCaseOpener()
{
    if (m_cancel)
        m_cancel->store(true);
}

QString SampleCaseOpener::samplePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("Parler v. AWS (sample).casebinder"));
}

void SampleCaseOpener::open()
{
    if (m_building)
        return;
    const QString path = samplePath();
    if (QFileInfo::exists(path)) {
        emit opened(m_window.openCase(path));
        return;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        Views::showError(&m_window,
                         tr("Cannot open the sample case"),
                         Error{Error::Code::Io,
                               tr("The folder %1 cannot be created.")
                                   .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))});
        emit opened(false);
        return;
    }
    m_building = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress
        = new QProgressDialog(tr("Preparing the sample case…"), tr("Cancel"), 0, 0, &m_window);
    m_progress->setWindowTitle(tr("Sample Case"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(
        m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { cancel->store(true); });

    auto *watcher = new QFutureWatcher<Result<SampleBuildReport>>(this);
    QPointer<QProgressDialog> progress = m_progress;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_building = false;
        if (m_progress)
            m_progress->deleteLater();
        m_progress = nullptr;
        const Result<SampleBuildReport> report = watcher->result();
        if (!report) {
            if (report.error().code != Error::Code::Cancelled)
                Views::showError(&m_window, tr("Cannot build the sample case"), report.error());
            emit opened(false);
            return;
        }
        emit opened(m_window.openCase(path));
    });
    // Progress comes from the worker: hop to the GUI thread before touching the dialog.
    const auto report = [this, progress](const SampleBuildProgress &step) {
        QMetaObject::invokeMethod(this, [progress, step] {
            if (!progress)
                return;
            progress->setMaximum(step.steps);
            progress->setValue(step.step);
            progress->setLabelText(step.message);
        });
    };
    watcher->setFuture(QtConcurrent::run([path, report, cancel = m_cancel] {
        return SampleCaseBuilder::build(path, report, cancel.get());
    }));
}

} // namespace Casebinder::Gui
