#include "postsview.h"

#include "casedocument.h"
#include "commands/tagcommands.h"
#include "postdetail.h"
#include "poststore.h"
#include "shell/elidedtooltipdelegate.h"
#include "tagstore.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QDrag>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Casebinder::Views {

namespace {

const QString ColumnsSetting = u"posts/columns"_s;
const QDate NoDate(1900, 1, 1);

int defaultWidth(PostsModel::Column column, const QFontMetrics &metrics)
{
    const int character = metrics.averageCharWidth();
    switch (column) {
    case PostsModel::Column::Id:
        return character * 9;
    case PostsModel::Column::PostedAt:
        return metrics.horizontalAdvance(u"2021-01-10 23:59 UTC"_s) + 24;
    case PostsModel::Column::Text:
        return character * 60;
    case PostsModel::Column::Url:
        return character * 30;
    case PostsModel::Column::PostStatus:
    case PostsModel::Column::ReportedOn:
        return character * 12;
    case PostsModel::Column::AuthorHandle:
        return character * 20;
    default:
        return character * 16;
    }
}

QDateEdit *makeDateEdit(QWidget *parent, const QString &tip)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(PostsView::tr("any"));
    edit->setDate(NoDate);
    edit->setToolTip(tip);
    return edit;
}

} // namespace

PostsTable::PostsTable(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights: nothing is measured per row, which keeps a million rows smooth.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSectionsClickable(true);
    horizontalHeader()->setSectionsMovable(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void PostsTable::startDrag(Qt::DropActions)
{
    const auto *posts = qobject_cast<const PostsModel *>(model());
    const QModelIndex current = currentIndex();
    if (!posts || !current.isValid())
        return;
    const qint64 postId = posts->postId(current.row());
    if (postId <= 0)
        return;
    auto *mime = new QMimeData;
    mime->setText(current.siblingAtColumn(0).data(PostsModel::TextRole).toString());
    writeEvidence(*mime, EvidenceRef::post(postId));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->exec(Qt::CopyAction | Qt::LinkAction, Qt::LinkAction);
}

PostsView::PostsView(CaseDocument &caseDocument, QWidget *parent)
    : QWidget(parent)
    , m_caseDocument(caseDocument)
    , m_model(new PostsModel(caseDocument, this))
    , m_table(new PostsTable(this))
    , m_detail(new PostDetail(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_filterTimer(new QTimer(this))
{
    auto *bar = new QWidget(this);
    createFilterBar(bar);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Flagged posts"));
    m_table->setItemDelegate(new ElidedToolTipDelegate(m_table));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({500, 220});
    m_splitter->setChildrenCollapsible(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_splitter, 1);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this, &PostsView::applyFilterFromBar);

    QList<PostsModel::Column> columns;
    const QStringList saved = QSettings().value(ColumnsSetting).toStringList();
    for (const QString &key : saved) {
        for (const auto &info : PostsModel::availableColumns()) {
            if (info.key == key)
                columns.append(info.column);
        }
    }
    setColumns(columns.isEmpty() ? PostsModel::defaultColumns() : columns);

    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &PostsView::showHeaderMenu);
    connect(header, &QHeaderView::sectionClicked, this, &PostsView::onSectionClicked);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &PostsView::showContextMenu);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &PostsView::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        emit selectionChanged(selectedRowCount());
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->postId(index.row()); id > 0)
            emit postActivated(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PostsView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PostsView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PostsView::onCurrentChanged);
    connect(m_model, &PostsModel::busyChanged, this, &PostsView::updateCount);
    connect(&m_caseDocument, &CaseDocument::changed, this, &PostsView::onCaseChanged);

    auto *findShortcut = new QShortcut(QKeySequence::Find, this, this, &PostsView::focusFilter);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);

    reloadTags();
    reloadCategories();
    updateCount();
    onCurrentChanged();
}

PostsView::~PostsView() = default;

