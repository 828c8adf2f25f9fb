#include "reviewview.h"

#include "casedocument.h"
#include "commands/documentcommands.h"
#include "commands/tagcommands.h"
#include "documentstore.h"
#include "documentviewer/documentviewer.h"
#include "posts/postdetail.h"
#include "poststore.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Casebinder::Views {

namespace {

// Keys review mode keeps for itself; a tag with one of these hotkeys is reached by clicking.
bool isReservedKey(const QString &key, ReviewView::Subject subject)
{
    return key == "J"_L1 || key == "K"_L1
           || (key == "P"_L1 && subject == ReviewView::Subject::Documents);
}

constexpr int TagIdRole = Qt::UserRole + 1;
constexpr int HotkeyRole = Qt::UserRole + 2;

} // namespace

ReviewView::ReviewView(CaseDocument &caseDocument, QWidget *parent)
    : QWidget(parent)
    , m_caseDocument(caseDocument)
    , m_progressLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_itemTitle(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_viewer(new DocumentViewer(this))
    , m_postDetail(new PostDetail(this))
    , m_emptyLabel(new QLabel(this))
    , m_tagList(new QListWidget(this))
    , m_privilegedBox(new QCheckBox(tr("&Privileged  (P)"), this))
    , m_advanceBox(new QCheckBox(tr("Next item after tagging"), this))
    , m_noteEdit(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    m_viewer->setCaseDocument(&caseDocument);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setText(tr("Nothing to review."));
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_viewer);
    m_stack->addWidget(m_postDetail);

    QFont titleFont = m_itemTitle->font();
    titleFont.setBold(true);
    m_itemTitle->setFont(titleFont);
    m_itemTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_itemTitle->setMinimumWidth(100);
    QFont progressFont = m_progressLabel->font();
    progressFont.setPointSizeF(progressFont.pointSizeF() * 1.2);
    m_progressLabel->setFont(progressFont);
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumHeight(8);
    m_progressBar->setMaximumWidth(220);

    auto *previousButton = new QPushButton(tr("◀ Previous  (K)"), this);
    auto *nextButton = new QPushButton(tr("Next  (J) ▶"), this);
    previousButton->setFocusPolicy(Qt::NoFocus);
    nextButton->setFocusPolicy(Qt::NoFocus);
    connect(previousButton, &QPushButton::clicked, this, &ReviewView::previous);
    connect(nextButton, &QPushButton::clicked, this, &ReviewView::next);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(8, 6, 8, 6);
    top->addWidget(m_progressLabel);
    top->addSpacing(6);
    top->addWidget(m_progressBar);
    top->addSpacing(12);
    top->addWidget(m_itemTitle, 1);
    top->addWidget(previousButton);
    top->addWidget(nextButton);

    auto *tagsBox = new QGroupBox(tr("Tags"), this);
    auto *tagsLayout = new QVBoxLayout(tagsBox);
    m_tagList->setSelectionMode(QAbstractItemView::NoSelection);
    m_tagList->setFocusPolicy(Qt::NoFocus);
    m_tagList->setUniformItemSizes(true);
    tagsLayout->addWidget(m_tagList);
    auto *hotkeysButton = new QPushButton(tr("Hotkeys…"), tagsBox);
    hotkeysButton->setFocusPolicy(Qt::NoFocus);
    hotkeysButton->setToolTip(tr("Choose the key that applies each tag"));
    connect(hotkeysButton, &QPushButton::clicked, this, &ReviewView::editHotkeys);
    tagsLayout->addWidget(m_advanceBox);
    tagsLayout->addWidget(hotkeysButton, 0, Qt::AlignLeft);
    m_advanceBox->setFocusPolicy(Qt::NoFocus);
    m_privilegedBox->setFocusPolicy(Qt::NoFocus);

    auto *noteBox = new QGroupBox(tr("Note"), this);
    auto *noteLayout = new QVBoxLayout(noteBox);
    m_noteEdit->setPlaceholderText(tr("Saved when you move on (or Ctrl+Return)"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setObjectName(u"reviewNote"_s);
    noteLayout->addWidget(m_noteEdit);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 6, 6);
    sideLayout->addWidget(tagsBox, 3);
    sideLayout->addWidget(m_privilegedBox);
    sideLayout->addWidget(noteBox, 2);
    sideLayout->addWidget(m_status);
    // Wide enough for its own check boxes in every language (a fixed width cut the French
    // "Élément suivant après l'étiquetage"), and never narrower than 34 characters.
    side->setMinimumWidth(
        std::max(side->minimumSizeHint().width(), fontMetrics().averageCharWidth() * 34));
    // Each entry starts with its hotkey, so the key is always in view; a long tag path is cut
    // at the end, never scrolled sideways; the tooltip has the whole path.
    m_tagList->setTextElideMode(Qt::ElideRight);
    m_tagList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_stack);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    const auto addShortcut = [this](const QKeySequence &key, auto slot) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
        return shortcut;
    };
    addShortcut(QKeySequence(Qt::Key_J), &ReviewView::next);
    addShortcut(QKeySequence(Qt::Key_Right), &ReviewView::next);
    addShortcut(QKeySequence(Qt::Key_K), &ReviewView::previous);
    addShortcut(QKeySequence(Qt::Key_Left), &ReviewView::previous);
    // Posts have no privileged flag: there P is free for a tag.
    m_privilegedShortcut
        = addShortcut(QKeySequence(Qt::Key_P), [this] { report(togglePrivileged()); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { report(saveNote()); });
    addShortcut(QKeySequence(Qt::Key_Escape), [this] { setFocus(); });

    connect(m_tagList, &QListWidget::itemChanged, this, &ReviewView::onTagItemChanged);
    connect(m_privilegedBox, &QCheckBox::clicked, this, [this] { report(togglePrivileged()); });
    connect(&m_caseDocument, &CaseDocument::changed, this, &ReviewView::onCaseChanged);
    setFocusPolicy(Qt::StrongFocus);
    // After any dialog (a message, the link dialog, the hotkeys), the keys go back to the
    // review: when the focus left it for another window, it comes back here, wherever the
    // main window would restore it.
    m_focusWatch
        = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
              const auto inside = [this](QWidget *widget) {
                  return widget && (widget == this || isAncestorOf(widget));
              };
              if (inside(old) && (!now || now->window() != window())) {
                  m_focusToReturn = true;
                  return;
              }
              if (!now || now->window() != window())
                  return;
              const bool back = std::exchange(m_focusToReturn, false);
              if (back && !inside(now) && isVisible())
                  QTimer::singleShot(0, this, [this] {
                      if (isVisible())
                          setFocus(Qt::OtherFocusReason);
                  });
          });

    reloadTags();
    showCurrent();
}

