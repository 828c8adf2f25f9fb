// Import throughput on the real corpus: pages/s for the court PDFs, posts/s for the tweets CSV.
// Not a test; run it by hand: bench_import [CORPUS_DIR]
#include "casefile.h"
#include "importjob.h"
#include "importsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

struct Timing
{
    qint64 wallMs = 1;
    qint64 cpuMs = 1; // all threads: what the import costs on a machine that is not busy
};

std::optional<std::pair<ImportReport, Timing>> timedImport(const QString &dir,
                                                           const QString &name,
                                                           const QString &path)
{
    const QString casePath = dir + u'/' + name + u".casebinder"_s;
    if (!CaseFile::create(casePath, {name}))
        return std::nullopt;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    auto report = runImport(casePath, {path}, {});
    Timing timing;
    timing.wallMs = std::max<qint64>(1, timer.elapsed());
    timing.cpuMs = std::max<qint64>(1, qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC);
    if (!report) {
        QTextStream(stderr) << report.error().fullText() << '\n';
        return std::nullopt;
    }
    return std::pair{*report, timing};
}

// The model's bulk insert alone: 100,000 synthetic posts through ImportSession in one job.
void benchPostInserts(const QString &dir, QTextStream &out)
{
    auto caseFile = CaseFile::create(dir + u"/inserts.casebinder"_s, {u"inserts"_s});
    if (!caseFile)
        return;
    QList<PostRecord> posts;
    constexpr int Count = 100000;
    posts.reserve(Count);
    for (int i = 0; i < Count; ++i) {
        PostRecord post;
        post.platform = u"twitter"_s;
        post.externalId = QString::number(900000000000000000LL + i);
        post.authorHandle = u"user%1"_s.arg(i % 5000);
        post.postedAt = u"2017-08-27T00:05:34Z"_s;
        post.text = u"Post number %1 about the fight tonight #MayweatherMcGregor"_s.arg(i);
        post.extra = QJsonObject{{u"retweeted"_s, u"False"_s}};
        posts.append(std::move(post));
    }
    QElapsedTimer timer;
    timer.start();
    auto session = ImportSession::begin(caseFile->db(), {});
    if (!session)
        return;
    auto inserted = session->addPosts(posts);
    if (!inserted || !session->commit({}))
        return;
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    out << u"Post inserts: %1 posts in %2 ms = %3 posts/s (ImportSession::addPosts + commit)\n"_s
               .arg(*inserted)
               .arg(ms)
               .arg(double(*inserted) * 1000.0 / double(ms), 0, 'f', 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString corpus = app.arguments().size() > 1
                               ? app.arguments().at(1)
                               : QString::fromUtf8(CASEBINDER_SOURCE_DIR "/../shared/corpus");
    QTemporaryDir dir;
    QTextStream out(stdout);

    if (auto pdfs = timedImport(dir.path(), u"pdfs"_s, corpus + u"/court-pdfs"_s)) {
        const auto &[report, timing] = *pdfs;
        out << u"PDF import:   %1 files, %2 pages in %3 ms = %4 pages/s (CPU %5 ms = %6 pages/CPU-s)\n"_s
                   .arg(report.imported())
                   .arg(report.pages())
                   .arg(timing.wallMs)
                   .arg(double(report.pages()) * 1000.0 / double(timing.wallMs), 0, 'f', 1)
                   .arg(timing.cpuMs)
                   .arg(double(report.pages()) * 1000.0 / double(timing.cpuMs), 0, 'f', 1);
    }
    const QString tweets = corpus + u"/social/fivethirtyeight/mayweather-mcgregor/tweets.csv"_s;
    if (auto posts = timedImport(dir.path(), u"posts"_s, tweets)) {
        const auto &[report, timing] = *posts;
        out << u"Posts import: %1 posts in %2 ms = %3 posts/s (CPU %4 ms = %5 posts/CPU-s)\n"_s
                   .arg(report.posts())
                   .arg(timing.wallMs)
                   .arg(double(report.posts()) * 1000.0 / double(timing.wallMs), 0, 'f', 0)
                   .arg(timing.cpuMs)
                   .arg(double(report.posts()) * 1000.0 / double(timing.cpuMs), 0, 'f', 0);
    }
    benchPostInserts(dir.path(), out);
    return 0;
}
