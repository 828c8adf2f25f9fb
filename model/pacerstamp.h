#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace Casebinder {

// What CM/ECF stamps across the top of every page of a filing, read from the page's text:
//   "Case 2:21-cv-00031-BJR Document 34 Filed 01/21/21 Page 1 of 14"        (district)
//   "Case 19-10562 Doc 45 Filed 01/02/20 Entered 01/02/20 10:11:12 …"        (bankruptcy)
//   "Case: 20-16276, 08/05/2020, ID: 11778722, DktEntry: 19, Page 1 of 15"  (Ninth Circuit)
//   "Case: 21-50498  Document: 00516242060  Page: 1"                         (appellate)
struct PacerStamp
{
    QString caseNumber;       // as stamped: "2:21-cv-00031-BJR", "20-16276"
    QString documentNumber;   // the docket entry's number ("34"); empty when the stamp has none
    int attachmentNumber = 0; // "Document 12-3" is attachment 3 of entry 12
    QString pacerDocumentId;  // appellate stamps give PACER's document id instead of a number
    QDate filed;              // null when the stamp has no date
    int page = 0;
};

// The stamp on a page, if its text (the first lines are enough) carries one.
std::optional<PacerStamp> readPacerStamp(QStringView pageText);

// What a RECAP archive file name says: "gov.uscourts.nysd.413994.212.0.pdf" is attachment 0
// (the main document) of entry 212 in case 413994 (PACER's case id) of court nysd. Appellate
// names carry the docket number and PACER's document id: "gov.uscourts.ca8.17-2543.00803263743.0".
struct RecapFileName
{
    QString courtId;
    QString caseId;         // PACER's case id (district) or the docket number (appellate)
    QString documentNumber; // empty for appellate names
    QString pacerDocumentId;
    int attachmentNumber = 0;
};

std::optional<RecapFileName> readRecapFileName(QStringView fileName);

// A PACER document id as RECAP stores it: the fourth digit, which PACER varies with the page
// that shows the link, is 0 ("00116475093" → "00106475093").
QString normalPacerDocumentId(const QString &id);

// Whether two ways of writing a docket number name the same case: "2:21-cv-00031-BJR",
// "2:21-cv-31" and "21-cv-00031" agree; the judges' initials and leading zeros do not matter,
// and a missing office number matches any.
bool sameDocketNumber(QStringView a, QStringView b);

} // namespace Casebinder