void PostsView::createFilterBar(QWidget *bar)
{
    const QFontMetrics metrics = fontMetrics();
    m_textEdit = new QLineEdit(bar);
    m_textEdit->setObjectName(u"postsTextFilter"_s);
    m_textEdit->setPlaceholderText(tr("Words in the post"));
    m_textEdit->setClearButtonEnabled(true);
    m_textEdit->setToolTip(tr("Posts containing all these words (the last one may be the start "
                              "of a word)"));
    m_textEdit->setMinimumWidth(metrics.averageCharWidth() * 16);
    m_categoryBox = new QComboBox(bar);
    m_categoryBox->setObjectName(u"postsCategoryFilter"_s);
    m_categoryBox->setToolTip(tr("Posts flagged in this category"));
    m_categoryBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_categoryBox->setMinimumContentsLength(14);
    m_authorEdit = new QLineEdit(bar);
    m_authorEdit->setPlaceholderText(tr("Author or @handle"));
    m_authorEdit->setClearButtonEnabled(true);
    m_authorEdit->setMinimumWidth(metrics.horizontalAdvance(m_authorEdit->placeholderText()) + 32);
    m_fromEdit = makeDateEdit(bar, tr("Posted on or after"));
    m_toEdit = makeDateEdit(bar, tr("Posted on or before"));
    m_tagBox = new QComboBox(bar);
    m_tagBox->setObjectName(u"postsTagFilter"_s);
    // Long tag paths must not widen the bar (and with it the whole window's minimum width).
    m_tagBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tagBox->setMinimumContentsLength(14);
    m_tagBox->setToolTip(tr("Posts with this tag or a tag beneath it"));
    auto *clear = new QToolButton(bar);
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Clear all filters"));
    clear->setAutoRaise(true);
    connect(clear, &QToolButton::clicked, this, &PostsView::clearFilter);
    m_countLabel = new QLabel(bar);
    m_countLabel->setMinimumWidth(metrics.horizontalAdvance(tr("%1 posts").arg(u"1,000,000"_s))
                                  + 8);
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_busyBar = new QProgressBar(bar);
    m_busyBar->setObjectName(u"postsBusy"_s);
    m_busyBar->setRange(0, 0); // a filter's size is unknown until it is done
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(metrics.averageCharWidth() * 10);
    m_busyBar->setMaximumHeight(metrics.height() / 2 + 4);
    m_busyBar->setToolTip(tr("Filtering the posts…"));
    m_busyBar->hide();

    for (QLineEdit *edit : {m_textEdit, m_authorEdit}) {
        connect(edit, &QLineEdit::textEdited, this, &PostsView::scheduleFilter);
        connect(edit, &QLineEdit::returnPressed, this, &PostsView::applyFilterFromBar);
        // Clearing with the line edit's button emits textChanged only.
        connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
            if (text.isEmpty())
                scheduleFilter();
        });
    }
    for (QDateEdit *edit : {m_fromEdit, m_toEdit})
        connect(edit, &QDateEdit::dateChanged, this, &PostsView::scheduleFilter);
    connect(m_categoryBox, &QComboBox::activated, this, &PostsView::applyFilterFromBar);
    connect(m_tagBox, &QComboBox::activated, this, &PostsView::applyFilterFromBar);

    // Two rows, so the bar never forces the tab (and the docks beside it) wider: the words
    // and the count on top, the narrower filters beneath.
    auto *layout = new QGridLayout(bar);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);
    auto *top = new QHBoxLayout;
    top->addWidget(m_textEdit, 1);
    top->addWidget(clear);
    top->addWidget(m_busyBar);
    top->addWidget(m_countLabel);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_categoryBox, 1);
    bottom->addWidget(m_authorEdit, 1);
    bottom->addSpacing(6);
    bottom->addWidget(new QLabel(tr("From"), bar));
    bottom->addWidget(m_fromEdit);
    bottom->addWidget(new QLabel(tr("to"), bar));
    bottom->addWidget(m_toEdit);
    bottom->addWidget(m_tagBox, 1);
    layout->addLayout(top, 0, 0);
    layout->addLayout(bottom, 1, 0);
}

