#pragma once

#include "evidencemime.h"
#include "models/postsmodel.h"
#include "result.h"

#include <QPointer>
#include <QTableView>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QTimer;

namespace Casebinder {
class CaseDocument;
}

namespace Casebinder::Views {

class PostDetail;

// The posts table: uniform rows, nothing measured per row, so it scrolls a million posts as
// smoothly as a hundred. Dragging a row carries the post as evidence.
class PostsTable final : public QTableView
{
    Q_OBJECT

public:
    explicit PostsTable(QWidget *parent = nullptr);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
};

// Flagged posts: a filter bar (flag category, author, date range, tag, words), a sortable
// table with columns the user picks (header context menu; remembered), and the selected
// post's detail. Selected posts can be tagged in bulk (one undo step).
class PostsView final : public QWidget
{
    Q_OBJECT

public:
    // Refuses bulk edits of more posts than this at once (each is one row of the command).
    static constexpr int MaximumBulkSelection = 100000;

    explicit PostsView(Casebinder::CaseDocument &caseDocument, QWidget *parent = nullptr);
    ~PostsView() override;

    PostsModel *model() const { return m_model; }
    PostsTable *table() const { return m_table; }
    QComboBox *categoryBox() const { return m_categoryBox; }
    PostDetail *detail() const { return m_detail; }
    void setDetailVisible(bool visible);

    PostsModel::Filter filter() const { return m_model->filter(); }
    // Shows `filter` in the filter bar and applies it; the model publishes the rows when its
    // worker is done (PostsModel::queryFinished).
    void setFilter(const PostsModel::Filter &filter);
    void clearFilter();

    qint64 currentPostId() const;
    // Ids of the selected rows, in row order; empty when the selection is larger than
    // MaximumBulkSelection.
    QList<qint64> selectedPostIds() const;
    int selectedRowCount() const;
    void selectPost(qint64 postId); // when it is among the loaded rows

    // Applies (or removes) a tag on the selected posts as one undo step.
    Status tagSelection(qint64 tagId, bool apply = true);

public slots:
    void focusFilter();
    void reloadTags();
    void reloadCategories();

signals:
    // The current post changed (0: none); the shell's inspector shows it.
    void postSelected(qint64 postId);
    void selectionChanged(int selectedRows);
    // Enter or a double click on a post.
    void postActivated(qint64 postId);
    // Context menu: link the current post to a claim; the shell asks which.
    void linkPostRequested(const Casebinder::Views::EvidenceRef &evidence);
    // Context menu: walk through the selected (or all filtered) posts in review mode.
    void reviewRequested(const QList<qint64> &postIds);
    void editFailed(const Casebinder::Error &error);

private:
    void createFilterBar(QWidget *bar);
    void applyFilterFromBar();
    void scheduleFilter();
    void updateCount();
    void onCurrentChanged();
    void showHeaderMenu(const QPoint &pos);
    void showContextMenu(const QPoint &pos);
    void setColumns(const QList<PostsModel::Column> &columns);
    void saveColumns() const;
    void onSectionClicked(int section);
    void onCaseChanged(Casebinder::CaseTable table);

    Casebinder::CaseDocument &m_caseDocument;
    PostsModel *m_model;
    PostsTable *m_table;
    PostDetail *m_detail;
    QSplitter *m_splitter;
    QLineEdit *m_textEdit = nullptr;
    QComboBox *m_categoryBox = nullptr;
    QLineEdit *m_authorEdit = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QComboBox *m_tagBox = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressBar *m_busyBar = nullptr; // shown while the model filters on its worker
    QTimer *m_filterTimer = nullptr;
    bool m_settingFilter = false;
};

} // namespace Casebinder::Views
