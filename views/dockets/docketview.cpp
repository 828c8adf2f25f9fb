#include "dockets/docketview.h"

#include "casedocument.h"
#include "commands/docketcommands.h"
#include "documentstore.h"
#include "models/docketentriesmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebinder::Views {

DocketView::DocketView(CaseDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new DocketEntriesModel(document, this))
    , m_heading(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"docketView"_s);
    m_heading->setObjectName(u"docketHeading"_s);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(u"docketEntries"_s);
    m_table->setAccessibleName(tr("Docket entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DocketEntriesModel::TextColumn,
                                                      QHeaderView::Stretch);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setColumnHidden(DocketEntriesModel::DocketColumn, m_model->docketCount() < 2);
    m_table->resizeColumnToContents(DocketEntriesModel::NumberColumn);
    m_table->resizeColumnToContents(DocketEntriesModel::FiledColumn);
    m_table->setColumnWidth(DocketEntriesModel::FilingColumn, 240);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);

    // Activation follows the platform (double click, or single click where the style says so;
    // Enter from the keyboard).
    connect(m_table, &QAbstractItemView::activated, this, &DocketView::activate);
    connect(m_table, &QWidget::customContextMenuRequested, this, &DocketView::showMenu);
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
    m_table->setColumnHidden(DocketEntriesModel::DocketColumn, dockets.size() < 2);
}

void DocketView::activate(const QModelIndex &index)
{
    const qint64 documentId = index.data(DocketEntriesModel::DocumentIdRole).toLongLong();
    if (documentId > 0)
        emit openDocumentRequested(documentId, 1);
}

void DocketView::showMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
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
    QAction *chosen = menu.exec(m_table->viewport()->mapToGlobal(position));
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
    const QModelIndex current = m_table->currentIndex();
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
    m_table->setFocus();
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
    const QModelIndex current = m_table->currentIndex();
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
    const QModelIndex current = m_table->currentIndex();
    const qint64 documentId = current.data(DocketEntriesModel::DocumentIdRole).toLongLong();
    if (documentId <= 0)
        return fail(Error::Code::InvalidArgument, tr("The selected entry has no filing linked."));
    return m_document.push(std::make_unique<UnlinkDocketEntryCommand>(m_document, documentId));
}

} // namespace Casebinder::Views