void PostsView::scheduleFilter()
{
    if (!m_settingFilter)
        m_filterTimer->start();
}

void PostsView::applyFilterFromBar()
{
    m_filterTimer->stop();
    PostsModel::Filter filter;
    filter.text = m_textEdit->text();
    filter.flagCategory = m_categoryBox->currentData().toString();
    filter.author = m_authorEdit->text().trimmed();
    if (m_fromEdit->date() != NoDate)
        filter.from = m_fromEdit->date();
    if (m_toEdit->date() != NoDate)
        filter.to = m_toEdit->date();
    if (const QVariant tag = m_tagBox->currentData(); tag.isValid() && tag.toLongLong() > 0)
        filter.tagId = tag.toLongLong();
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter);
}

void PostsView::setFilter(const PostsModel::Filter &filter)
{
    m_settingFilter = true;
    m_textEdit->setText(filter.text);
    int categoryIndex = m_categoryBox->findData(filter.flagCategory);
    if (categoryIndex < 0) {
        // A category not in the list (a filter set from elsewhere) is still shown as chosen.
        m_categoryBox->addItem(filter.flagCategory, filter.flagCategory);
        categoryIndex = m_categoryBox->count() - 1;
    }
    m_categoryBox->setCurrentIndex(categoryIndex);
    m_authorEdit->setText(filter.author);
    m_fromEdit->setDate(filter.from.isValid() ? filter.from : NoDate);
    m_toEdit->setDate(filter.to.isValid() ? filter.to : NoDate);
    const int tagIndex = filter.tagId ? m_tagBox->findData(*filter.tagId) : 0;
    m_tagBox->setCurrentIndex(std::max(0, tagIndex));
    m_settingFilter = false;
    m_filterTimer->stop();
    m_model->setFilter(filter);
}

void PostsView::clearFilter()
{
    setFilter({});
}

void PostsView::focusFilter()
{
    m_textEdit->setFocus(Qt::ShortcutFocusReason);
    m_textEdit->selectAll();
}

void PostsView::reloadTags()
{
    const QVariant current = m_tagBox->currentData();
    const QSignalBlocker blocker(m_tagBox);
    m_tagBox->clear();
    m_tagBox->addItem(tr("Any tag"), qint64(0));
    auto store = m_caseDocument.tags();
    auto tags = store.tags();
    if (tags) {
        for (const TagRecord &tag : std::as_const(*tags)) {
            const QString path = store.path(tag.id).value_or(tag.name);
            QPixmap swatch(10, 10);
            swatch.fill(QColor(tag.color));
            m_tagBox->addItem(QIcon(swatch), path, tag.id);
        }
    }
    m_tagBox->setCurrentIndex(std::max(0, m_tagBox->findData(current)));
}

void PostsView::reloadCategories()
{
    const QString current = m_categoryBox->currentData().toString();
    const QSignalBlocker blocker(m_categoryBox);
    m_categoryBox->clear();
    m_categoryBox->addItem(tr("Any flag category"), QString());
    if (auto categories = m_caseDocument.posts().flagCategories()) {
        for (const QString &category : std::as_const(*categories))
            m_categoryBox->addItem(category, category);
    }
    int index = m_categoryBox->findData(current);
    if (index < 0) {
        m_categoryBox->addItem(current, current);
        index = m_categoryBox->count() - 1;
    }
    m_categoryBox->setCurrentIndex(index);
}

void PostsView::updateCount()
{
    m_busyBar->setVisible(m_model->isBusy());
    if (m_model->isBusy()) {
        m_countLabel->setText(tr("Filtering…"));
        return;
    }
    const qint64 total = m_model->totalCount();
    m_countLabel->setText(m_model->filter().isEmpty()
                              ? tr("%1 posts").arg(QLocale().toString(total))
                              : tr("%1 matching").arg(QLocale().toString(total)));
}

