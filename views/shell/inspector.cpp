#include "inspector.h"

#include "claimstore.h"
#include "commands/claimcommands.h"
#include "commands/documentcommands.h"
#include "commands/eventcommands.h"
#include "docketstore.h"
#include "documentstore.h"
#include "entitystore.h"
#include "errormessage.h"
#include "eventstore.h"
#include "evidencestyle.h"
#include "linkstore.h"
#include "models/claimtreemodel.h"
#include "models/postsmodel.h"
#include "poststore.h"
#include "tagstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

namespace Casebinder::Views {
namespace {

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString documentKindLabel(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Filing:
        return Inspector::tr("Filing");
    case DocumentKind::Exhibit:
        return Inspector::tr("Exhibit");
    case DocumentKind::Other:
        return Inspector::tr("Other document");
    }
    return {};
}

// The document fields the inspector edits in place, in the order shown; adding a field is one
// line. Each edit is one SetDocumentFieldsCommand, which validates it.
struct EditableField
{
    DocumentField field;
    const char *name; // objectName "documentField:NAME", for tests and accessibility
    const char *label;
    const char *placeholder;
};

constexpr auto DocumentFields = std::to_array<EditableField>({
    {DocumentField::Title,
     "title",
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "Title:"),
     ""},
    {DocumentField::DocketNumber,
     "docket",
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "Docket entry:"),
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "e.g. 34")},
    {DocumentField::ExhibitLabel,
     "exhibit",
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "Exhibit:"),
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "e.g. A or PX-12")},
    {DocumentField::FiledDate,
     "filed",
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "Filed:"),
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "YYYY-MM-DD")},
    {DocumentField::DocumentDate,
     "dated",
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "Dated:"),
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "e.g. 2021-01-09 or 2018-06")},
    {DocumentField::BatesBegin,
     "batesBegin",
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "Bates from:"),
     ""},
    {DocumentField::BatesEnd,
     "batesEnd",
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "Bates to:"),
     ""},
    {DocumentField::SponsoringWitness,
     "witness",
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "Sponsoring witness:"),
     ""},
    {DocumentField::Offered,
     "offered",
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "Offered:"),
     ""},
    {DocumentField::Objection,
     "objection",
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "Objection:"),
     ""},
    {DocumentField::Admitted,
     "admitted",
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "Admitted:"),
     ""},
    {DocumentField::PrivilegeBasis,
     "privilegeBasis",
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "Privilege asserted:"),
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "attorney-client, work-product or other")},
    {DocumentField::PrivilegeDescription,
     "privilegeDescription",
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "Privilege log description:"),
     QT_TRANSLATE_NOOP("Casebinder::Views::Inspector", "the subject matter, without revealing it")},
});

const char *const StoredProperty = "casebinderStored";

} // namespace

