#include "pagestocheckdialog.h"

#include "ocr/ocrsettings.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Casebinder::Views {
namespace {

enum Column { DocumentColumn, PageColumn, ConfidenceColumn, ProblemColumn };
constexpr int DocumentRole = Qt::UserRole;
constexpr int PageRole = Qt::UserRole + 1;

} // namespace

Result<PagesToCheck> PagesToCheck::read(CaseFile &caseFile)
{
    auto settings = Ocr::OcrSettings::read(caseFile);
    if (!settings)
        return fail(settings.error());
    PageTextStore store = PageTextStore::of(caseFile);
    auto low = store.pagesToReview(settings->reviewBelow);
    if (!low)
        return fail(low.error());
    auto failures = store.ocrFailures();
    if (!failures)
        return fail(failures.error());
    return PagesToCheck{settings->reviewBelow, std::move(*low), std::move(*failures)};
}

PagesToCheckDialog::PagesToCheckDialog(QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Pages to Check"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("pagesToCheckList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(false);
    m_list->setHeaderLabels({tr("Document"), tr("Page"), tr("Confidence"), tr("Why")});
    m_list->header()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit pageActivated(item->data(DocumentColumn, DocumentRole).toLongLong(),
                           item->data(DocumentColumn, PageRole).toInt());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

void PagesToCheckDialog::setPages(const PagesToCheck &pages)
{
    m_list->clear();
    const QLocale locale;
    const auto add = [this](const PageRef &page,
                            const QString &title,
                            const QString &confidence,
                            const QString &problem) {
        auto *item = new QTreeWidgetItem(
            m_list, {title, QString::number(page.number), confidence, problem});
        item->setData(DocumentColumn, DocumentRole, page.documentId);
        item->setData(DocumentColumn, PageRole, page.number);
        item->setTextAlignment(PageColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(ConfidenceColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(ProblemColumn, problem);
    };
    for (const OcrFailureRecord &failure : pages.failures)
        add(failure.page,
            failure.documentTitle,
            tr("unread"),
            tr("Could not be read (%1, %2): %3")
                .arg(failure.engine.engine, failure.engine.languages, failure.reason));
    for (const OcrReviewPage &page : pages.lowConfidence)
        add(page.page,
            page.documentTitle,
            locale.toString(page.confidence, 'f', 0),
            page.words == 0
                ? tr("No words were recognised")
                : tr("%n word(s) read, less sure than the case's threshold", nullptr, page.words));
    m_summary->setText(
        pages.failures.isEmpty() && pages.lowConfidence.isEmpty()
            ? tr("Every recognised page was read with a confidence of %1 or more.")
                  .arg(locale.toString(pages.threshold, 'f', 0))
            : tr("%1 page(s) could not be read and %2 were read with a confidence below %3. "
                 "Open a page to compare its image with the recognised text.")
                  .arg(pages.failures.size())
                  .arg(pages.lowConfidence.size())
                  .arg(locale.toString(pages.threshold, 'f', 0)));
    for (int column = 0; column < ProblemColumn; ++column)
        m_list->resizeColumnToContents(column);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

} // namespace Casebinder::Views
