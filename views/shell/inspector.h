#pragma once

#include "casedocument.h"
#include "evidencemime.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace Casebinder::Views {

// The inspector: what the selected item is (a document, a post or a claim node), its tags,
// its notes and its evidence links. Reads through the stores of the open case.
class Inspector final : public QWidget
{
    Q_OBJECT

public:
    enum class Subject { None, Document, Post, Claim, Event };

    explicit Inspector(QWidget *parent = nullptr);

    void setCaseDocument(CaseDocument *document);
    void showDocument(qint64 id);
    void showPost(qint64 id);
    void showClaim(qint64 id);
    void showTimelineEvent(qint64 id);
    void clear();

    Subject subject() const { return m_subject; }
    qint64 subjectId() const { return m_id; }
    QString heading() const;
    QPlainTextEdit *notesEditor() const { return m_notes; }
    QListWidget *linksList() const { return m_links; }
    // Writes the notes being edited (as an undoable edit); leaving the field does this too.
    void commitNotes();
    // The in-place editor of a document field ("title", "docket", "exhibit", "filed", "dated",
    // "batesBegin", "batesEnd", …); null unless a document is shown.
    QLineEdit *fieldEditor(const QString &name) const;
    // Why the last field edit was refused (hidden when it was not).
    QLabel *fieldError() const { return m_fieldError; }

signals:
    // A source of the shown event, or evidence of the shown claim, was activated (as the
    // style says: a click, or a double click or Enter).
    void openSourceRequested(const Casebinder::Views::EvidenceRef &source);
    // "Show on docket" of a filing listed on a docket was activated.
    void showOnDocketRequested(qint64 documentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void scheduleReload();
    QLineEdit *createFieldEditor(int index);
    // Pushes the edit of field `index` when its text changed; false (and the reason shown)
    // when the command refused it.
    bool commitField(int index, QLineEdit *editor);
    void commitFields();
    void loadDocument();
    void loadPost();
    void loadClaim();
    void loadEvent();
    void loadTags(int targetKind);
    void addRow(const QString &label, const QString &value);
    void fitProperties();
    void showMessage(const QString &text);
    // How an entry of the links list opens, as the platform's style says.
    QString openHint() const;

    QPointer<CaseDocument> m_document;
    Subject m_subject = Subject::None;
    qint64 m_id = 0;
    QLabel *m_heading = nullptr;
    QWidget *m_propertiesBox = nullptr;
    QFormLayout *m_properties = nullptr;
    QLabel *m_tagsLabel = nullptr;
    QLabel *m_tags = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QString m_loadedNotes;
    QCheckBox *m_privileged = nullptr;
    QWidget *m_fieldsBox = nullptr; // the document's editable fields
    qint64 m_shownFieldsOf = 0;     // the document whose values the editors hold
    QLabel *m_fieldError = nullptr;
    bool m_reloadPending = false;
    QLabel *m_linksLabel = nullptr;
    QListWidget *m_links = nullptr;
};

} // namespace Casebinder::Views
