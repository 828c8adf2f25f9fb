#include "caseoverview.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
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
    box->setMaximumWidth(420);
    layout->addWidget(box);
    layout->addStretch(1);
    showNoCase();
}

void CaseOverview::showCase(const CaseCaption &caption, const CaseCounts &counts)
{
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

void CaseOverview::showNoCase()
{
    m_title->setText(tr("No case open"));
    m_caption->setText(
        tr("Create a case with File → New Case, or open one with File → Open Case."));
    for (QLabel *label : std::as_const(m_countLabels))
        label->setText(QStringLiteral("–"));
}

} // namespace Casebinder::Views
