#include "samplecase.h"

#include "mainwindow.h"
#include "samplebuildjob.h"
#include "samplecasebuilder.h"
#include "shell/errormessage.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QPointer>
#include <QProgressDialog>
#include <QStandardPaths>

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
    window.setSamplePath(samplePath());
    window.addRunningJobQuery([opener = QPointer<SampleCaseOpener>(opener)] {
        return opener && opener->isBuilding() ? tr("building the sample case") : QString();
    });
    return opener;
}

// A build still running is cancelled and waited for: it removes its unfinished case.
SampleCaseOpener::~SampleCaseOpener()
{
    delete m_job;
}

QString SampleCaseOpener::samplePath()
{
    // Not AppDataLocation: with the organisation and the application both named Casebinder it
    // is ~/.local/share/Casebinder/Casebinder.
    const QString folder
        = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
              .filePath(QCoreApplication::applicationName());
    return QDir(folder).filePath(QStringLiteral("Parler v. AWS (sample).casebinder"));
}

void SampleCaseOpener::open()
{
    if (isBuilding())
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
    m_progress
        = new QProgressDialog(tr("Preparing the sample case…"), tr("Cancel"), 0, 0, &m_window);
    m_progress->setWindowTitle(tr("Sample Case"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);

    m_job = new SampleBuildJob(path, this);
    connect(m_progress, &QProgressDialog::canceled, m_job, &Job::cancel);
    connect(m_job, &Job::progress, m_progress, [progress = m_progress](const JobProgress &step) {
        progress->setMaximum(int(step.total));
        progress->setValue(int(step.done));
        progress->setLabelText(step.stage);
    });
    connect(m_job, &Job::finished, this, [this, path] {
        endBuild();
        emit opened(m_window.openCase(path));
    });
    connect(m_job, &Job::failed, this, [this](const Error &error) {
        endBuild();
        if (error.code != Error::Code::Cancelled)
            Views::showError(&m_window, tr("Cannot build the sample case"), error);
        emit opened(false);
    });
    m_job->start();
}

bool SampleCaseOpener::isBuilding() const
{
    return m_job != nullptr;
}

void SampleCaseOpener::endBuild()
{
    std::exchange(m_job, nullptr)->deleteLater();
    std::exchange(m_progress, nullptr)->deleteLater();
}

} // namespace Casebinder::Gui
