#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Casebinder::Views {

// Find in document: the field, Previous and Next, what was found, and Close. The bar only
// asks; the document viewer finds. Return finds the text typed, or steps to the next match
// once that text was searched; Shift+Return steps back; Escape closes.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    // Puts `text` in the field without asking for a search.
    void setText(const QString &text);
    // Shows the bar with the field focused and its text selected.
    void activate();
    // What the bar says about the search for `searched`: nothing when it is empty,
    // "Searching…", "No matches", or "2 of 5" (with "…" while more may come).
    void showResult(const QString &searched, int current, int count, bool searching);
    QString resultText() const;

signals:
    void findRequested(const QString &text);
    void nextRequested();
    void previousRequested();
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_edit = nullptr;
    QLabel *m_result = nullptr;
    QString m_searched;
};

} // namespace Casebinder::Views