Inspector::Inspector(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("inspector"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);

    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("inspectorHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    // The document's editable fields: built once, so an edit (and the reload it causes) never
    // takes the editor being typed in away.
    m_fieldsBox = new QWidget(content);
    auto *fields = new QFormLayout(m_fieldsBox);
    fields->setContentsMargins(0, 4, 0, 0);
    fields->setLabelAlignment(Qt::AlignLeft);
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow dock a field goes under its label rather than shrink to a few letters.
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (int i = 0; i < int(std::size(DocumentFields)); ++i)
        fields->addRow(tr(DocumentFields[i].label), createFieldEditor(i));
    layout->addWidget(m_fieldsBox);
    m_fieldsBox->hide();

    m_propertiesBox = new QWidget(content);
    m_properties = new QFormLayout(m_propertiesBox);
    m_properties->setContentsMargins(0, 4, 0, 4);
    m_properties->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_properties->setLabelAlignment(Qt::AlignLeft);
    layout->addWidget(m_propertiesBox);
    // Word-wrapped values need their height for the dock's width; a scroll area's layout only
    // honours minimum sizes, so keep the minimum in step with the width.
    m_propertiesBox->installEventFilter(this);
    m_fieldError = new QLabel(content);
    m_fieldError->setObjectName(QStringLiteral("inspectorFieldError"));
    m_fieldError->setWordWrap(true);
    m_fieldError->hide();
    layout->addWidget(m_fieldError);

    m_tagsLabel = sectionLabel(tr("Tags"), content);
    layout->addWidget(m_tagsLabel);
    m_tags = new QLabel(content);
    m_tags->setObjectName(QStringLiteral("inspectorTags"));
    m_tags->setWordWrap(true);
    m_tags->setTextFormat(Qt::RichText);
    layout->addWidget(m_tags);

    m_notesLabel = sectionLabel(tr("Notes"), content);
    layout->addWidget(m_notesLabel);
    m_notes = new QPlainTextEdit(content);
    m_notes->setObjectName(QStringLiteral("inspectorNotes"));
    m_notes->setPlaceholderText(tr("Notes are saved when you leave the field."));
    m_notes->setMaximumHeight(110);
    m_notes->installEventFilter(this);
    layout->addWidget(m_notes);
    m_privileged = new QCheckBox(tr("Privileged (left out of exports)"), content);
    m_privileged->setObjectName(QStringLiteral("inspectorPrivileged"));
    layout->addWidget(m_privileged);
    connect(m_privileged, &QCheckBox::clicked, this, [this](bool checked) {
        if (!m_document || m_subject != Subject::Document)
            return;
        if (auto pushed = m_document->push(
                std::make_unique<SetPrivilegedCommand>(*m_document, QList<qint64>{m_id}, checked));
            !pushed)
            showError(this, tr("Cannot change the document"), pushed.error());
    });

    m_linksLabel = sectionLabel(tr("Evidence links"), content);
    layout->addWidget(m_linksLabel);
    m_links = new QListWidget(content);
    m_links->setObjectName(QStringLiteral("inspectorLinks"));
    m_links->setAccessibleName(tr("Evidence links"));
    m_links->setWordWrap(true);
    m_links->setSpacing(2);
    m_links->setAlternatingRowColors(true);
    m_links->setIconSize(QSize(16, 16));
    layout->addWidget(m_links, 1);
    // Takes the spare height when there is no links list, instead of spreading the sections.
    layout->addStretch(0);
    connect(m_links, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QVariant source = item->data(Qt::UserRole);
        if (!source.isValid())
            return;
        if (const auto ref = decodeEvidence(source.toByteArray()))
            emit openSourceRequested(*ref);
    });
    clear();
}

void Inspector::scheduleReload()
{
    // After the edit that changed the case has returned: an editor that committed it may be
    // inside its own signal, and a burst of changes reloads once.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

QLineEdit *Inspector::fieldEditor(const QString &name) const
{
    if (m_fieldsBox->isHidden())
        return nullptr;
    return m_fieldsBox->findChild<QLineEdit *>(u"documentField:" + name);
}

QLineEdit *Inspector::createFieldEditor(int index)
{
    const EditableField &spec = DocumentFields[index];
    auto *editor = new QLineEdit(m_fieldsBox);
    editor->setObjectName(u"documentField:" + QLatin1StringView(spec.name));
    editor->setPlaceholderText(tr(spec.placeholder));
    editor->setAccessibleName(tr(spec.label).remove(u':'));
    editor->setToolTip(tr("Edit and press Enter; Ctrl+Z undoes it."));
    editor->setMinimumWidth(editor->fontMetrics().averageCharWidth() * 20);
    connect(editor, &QLineEdit::editingFinished, this, [this, editor, index] {
        commitField(index, editor);
    });
    return editor;
}

bool Inspector::commitField(int index, QLineEdit *editor)
{
    if (!m_document || m_subject != Subject::Document)
        return true;
    const EditableField &spec = DocumentFields[index];
    const QString value = editor->text();
    if (value.trimmed() == editor->property(StoredProperty).toString().trimmed()) {
        m_fieldError->hide();
        return true;
    }
    auto pushed = m_document->push(std::make_unique<SetDocumentFieldsCommand>(
        *m_document, m_id, DocumentEdit{{spec.field, value}}));
    if (!pushed) {
        // Kept as typed, to be corrected; the case is unchanged.
        m_fieldError->setText(u"⚠ " + tr(spec.label) + u' ' + pushed.error().message);
        m_fieldError->show();
        return false;
    }
    editor->setProperty(StoredProperty, value.trimmed());
    m_fieldError->hide();
    return true;
}

void Inspector::commitFields()
{
    if (m_subject != Subject::Document)
        return;
    for (int i = 0; i < int(std::size(DocumentFields)); ++i) {
        if (QLineEdit *editor = fieldEditor(QLatin1StringView(DocumentFields[i].name));
            editor && !commitField(i, editor))
            showError(this,
                      tr("Cannot change the document"),
                      Error{Error::Code::InvalidArgument, m_fieldError->text()});
    }
}

QString Inspector::openHint() const
{
    return style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_links)
               ? tr("Click to open it")
               : tr("Double-click or press Enter to open it");
}