void PostsView::setDetailVisible(bool visible)
{
    m_detail->setVisible(visible);
}

qint64 PostsView::currentPostId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->postId(current.row()) : 0;
}

int PostsView::selectedRowCount() const
{
    int count = 0;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        count += range.bottom() - range.top() + 1;
    return count;
}

QList<qint64> PostsView::selectedPostIds() const
{
    QList<qint64> ids;
    if (selectedRowCount() > MaximumBulkSelection)
        return ids;
    QList<int> rows;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    std::ranges::sort(rows);
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    ids.reserve(rows.size());
    for (const int row : std::as_const(rows)) {
        if (const qint64 id = m_model->postId(row); id > 0)
            ids.append(id);
    }
    return ids;
}

void PostsView::selectPost(qint64 postId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->postId(row) == postId) {
            const QModelIndex index = m_model->index(row, 0);
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return;
        }
        // Only look through what is cheap to reach.
        if (row > PostsModel::PageSize * 4)
            return;
    }
}

Status PostsView::tagSelection(qint64 tagId, bool apply)
{
    if (selectedRowCount() > MaximumBulkSelection)
        return fail(Error::Code::InvalidArgument,
                    tr("Select at most %1 posts to tag at once; narrow the filter first.")
                        .arg(QLocale().toString(MaximumBulkSelection)));
    QList<TagTarget> targets;
    for (const qint64 id : selectedPostIds())
        targets.append({TagTargetKind::Post, id});
    if (targets.isEmpty())
        return fail(Error::Code::InvalidArgument, tr("No posts are selected."));
    return m_caseDocument.push(std::make_unique<ApplyTagCommand>(
        m_caseDocument,
        tagId,
        targets,
        apply ? ApplyTagCommand::Action::Apply : ApplyTagCommand::Action::Remove));
}

void PostsView::onCurrentChanged()
{
    const qint64 id = currentPostId();
    if (id <= 0) {
        m_detail->clear();
    } else if (auto post = m_caseDocument.posts().post(id)) {
        m_detail->setPost(*post);
    } else {
        m_detail->clear();
    }
    emit postSelected(id);
}

void PostsView::onCaseChanged(CaseTable table)
{
    if (table == CaseTable::Tags)
        reloadTags();
    if (table == CaseTable::Posts)
        reloadCategories();
    if (table == CaseTable::Posts || table == CaseTable::Taggings) {
        if (const qint64 id = currentPostId(); id > 0 && id == m_detail->postId()) {
            if (auto post = m_caseDocument.posts().post(id))
                m_detail->setPost(*post);
        }
    }
}

void PostsView::onSectionClicked(int section)
{
    const PostsModel::Column column = m_model->columnAt(section);
    bool sortable = false;
    for (const auto &info : PostsModel::availableColumns()) {
        if (info.column == column)
            sortable = info.sortable;
    }
    QHeaderView *header = m_table->horizontalHeader();
    if (sortable) {
        const Qt::SortOrder order
            = m_model->sortColumn() == column && m_model->sortOrder() == Qt::AscendingOrder
                  ? Qt::DescendingOrder
                  : Qt::AscendingOrder;
        m_model->sortBy(column, order);
    }
    // Point the indicator at what the table is really sorted by.
    const int sorted = int(m_model->visibleColumns().indexOf(m_model->sortColumn()));
    const QSignalBlocker blocker(header);
    header->setSortIndicator(sorted, m_model->sortOrder());
    header->setSortIndicatorShown(sorted >= 0);
}

