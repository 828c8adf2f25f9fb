#pragma once

#include "casedocument.h"
#include "linkstore.h"

#include <QLabel>

namespace Casebinder::Views {

// The preview beside an evidence list: the selected link's pin cite, its stance, and the
// quote in the words around it on the cited page (or the post's text, the event's title), so
// the proof can be read before it is opened. Reads the page text through the case's store.
class EvidencePreview final : public QLabel
{
    Q_OBJECT

public:
    EvidencePreview(CaseDocument &document, QWidget *parent = nullptr);

    void showLink(const LinkDetails &details);
    void showNothing();

    // The quote in `pageText` with up to `around` characters either side, as HTML with the
    // quote in bold; empty when the quote is not on the page. Whitespace and case are ignored
    // in the match, as the quote check ignores them.
    static QString quoteInContext(const QString &pageText, const QString &quote, int around = 120);

private:
    CaseDocument &m_document;
};

} // namespace Casebinder::Views
