#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Casebinder {

class CaseFile;
namespace Sql {
class Database;
}

// How new Bates numbers are written: PREFIX followed by the number, zero-padded to `digits`
// (PARLER000001).
struct BatesScheme
{
    QString prefix;
    qint64 start = 1;
    int digits = 6;

    QString format(qint64 number) const;
    // The prefix is letters, digits, '-', '_' or '.', not ending in a digit (so a number can
    // be read back), 1–15 digits, a start of 0 or more.
    Status check() const;
};

// One document's numbers in a plan: every page gets the next number; the document's begin and
// end are its first and last page's. A document with no stored page (a native) gets one number.
struct BatesAssignment
{
    qint64 documentId = 0;
    QString title;
    QList<qint64> pageIds; // in page order; empty for a document without pages
    qint64 first = 0;
    qint64 last = 0;
    QString begin;
    QString end;
};

struct BatesPlan
{
    BatesScheme scheme;
    QList<BatesAssignment> documents;
    qint64 first = 0;
    qint64 last = 0; // first - 1 when no document is numbered
    int pages() const { return int(last - first + 1); }
};

// Reads and writes Bates numbers: the documents' ranges and their pages' own numbers.
class BatesStore final
{
public:
    explicit BatesStore(Sql::Database &db)
        : m_db(db)
    {}
    // On the case's own connection (the window's, for a dialog's preview).
    explicit BatesStore(CaseFile &caseFile);

    // Numbers the documents, in the order given; with no ids, every document not yet numbered
    // (in id order), except archives whose contents were filed as documents of their own.
    // Refuses a document that already has a number, a range that overlaps a number already
    // used with this prefix (on any document or page), and one that would leave a gap after
    // (or before) the numbers already used. Writes nothing.
    Result<BatesPlan> plan(const BatesScheme &scheme, const QList<qint64> &documentIds);
    // Writes the plan's numbers; the caller holds the transaction.
    Status assign(const BatesPlan &plan);
    // Clears the numbers the plan wrote (undo).
    Status unassign(const BatesPlan &plan);

    // The document's pages' Bates numbers in page order (an empty string for a page without
    // one); NotFound for a missing document.
    Result<QList<QString>> pageNumbers(qint64 documentId);

private:
    Sql::Database &m_db;
};

} // namespace Casebinder