void Inspector::setCaseDocument(CaseDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CaseDocument::changed, this, &Inspector::scheduleReload);
    clear();
}

bool Inspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commitNotes();
    else if (watched == m_propertiesBox && event->type() == QEvent::Resize)
        fitProperties();
    return QWidget::eventFilter(watched, event);
}

void Inspector::commitNotes()
{
    const QString notes = m_notes->toPlainText();
    if (!m_document || m_subject == Subject::None || notes == m_loadedNotes)
        return;
    m_loadedNotes = notes;
    std::unique_ptr<CaseCommand> command;
    switch (m_subject) {
    case Subject::Document:
        command = std::make_unique<SetDocumentFieldsCommand>(
            *m_document, m_id, DocumentEdit{{DocumentField::Notes, notes}});
        break;
    case Subject::Post:
        command = std::make_unique<SetPostNotesCommand>(*m_document, m_id, notes);
        break;
    case Subject::Claim: {
        auto node = m_document->claims().node(m_id);
        if (!node)
            return;
        node->notes = notes;
        command = std::make_unique<EditClaimNodeCommand>(*m_document, *node);
        break;
    }
    case Subject::Event: {
        auto event = m_document->events().event(m_id);
        if (!event)
            return;
        event->notes = notes;
        command = std::make_unique<EditEventCommand>(*m_document, *event);
        break;
    }
    case Subject::None:
        return;
    }
    if (auto pushed = m_document->push(std::move(command)); !pushed)
        showError(this, tr("Cannot save the notes"), pushed.error());
}

void Inspector::showDocument(qint64 id)
{
    commitNotes();
    commitFields();
    m_subject = Subject::Document;
    m_id = id;
    reload();
}

void Inspector::showPost(qint64 id)
{
    commitNotes();
    commitFields();
    m_subject = Subject::Post;
    m_id = id;
    reload();
}

void Inspector::showClaim(qint64 id)
{
    commitNotes();
    commitFields();
    m_subject = Subject::Claim;
    m_id = id;
    reload();
}

void Inspector::showTimelineEvent(qint64 id)
{
    commitNotes();
    commitFields();
    m_subject = Subject::Event;
    m_id = id;
    reload();
}

void Inspector::clear()
{
    m_subject = Subject::None;
    m_id = 0;
    reload();
}

void Inspector::fitProperties()
{
    const int height = m_propertiesBox->heightForWidth(m_propertiesBox->width());
    if (height > 0 && height != m_propertiesBox->minimumHeight())
        m_propertiesBox->setMinimumHeight(height);
}

QString Inspector::heading() const
{
    return m_heading->text();
}

void Inspector::addRow(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return;
    auto *field = new QLabel(value, m_propertiesBox);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long text gets the full width beneath its label: beside it, QFormLayout gives a wrapped
    // value too little height in a narrow dock.
    if (value.size() > 40 || value.contains(u'\n')) {
        m_properties->addRow(new QLabel(label, m_propertiesBox));
        m_properties->addRow(field);
        field->setContentsMargins(12, 0, 0, 4);
        return;
    }
    m_properties->addRow(label, field);
}