ReviewView::~ReviewView()
{
    // ~QWidget moves the focus away and QApplication reports it, after this object is no longer
    // a ReviewView but before ~QObject would drop the connection.
    disconnect(m_focusWatch);
}

void ReviewView::start(Subject subject, const QList<qint64> &ids, int index)
{
    report(saveNote());
    m_subject = subject;
    m_ids = ids;
    m_index = ids.isEmpty() ? -1 : std::clamp(index, 0, int(ids.size()) - 1);
    m_privilegedShortcut->setEnabled(subject == Subject::Documents);
    rebuildShortcuts();
    showCurrent();
    setFocus();
}

Status ReviewView::startDocuments()
{
    auto documents = m_caseDocument.documents().documents();
    if (!documents)
        return fail(documents.error());
    QList<qint64> ids;
    for (const DocumentRecord &document : std::as_const(*documents))
        ids.append(document.id);
    start(Subject::Documents, ids);
    return {};
}

QString ReviewView::progressText() const
{
    if (m_ids.isEmpty())
        return tr("0 of 0");
    return tr("%1 of %2").arg(QLocale().toString(m_index + 1), QLocale().toString(m_ids.size()));
}

QString ReviewView::note() const
{
    return m_noteEdit->toPlainText();
}

void ReviewView::setNote(const QString &note)
{
    m_noteEdit->setPlainText(note);
}

bool ReviewView::advancesAfterTagging() const
{
    return m_advanceBox->isChecked();
}

void ReviewView::setAdvanceAfterTagging(bool advance)
{
    m_advanceBox->setChecked(advance);
}

void ReviewView::next()
{
    if (m_ids.isEmpty())
        return;
    if (m_index + 1 >= m_ids.size()) {
        report(saveNote());
        m_status->setText(tr("That was the last one."));
        emit endReached();
        return;
    }
    goTo(m_index + 1);
}

void ReviewView::previous()
{
    if (m_index > 0)
        goTo(m_index - 1);
}

void ReviewView::goTo(int index)
{
    if (index < 0 || index >= m_ids.size() || index == m_index)
        return;
    report(saveNote());
    m_index = index;
    showCurrent();
}

TagTarget ReviewView::currentTarget() const
{
    return {m_subject == Subject::Documents ? TagTargetKind::Document : TagTargetKind::Post,
            currentId()};
}

