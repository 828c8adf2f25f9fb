#pragma once

#include "pagetextstore.h"
#include "result.h"

#include <QDialog>
#include <QList>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Casebinder {
class CaseFile;
}

namespace Casebinder::Views {

// What Document ▸ Pages to Check lists: the pages OCR read with a confidence below the
// case's threshold, and the pages it could not read, with why.
struct PagesToCheck
{
    double threshold = 0; // the case's ocr.review_below
    QList<OcrReviewPage> lowConfidence;
    QList<OcrFailureRecord> failures;

    // Reads them from the case (its settings and its page text store).
    static Result<PagesToCheck> read(CaseFile &caseFile);
};

// Document ▸ Pages to Check…: a list of the pages a reviewer should look at, least sure first;
// activating one opens its document at that page.
class PagesToCheckDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PagesToCheckDialog(QWidget *parent = nullptr);

    void setPages(const PagesToCheck &pages);
    QTreeWidget *list() const { return m_list; }

signals:
    void pageActivated(qint64 documentId, int page);

private:
    QLabel *m_summary;
    QTreeWidget *m_list;
};

} // namespace Casebinder::Views
