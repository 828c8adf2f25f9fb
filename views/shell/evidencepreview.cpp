#include "evidencepreview.h"

#include "documentstore.h"
#include "evidencestyle.h"

#include <QApplication>
#include <QStyle>

namespace Casebinder::Views {
namespace {

// The page text with runs of whitespace (line breaks, hyphenless wraps) folded to one space.
struct Folded
{
    QString text;
};

Folded fold(const QString &text)
{
    return {text.simplified()};
}

} // namespace

EvidencePreview::EvidencePreview(CaseDocument &document, QWidget *parent)
    : QLabel(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("evidencePreview"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAlignment(Qt::AlignTop | Qt::AlignLeft);
    setFrameShape(QFrame::StyledPanel);
    setMargin(6);
    showNothing();
}

QString EvidencePreview::quoteInContext(const QString &pageText, const QString &quote, int around)
{
    const Folded page = fold(pageText);
    const QString needle = quote.simplified();
    if (needle.isEmpty() || page.text.isEmpty())
        return {};
    const qsizetype at = page.text.indexOf(needle, 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    const qsizetype end = at + needle.size();
    qsizetype from = std::max<qsizetype>(0, at - around);
    qsizetype to = std::min(page.text.size(), end + around);
    // Whole words at the edges.
    while (from > 0 && from < at && page.text.at(from - 1) != u' ')
        ++from;
    while (to < page.text.size() && to > end && page.text.at(to) != u' ')
        --to;
    const QString before = page.text.mid(from, at - from);
    const QString match = page.text.mid(at, end - at);
    const QString after = page.text.mid(end, to - end);
    return (from > 0 ? QStringLiteral("…") : QString()) + before.toHtmlEscaped() + u"<b>"
           + match.toHtmlEscaped() + u"</b>" + after.toHtmlEscaped()
           + (to < page.text.size() ? QStringLiteral("…") : QString());
}

void EvidencePreview::showNothing()
{
    const bool single
        = style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, this);
    setText(u"<i>"
            + (single ? tr("Select an item to preview it here; click it to open the page.")
                      : tr("Select an item to preview it here; double-click it or press Enter "
                           "to open the page."))
                  .toHtmlEscaped()
            + u"</i>");
}

void EvidencePreview::showLink(const LinkDetails &details)
{
    const EvidenceLink &link = details.link;
    const QString colour = EvidenceStyle::stanceColour(link.stance).name();
    QString html = QStringLiteral("<b style=\"color:%1\">%2</b> — <b>%3</b>")
                       .arg(colour,
                            EvidenceStyle::stanceName(link.stance).toHtmlEscaped(),
                            details.cite.toHtmlEscaped());
    if (!details.targetTitle.isEmpty() && details.targetTitle != details.cite)
        html += u"<br>" + details.targetTitle.toHtmlEscaped();
    QString body;
    if (link.documentId && !link.quote.isEmpty()) {
        auto documents = m_document.documents();
        const int from = link.pageFrom.value_or(1);
        const int to = std::max(from, link.pageTo.value_or(from));
        for (int page = from; page <= to && body.isEmpty(); ++page) {
            if (auto text = documents.pageText(*link.documentId, page))
                body = quoteInContext(*text, link.quote);
        }
        if (body.isEmpty())
            body = u"“" + link.quote.toHtmlEscaped() + u"” <i>"
                   + tr("(not found word for word on the cited pages)").toHtmlEscaped() + u"</i>";
    } else if (!link.quote.isEmpty()) {
        body = u"“" + link.quote.toHtmlEscaped() + u"”";
    }
    if (!body.isEmpty())
        html += u"<p style=\"margin-top:6px\">" + body + u"</p>";
    if (const QString check
        = EvidenceStyle::verificationText(EvidenceStyle::verification(link.quoteVerified));
        !check.isEmpty())
        html += u"<small>" + check.toHtmlEscaped() + u"</small>";
    if (!link.note.isEmpty())
        html += u"<br><small><i>" + link.note.toHtmlEscaped() + u"</i></small>";
    setText(html);
}

} // namespace Casebinder::Views
