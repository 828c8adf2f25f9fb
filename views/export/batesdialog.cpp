#include "batesdialog.h"

#include "casedocument.h"
#include "commands/batescommands.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace Casebinder::Views {

BatesDialog::BatesDialog(CaseDocument &document, QList<qint64> documentIds, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_documentIds(std::move(documentIds))
{
    setObjectName(u"batesDialog"_s);
    setWindowTitle(tr("Assign Bates Numbers"));

    auto *form = new QFormLayout;
    m_scope = new QLabel(this);
    m_scope->setObjectName(u"batesScope"_s);
    m_scope->setWordWrap(true);
    m_scope->setText(m_documentIds.isEmpty()
                         ? tr("Every document in the case that has no Bates number yet.")
                         : tr("The %n selected document(s), in the order shown.",
                              nullptr,
                              int(m_documentIds.size())));
    form->addRow(tr("Documents:"), m_scope);

    m_prefix = new QLineEdit(this);
    m_prefix->setObjectName(u"batesPrefix"_s);
    m_prefix->setPlaceholderText(tr("e.g. PARLER"));
    form->addRow(tr("&Prefix:"), m_prefix);

    m_start = new QSpinBox(this);
    m_start->setObjectName(u"batesStart"_s);
    m_start->setRange(0, std::numeric_limits<int>::max());
    m_start->setValue(1);
    form->addRow(tr("&Start at:"), m_start);

    m_digits = new QSpinBox(this);
    m_digits->setObjectName(u"batesDigits"_s);
    m_digits->setRange(1, 15);
    m_digits->setValue(6);
    m_digits->setToolTip(tr("Zero padding: 6 digits write 1 as 000001."));
    form->addRow(tr("&Digits:"), m_digits);

    m_preview = new QLabel(this);
    m_preview->setObjectName(u"batesPreview"_s);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Numbers:"), m_preview);

    m_error = new QLabel(this);
    m_error->setObjectName(u"batesError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #a40000"_s);
    m_error->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_assign = m_buttons->addButton(tr("&Assign"), QDialogButtonBox::AcceptRole);
    m_assign->setObjectName(u"batesAssignButton"_s);
    m_assign->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // The plan reads the case's numbers: after a pause in typing, not on every key.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &BatesDialog::updatePreview);
    const auto later = [this] {
        m_valid = false;
        m_assign->setEnabled(false);
        m_debounce->start();
    };
    connect(m_prefix, &QLineEdit::textChanged, this, later);
    connect(m_start, &QSpinBox::valueChanged, this, later);
    connect(m_digits, &QSpinBox::valueChanged, this, later);
    connect(m_assign, &QPushButton::clicked, this, &BatesDialog::assign);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BatesDialog::reject);
    updatePreview();
}

BatesScheme BatesDialog::scheme() const
{
    return BatesScheme{m_prefix->text().trimmed(), m_start->value(), m_digits->value()};
}

QString BatesDialog::previewText() const
{
    return m_preview->text();
}

QString BatesDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

bool BatesDialog::canAssign() const
{
    return m_valid;
}

void BatesDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void BatesDialog::updatePreview()
{
    m_debounce->stop();
    m_valid = false;
    m_assign->setEnabled(false);
    const BatesScheme wanted = scheme();
    if (wanted.prefix.isEmpty()) {
        m_preview->setText(tr("Type a prefix to see the numbers."));
        showError({});
        return;
    }
    if (auto ok = wanted.check(); !ok) {
        m_preview->setText(tr("None: the numbers are refused."));
        showError(ok.error().message);
        return;
    }
    // Nothing is written: the plan says what Assign would do, or why it would refuse.
    auto planned = BatesStore(m_document.caseFile()).plan(wanted, m_documentIds);
    if (!planned) {
        m_preview->setText(tr("None: the numbers are refused."));
        showError(planned.error().message);
        return;
    }
    if (planned->documents.isEmpty()) {
        m_preview->setText(tr("None: every document already has a Bates number."));
        showError({});
        return;
    }
    m_preview->setText(tr("First: %1\nLast: %2\n%3 page(s) in %4 document(s)")
                           .arg(wanted.format(planned->first), wanted.format(planned->last))
                           .arg(planned->pages())
                           .arg(planned->documents.size()));
    showError({});
    m_valid = true;
    m_assign->setEnabled(true);
}

void BatesDialog::assign()
{
    if (m_debounce->isActive())
        updatePreview();
    if (!m_valid)
        return;
    auto pushed = m_document.push(
        std::make_unique<AssignBatesCommand>(m_document, scheme(), m_documentIds));
    if (!pushed) {
        showError(pushed.error().message);
        updatePreview();
        return;
    }
    accept();
}

} // namespace Casebinder::Views
