#pragma once

#include "result.h"
#include "tagstore.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QProgressBar;
class QShortcut;
class QStackedWidget;

namespace Casebinder {
class CaseCommand;
class CaseDocument;
enum class CaseTable;
} // namespace Casebinder

namespace Casebinder::Views {

class DocumentViewer;
class PostDetail;

// Review mode: one document or post at a time, driven from the keyboard. J or → goes to the
// next item, K or ← to the previous one; each tag's hotkey (tags.hotkey: "1", "R", …) toggles
// that tag on the item; P toggles "privileged" on documents; the note is saved when the item
// is left (or with Ctrl+Return). Every change is an undoable command.
class ReviewView final : public QWidget
{
    Q_OBJECT

public:
    enum class Subject { Documents, Posts };

    explicit ReviewView(Casebinder::CaseDocument &caseDocument, QWidget *parent = nullptr);
    ~ReviewView() override;

    // Walks through `ids` (documents or posts) in this order, starting at `index`.
    void start(Subject subject, const QList<qint64> &ids, int index = 0);
    // Walks through every document of the case, in id order.
    Status startDocuments();

    Subject subject() const { return m_subject; }
    int count() const { return int(m_ids.size()); }
    int currentIndex() const { return m_index; }
    qint64 currentId() const { return m_index >= 0 ? m_ids.value(m_index) : 0; }
    // "12 of 340".
    QString progressText() const;
    // Hotkey (upper case) → tag id, as configured in the case.
    QHash<QString, qint64> hotkeys() const { return m_hotkeys; }
    QString note() const;
    void setNote(const QString &note);
    bool advancesAfterTagging() const;
    void setAdvanceAfterTagging(bool advance);

    // Applies the tag to the current item, or removes it when the item has it.
    Status toggleTag(qint64 tagId);
    Status togglePrivileged();
    // Saves the note field when it differs from the stored note.
    Status saveNote();

    DocumentViewer *documentViewer() const { return m_viewer; }
    PostDetail *postDetail() const { return m_postDetail; }

public slots:
    void next();
    void previous();
    void goTo(int index);
    void reloadTags();

signals:
    void currentChanged(Casebinder::Views::ReviewView::Subject subject, qint64 id, int index);
    // next() on the last item.
    void endReached();
    void editFailed(const Casebinder::Error &error);

private:
    QMetaObject::Connection m_focusWatch;
    TagTarget currentTarget() const;
    void showCurrent();
    void refreshState();
    void rebuildShortcuts();
    void onTagItemChanged(QListWidgetItem *item);
    void onCaseChanged(Casebinder::CaseTable table);
    void report(const Status &status);
    Status reviewEdit(std::unique_ptr<Casebinder::CaseCommand> command);
    void editHotkeys();

    Casebinder::CaseDocument &m_caseDocument;
    Subject m_subject = Subject::Documents;
    QList<qint64> m_ids;
    int m_index = -1;
    QString m_storedNote;
    bool m_privileged = false;
    QHash<QString, qint64> m_hotkeys;
    QList<QShortcut *> m_tagShortcuts;
    QShortcut *m_privilegedShortcut = nullptr;
    bool m_updatingTags = false;
    bool m_focusToReturn = false; // the focus left the review for another window

    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QLabel *m_itemTitle;
    QStackedWidget *m_stack;
    DocumentViewer *m_viewer;
    PostDetail *m_postDetail;
    QLabel *m_emptyLabel;
    QListWidget *m_tagList;
    QCheckBox *m_privilegedBox;
    QCheckBox *m_advanceBox;
    QPlainTextEdit *m_noteEdit;
    QLabel *m_status;
};

} // namespace Casebinder::Views
