// Times PostsModel on a case of many posts (default 1,000,000):
//   bench_postsmodel [COUNT] [CASE]
// Creates the case (or reuses CASE if it exists), then measures opening the model (count),
// scrolling end to end reading every 50th row, a sort change, a filter change and a random
// jump. Prints one line per measurement. A filter runs on the model's worker thread: its
// figures are wall time until the rows are published (CPU time is this process's, both threads).
#include "casedocument.h"
#include "models/postsmodel.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

bool fill(Sql::Database &db, int count)
{
    auto transaction = Sql::Transaction::begin(db);
    auto insert = db.prepare(
        u"INSERT INTO posts (platform, external_id, author_name, author_handle, posted_at, text,"
        " flag_category, status) VALUES ('parler', ?, ?, ?, ?, ?, ?, 'removed')"_s);
    if (!transaction || !insert)
        return false;
    static const QString categories[]
        = {u"violence"_s, u"threat"_s, u"spam"_s, u"hate"_s, u"other"_s};
    static const QString words[] = {u"election"_s,
                                    u"capitol"_s,
                                    u"parler"_s,
                                    u"amazon"_s,
                                    u"rally"_s,
                                    u"freedom"_s,
                                    u"server"_s,
                                    u"moderation"_s};
    for (int i = 1; i <= count; ++i) {
        insert->reset();
        insert->bind(1, QString::number(100000000 + i))
            .bind(2, u"Author %1"_s.arg(i % 5003))
            .bind(3, u"user%1"_s.arg(i % 5003))
            .bindOrNull(4,
                        i % 50 == 0 ? QString()
                                    : u"2021-01-%1T%2:%3:00Z"_s.arg(i % 28 + 1, 2, 10, QChar(u'0'))
                                          .arg(i % 24, 2, 10, QChar(u'0'))
                                          .arg(i % 60, 2, 10, QChar(u'0')))
            .bind(5, u"post %1 the %2 and the %3"_s.arg(i).arg(words[i % 8], words[(i / 8) % 8]))
            .bind(6, categories[i % 5]);
        if (!insert->exec())
            return false;
    }
    return bool(transaction->commit());
}

// Process CPU time, so that figures stay meaningful on a machine shared with other work.
qint64 cpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

qint64 g_cpuStart = 0;

void report(const char *what, qint64 nanoseconds, const QString &extra = {})
{
    const qint64 cpu = cpuNanoseconds() - g_cpuStart;
    std::printf("%-48s %9.1f ms wall %9.1f ms cpu  %s\n",
                what,
                double(nanoseconds) / 1e6,
                double(cpu) / 1e6,
                qPrintable(extra));
    std::fflush(stdout);
    g_cpuStart = cpuNanoseconds();
}

// Reads every 50th row top to bottom, the way a view scrolled end to end asks for rows.
qint64 scroll(PostsModel &model, qint64 &slowestPage)
{
    QElapsedTimer timer;
    timer.start();
    slowestPage = 0;
    qint64 checksum = 0;
    for (int row = 0; row < model.rowCount(); row += 50) {
        QElapsedTimer one;
        one.start();
        checksum += model.data(model.index(row, 0), PostsModel::IdRole).toLongLong();
        slowestPage = std::max(slowestPage, one.nsecsElapsed());
    }
    Q_UNUSED(checksum);
    return timer.nsecsElapsed();
}

