#include "claimsboard.h"

#include "assessmentwording.h"
#include "claimtemplates.h"
#include "commands/claimcommands.h"
#include "commands/linkcommands.h"
#include "elidedtooltipdelegate.h"
#include "errormessage.h"
#include "evidencepreview.h"
#include "evidencestyle.h"
#include "models/claimtreemodel.h"
#include "models/linklistmodel.h"
#include "proofmatrix.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QScrollArea>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Casebinder::Views {
namespace {

// Assessments (gap, contested) take AssessmentWording's colours; stances EvidenceStyle's.
const QColor GapColour = AssessmentWording::colour(Assessment::Unsupported);
const QColor ContestedColour = AssessmentWording::colour(Assessment::Contested);

// Gaps (elements nothing solid supports) in red, with the reason as tooltip.
class ClaimDelegate final : public ElidedToolTipDelegate
{
public:
    using ElidedToolTipDelegate::ElidedToolTipDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        ElidedToolTipDelegate::initStyleOption(option, index);
        const QModelIndex title = index.siblingAtColumn(ClaimTreeModel::TitleColumn);
        const bool gap = title.data(ClaimTreeModel::GapRole).toBool();
        const bool contested
            = title.data(ClaimTreeModel::AssessmentRole).toString() == u"contested";
        if (index.column() == ClaimTreeModel::TitleColumn
            || index.column() == ClaimTreeModel::AssessmentColumn) {
            if (gap)
                option->palette.setColor(QPalette::Text, GapColour);
            else if (contested)
                option->palette.setColor(QPalette::Text, ContestedColour);
            if (gap && index.column() == ClaimTreeModel::TitleColumn)
                option->text = u"⚠ " + option->text;
            if (index.data(ClaimTreeModel::KindRole).toString() == u"claim")
                option->font.setBold(true);
        } else if (index.column() != ClaimTreeModel::StatusColumn) {
            option->displayAlignment = Qt::AlignCenter;
            if (option->text != u"0" && index.column() == ClaimTreeModel::UnderminesColumn)
                option->palette.setColor(
                    QPalette::Text, EvidenceStyle::stanceColour(EvidenceLink::Stance::Undermines));
            else if (option->text != u"0" && index.column() == ClaimTreeModel::SupportsColumn)
                option->palette.setColor(
                    QPalette::Text, EvidenceStyle::stanceColour(EvidenceLink::Stance::Supports));
        }
    }
};

// The evidence list shows one entry of two lines per link in the cite column (stance and pin
// cite, then the quote), which reads well in a narrow pane; the other columns are hidden.
class EvidenceEntries final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() != LinkListModel::CiteColumn
            || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole
                && role != Qt::DecorationRole))
            return QIdentityProxyModel::data(index, role);
        const auto value = [&index](int source) {
            return index.data(source);
        };
        const QVariant verified = value(LinkListModel::QuoteVerifiedRole);
        const auto check = EvidenceStyle::verification(
            verified.isValid() ? std::optional<bool>(verified.toBool()) : std::nullopt);
        const auto stance
            = EvidenceLink::stanceFromName(value(LinkListModel::StanceRole).toString())
                  .value_or(EvidenceLink::Stance::Supports);
        // Stance is the colour, the quote check the icon (EvidenceStyle).
        if (role == Qt::ForegroundRole)
            return EvidenceStyle::stanceColour(stance);
        if (role == Qt::DecorationRole)
            return EvidenceStyle::verificationIcon(check);
        const QString target = value(LinkListModel::TargetTitleRole).toString();
        const QString quoted = value(LinkListModel::QuoteRole).toString();
        QString quote = quoted.isEmpty() ? target : u"“" + quoted + u"”";
        const QString verification = EvidenceStyle::verificationText(check);
        if (value(LinkListModel::DisputedRole).toBool())
            quote += u' ' + ClaimsBoard::tr("(disputed event)");
        // A post is named by platform, @handle, date and first words (its label, the target
        // title), its record cite beneath; not by its platform id.
        const bool post = value(LinkListModel::PostIdRole).toLongLong() > 0;
        const QString cite = value(LinkListModel::CiteRole).toString();
        if (post && quoted.isEmpty())
            quote = cite;
        const QString heading = ClaimsBoard::tr("%1 — %2 (weight %3)")
                                    .arg(EvidenceStyle::stanceName(stance), post ? target : cite)
                                    .arg(value(LinkListModel::WeightRole).toInt());
        if (role == Qt::DisplayRole)
            return QString(heading + u'\n' + quote);
        QStringList tip = {heading, post ? cite : target, quote, verification};
        tip.removeAll(QString());
        return tip.join(u'\n');
    }
};

} // namespace

