// Prints how long the chronology PDF export takes for 10,000 events (target: about a second
// in a release build). Not a test: run it by hand, e.g.
//   QT_QPA_PLATFORM=offscreen build/tests/report/bench_export [EVENTS [KEEP.pdf]]
// Prints wall-clock and CPU time: on a shared machine the CPU time is the steadier figure.
#include "blobstore.h"
#include "casefile.h"
#include "exporter.h"
#include "sqlite/statement.h"

#include <QDate>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace Casebinder;

namespace {

Status populate(CaseFile &caseFile, int events)
{
    auto &db = caseFile.db();
    if (auto begun = db.exec(u"BEGIN"_s); !begun)
        return begun;
    auto sha = BlobStore(db).put("order denying the preliminary injunction");
    if (!sha)
        return fail(sha.error());
    auto document = db.prepare(
        u"INSERT INTO documents (kind, title, docket_number, source_name, blob_sha256, "
        u"page_count, created_at) VALUES ('filing', 'Order', '34', 'order.pdf', ?, 14, "
        u"'2026-01-01T00:00:00Z')"_s);
    if (!document)
        return fail(document.error());
    document->bind(1, *sha);
    if (auto done = document->exec(); !done)
        return done;
    const qint64 documentId = db.lastInsertRowId();
    auto event = db.prepare(u"INSERT INTO events (start, precision, circa, title, description, "
                            u"dispute) VALUES (?, 'day', ?, ?, ?, ?)"_s);
    auto source = db.prepare(u"INSERT INTO event_sources (event_id, document_id, page_from, "
                             u"page_to) VALUES (?, ?, ?, ?)"_s);
    if (!event || !source)
        return fail(!event ? event.error() : source.error());
    for (int i = 0; i < events; ++i) {
        event->reset();
        event->bind(1, QDate(2012, 1, 1).addDays(i % 3650).toString(Qt::ISODate))
            .bind(2, i % 9 == 0)
            .bind(3, u"Event %1: AWS and Parler exchange notices about reported content"_s.arg(i))
            .bind(4,
                  u"A short description of what happened and who was involved, long enough "
                  u"to wrap onto a second line in the chronology table."_s)
            .bind(5, i % 13 == 0 ? u"disputed"_s : u"undisputed"_s);
        if (auto done = event->exec(); !done)
            return done;
        source->reset();
        source->bind(1, db.lastInsertRowId())
            .bind(2, documentId)
            .bind(3, 1 + i % 14)
            .bind(4, 1 + i % 14);
        if (auto done = source->exec(); !done)
            return done;
    }
    return db.exec(u"COMMIT"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int events = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    CaseCaption caption;
    caption.caseName = u"Parler LLC v. Amazon Web Services, Inc."_s;
    caption.court = u"United States District Court, Western District of Washington"_s;
    caption.docketNumber = u"2:21-cv-00031-BJR"_s;
    auto caseFile = CaseFile::create(dir.filePath(u"bench.casebinder"_s), caption);
    if (!caseFile) {
        std::fprintf(stderr, "%s\n", qPrintable(caseFile.error().fullText()));
        return 1;
    }
    if (auto filled = populate(*caseFile, events); !filled) {
        std::fprintf(stderr, "%s\n", qPrintable(filled.error().fullText()));
        return 1;
    }
    const QString out = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(u"bench.pdf"_s);
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    auto outcome = Export::exportTimeline(*caseFile, out, {});
    const qint64 elapsed = timer.elapsed();
    const double cpu = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    if (!outcome) {
        std::fprintf(stderr, "%s\n", qPrintable(outcome.error().fullText()));
        return 1;
    }
    // scripts/bench.sh reads the wall-clock time at the end of the line.
    std::printf("export-timeline: %d events, %d pages (CPU %.0f ms), %lld ms\n",
                outcome->items,
                outcome->pages,
                cpu,
                static_cast<long long>(elapsed));
    return 0;
}