// A filter is evaluated on the model's worker thread; this waits for its rows.
void settle(PostsModel &model)
{
    if (!model.isBusy())
        return;
    QEventLoop loop;
    QObject::connect(&model, &PostsModel::queryFinished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 1000000;
    QTemporaryDir dir;
    const QString path = args.size() > 2 ? args.at(2) : dir.filePath(u"bench.casebinder"_s);

    QElapsedTimer timer;
    timer.start();
    auto caseFile
        = QFileInfo::exists(path) ? CaseFile::open(path) : CaseFile::create(path, CaseCaption{});
    if (!caseFile) {
        std::fprintf(stderr, "%s\n", qPrintable(caseFile.error().fullText()));
        return 1;
    }
    auto existing = caseFile->db().prepare(u"SELECT count(*) FROM posts"_s);
    (void)existing->step();
    if (existing->integer(0) < count) {
        existing = {};
        if (!fill(caseFile->db(), count)) {
            std::fprintf(stderr, "could not create the posts\n");
            return 1;
        }
        report("create posts", timer.nsecsElapsed(), u"%1 posts"_s.arg(count));
    } else {
        existing = {};
    }
    CaseDocument document(std::move(*caseFile));

    timer.restart();
    g_cpuStart = cpuNanoseconds();
    PostsModel model(document);
    report("open model (count(*))", timer.nsecsElapsed(), u"rowCount %1"_s.arg(model.rowCount()));

    timer.restart();
    (void)model.data(model.index(0, 0));
    report("first row", timer.nsecsElapsed());

    qint64 slowest = 0;
    qint64 elapsed = 0;
    elapsed = scroll(model, slowest);
    report("scroll end to end, every 50th row (id)",
           elapsed,
           u"slowest row %1 ms, %2 pages cached"_s.arg(double(slowest) / 1e6, 0, 'f', 2)
               .arg(model.cachedPageCount()));

    timer.restart();
    (void)model.data(model.index(model.rowCount() / 2, 0));
    report("jump to the middle (id)", timer.nsecsElapsed());

    timer.restart();
    model.sortBy(PostsModel::Column::PostedAt, Qt::DescendingOrder);
    settle(model);
    (void)model.data(model.index(0, 0));
    report("sort change: posted_at desc + first page", timer.nsecsElapsed());
    elapsed = scroll(model, slowest);
    report("scroll end to end (posted_at desc)",
           elapsed,
           u"slowest row %1 ms"_s.arg(double(slowest) / 1e6, 0, 'f', 2));
    for (double fraction : {0.5, 0.25, 0.9}) {
        timer.restart();
        (void)model.data(model.index(int(model.rowCount() * fraction), 0));
        report("random jump (posted_at desc)",
               timer.nsecsElapsed(),
               u"to row %1"_s.arg(int(model.rowCount() * fraction)));
    }

    timer.restart();
    model.sortBy(PostsModel::Column::FlagCategory, Qt::AscendingOrder);
    settle(model);
    (void)model.data(model.index(0, 0));
    report("sort change: flag_category + first page", timer.nsecsElapsed());
    elapsed = scroll(model, slowest);
    report("scroll end to end (flag_category)",
           elapsed,
           u"slowest row %1 ms"_s.arg(double(slowest) / 1e6, 0, 'f', 2));

    PostsModel::Filter filter;
    filter.flagCategory = u"spam"_s;
    timer.restart();
    model.setFilter(filter);
    settle(model);
    (void)model.data(model.index(0, 0));
    report("filter change: category + first page",
           timer.nsecsElapsed(),
           u"%1 rows"_s.arg(model.rowCount()));

    filter = {};
    filter.text = u"parler"_s;
    timer.restart();
    model.setFilter(filter);
    settle(model);
    (void)model.data(model.index(0, 0));
    report("filter change: text 'parler' + first page",
           timer.nsecsElapsed(),
           u"%1 rows"_s.arg(model.rowCount()));
    elapsed = scroll(model, slowest);
    report("scroll end to end (text filter)",
           elapsed,
           u"slowest row %1 ms"_s.arg(double(slowest) / 1e6, 0, 'f', 2));

    filter = {};
    filter.author = u"user42"_s;
    filter.from = QDate(2021, 1, 5);
    filter.to = QDate(2021, 1, 20);
    timer.restart();
    model.setFilter(filter);
    settle(model);
    (void)model.data(model.index(0, 0));
    report("filter change: author + date range + first page",
           timer.nsecsElapsed(),
           u"%1 rows"_s.arg(model.rowCount()));
    return 0;
}