ClaimsBoard::ClaimsBoard(CaseDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("claimsBoard"));
    setAccessibleName(tr("Claims and their proof"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createToolBar(this, layout);

    auto *outer = new QSplitter(Qt::Vertical, this);
    outer->setObjectName(QStringLiteral("claimsBoardSplitter"));
    layout->addWidget(outer, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, outer);

    m_model = new ClaimTreeModel(m_document, this);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(QStringLiteral("claimsTree"));
    m_tree->setAccessibleName(tr("Claims and elements"));
    setFocusProxy(m_tree);
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new ClaimDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAcceptDrops(true);
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->viewport()->installEventFilter(this);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(40);
    m_tree->header()->setSectionResizeMode(ClaimTreeModel::TitleColumn, QHeaderView::Stretch);
    for (int column : {int(ClaimTreeModel::StatusColumn),
                       int(ClaimTreeModel::SupportsColumn),
                       int(ClaimTreeModel::UnderminesColumn)}) {
        m_tree->header()->setSectionResizeMode(column, QHeaderView::Interactive);
        int width = m_tree->fontMetrics().horizontalAdvance(
            m_model->headerData(column, Qt::Horizontal).toString());
        // The status column holds words of the interface's language ("ouverte", "établie").
        if (column == ClaimTreeModel::StatusColumn) {
            for (const QString &status : ClaimStore::statuses())
                width = std::max(
                    width,
                    m_tree->fontMetrics().horizontalAdvance(ClaimTreeModel::statusLabel(status)));
        }
        m_tree->setColumnWidth(column, width + 24);
    }
    m_tree->header()->setSectionResizeMode(ClaimTreeModel::AssessmentColumn,
                                           QHeaderView::Interactive);
    m_tree->setColumnWidth(ClaimTreeModel::AssessmentColumn,
                           m_tree->fontMetrics().horizontalAdvance(tr("contested (10 vs 20)"))
                               + 24);
    m_tree->expandAll();
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_links->setClaimId(std::max<qint64>(currentNodeId(), 0));
        showAssessment();
        const qint64 id = currentNodeId();
        m_addElement->setEnabled(id > 0);
        m_delete->setEnabled(id > 0);
        if (id > 0)
            emit nodeSelected(id);
    });

    auto *evidenceBox = new QWidget(splitter);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->setContentsMargins(6, 6, 6, 0);
    auto *evidenceLabel = new QLabel(tr("<b>Evidence</b> for the selected element — drop a "
                                        "selection or a post on an element to link it"),
                                     evidenceBox);
    evidenceLabel->setWordWrap(true);
    evidenceLayout->addWidget(evidenceLabel);
    m_assessment = new QLabel(evidenceBox);
    m_assessment->setObjectName(QStringLiteral("nodeAssessment"));
    m_assessment->setWordWrap(true);
    m_assessment->setTextFormat(Qt::RichText);
    m_assessment->setTextInteractionFlags(Qt::TextSelectableByMouse);
    evidenceLayout->addWidget(m_assessment);
    m_links = new LinkListModel(m_document, this);
    auto *entries = new EvidenceEntries(this);
    entries->setSourceModel(m_links);
    m_evidence = new QTreeView(evidenceBox);
    m_evidence->setObjectName(QStringLiteral("evidenceList"));
    m_evidence->setAccessibleName(tr("Evidence for the selected claim or element"));
    m_evidence->setModel(entries);
    for (int column = 0; column < LinkListModel::ColumnCount; ++column)
        m_evidence->setColumnHidden(column, column != LinkListModel::CiteColumn);
    m_evidence->setHeaderHidden(true);
    m_evidence->setRootIsDecorated(false);
    m_evidence->setWordWrap(true);
    m_evidence->setAlternatingRowColors(true);
    m_evidence->setTextElideMode(Qt::ElideRight);
    m_evidence->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evidence->setContextMenuPolicy(Qt::CustomContextMenu);
    // The list over its preview; the user moves the line between them.
    auto *evidenceSplitter = new QSplitter(Qt::Vertical, evidenceBox);
    evidenceSplitter->setObjectName(QStringLiteral("evidenceSplitter"));
    evidenceSplitter->setChildrenCollapsible(false);
    evidenceSplitter->addWidget(m_evidence);
    auto *previewScroll = new QScrollArea(evidenceSplitter);
    previewScroll->setWidgetResizable(true);
    previewScroll->setFrameShape(QFrame::NoFrame);
    m_preview = new EvidencePreview(m_document, previewScroll);
    previewScroll->setWidget(m_preview);
    evidenceSplitter->addWidget(previewScroll);
    evidenceSplitter->setStretchFactor(0, 3);
    evidenceSplitter->setStretchFactor(1, 2);
    evidenceSplitter->setSizes({220, 150});
    evidenceLayout->addWidget(evidenceSplitter, 1);
    // `activated` follows the platform (SH_ItemView_ActivateItemOnSingleClick): a click where
    // the style says so, else a double click or Enter; the preview says which.
    connect(m_evidence, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.row() < m_links->rowCount())
            emit evidenceActivated(m_links->linkAt(index.row()).link);
    });
    connect(m_evidence->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ClaimsBoard::showPreview);
    connect(entries, &QAbstractItemModel::modelReset, this, &ClaimsBoard::showPreview);
    connect(m_evidence, &QWidget::customContextMenuRequested, this, &ClaimsBoard::showEvidenceMenu);

    auto *matrixBox = new QWidget(outer);
    auto *matrixLayout = new QVBoxLayout(matrixBox);
    matrixLayout->setContentsMargins(6, 6, 6, 6);
    auto *matrixLabel = new QLabel(tr("<b>Proof matrix</b> — elements without solid "
                                      "support are red, contested ones amber; each claim is no "
                                      "stronger than its weakest element"),
                                   matrixBox);
    matrixLabel->setWordWrap(true);
    matrixLayout->addWidget(matrixLabel);
    m_matrix = new QTableWidget(matrixBox);
    m_matrix->setObjectName(QStringLiteral("proofMatrix"));
    m_matrix->setAccessibleName(tr("Proof matrix"));
    m_matrix->setColumnCount(5);
    m_matrix->setHorizontalHeaderLabels(
        {tr("Claim"), tr("Element or factor"), tr("Supports"), tr("Undermines"), tr("Assessment")});
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matrix->verticalHeader()->hide();
    // The assessment is the longest text: it takes the room left, elided with a tooltip.
    m_matrix->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_matrix->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    for (int column = 2; column < 4; ++column)
        m_matrix->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_matrix->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_matrix->setColumnWidth(0, 230);
    m_matrix->setColumnWidth(1, 230);
    m_matrix->setWordWrap(false);
    m_matrix->setItemDelegate(new ElidedToolTipDelegate(m_matrix));
    matrixLayout->addWidget(m_matrix, 1);
    connect(m_matrix, &QTableWidget::cellActivated, this, [this](int row, int) {
        selectNode(m_matrix->item(row, 1)->data(Qt::UserRole).toLongLong());
    });

    // The tree's titles are what a lawyer reads; the evidence list wraps its entries.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({640, 320});
    outer->setStretchFactor(0, 3);
    outer->setStretchFactor(1, 2);
    outer->setSizes({600, 400});

    connect(&m_document, &CaseDocument::changed, this, &ClaimsBoard::onChanged);
    // Open on the first element, so the board shows evidence from the start.
    const QModelIndex first = m_model->index(0, 0, m_model->index(0, 0));
    if (first.isValid())
        m_tree->setCurrentIndex(first);
    showMatrix();
    showAssessment();
}

