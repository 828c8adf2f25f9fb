#include "docketview.h"

#include "casedocument.h"
#include "commands/docketcommands.h"
#include "docketfilter.h"
#include "documentstore.h"
#include "models/docketentriesmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebinder::Views {

DocketView::DocketView(CaseDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new DocketEntriesModel(document, this))
    , m_filter(new DocketFilter(this))
    , m_heading(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_filing(new QComboBox(this))
    , m_tree(new QTreeView(this))
{
    setObjectName(u"docketView"_s);
    m_heading->setObjectName(u"docketHeading"_s);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(u"docketSearch"_s);
    m_search->setPlaceholderText(tr("Search the docket (number, date, text, filing)"));
    m_search->setAccessibleName(tr("Search the docket"));
    m_search->setClearButtonEnabled(true);
    m_filing->setObjectName(u"docketFilingFilter"_s);
    m_filing->setAccessibleName(tr("Show entries"));
    m_filing->addItem(tr("All entries"), QVariant::fromValue(DocketFilter::Filing::Any));
    m_filing->addItem(tr("Filing in the case"), QVariant::fromValue(DocketFilter::Filing::InCase));
    m_filing->addItem(tr("Filing not in the case"),
                      QVariant::fromValue(DocketFilter::Filing::NotInCase));

    m_tree->setObjectName(u"docketEntries"_s);
    m_tree->setAccessibleName(tr("Docket entries"));
    m_tree->setModel(m_filter);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DocketEntriesModel::TextColumn, QHeaderView::Stretch);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setColumnHidden(DocketEntriesModel::DocketColumn, m_model->docketCount() < 2);
    m_tree->setColumnWidth(DocketEntriesModel::NumberColumn, 90);
    m_tree->resizeColumnToContents(DocketEntriesModel::FiledColumn);
    m_tree->setColumnWidth(DocketEntriesModel::FilingColumn, 240);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_filing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearch(text);
        // What a search finds may be an attachment: its entry opens to show it.
        if (!text.trimmed().isEmpty())
            m_tree->expandAll();
    });
    connect(m_filing, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setFiling(m_filing->currentData().value<DocketFilter::Filing>());
    });

    // Activation follows the platform (double click, or single click where the style says so;
    // Enter from the keyboard).
    connect(m_tree, &QAbstractItemView::activated, this, &DocketView::activate);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &DocketView::showMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DocketView::updateHeading);

    auto *link = new QAction(tr("Link Filing…"), this);
    link->setShortcut(QKeySequence(u"Ctrl+L"_s));
    link->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(link, &QAction::triggered, this, &DocketView::chooseFiling);
    addAction(link);
    updateHeading();
}

void DocketView::updateHeading()
{
    const QStringList dockets = m_model->docketTitles();
    m_heading->setText(dockets.isEmpty()
                           ? tr("No docket in the case yet. Import a PACER docket report, a RECAP "
                                "or CourtListener docket, or a notice of electronic filing.")
                           : dockets.join(u'\n'));
    m_tree->setColumnHidden(DocketEntriesModel::DocketColumn, dockets.size() < 2);
}

bool DocketView::showDocument(qint64 documentId)
{
    if (documentId <= 0)
        return false;
    const auto find = [this, documentId]() -> QModelIndex {
        const QModelIndexList found = m_filter->match(m_filter->index(0, 0),
                                                      DocketEntriesModel::DocumentIdRole,
                                                      documentId,
                                                      1,
                                                      Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? QModelIndex() : found.constFirst();
    };
    QModelIndex index = find();
    if (!index.isValid() && (!m_search->text().isEmpty() || m_filing->currentIndex() != 0)) {
        // Hidden by the search or the filter: show everything again.
        m_search->clear();
        m_filing->setCurrentIndex(0);
        index = find();
    }
    if (!index.isValid())
        return false;
    if (index.parent().isValid())
        m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void DocketView::activate(const QModelIndex &index)
{
    const qint64 documentId = index.data(DocketEntriesModel::DocumentIdRole).toLongLong();
    if (documentId > 0)
        emit openDocumentRequested(documentId, 1);
}

void DocketView::showMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (!index.isValid())
        return;
    const qint64 documentId = index.data(DocketEntriesModel::DocumentIdRole).toLongLong();
    QMenu menu(this);
    QAction *open = menu.addAction(tr("Open Filing"));
    open->setEnabled(documentId > 0);
    QAction *link = menu.addAction(tr("Link Filing…"));
    QAction *unlink = menu.addAction(tr("Unlink Filing"));
    link->setEnabled(documentId == 0);
    unlink->setEnabled(documentId > 0);
    QAction *chosen = menu.exec(m_tree->viewport()->mapToGlobal(position));
    if (chosen == open)
        activate(index);
    else if (chosen == link)
        chooseFiling();
    else if (chosen == unlink) {
        if (auto done = unlinkSelected(); !done)
            emit editFailed(done.error());
    }
}

void DocketView::chooseFiling()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    auto documents = m_document.documents().listing();
    if (!documents) {
        emit editFailed(documents.error());
        return;
    }
    QStringList labels;
    QList<qint64> ids;
    for (const DocumentRecord &record : std::as_const(*documents)) {
        labels.append(u"%1 (%2)"_s.arg(record.title, record.sourceName));
        ids.append(record.id);
    }
    bool ok = false;
    const QString entry = current.data(DocketEntriesModel::EntryNumberRole).toString();
    const QString chosen = QInputDialog::getItem(this,
                                                 tr("Link Filing"),
                                                 tr("The filing listed as Dkt. %1:").arg(entry),
                                                 labels,
                                                 0,
                                                 false,
                                                 &ok);
    m_tree->setFocus();
    if (!ok)
        return;
    const qsizetype at = labels.indexOf(chosen);
    if (at < 0)
        return;
    if (auto done = linkSelected(ids.at(at)); !done)
        emit editFailed(done.error());
}

Status DocketView::linkSelected(qint64 documentId)
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return fail(Error::Code::InvalidArgument, tr("Select a docket entry first."));
    return m_document.push(std::make_unique<LinkDocketEntryCommand>(
        m_document,
        documentId,
        current.data(DocketEntriesModel::DocketIdRole).toLongLong(),
        current.data(DocketEntriesModel::EntryNumberRole).toString()));
}

Status DocketView::unlinkSelected()
{
    const QModelIndex current = m_tree->currentIndex();
    const qint64 documentId = current.data(DocketEntriesModel::DocumentIdRole).toLongLong();
    if (documentId <= 0)
        return fail(Error::Code::InvalidArgument, tr("The selected entry has no filing linked."));
    return m_document.push(std::make_unique<UnlinkDocketEntryCommand>(m_document, documentId));
}

} // namespace Casebinder::Views