void PostsView::setColumns(const QList<PostsModel::Column> &columns)
{
    m_model->setVisibleColumns(columns);
    QHeaderView *header = m_table->horizontalHeader();
    // The text takes the room the other columns leave, so they all fit without scrolling
    // sideways; without a text column the last one does.
    const int textSection = int(m_model->visibleColumns().indexOf(PostsModel::Column::Text));
    header->setStretchLastSection(textSection < 0);
    for (int section = 0; section < m_model->columnCount(); ++section) {
        header->setSectionResizeMode(
            section, section == textSection ? QHeaderView::Stretch : QHeaderView::Interactive);
        header->resizeSection(section, defaultWidth(m_model->columnAt(section), fontMetrics()));
    }
    const int sorted = int(m_model->visibleColumns().indexOf(m_model->sortColumn()));
    header->setSortIndicator(sorted, m_model->sortOrder());
    header->setSortIndicatorShown(sorted >= 0);
}

void PostsView::saveColumns() const
{
    QStringList keys;
    for (const PostsModel::Column column : m_model->visibleColumns()) {
        for (const auto &info : PostsModel::availableColumns()) {
            if (info.column == column)
                keys.append(info.key);
        }
    }
    QSettings().setValue(ColumnsSetting, keys);
}

void PostsView::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    const QList<PostsModel::Column> visible = m_model->visibleColumns();
    for (const auto &info : PostsModel::availableColumns()) {
        QAction *action = menu.addAction(info.title);
        action->setCheckable(true);
        action->setChecked(visible.contains(info.column));
        // The last visible column cannot be hidden.
        action->setEnabled(!(visible.size() == 1 && visible.contains(info.column)));
        connect(action, &QAction::toggled, this, [this, column = info.column](bool on) {
            QList<PostsModel::Column> columns = m_model->visibleColumns();
            if (on) {
                // Keep the model's order of columns, whatever order they are switched on in.
                QList<PostsModel::Column> ordered;
                for (const auto &candidate : PostsModel::availableColumns()) {
                    if (candidate.column == column || columns.contains(candidate.column))
                        ordered.append(candidate.column);
                }
                columns = ordered;
            } else {
                columns.removeAll(column);
            }
            setColumns(columns);
            saveColumns();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset Columns"), this, [this] {
        setColumns(PostsModel::defaultColumns());
        QSettings().remove(ColumnsSetting);
    });
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void PostsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    const int selected = selectedRowCount();
    QMenu menu(this);
    QAction *link = menu.addAction(tr("&Link Post to Claim…"), this, [this] {
        if (const qint64 id = currentPostId(); id > 0)
            emit linkPostRequested(EvidenceRef::post(id));
    });
    link->setEnabled(currentPostId() > 0);
    menu.addAction(tr("&Review Selected Posts"), this, [this] {
        const QList<qint64> ids = selectedPostIds();
        if (!ids.isEmpty())
            emit reviewRequested(ids);
    });
    menu.addSeparator();

    QMenu *tagMenu = menu.addMenu(tr("&Tag %n Post(s)", nullptr, selected));
    QMenu *untagMenu = menu.addMenu(tr("&Remove Tag from %n Post(s)", nullptr, selected));
    auto tags = m_caseDocument.tags().tags();
    auto store = m_caseDocument.tags();
    if (tags) {
        for (const TagRecord &tag : std::as_const(*tags)) {
            QPixmap swatch(12, 12);
            swatch.fill(QColor(tag.color));
            const QString path = store.path(tag.id).value_or(tag.name);
            for (const bool apply : {true, false}) {
                QMenu *target = apply ? tagMenu : untagMenu;
                target->addAction(QIcon(swatch), path, this, [this, id = tag.id, apply] {
                    if (auto done = tagSelection(id, apply); !done) {
                        emit editFailed(done.error());
                        QMessageBox::warning(
                            this, tr("Cannot tag the posts"), done.error().message);
                    }
                });
            }
        }
    }
    const bool canTag = tags && !tags->isEmpty() && selected <= MaximumBulkSelection;
    tagMenu->setEnabled(canTag);
    untagMenu->setEnabled(canTag);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace Casebinder::Views