ClaimsBoard::~ClaimsBoard() = default;

void ClaimsBoard::createToolBar(QWidget *parent, QVBoxLayout *layout)
{
    auto *bar = new QToolBar(parent);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *fromTemplate = new QToolButton(bar);
    fromTemplate->setObjectName(QStringLiteral("addFromTemplate"));
    fromTemplate->setText(tr("Add Claim from Template"));
    fromTemplate->setPopupMode(QToolButton::InstantPopup);
    m_templateMenu = new QMenu(fromTemplate);
    fromTemplate->setMenu(m_templateMenu);
    connect(m_templateMenu, &QMenu::aboutToShow, this, &ClaimsBoard::rebuildTemplateMenu);
    bar->addWidget(fromTemplate);
    bar->addAction(tr("Add Claim"), this, [this] { addNode(false); });
    m_addElement = new QToolButton(bar);
    m_addElement->setText(tr("Add Element"));
    m_addElement->setEnabled(false);
    connect(m_addElement, &QToolButton::clicked, this, [this] { addNode(true); });
    bar->addWidget(m_addElement);
    m_delete = new QToolButton(bar);
    m_delete->setText(tr("Delete"));
    m_delete->setEnabled(false);
    connect(m_delete, &QToolButton::clicked, this, &ClaimsBoard::deleteNode);
    bar->addWidget(m_delete);
    layout->addWidget(bar);
}

