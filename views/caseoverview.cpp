#include "caseoverview.h"

#include "assessmentwording.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Casebinder::Views {

CaseOverview::CaseOverview(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_caption);
    layout->addWidget(createStartPage());

    auto *box = new QGroupBox(tr("In this case"), this);
    auto *form = new QFormLayout(box);
    const QStringList labels = {tr("Documents"),
                                tr("Pages"),
                                tr("Posts"),
                                tr("Claims and elements"),
                                tr("Evidence links"),
                                tr("Events"),
                                tr("People and organisations"),
                                tr("Tags")};
    for (const QString &label : labels) {
        auto *value = new QLabel(box);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        form->addRow(label, value);
        m_countLabels.append(value);
    }
    m_countsBox = box;
    box->setMaximumWidth(420);
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *claimsBox = new QGroupBox(tr("Claims and their proof"), this);
    m_claimsBox = claimsBox;
    auto *claimsLayout = new QVBoxLayout(claimsBox);
    m_claims = new QLabel(claimsBox);
    m_claims->setObjectName(QStringLiteral("overviewClaims"));
    m_claims->setWordWrap(true);
    m_claims->setTextFormat(Qt::RichText);
    m_claims->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    claimsLayout->addWidget(m_claims);
    claimsBox->setMaximumWidth(560);
    claimsBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *boxes = new QHBoxLayout;
    boxes->setSpacing(16);
    boxes->addWidget(box, 0, Qt::AlignTop);
    boxes->addWidget(claimsBox, 1, Qt::AlignTop);
    boxes->addStretch(0);
    layout->addSpacing(8);
    layout->addLayout(boxes);
    layout->addStretch(1);
    showNoCase();
}

QWidget *CaseOverview::createStartPage()
{
    m_start = new QWidget(this);
    m_start->setObjectName(QStringLiteral("startPage"));
    auto *layout = new QVBoxLayout(m_start);
    layout->setContentsMargins(0, 12, 0, 0);
    auto *buttons = new QHBoxLayout;
    const auto addButton =
        [this, buttons](const QString &name, const QString &text, void (CaseOverview::*signal)()) {
            auto *button = new QPushButton(text, m_start);
            button->setObjectName(name);
            connect(button, &QPushButton::clicked, this, signal);
            buttons->addWidget(button);
            return button;
        };
    addButton(QStringLiteral("startNewCase"), tr("New Case…"), &CaseOverview::newCaseRequested);
    addButton(QStringLiteral("startOpenCase"), tr("Open Case…"), &CaseOverview::openCaseRequested);
    addButton(QStringLiteral("startImport"), tr("Import Files…"), &CaseOverview::importRequested)
        ->setToolTip(tr("Creates a new case, then imports the files you choose into it"));
    m_sampleButton = addButton(
        QStringLiteral("startOpenSample"), tr("Open Sample Case"), &CaseOverview::sampleRequested);
    m_sampleButton->setToolTip(tr("A worked example: Parler LLC v. Amazon Web Services"));
    m_sampleButton->hide();
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_recentLabel = new QLabel(tr("<b>Recent cases</b>"), m_start);
    layout->addSpacing(8);
    layout->addWidget(m_recentLabel);
    m_recent = new QListWidget(m_start);
    m_recent->setObjectName(QStringLiteral("startRecent"));
    m_recent->setMaximumWidth(640);
    m_recent->setMaximumHeight(m_recent->fontMetrics().height() * 12);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentCaseRequested(item->data(Qt::UserRole).toString());
    });
    layout->addWidget(m_recent);
    return m_start;
}

void CaseOverview::setRecentCases(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentLabel->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
}

void CaseOverview::setSampleAvailable(bool available)
{
    m_sampleButton->setVisible(available);
}

void CaseOverview::showCase(const CaseCaption &caption, const CaseCounts &counts)
{
    m_start->hide();
    m_countsBox->show();
    m_title->setText(caption.title.isEmpty() ? tr("Untitled case") : caption.title);
    QStringList lines;
    if (!caption.caseName.isEmpty() && caption.caseName != caption.title)
        lines << caption.caseName.toHtmlEscaped();
    if (!caption.court.isEmpty())
        lines << caption.court.toHtmlEscaped();
    if (!caption.docketNumber.isEmpty())
        lines << tr("No. %1").arg(caption.docketNumber.toHtmlEscaped());
    if (!caption.judge.isEmpty())
        lines << tr("Judge: %1").arg(caption.judge.toHtmlEscaped());
    m_caption->setText(lines.join(QStringLiteral("<br>")));
    const QList<qint64> values = {counts.documents,
                                  counts.pages,
                                  counts.posts,
                                  counts.claims,
                                  counts.links,
                                  counts.events,
                                  counts.entities,
                                  counts.tags};
    for (qsizetype i = 0; i < values.size(); ++i)
        m_countLabels[i]->setText(QLocale().toString(values[i]));
}

void CaseOverview::showClaims(const ProofMatrix &matrix)
{
    m_claimsBox->setVisible(!matrix.claims.isEmpty());
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const ClaimRollUp &claim : matrix.claims) {
        QString proof = QStringLiteral("<span style=\"color:%1\">%2</span>")
                            .arg(AssessmentWording::colour(claim.assessment.value).name(),
                                 AssessmentWording::rollUp(claim).toHtmlEscaped());
        if (claim.gaps > 0)
            proof += QStringLiteral(" · ")
                     + tr("%n element(s) without solid support", nullptr, claim.gaps);
        QString note;
        if (!claim.note.isEmpty())
            note = QStringLiteral("<br><small><i>%1</i></small>").arg(claim.note.toHtmlEscaped());
        html += QStringLiteral("<tr><td><b>%1</b><br>%2 · %3%4</td></tr>")
                    .arg(claim.title.toHtmlEscaped(),
                         tr("%n element(s)", nullptr, claim.elements),
                         proof,
                         note);
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("Open <b>Claims</b> in the case navigator for the evidence and the "
                        "proof matrix."));
    m_claims->setText(html);
}

QString CaseOverview::claimsText() const
{
    return m_claimsBox->isHidden() ? QString() : m_claims->text();
}

void CaseOverview::showNoCase()
{
    m_claimsBox->hide();
    m_countsBox->hide();
    m_start->show();
    m_title->setText(tr("No case open"));
    m_caption->setText(tr("Start a case, open one, or look around the sample case first."));
    for (QLabel *label : std::as_const(m_countLabels))
        label->setText(QStringLiteral("–"));
}

} // namespace Casebinder::Views