void Inspector::showMessage(const QString &text)
{
    m_heading->setText(u"<span style=\"font-weight:normal\">" + text.toHtmlEscaped() + u"</span>");
    const QList<QWidget *> sections
        = {m_tagsLabel, m_tags, m_notesLabel, m_notes, m_linksLabel, m_links, m_fieldsBox};
    for (QWidget *widget : sections)
        widget->hide();
    m_shownFieldsOf = 0;
}

void Inspector::reload()
{
    while (m_properties->rowCount() > 0)
        m_properties->removeRow(0);
    // Hiding a focused editor would move the focus: the box stays while the document does.
    if (m_subject != Subject::Document || m_shownFieldsOf != m_id) {
        m_fieldError->hide();
        m_fieldsBox->hide();
        m_shownFieldsOf = 0;
    }
    m_links->clear();
    m_notes->clear();
    m_loadedNotes.clear();
    m_tags->clear();
    m_privileged->hide();
    if (!m_document || m_subject == Subject::None) {
        showMessage(tr("Select a document, a post, a claim or an event to see it here."));
        return;
    }
    const QList<QWidget *> sections = {m_tagsLabel, m_tags, m_notesLabel, m_notes};
    for (QWidget *widget : sections)
        widget->show();
    switch (m_subject) {
    case Subject::Document:
        loadDocument();
        break;
    case Subject::Post:
        loadPost();
        break;
    case Subject::Claim:
        loadClaim();
        break;
    case Subject::Event:
        loadEvent();
        break;
    case Subject::None:
        break;
    }
    fitProperties();
    // New value labels report their wrapped height once polished.
    QTimer::singleShot(0, this, &Inspector::fitProperties);
}

void Inspector::loadTags(int targetKind)
{
    auto tags = m_document->tags().tagsOf(TagTarget{TagTargetKind(targetKind), m_id});
    if (!tags || tags->isEmpty()) {
        m_tags->setText(tr("<i>No tags</i>"));
        return;
    }
    QStringList chips;
    for (const TagRecord &tag : std::as_const(*tags))
        chips << QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;%2")
                     .arg(tag.color, tag.name.toHtmlEscaped());
    m_tags->setText(chips.join(QStringLiteral(" &nbsp; ")));
}

void Inspector::loadDocument()
{
    auto record = m_document->documents().document(m_id);
    if (!record) {
        showMessage(record.error().message);
        return;
    }
    m_heading->setText(record->title.isEmpty() ? record->sourceName : record->title);
    const QLocale locale;
    addRow(tr("Kind:"), documentKindLabel(record->kind));
    auto stored = m_document->documents().fields(m_id, [] {
        QList<DocumentField> fields;
        for (const EditableField &spec : DocumentFields)
            fields.append(spec.field);
        return fields;
    }());
    if (!stored) {
        showMessage(stored.error().message);
        return;
    }
    const bool sameDocument = m_shownFieldsOf == m_id;
    bool anyTyping = false;
    for (const EditableField &shown : DocumentFields) {
        auto *editor = m_fieldsBox->findChild<QLineEdit *>(u"documentField:"
                                                           + QLatin1StringView(shown.name));
        const QString value = stored->value(shown.field);
        // What is being typed (or was refused) stays until it is committed or left.
        const bool typing
            = sameDocument && editor->hasFocus()
              && editor->text().trimmed() != editor->property(StoredProperty).toString().trimmed();
        editor->setProperty(StoredProperty, value);
        anyTyping = anyTyping || typing;
        if (!typing) {
            editor->setText(value);
            editor->setCursorPosition(0);
        }
    }
    m_shownFieldsOf = m_id;
    m_fieldsBox->show();
    // A refusal is shown while its text is still there to correct.
    if (!anyTyping)
        m_fieldError->hide();
    if (QLineEdit *dated = fieldEditor(QStringLiteral("dated")))
        dated->setToolTip(record->documentDate.isEmpty()
                              ? tr("Unknown. Write 2021-01-09, 2018-06, 2018 or circa 2020-11.")
                              : tr("%1 (%2)").arg(displayDocumentDate(record->documentDate),
                                                  dateSourceLabel(record->dateSource)));
    // A PDF's own dates are when the file was made (a scan, a print), not the document's date.
    const auto fileDate = [&locale](const QJsonValue &iso) {
        const QDateTime at = QDateTime::fromString(iso.toString(), Qt::ISODate);
        return at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat)
                            : iso.toString();
    };
    if (record->metadata.contains(QStringLiteral("creation_date")))
        addRow(tr("PDF created (file metadata):"),
               fileDate(record->metadata.value(QStringLiteral("creation_date"))));
    if (record->metadata.contains(QStringLiteral("modification_date")))
        addRow(tr("PDF modified (file metadata):"),
               fileDate(record->metadata.value(QStringLiteral("modification_date"))));
    addRow(tr("Pages:"), locale.toString(record->pageCount));
    addRow(tr("Source:"), record->sourcePath.isEmpty() ? record->sourceName : record->sourcePath);
    // A filing a docket lists: a link to its entry in the Docket view.
    if (auto place = m_document->caseFile().dockets().placeOf(m_id); place && *place) {
        auto *link = new QLabel(m_propertiesBox);
        link->setObjectName(QStringLiteral("inspectorDocketLink"));
        link->setTextFormat(Qt::RichText);
        link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        link->setText(QStringLiteral("<a href=\"docket\">")
                      + tr("Show Dkt. %1 of %2 on the docket")
                            .arg((*place)->entryNumber, (*place)->docketNumber)
                            .toHtmlEscaped()
                      + QStringLiteral("</a>"));
        const qint64 id = m_id;
        connect(link, &QLabel::linkActivated, this, [this, id] { emit showOnDocketRequested(id); });
        m_properties->addRow(tr("Docket:"), link);
    }
    addRow(tr("SHA-256:"), record->blobSha256.left(16) + u"…");
    // A damaged original Poppler could read: the text may lack what the damage took.
    addRow(tr("Repaired:"), record->metadata.value(u"repaired").toString());
    m_privileged->setChecked(record->privileged);
    m_privileged->show();
    m_loadedNotes = record->notes;
    m_notes->setPlainText(record->notes);
    loadTags(int(TagTargetKind::Document));
    m_linksLabel->hide();
    m_links->hide();
}