void ClaimsBoard::rebuildTemplateMenu()
{
    m_templateMenu->clear();
    auto templates = ClaimTemplates::all(m_document.caseFile());
    if (!templates) {
        m_templateMenu->addAction(templates.error().message)->setEnabled(false);
        return;
    }
    for (const ClaimTemplate &claimTemplate : std::as_const(*templates)) {
        const QString id = claimTemplate.id;
        m_templateMenu->addAction(claimTemplate.name, this, [this, id] { addFromTemplate(id); });
    }
}

bool ClaimsBoard::addFromTemplate(const QString &templateId)
{
    auto claimTemplate = ClaimTemplates::find(m_document.caseFile(), templateId);
    if (!claimTemplate) {
        showError(this, tr("Cannot add the claim"), claimTemplate.error());
        return false;
    }
    auto command = std::make_unique<ApplyClaimTemplateCommand>(m_document, *claimTemplate);
    auto *raw = command.get();
    if (auto pushed = m_document.push(std::move(command)); !pushed) {
        showError(this, tr("Cannot add the claim"), pushed.error());
        return false;
    }
    selectNode(raw->rootId());
    return true;
}

qint64 ClaimsBoard::currentNodeId() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? m_model->nodeId(current) : 0;
}

void ClaimsBoard::selectNode(qint64 id)
{
    const QModelIndex index = m_model->indexOfNode(id);
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

void ClaimsBoard::addNode(bool asChild)
{
    ClaimNode node;
    node.position = -1;
    if (asChild) {
        const qint64 parent = currentNodeId();
        if (parent <= 0)
            return;
        node.parentId = parent;
        node.kind = QStringLiteral("element");
        node.title = tr("New element");
    } else {
        node.title = tr("New claim");
    }
    auto command = std::make_unique<AddClaimNodeCommand>(m_document, node);
    auto *raw = command.get();
    if (auto pushed = m_document.push(std::move(command)); !pushed) {
        showError(this, tr("Cannot add to the claims"), pushed.error());
        return;
    }
    selectNode(raw->nodeId());
    m_tree->edit(m_tree->currentIndex());
}

void ClaimsBoard::deleteNode()
{
    const qint64 id = currentNodeId();
    if (id <= 0)
        return;
    if (auto pushed = m_document.push(std::make_unique<DeleteClaimNodeCommand>(m_document, id));
        !pushed)
        showError(this, tr("Cannot delete from the claims"), pushed.error());
}

bool ClaimsBoard::linkEvidence(qint64 claimId,
                               const EvidenceRef &evidence,
                               EvidenceLink::Stance stance)
{
    EvidenceLink link;
    link.claimId = claimId;
    link.stance = stance;
    switch (evidence.kind) {
    case EvidenceRef::Kind::Document:
        link.documentId = evidence.id;
        if (evidence.pageFrom > 0) {
            link.pageFrom = evidence.pageFrom;
            link.pageTo = std::max(evidence.pageTo, evidence.pageFrom);
        }
        link.quote = evidence.quote.simplified();
        break;
    case EvidenceRef::Kind::Post:
        link.postId = evidence.id;
        break;
    case EvidenceRef::Kind::Event:
        link.eventId = evidence.id;
        break;
    }
    if (auto pushed = m_document.push(std::make_unique<AddLinkCommand>(m_document, link));
        !pushed) {
        showError(this, tr("Cannot link the evidence"), pushed.error());
        return false;
    }
    selectNode(claimId);
    return true;
}

bool ClaimsBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tree->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        const QModelIndex target = m_tree->indexAt(drag->position().toPoint());
        if (target.isValid() && readEvidence(*drag->mimeData())) {
            drag->setDropAction(Qt::LinkAction);
            drag->accept();
            // Show which element would receive it.
            m_tree->setCurrentIndex(target.siblingAtColumn(0));
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QModelIndex target = m_tree->indexAt(drop->position().toPoint());
        const auto evidence = readEvidence(*drop->mimeData());
        if (!target.isValid() || !evidence) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::LinkAction);
        drop->accept();
        linkEvidence(m_model->nodeId(target), *evidence);
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void ClaimsBoard::showMatrix()
{
    auto matrix = ProofMatrix::build(m_document.caseFile());
    m_matrix->setRowCount(0);
    m_assessments.clear();
    m_rollUps.clear();
    if (!matrix)
        return;
    m_matrix->setRowCount(int(matrix->rows.size() + matrix->claims.size()));
    int row = 0;
    const auto addRow = [this, &row](const QStringList &cells, Assessment assessment) {
        for (qsizetype column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column >= 2 && column <= 3)
                item->setTextAlignment(Qt::AlignCenter);
            if (assessment == Assessment::Unsupported) {
                item->setForeground(GapColour);
                item->setBackground(QColor(0xfb, 0xe9, 0xe7));
            } else if (assessment == Assessment::Contested) {
                item->setForeground(ContestedColour);
                item->setBackground(QColor(0xfd, 0xf4, 0xdd));
            }
            m_matrix->setItem(row, int(column), item);
        }
        return row++;
    };
    // Each claim's roll-up first, then its elements: the table reads as groups.
    for (const ClaimRollUp &claim : std::as_const(matrix->claims)) {
        m_rollUps.insert(claim.claimId, claim);
        m_assessments.insert(claim.claimId, claim.assessment);
        const int at = addRow({claim.title,
                               tr("All elements and factors (roll-up)"),
                               QString(),
                               QString(),
                               AssessmentWording::rollUp(claim)},
                              claim.assessment.value);
        QFont bold = m_matrix->item(at, 0)->font();
        bold.setBold(true);
        for (int column = 0; column < 5; ++column)
            m_matrix->item(at, column)->setFont(bold);
        m_matrix->item(at, 0)->setToolTip(claim.title);
        m_matrix->item(at, 1)->setData(Qt::UserRole, claim.claimId);
        m_matrix->item(at, 4)->setToolTip(claim.note.isEmpty() ? AssessmentWording::rollUp(claim)
                                                               : AssessmentWording::rollUp(claim)
                                                                     + u"\n\n" + claim.note);
        for (const ProofMatrix::Row &entry : std::as_const(matrix->rows)) {
            if (entry.claimId != claim.claimId)
                continue;
            const NodeAssessment &assessment = entry.evidence.assessment;
            m_assessments.insert(entry.nodeId, assessment);
            const QString text = AssessmentWording::node(assessment);
            const int element = addRow({QString(),
                                        entry.title,
                                        QString::number(entry.evidence.supports),
                                        QString::number(entry.evidence.undermines),
                                        entry.evidence.gap ? u"⚠ " + text : text},
                                       assessment.value);
            m_matrix->item(element, 0)->setToolTip(entry.claimTitle);
            m_matrix->item(element, 1)->setData(Qt::UserRole, entry.nodeId);
            m_matrix->item(element, 1)->setToolTip(entry.legalStandard);
            m_matrix->item(element, 4)->setToolTip(text);
        }
    }
    m_matrix->setRowCount(row);
}