void ReviewView::showCurrent()
{
    m_progressLabel->setText(progressText());
    m_progressBar->setRange(0, std::max(1, int(m_ids.size())));
    m_progressBar->setValue(m_index + 1);
    m_status->clear();
    const qint64 id = currentId();
    if (id <= 0) {
        m_stack->setCurrentWidget(m_emptyLabel);
        m_itemTitle->clear();
        m_storedNote.clear();
        m_noteEdit->clear();
        m_noteEdit->setEnabled(false);
        m_privilegedBox->setVisible(m_subject == Subject::Documents);
        m_privilegedBox->setEnabled(false);
        refreshState();
        return;
    }
    m_noteEdit->setEnabled(true);
    m_privilegedBox->setVisible(m_subject == Subject::Documents);
    m_privilegedBox->setEnabled(true);
    if (m_subject == Subject::Documents) {
        m_stack->setCurrentWidget(m_viewer);
        m_viewer->openDocument(id);
    } else {
        m_stack->setCurrentWidget(m_postDetail);
    }
    refreshState();
    m_noteEdit->setPlainText(m_storedNote);
    emit currentChanged(m_subject, id, m_index);
}

// Reads what the case says about the current item: title, note, privileged flag, tags.
void ReviewView::refreshState()
{
    const qint64 id = currentId();
    if (id > 0 && m_subject == Subject::Documents) {
        if (auto document = m_caseDocument.documents().document(id)) {
            QString title = document->title.isEmpty() ? document->sourceName : document->title;
            if (!document->exhibitLabel.isEmpty())
                title = document->exhibitLabel + u" — "_s + title;
            m_itemTitle->setText(title);
            m_storedNote = document->notes;
            m_privileged = document->privileged;
        } else {
            m_itemTitle->setText(tr("Document %1 is no longer in the case.").arg(id));
        }
    } else if (id > 0) {
        if (auto post = m_caseDocument.posts().post(id)) {
            m_postDetail->setPost(*post);
            m_itemTitle->setText(post->authorHandle.isEmpty() ? post->authorName
                                                              : u"@"_s + post->authorHandle);
            m_storedNote = post->notes;
        } else {
            m_itemTitle->setText(tr("Post %1 is no longer in the case.").arg(id));
        }
    }
    m_privilegedBox->setChecked(m_privileged && m_subject == Subject::Documents);

    QList<qint64> applied;
    if (id > 0) {
        if (auto tags = m_caseDocument.tags().tagsOf(currentTarget())) {
            for (const TagRecord &tag : std::as_const(*tags))
                applied.append(tag.id);
        }
    }
    m_updatingTags = true;
    for (int row = 0; row < m_tagList->count(); ++row) {
        QListWidgetItem *item = m_tagList->item(row);
        item->setCheckState(applied.contains(item->data(TagIdRole).toLongLong()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
        item->setFlags(id > 0 ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::NoItemFlags);
    }
    m_updatingTags = false;
}

void ReviewView::reloadTags()
{
    m_updatingTags = true;
    m_tagList->clear();
    m_hotkeys.clear();
    auto store = m_caseDocument.tags();
    if (auto tags = store.tags()) {
        for (const TagRecord &tag : std::as_const(*tags)) {
            const QString key = tag.hotkey.trimmed().toUpper();
            const QString path = store.path(tag.id).value_or(tag.name);
            auto *item = new QListWidgetItem(m_tagList);
            item->setText(key.isEmpty() ? u"\u2003\u2003"_s + path : u"[%1]  %2"_s.arg(key, path));
            item->setToolTip(key.isEmpty() ? path : tr("%1 — press %2").arg(path, key));
            item->setData(HotkeyRole, key);
            QPixmap swatch(12, 12);
            swatch.fill(QColor(tag.color));
            item->setIcon(QIcon(swatch));
            item->setData(TagIdRole, tag.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            if (!key.isEmpty() && !m_hotkeys.contains(key))
                m_hotkeys.insert(key, tag.id);
        }
    }
    m_updatingTags = false;
    rebuildShortcuts();
    refreshState();
}

void ReviewView::rebuildShortcuts()
{
    qDeleteAll(m_tagShortcuts);
    m_tagShortcuts.clear();
    for (auto it = m_hotkeys.cbegin(); it != m_hotkeys.cend(); ++it) {
        if (isReservedKey(it.key(), m_subject))
            continue;
        const QKeySequence sequence(it.key());
        if (sequence.isEmpty())
            continue;
        auto *shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, tagId = it.value()] {
            if (const Status done = toggleTag(tagId); !done)
                report(done);
            else if (m_advanceBox->isChecked())
                next();
        });
        m_tagShortcuts.append(shortcut);
    }
}

Status ReviewView::toggleTag(qint64 tagId)
{
    const TagTarget target = currentTarget();
    if (target.id <= 0)
        return fail(Error::Code::InvalidArgument, tr("There is nothing to tag."));
    auto tags = m_caseDocument.tags().tagsOf(target);
    if (!tags)
        return fail(tags.error());
    const bool has
        = std::ranges::any_of(*tags, [&](const TagRecord &tag) { return tag.id == tagId; });
    return reviewEdit(std::make_unique<ApplyTagCommand>(m_caseDocument,
                                                        tagId,
                                                        QList<TagTarget>{target},
                                                        has ? ApplyTagCommand::Action::Remove
                                                            : ApplyTagCommand::Action::Apply));
}

Status ReviewView::togglePrivileged()
{
    if (m_subject != Subject::Documents || currentId() <= 0)
        return fail(Error::Code::InvalidArgument, tr("Only documents can be marked privileged."));
    return reviewEdit(std::make_unique<SetPrivilegedCommand>(
        m_caseDocument, QList<qint64>{currentId()}, !m_privileged));
}

Status ReviewView::saveNote()
{
    const qint64 id = currentId();
    const QString text = m_noteEdit->toPlainText();
    if (id <= 0 || text == m_storedNote)
        return {};
    // Stored first, so that the refresh the edit triggers keeps the text on screen.
    const QString previous = std::exchange(m_storedNote, text);
    const Status done = m_subject == Subject::Documents
                            ? m_caseDocument.push(std::make_unique<SetDocumentFieldsCommand>(
                                m_caseDocument, id, DocumentEdit{{DocumentField::Notes, text}}))
                            : m_caseDocument.push(
                                std::make_unique<SetPostNotesCommand>(m_caseDocument, id, text));
    if (!done) {
        m_storedNote = previous;
        return done;
    }
    m_status->setText(tr("Note saved."));
    return {};
}

Status ReviewView::reviewEdit(std::unique_ptr<CaseCommand> command)
{
    // On success the case's change notification refreshes the panel; after a failure the
    // panel must drop what the user clicked (a checkbox already ticked, say).
    Status done = m_caseDocument.push(std::move(command));
    if (!done)
        refreshState();
    return done;
}

void ReviewView::report(const Status &status)
{
    if (status)
        return;
    m_status->setText(status.error().message);
    emit editFailed(status.error());
}

void ReviewView::onTagItemChanged(QListWidgetItem *item)
{
    if (m_updatingTags)
        return;
    report(toggleTag(item->data(TagIdRole).toLongLong()));
}

void ReviewView::onCaseChanged(CaseTable table)
{
    switch (table) {
    case CaseTable::Tags:
        reloadTags();
        break;
    case CaseTable::Taggings:
    case CaseTable::Documents:
    case CaseTable::Posts: {
        // An undo elsewhere may have changed the note: show it unless the user is typing one.
        const bool editing = m_noteEdit->toPlainText() != m_storedNote;
        refreshState();
        if (!editing)
            m_noteEdit->setPlainText(m_storedNote);
        break;
    }
    default:
        break;
    }
}

void ReviewView::editHotkeys()
{
    auto store = m_caseDocument.tags();
    auto tags = store.tags();
    if (!tags) {
        report(fail(tags.error()));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Tag Hotkeys"));
    auto *form = new QFormLayout;
    QList<std::pair<TagRecord, QLineEdit *>> editors;
    for (const TagRecord &tag : std::as_const(*tags)) {
        auto *edit = new QLineEdit(tag.hotkey, &dialog);
        edit->setMaxLength(1);
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(u"WW"_s) + 16);
        edit->setInputMask(QString());
        form->addRow(store.path(tag.id).value_or(tag.name), edit);
        editors.append({tag, edit});
    }
    auto *hint = new QLabel(tr("One letter or digit per tag. J, K and P are taken by review mode."),
                            &dialog);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    const int answer = dialog.exec();
    setFocus(Qt::OtherFocusReason);
    if (answer != QDialog::Accepted)
        return;
    for (const auto &[tag, edit] : std::as_const(editors)) {
        const QString key = edit->text().trimmed().toUpper();
        if (key == tag.hotkey.trimmed().toUpper())
            continue;
        TagRecord changed = tag;
        changed.hotkey = key;
        report(m_caseDocument.push(std::make_unique<EditTagCommand>(m_caseDocument, changed)));
    }
}

} // namespace Casebinder::Views
