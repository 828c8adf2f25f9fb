#pragma once

#include "contentview.h"
#include "evidencemime.h"

#include <functional>
#include <optional>

class QPlainTextEdit;

namespace Casebinder::Views {

// Text exhibits and e-mails as their stored text, page after page under a "— Page n —"
// heading; also a PDF that Poppler cannot open but whose text the importer extracted.
class TextContentView final : public ContentView
{
    Q_OBJECT

public:
    // `evidence` is what a drag of the selected text carries (the viewer knows the document).
    using EvidenceProvider = std::function<std::optional<EvidenceRef>()>;

    explicit TextContentView(EvidenceProvider evidence, QWidget *parent = nullptr);
    ~TextContentView() override;

    ViewerContent::Kind kind() const override { return ViewerContent::Kind::Text; }
    // Shows the stored page texts, or the original as UTF-8 when there are none. Answers
    // with shown() before it returns.
    void show(const ViewerContent &content) override;
    void clear() override;

    int pageCount() const override;
    int currentPage() const override;
    void goToPage(int page) override;

    qreal zoom() const override;
    void setZoom(qreal zoom) override;

    void locateQuote(int pageFrom, int pageTo, const QString &quote) override;

    QPlainTextEdit *textView() const { return m_text; }

protected:
    void startFind(const QString &text) override;
    void showMatch(const Match &match) override;
    void clearFindHighlights() override;

private:
    // The page (1-based) that character `position` is on.
    int pageAt(int position) const;
    void onSelectionChanged();

    QPlainTextEdit *m_text = nullptr;
    QList<int> m_pageOffsets; // where each page's text starts
};

} // namespace Casebinder::Views
