#pragma once

// Small cases for the chronology tests, filled through the model's import sessions
// (tests/support) rather than the importers, so they need no files on disk.
#include "casefile.h"
#include "caseseed.h"
#include "sqlite/statement.h"

#include <QString>
#include <QTest>

namespace ChronologyFixture {

using namespace Casebinder;

inline qint64 scalar(Sql::Database &db, const QString &sql)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return -1;
    auto row = statement->step();
    return row && *row ? statement->integer(0) : -1;
}

inline qint64 insertDocument(Sql::Database &db,
                             const QString &kind,
                             const QString &title,
                             int pages,
                             const QString &exhibitLabel = {},
                             const QString &docketNumber = {},
                             bool privileged = false)
{
    TestSupport::DocumentSeed seed;
    seed.kind = documentKindFromName(kind).value_or(DocumentKind::Other);
    seed.title = title;
    seed.exhibitLabel = exhibitLabel;
    seed.docketNumber = docketNumber;
    seed.documentDate = QStringLiteral("2021-01-10");
    seed.privileged = privileged;
    for (int number = 1; number <= pages; ++number)
        seed.pages.append(QStringLiteral("Page %1 of %2").arg(number).arg(title));
    auto id = TestSupport::seedDocument(db, seed);
    if (!id)
        qWarning() << id.error().fullText();
    return id.value_or(0);
}

// Posts firstNumber … firstNumber + count - 1 (TestSupport::numberedPosts): a third have no
// posted_at, categories cycle through five values, every seventh mentions "parler".
inline bool insertPosts(Sql::Database &db, int count, int firstNumber = 1)
{
    auto added = TestSupport::seedPosts(db, TestSupport::numberedPosts(count, firstNumber));
    if (!added)
        qWarning() << added.error().fullText();
    return added && *added == count;
}

} // namespace ChronologyFixture
