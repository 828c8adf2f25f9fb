#pragma once

#include "jobs/job.h"
#include "pagetextstore.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Casebinder {
class CaseFile;
}

namespace Casebinder::Ocr {

// `pdf` with an invisible text layer on every page OCR read (issue #16, as OCRmyPDF does):
// each word drawn in render mode 3 (neither filled nor stroked) in its box, in Courier scaled
// to the box's width, after the page's own content, which is left as it was (wrapped in
// q … Q so its graphics state cannot move the words). `ocr` is by page number; its boxes are
// in points of the page as displayed (its /Rotate applied, origin top left). An encrypted PDF
// and one qpdf must rebuild to read are refused: a copy could not be trusted to show what the
// original shows. `name` names the document in errors.
Result<QByteArray> searchablePdf(const QByteArray &pdf,
                                 const QHash<int, PageOcr> &ocr,
                                 const QString &name);

// Reads document `documentId` and its OCR from the case and writes the searchable copy to
// `outPath`, through a temporary file renamed into place once complete: on any failure
// nothing is left at `outPath` (an earlier file there stays as it was). Only PDFs; a document
// with no OCR text is refused (its copy would be the original).
Status saveSearchableCopy(CaseFile &caseFile, qint64 documentId, const QString &outPath);

// saveSearchableCopy as a Job (decision 0009), on a read connection of its own, for the GUI.
class SearchableCopyJob final : public Job
{
    Q_OBJECT

public:
    SearchableCopyJob(std::shared_ptr<CaseConnections> connections,
                      qint64 documentId,
                      QString outPath,
                      QObject *parent = nullptr);

    const QString &outPath() const { return m_outPath; }

protected:
    Work prepare() override;

private:
    const qint64 m_documentId;
    const QString m_outPath;
};

} // namespace Casebinder::Ocr