void Inspector::loadPost()
{
    auto record = m_document->posts().post(m_id);
    if (!record) {
        showMessage(record.error().message);
        return;
    }
    m_heading->setText(record->authorHandle.isEmpty() ? record->authorName
                                                      : u'@' + record->authorHandle);
    addRow(tr("Text:"), record->text);
    addRow(tr("Author:"), record->authorName);
    addRow(tr("Platform:"), record->platform);
    addRow(tr("Post id:"), record->externalId);
    addRow(tr("Posted:"), record->postedAt);
    addRow(tr("Flag category:"), record->flagCategory);
    addRow(tr("Flagged by:"), record->flaggedBy);
    addRow(tr("Reported on:"), record->reportedOn);
    addRow(tr("Status:"), PostsModel::statusLabel(postStatusName(record->status)));
    addRow(tr("URL:"), record->url);
    m_loadedNotes = record->notes;
    m_notes->setPlainText(record->notes);
    loadTags(int(TagTargetKind::Post));
    m_linksLabel->hide();
    m_links->hide();
}

void Inspector::loadClaim()
{
    auto node = m_document->claims().node(m_id);
    if (!node) {
        showMessage(node.error().message);
        return;
    }
    m_heading->setText(node->title);
    m_linksLabel->setText(tr("Evidence links"));
    addRow(tr("Kind:"), ClaimTreeModel::kindLabel(node->kind));
    addRow(tr("Status:"), ClaimTreeModel::statusLabel(node->status));
    addRow(tr("Asserted by:"), node->assertedBy);
    addRow(tr("Standard:"), node->legalStandard);
    addRow(tr("Description:"), node->description);
    m_loadedNotes = node->notes;
    m_notes->setPlainText(node->notes);
    m_tagsLabel->hide();
    m_tags->hide();
    m_linksLabel->show();
    m_links->show();
    auto links = m_document->links().detailsOf(m_id);
    if (!links)
        return;
    for (const LinkDetails &details : std::as_const(*links)) {
        const EvidenceLink &link = details.link;
        // A post by its label (platform, @handle, date, first words), not its platform id.
        //: An evidence link in the inspector: its stance, then what it cites ("Supports: Dkt. 1").
        QString text = tr("%1: %2").arg(EvidenceStyle::stanceName(link.stance),
                                        link.postId ? details.targetTitle : details.cite);
        if (!link.quote.isEmpty())
            text += u"\n“" + link.quote + u"”";
        else if (!link.postId && !details.targetTitle.isEmpty()
                 && details.targetTitle != details.cite)
            text += u"\n" + details.targetTitle;
        auto *item = new QListWidgetItem(text, m_links);
        // Stance as colour, the quote check as icon: the claims board's scheme.
        item->setForeground(EvidenceStyle::stanceColour(link.stance));
        const auto check = EvidenceStyle::verification(link.quoteVerified);
        item->setIcon(EvidenceStyle::verificationIcon(check));
        EvidenceRef ref;
        if (link.documentId)
            ref = EvidenceRef::document(*link.documentId,
                                        link.pageFrom.value_or(0),
                                        link.pageTo.value_or(link.pageFrom.value_or(0)),
                                        link.quote);
        else if (link.postId)
            ref = EvidenceRef::post(*link.postId);
        else if (link.eventId)
            ref = EvidenceRef::event(*link.eventId);
        item->setData(Qt::UserRole, encodeEvidence(ref));
        QStringList tip = {details.cite, openHint(), EvidenceStyle::verificationText(check)};
        tip.removeAll(QString());
        item->setToolTip(tip.join(u'\n'));
    }
    if (links->isEmpty())
        new QListWidgetItem(tr("No evidence linked yet."), m_links);
}

