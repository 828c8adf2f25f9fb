#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Casebinder {

// A court docket as read from any of its formats (PACER HTML, RECAP XML, …): the case, its
// parties with their lawyers, and its entries. A date the source does not give, or gives as an
// impossible date, is a null QDate, never a guess.
struct DocketAttorney
{
    QString name;
    QString contact;
    QStringList roles; // "LEAD ATTORNEY", "ATTORNEY TO BE NOTICED", …

    bool operator==(const DocketAttorney &) const = default;
};

struct DocketParty
{
    QString name;
    QString type; // "Plaintiff", "Defendant", "Debtor", …
    QDate dateTerminated;
    QList<DocketAttorney> attorneys;

    bool operator==(const DocketParty &) const = default;
};

struct DocketAttachment
{
    int attachmentNumber = 0;
    QString description;
    QString pacerDocId;

    bool operator==(const DocketAttachment &) const = default;
};

struct DocketEntry
{
    QString documentNumber; // may be empty (a minute entry)
    QDate dateFiled;
    QDate dateEntered;
    QString description; // the docket text, whitespace collapsed
    QString pacerDocId;
    QString pacerSeqNo;
    QList<DocketAttachment> attachments;

    bool operator==(const DocketEntry &) const = default;
};

struct Docket
{
    QString courtId; // PACER's court id: "akd", "nysb", "ca9"
    QString docketNumber;
    QString pacerCaseId; // PACER's own number of the case, when the source gives it (RECAP)
    // CourtListener's id of the docket, when read from its REST API. A docket with this id and
    // no docket number adds entries to the docket of that id already in the case (a page of
    // /docket-entries/).
    QString courtListenerId;
    QString caseName;
    QDate dateFiled;
    QDate dateTerminated;
    QString assignedTo;
    QString referredTo;
    QString cause;
    QString natureOfSuit;
    QString juryDemand;
    QString jurisdiction;
    QList<DocketParty> parties;
    QList<DocketEntry> entries;

    bool operator==(const Docket &) const = default;
};

} // namespace Casebinder
