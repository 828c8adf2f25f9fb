#pragma once

#include "casefile.h"
#include "casestats.h"
#include "proofmatrix.h"

#include <QWidget>

class QLabel;
class QFormLayout;

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
    void showNoCase();
    // What showClaims() put on screen, as rich text (for tests).
    QString claimsText() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_caption = nullptr;
    QList<QLabel *> m_countLabels;
    QWidget *m_claimsBox = nullptr;
    QLabel *m_claims = nullptr;
};

} // namespace Casebinder::Views
