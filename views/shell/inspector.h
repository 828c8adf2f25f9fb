#pragma once

#include "casedocument.h"
#include "evidencemime.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QCheckBox;
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

signals:
    // A source of the shown event was activated (double click or Enter).
    void openSourceRequested(const Casebinder::Views::EvidenceRef &source);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void loadDocument();
    void loadPost();
    void loadClaim();
    void loadEvent();
    void loadTags(int targetKind);
    void addRow(const QString &label, const QString &value);
    void fitProperties();
    void showMessage(const QString &text);

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
    QLabel *m_linksLabel = nullptr;
    QListWidget *m_links = nullptr;
};

} // namespace Casebinder::Views