void ClaimsBoard::showAssessment()
{
    const qint64 id = currentNodeId();
    const auto found = m_assessments.constFind(id);
    if (id <= 0 || found == m_assessments.cend()) {
        m_assessment->clear();
        m_assessment->hide();
        return;
    }
    QString text;
    QString note;
    if (const auto claim = m_rollUps.constFind(id); claim != m_rollUps.cend()) {
        text = AssessmentWording::rollUp(*claim);
        note = claim->note;
    } else {
        text = AssessmentWording::node(*found);
    }
    QString html = tr("Assessment: <span style=\"color:%1\">%2</span>")
                       .arg(AssessmentWording::colour(found->value).name(), text.toHtmlEscaped());
    if (!note.isEmpty())
        html += QStringLiteral("<br><small><i>%1</i></small>").arg(note.toHtmlEscaped());
    m_assessment->setText(html);
    m_assessment->show();
}

void ClaimsBoard::onChanged(CaseTable table)
{
    if (table != CaseTable::Claims && table != CaseTable::Links && table != CaseTable::Events
        && table != CaseTable::Documents && table != CaseTable::Posts)
        return;
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        showMatrix();
        showAssessment();
    });
}

void ClaimsBoard::showPreview()
{
    const QModelIndex current = m_evidence->currentIndex();
    if (!current.isValid() || current.row() >= m_links->rowCount()) {
        m_preview->showNothing();
        return;
    }
    m_preview->showLink(m_links->linkAt(current.row()));
}