void Inspector::loadEvent()
{
    auto event = m_document->events().event(m_id);
    if (!event) {
        showMessage(event.error().message);
        return;
    }
    m_heading->setText(event->title);
    addRow(tr("Date:"), event->date.display());
    switch (event->dispute) {
    case DisputeStatus::Disputed:
        addRow(tr("Disputed:"), tr("Yes — the parties disagree about this event"));
        break;
    case DisputeStatus::Undisputed:
        addRow(tr("Disputed:"), tr("No — assessed as undisputed"));
        break;
    case DisputeStatus::NotAssessed:
        addRow(tr("Disputed:"), tr("Not assessed"));
        break;
    }
    addRow(tr("Description:"), event->description);

    auto claims = m_document->claims();
    QStringList claimTitles;
    for (const qint64 claimId : std::as_const(event->claimIds)) {
        if (auto node = claims.node(claimId))
            claimTitles.append(node->title);
    }
    addRow(tr("Claims:"), claimTitles.join(u'\n'));

    QStringList entityNames;
    if (auto entities = m_document->entities().entitiesOfEvent(m_id)) {
        for (const EntityRecord &entity : std::as_const(*entities))
            entityNames.append(entity.name);
    }
    addRow(tr("Entities:"), entityNames.join(u", "));

    m_loadedNotes = event->notes;
    m_notes->setPlainText(event->notes);
    loadTags(int(TagTargetKind::Event));

    m_linksLabel->setText(tr("Sources"));
    m_linksLabel->show();
    m_links->show();
    for (const EventSource &source : std::as_const(event->sources)) {
        QString text = source.cite;
        if (!source.title.isEmpty() && source.title != source.cite)
            text += u" — " + source.title;
        if (!source.note.isEmpty())
            text += u"\n" + source.note;
        auto *item = new QListWidgetItem(text, m_links);
        const EvidenceRef ref
            = source.postId
                  ? EvidenceRef::post(*source.postId)
                  : EvidenceRef::document(source.documentId.value_or(0),
                                          source.pageFrom.value_or(1),
                                          source.pageTo.value_or(source.pageFrom.value_or(1)));
        item->setData(Qt::UserRole, encodeEvidence(ref));
        item->setToolTip(openHint());
        if (source.privileged)
            item->setForeground(QColor(0x8a, 0x5a, 0x00));
    }
    if (event->sources.isEmpty())
        new QListWidgetItem(tr("No sources cited."), m_links);
}

} // namespace Casebinder::Views
