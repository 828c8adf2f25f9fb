#include "searchpanel.h"

#include "jobs/caseconnections.h"
#include "jobs/searchjob.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Casebinder::Views {
namespace {

constexpr int HitIndexRole = Qt::UserRole + 1;
constexpr int HtmlRole = Qt::UserRole + 2;

// Draws the snippet with its hits in bold.
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
        const QString html = index.data(HtmlRole).toString();
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

    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setColumnCount(3);
    m_results->setHeaderLabels({tr("Cite"), tr("Date"), tr("Passage")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setItemDelegateForColumn(2, new SnippetDelegate(m_results));
    m_results->header()->setStretchLastSection(true);
    m_results->setColumnWidth(0, 190);
    m_results->setColumnWidth(1, 90);
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
    connect(m_more, &QPushButton::clicked, this, [this] {
        SearchRequest next = m_lastRequest;
        next.offset = int(m_hits.size());
        run(next, true);
    });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = item->data(0, HitIndexRole).toInt();
        if (index >= 0 && index < m_hits.size())
            emit hitActivated(m_hits[index]);
    });
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setCasePath(const QString &path)
{
    setConnections(path.isEmpty() ? nullptr : CaseConnections::create(path));
}

void SearchPanel::setConnections(std::shared_ptr<CaseConnections> connections)
{
    dropRunningSearch();
    m_connections = std::move(connections);
    const bool hasCase = m_connections != nullptr;
    m_hits.clear();
    m_results->clear();
    m_status->clear();
    m_rankingNote->hide();
    m_more->hide();
    setEnabled(hasCase);
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
        dropRunningSearch();
        m_hits.clear();
        m_results->clear();
        m_status->clear();
        m_rankingNote->hide();
        m_more->hide();
        return;
    }
    run(request, false);
}

void SearchPanel::dropRunningSearch()
{
    if (m_search)
        std::exchange(m_search, nullptr)->discard();
}

void SearchPanel::run(const SearchRequest &request, bool append)
{
    if (!m_connections)
        return;
    dropRunningSearch();
    m_lastRequest = request;
    m_status->setText(tr("Searching…"));

    m_search = new SearchJob(m_connections, request, this);
    connect(m_search, &Job::finished, this, [this, append] {
        show(m_search->results(), append);
        dropRunningSearch();
    });
    connect(m_search, &Job::failed, this, [this](const Error &error) {
        dropRunningSearch();
        if (error.code == Error::Code::Cancelled)
            return;
        m_results->clear();
        m_hits.clear();
        m_status->setText(error.message);
        m_status->setToolTip(error.detail);
        m_rankingNote->hide();
        emit resultsShown(0);
    });
    m_search->start();
}

void SearchPanel::show(const SearchResults &results, bool append)
{
    if (!append) {
        m_hits.clear();
        m_results->clear();
    }
    for (const SearchHit &hit : results.hits) {
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(0, hit.cite());
        item->setToolTip(0,
                         hit.kind == SearchHit::Kind::Page ? hit.document.title : hit.authorName);
        item->setText(1, hit.date.left(10));
        // Page text keeps its line breaks; a result row is one line.
        item->setText(2, hit.plainSnippet().simplified());
        QString html = hit.markedSnippet.simplified().toHtmlEscaped();
        html.replace(SearchHit::MarkOpen, QStringLiteral("<b>"));
        html.replace(SearchHit::MarkClose, QStringLiteral("</b>"));
        item->setData(2, HtmlRole, html);
        item->setToolTip(2, hit.plainSnippet().simplified());
        item->setData(0, HitIndexRole, int(m_hits.size()));
        m_hits.append(hit);
    }
    const QLocale locale;
    const QString total = results.totalIsExact
                              ? locale.toString(results.total)
                              : tr("more than %1").arg(locale.toString(results.total));
    m_status->setText(tr("%1 of %2 hit(s)%3")
                          .arg(locale.toString(m_hits.size()),
                               total,
                               results.ranked ? tr(", best first") : tr(", in case order")));
    m_status->setToolTip(QString());
    // "More Results" pages of the same request keep the first page's note.
    if (!append) {
        m_rankingNote->setVisible(results.rankedAmong > 0);
        if (results.rankedAmong > 0)
            m_rankingNote->setText(tr("Ranked among the %1 most recently added matches of %2 — "
                                      "add words or a filter to rank all.")
                                       .arg(locale.toString(results.rankedAmong), total));
    }
    m_more->setVisible(results.hasMore);
    emit resultsShown(int(m_hits.size()));
}

} // namespace Casebinder::Views