void ClaimsBoard::showEvidenceMenu(const QPoint &pos)
{
    const QModelIndex index = m_evidence->indexAt(pos);
    if (!index.isValid())
        return;
    const EvidenceLink link = m_links->linkAt(index.row()).link;
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, link] { emit evidenceActivated(link); });
    QMenu *stance = menu.addMenu(tr("Stance"));
    for (const auto value : {EvidenceLink::Stance::Supports,
                             EvidenceLink::Stance::Undermines,
                             EvidenceLink::Stance::Context}) {
        QAction *action
            = stance->addAction(EvidenceStyle::stanceName(value), this, [this, link, value] {
                  EvidenceLink changed = link;
                  changed.stance = value;
                  if (auto pushed
                      = m_document.push(std::make_unique<EditLinkCommand>(m_document, changed));
                      !pushed)
                      showError(this, tr("Cannot change the link"), pushed.error());
              });
        action->setCheckable(true);
        action->setChecked(value == link.stance);
    }
    menu.addSeparator();
    menu.addAction(tr("Remove Link"), this, [this, link] {
        if (auto pushed = m_document.push(std::make_unique<DeleteLinkCommand>(m_document, link.id));
            !pushed)
            showError(this, tr("Cannot remove the link"), pushed.error());
    });
    menu.exec(m_evidence->viewport()->mapToGlobal(pos));
}

} // namespace Casebinder::Views
