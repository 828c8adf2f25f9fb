#include "linkdialog.h"

#include "commands/linkcommands.h"
#include "errormessage.h"
#include "evidencestyle.h"
#include "models/claimtreemodel.h"
#include "postlabel.h"
#include "poststore.h"
#include "quoteverifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace Casebinder::Views {
namespace {

// A post by platform, @handle, date and first words (PostLabel), not by its id.
QString postWhat(CaseDocument &document, qint64 postId)
{
    auto post = document.posts().post(postId);
    if (!post)
        return post.error().message;
    return PostLabel::label({post->id,
                             post->platform,
                             post->authorHandle,
                             post->authorName,
                             post->postedAt,
                             post->text},
                            24);
}

} // namespace

LinkDialog::LinkDialog(CaseDocument &document, EvidenceRef evidence, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_evidence(std::move(evidence))
{
    setObjectName(QStringLiteral("linkDialog"));
    setWindowTitle(tr("Link to Claim Element"));
    auto *layout = new QVBoxLayout(this);

    QString what;
    switch (m_evidence.kind) {
    case EvidenceRef::Kind::Document:
        what = m_evidence.quote.isEmpty() ? tr("Page %1 of the document").arg(m_evidence.pageFrom)
                                          : u"“" + m_evidence.quote.simplified().left(300) + u"”";
        break;
    case EvidenceRef::Kind::Post:
        what = postWhat(m_document, m_evidence.id);
        break;
    case EvidenceRef::Kind::Event:
        what = tr("Event %1").arg(m_evidence.id);
        break;
    }
    auto *evidenceLabel = new QLabel(what, this);
    evidenceLabel->setWordWrap(true);
    layout->addWidget(evidenceLabel);
    verifyQuote(layout);
    layout->addWidget(new QLabel(tr("Is evidence for:"), this));

    m_model = new ClaimTreeModel(m_document, this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("linkClaimsTree"));
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    for (int column = 1; column < m_model->columnCount(); ++column)
        m_tree->hideColumn(column);
    m_tree->header()->hide();
    m_tree->expandAll();
    layout->addWidget(m_tree, 1);

    auto *form = new QFormLayout;
    m_stance = new QComboBox(this);
    m_stance->setObjectName(QStringLiteral("linkStance"));
    m_stance->addItem(tr("Supports"), int(EvidenceLink::Stance::Supports));
    m_stance->addItem(tr("Undermines"), int(EvidenceLink::Stance::Undermines));
    m_stance->addItem(tr("Context"), int(EvidenceLink::Stance::Context));
    form->addRow(tr("Stance:"), m_stance);
    m_weight = new QSpinBox(this);
    m_weight->setRange(1, 5);
    m_weight->setValue(3);
    m_weight->setToolTip(tr("1 is weak, 5 is strong"));
    form->addRow(tr("Weight:"), m_weight);
    m_note = new QLineEdit(this);
    form->addRow(tr("Note:"), m_note);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &LinkDialog::updateOk);
    // As the platform activates items: a double click, or a single one where that is the style.
    connect(m_tree, &QTreeView::activated, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    updateOk();
    resize(520, 520);
}

// The same check the link gets when it is saved (and `link verify` later), shown before
// saving: a quote the cited pages do not support is saved only when the user says so.
void LinkDialog::verifyQuote(QVBoxLayout *layout)
{
    const QString quote = m_evidence.quote.simplified();
    if (m_evidence.kind != EvidenceRef::Kind::Document || quote.isEmpty())
        return;
    const int from = m_evidence.pageFrom > 0 ? m_evidence.pageFrom : 1;
    const int to = m_evidence.pageFrom > 0 ? std::max(from, m_evidence.pageTo)
                                           : std::numeric_limits<int>::max();
    auto *result = new QLabel(this);
    result->setObjectName(QStringLiteral("linkQuoteVerification"));
    result->setWordWrap(true);
    result->setTextFormat(Qt::PlainText);
    const auto outcome
        = QuoteVerifier::verify(m_document.caseFile(), m_evidence.id, from, to, quote);
    // Verification is an icon, never a stance colour (EvidenceStyle).
    EvidenceStyle::Verification check = EvidenceStyle::Verification::NotFound;
    if (!outcome) {
        result->setText(tr("The quote could not be checked: %1").arg(outcome.error().message));
    } else if (outcome->verified) {
        m_quoteVerified = true;
        check = EvidenceStyle::Verification::Verified;
        result->setText(tr("Quote verified: found word for word on page %1 of the stored text.")
                            .arg(outcome->page));
    } else {
        m_quoteVerified = false;
        result->setText(tr("Quote NOT FOUND: %1").arg(outcome->reason));
    }
    QFont font = result->font();
    font.setBold(true);
    result->setFont(font);
    auto *row = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("linkQuoteVerificationIcon"));
    const int side = result->fontMetrics().height();
    icon->setPixmap(EvidenceStyle::verificationIcon(check).pixmap(side, side));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    row->addWidget(result, 1);
    layout->addLayout(row);
    if (m_quoteVerified == true)
        return;
    m_saveUnverified = new QCheckBox(tr("Save anyway, marked as an unverified quote"), this);
    m_saveUnverified->setObjectName(QStringLiteral("linkSaveUnverified"));
    layout->addWidget(m_saveUnverified);
    connect(m_saveUnverified, &QCheckBox::toggled, this, &LinkDialog::updateOk);
}

void LinkDialog::setClaimNode(qint64 id)
{
    m_tree->setCurrentIndex(m_model->indexOfNode(id));
}

qint64 LinkDialog::claimNode() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? m_model->nodeId(current) : 0;
}

void LinkDialog::updateOk()
{
    const bool unverified = m_saveUnverified != nullptr;
    const bool confirmed = !unverified || m_saveUnverified->isChecked();
    m_ok->setEnabled(claimNode() > 0 && confirmed);
    m_ok->setText(unverified ? tr("&Link as Unverified") : tr("&Link"));
}

void LinkDialog::accept()
{
    const qint64 claimId = claimNode();
    if (claimId <= 0 || !m_ok->isEnabled())
        return;
    EvidenceLink link;
    link.claimId = claimId;
    link.stance = EvidenceLink::Stance(m_stance->currentData().toInt());
    link.weight = m_weight->value();
    link.note = m_note->text().trimmed();
    switch (m_evidence.kind) {
    case EvidenceRef::Kind::Document:
        link.documentId = m_evidence.id;
        if (m_evidence.pageFrom > 0) {
            link.pageFrom = m_evidence.pageFrom;
            link.pageTo = std::max(m_evidence.pageFrom, m_evidence.pageTo);
        }
        link.quote = m_evidence.quote.simplified();
        break;
    case EvidenceRef::Kind::Post:
        link.postId = m_evidence.id;
        break;
    case EvidenceRef::Kind::Event:
        link.eventId = m_evidence.id;
        break;
    }
    auto command = std::make_unique<AddLinkCommand>(m_document, link);
    auto *raw = command.get();
    if (auto pushed = m_document.push(std::move(command)); !pushed) {
        showError(this, tr("Cannot link the evidence"), pushed.error());
        return;
    }
    m_linkId = raw->link().id;
    QDialog::accept();
}

} // namespace Casebinder::Views
