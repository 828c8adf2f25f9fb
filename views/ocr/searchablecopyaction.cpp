#include "searchablecopyaction.h"

#include "ocr/searchablecopy.h"
#include "shell/errormessage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QStatusBar>

namespace Casebinder::Views {
namespace {

// The context lupdate files these strings under (a free function's tr() has none).
struct SearchableCopyText
{
    Q_DECLARE_TR_FUNCTIONS(Casebinder::Views::SearchableCopy)
};

} // namespace

void saveSearchableCopy(QWidget *parent,
                        std::shared_ptr<CaseConnections> connections,
                        qint64 documentId,
                        const QString &suggestedName)
{
    if (!connections || documentId <= 0) {
        showError(parent,
                  SearchableCopyText::tr("Cannot save a searchable copy"),
                  Error{Error::Code::InvalidArgument,
                        SearchableCopyText::tr("Select a scanned document in the case first.")});
        return;
    }
    QString base = suggestedName;
    base.replace(u'/', u'-');
    const QString path = QFileDialog::getSaveFileName(
        parent,
        SearchableCopyText::tr("Save Searchable Copy"),
        QDir::home().filePath(base + SearchableCopyText::tr(" (searchable).pdf")),
        SearchableCopyText::tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    auto *job = new Ocr::SearchableCopyJob(std::move(connections), documentId, path, parent);
    QObject::connect(job, &Job::finished, parent, [parent, job] {
        if (auto *window = qobject_cast<QMainWindow *>(parent))
            window->statusBar()->showMessage(SearchableCopyText::tr("Saved the searchable copy %1.")
                                                 .arg(QDir::toNativeSeparators(job->outPath())),
                                             8000);
        job->deleteLater();
    });
    QObject::connect(job, &Job::failed, parent, [parent, job](const Error &error) {
        showError(parent, SearchableCopyText::tr("Cannot save a searchable copy"), error);
        job->deleteLater();
    });
    job->start();
}

} // namespace Casebinder::Views
