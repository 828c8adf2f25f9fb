#pragma once

#include "casefile.h"
#include "casestats.h"
#include "proofmatrix.h"

#include <QWidget>

class QLabel;
class QFormLayout;
class QListWidget;
class QPushButton;

namespace Casebinder::Views {

// The case's caption and what it holds, shown when a case is opened.
class CaseOverview final : public QWidget
{
    Q_OBJECT

public:
    explicit CaseOverview(QWidget *parent = nullptr);

    void showCase(const CaseCaption &caption, const CaseCounts &counts);
    // Each claim's roll-up (ProofMatrix::claims): its assessment, its weakest element and the
    // note beside it.
    void showClaims(const ProofMatrix &matrix);
    // The start page: New Case, Open, Import, Open Sample and the recent cases.
    void showNoCase();
    void setRecentCases(const QStringList &paths);
    // Whether the start page can offer the sample (the application installs it).
    void setSampleAvailable(bool available);
    QWidget *startPage() const { return m_start; }
    // What showClaims() put on screen, as rich text (for tests).
    QString claimsText() const;

signals:
    void newCaseRequested();
    void openCaseRequested();
    void importRequested();
    void sampleRequested();
    void recentCaseRequested(const QString &path);

private:
    QWidget *createStartPage();

    QLabel *m_title = nullptr;
    QWidget *m_start = nullptr;
    QWidget *m_countsBox = nullptr;
    QPushButton *m_sampleButton = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_recentLabel = nullptr;
    QLabel *m_caption = nullptr;
    QList<QLabel *> m_countLabels;
    QWidget *m_claimsBox = nullptr;
    QLabel *m_claims = nullptr;
};

} // namespace Casebinder::Views
