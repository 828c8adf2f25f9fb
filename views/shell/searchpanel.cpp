#include "searchpanel.h"

#include "jobs/caseconnections.h"
#include "models/searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Casebinder::Views {
namespace {

// The next page comes from "More Results", as it always has, not from scrolling to the end:
// the view sees a model with nothing more to fetch.
class PagedByButton final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    bool canFetchMore(const QModelIndex &) const override { return false; }
};

// The snippet with its hits in bold.
QString snippetHtml(const QModelIndex &index)
{
    QString html
        = index.data(SearchResultsModel::MarkedSnippetRole).toString().simplified().toHtmlEscaped();
    html.replace(SearchHit::MarkOpen, QStringLiteral("<b>"));
    html.replace(SearchHit::MarkClose, QStringLiteral("</b>"));
    return html;
}

class SnippetDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // Room for the rich-text layout's margins, so bold hits are not clipped.
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 6);
    }

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString html = snippetHtml(index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(2);
        doc.setHtml(html);
        const QRect rect
            = opt.widget->style()->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
        painter->save();
        // Centred like the plain cells beside it.
        const qreal offset = std::max<qreal>(0, (rect.height() - doc.size().height()) / 2);
        painter->translate(rect.left(), rect.top() + offset);
        painter->setClipRect(rect.translated(-rect.topLeft()));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        if (opt.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }
};

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("searchPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("caseSearchField"));
    m_query->setPlaceholderText(tr("Search the case (words, \"phrases\", prefix*, OR, NOT)"));
    m_query->setClearButtonEnabled(true);
    bar->addWidget(m_query, 1);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("searchKind"));
    m_kind->addItem(tr("Everything"), int(SearchRequest::Kind::Any));
    m_kind->addItem(tr("Filings"), int(SearchRequest::Kind::Filing));
    m_kind->addItem(tr("Exhibits"), int(SearchRequest::Kind::Exhibit));
    m_kind->addItem(tr("Posts"), int(SearchRequest::Kind::Post));
    bar->addWidget(m_kind);
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("searchOrder"));
    m_order->addItem(tr("Auto order"), int(SearchRequest::Order::Automatic));
    m_order->addItem(tr("Best first"), int(SearchRequest::Order::Relevance));
    m_order->addItem(tr("Case order"), int(SearchRequest::Order::CaseOrder));
    m_order->setToolTip(tr("Auto order: best first when there are few hits, else in case order"));
    bar->addWidget(m_order);
    layout->addLayout(bar);

    m_rankingNote = new QLabel(this);
    m_rankingNote->setObjectName(QStringLiteral("searchRankingNote"));
    m_rankingNote->setWordWrap(true);
    m_rankingNote->hide();
    layout->addWidget(m_rankingNote);

    m_model = new SearchResultsModel(this);
    auto *paged = new PagedByButton(this);
    paged->setSourceModel(m_model);
    m_results = new QTreeView(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(paged);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setItemDelegateForColumn(SearchResultsModel::SnippetColumn,
                                        new SnippetDelegate(m_results));
    m_results->header()->setStretchLastSection(true);
    m_results->setColumnWidth(SearchResultsModel::CiteColumn, 190);
    m_results->setColumnWidth(SearchResultsModel::DateColumn, 90);
    layout->addWidget(m_results, 1);

    auto *footer = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    footer->addWidget(m_status, 1);
    m_more = new QPushButton(tr("More Results"), this);
    m_more->hide();
    footer->addWidget(m_more);
    layout->addLayout(footer);

    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(300);
    connect(m_typingPause, &QTimer::timeout, this, &SearchPanel::search);
    connect(m_query, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::search);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SearchPanel::search);
    connect(m_order, &QComboBox::currentIndexChanged, this, &SearchPanel::search);
    connect(m_more, &QPushButton::clicked, this, [this] { m_model->fetchMore({}); });
    connect(m_results, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit hitActivated(m_model->hitAt(index.row()));
    });
    connect(m_model, &SearchResultsModel::busyChanged, this, [this](bool busy) {
        if (busy)
            m_status->setText(tr("Searching…"));
    });
    connect(m_model, &SearchResultsModel::pageLoaded, this, &SearchPanel::showPage);
    connect(m_model, &SearchResultsModel::searchFailed, this, &SearchPanel::showFailure);
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setCasePath(const QString &path)
{
    setConnections(path.isEmpty() ? nullptr : CaseConnections::create(path));
}

void SearchPanel::setConnections(std::shared_ptr<CaseConnections> connections)
{
    const bool hasCase = connections != nullptr;
    m_model->setConnections(std::move(connections));
    clearResults();
    setEnabled(hasCase);
}

bool SearchPanel::isSearching() const
{
    return m_model->isBusy();
}

void SearchPanel::search()
{
    m_typingPause->stop();
    SearchRequest request;
    request.query = m_query->text().trimmed();
    request.kind = SearchRequest::Kind(m_kind->currentData().toInt());
    request.order = SearchRequest::Order(m_order->currentData().toInt());
    request.limit = 100;
    if (request.query.isEmpty()) {
        m_model->clear();
        clearResults();
        return;
    }
    if (m_model->hasConnections())
        m_model->search(request);
}

void SearchPanel::clearResults()
{
    m_status->clear();
    m_rankingNote->hide();
    m_more->hide();
}

void SearchPanel::showPage()
{
    const QLocale locale;
    const QString total = m_model->totalIsExact()
                              ? locale.toString(m_model->total())
                              : tr("more than %1").arg(locale.toString(m_model->total()));
    m_status->setText(tr("%1 of %2 hit(s)%3")
                          .arg(locale.toString(m_model->rowCount()),
                               total,
                               m_model->isRanked() ? tr(", best first") : tr(", in case order")));
    m_status->setToolTip(QString());
    const int rankedAmong = m_model->rankedAmong();
    m_rankingNote->setVisible(rankedAmong > 0);
    if (rankedAmong > 0)
        m_rankingNote->setText(tr("Ranked among the %1 most recently added matches of %2 — "
                                  "add words or a filter to rank all.")
                                   .arg(locale.toString(rankedAmong), total));
    m_more->setVisible(m_model->hasMore());
    emit resultsShown(m_model->rowCount());
}

void SearchPanel::showFailure(const Error &error)
{
    if (error.code == Error::Code::Cancelled)
        return;
    m_model->clear();
    m_status->setText(error.message);
    m_status->setToolTip(error.detail);
    m_rankingNote->hide();
    emit resultsShown(0);
}

} // namespace Casebinder::Views
