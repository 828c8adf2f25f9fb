// Event-loop latency of the main window on a big case:
//
//   bench_gui CASE          opens an existing case (e.g. 1,000,000 imported posts)
//   bench_gui [N]           first creates a case of N synthetic posts (default 100,000)
//
// Shows the MainWindow (offscreen unless QT_QPA_PLATFORM says otherwise) and, while a 1 ms
// precise timer records how late each of its ticks comes, scrolls the posts table end to end,
// switches the navigator's views, filters and sorts the posts. A stall is the time the event
// loop could not run: the gap between two ticks minus the 1 ms interval. Prints, per action,
// the number of steps, the action's wall time, and the max and p99 stall. Not a test.
#include "casedocument.h"
#include "importsession.h"
#include "mainwindow.h"
#include "posts/postsview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 TickNs = 1000000;

// CPU time of the calling (GUI) thread: on a loaded machine a stall can be time the thread
// was not scheduled; this tells that apart from work done on the GUI thread.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// The slowest step's GUI-thread CPU time of the last action, and all of it (steps, painting,
// results published from the worker), in ms.
double g_maxStepCpuMs = 0;
double g_actionCpuMs = 0;

// Records the gaps between the ticks of a 1 ms timer.
class LatencyProbe final : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_stalls.push_back(std::max<qint64>(0, now - m_last - TickNs));
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }

    void restart()
    {
        m_stalls.clear();
        m_last = m_clock.nsecsElapsed();
    }

    // Max and 99th percentile stall in milliseconds since restart().
    std::pair<double, double> stalls() const
    {
        if (m_stalls.empty())
            return {0, 0};
        std::vector<qint64> sorted = m_stalls;
        std::ranges::sort(sorted);
        const auto p99 = sorted.at(std::min(sorted.size() - 1, sorted.size() * 99 / 100));
        return {double(sorted.back()) / 1e6, double(p99) / 1e6};
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<qint64> m_stalls;
};

// Runs `steps` one per event-loop turn, a few milliseconds apart (as a user's scroll or click
// events would arrive), then returns the action's wall time in ms. `until` (optional) keeps the
// loop running after the last step until it holds, for work that finishes on a worker.
double runAction(const std::vector<std::function<void()>> &steps,
                 const std::function<bool()> &until = {})
{
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    size_t next = 0;
    QTimer stepper;
    stepper.setTimerType(Qt::PreciseTimer);
    stepper.setInterval(4);
    g_maxStepCpuMs = 0;
    const qint64 actionCpu = threadCpuNs();
    QObject::connect(&stepper, &QTimer::timeout, &loop, [&] {
        if (next < steps.size()) {
            const qint64 cpu = threadCpuNs();
            steps.at(next++)();
            g_maxStepCpuMs = std::max(g_maxStepCpuMs, double(threadCpuNs() - cpu) / 1e6);
            return;
        }
        if (!until || until())
            loop.quit();
    });
    stepper.start();
    loop.exec();
    g_actionCpuMs = double(threadCpuNs() - actionCpu) / 1e6;
    return double(wall.nsecsElapsed()) / 1e6;
}

void report(const char *action, size_t steps, double wallMs, const LatencyProbe &probe)
{
    const auto [max, p99] = probe.stalls();
    std::printf("%-42s %4zu steps %9.1f ms wall  stall max %7.1f ms  p99 %6.1f ms  "
                "GUI-thread CPU: slowest step %6.1f ms, all %7.1f ms\n",
                action,
                steps,
                wallMs,
                max,
                p99,
                g_maxStepCpuMs,
                g_actionCpuMs);
    std::fflush(stdout);
}

bool createCase(const QString &path, int count)
{
    auto created = CaseFile::create(path, CaseCaption{u"Bench"_s, {}, {}, {}, {}, {}});
    if (!created)
        return false;
    auto session = ImportSession::begin(created->db(), {});
    if (!session)
        return false;
    static const QString categories[]
        = {u"violence"_s, u"threat"_s, u"incitement"_s, u"hate"_s, u"other"_s};
    static const QString words[] = {u"election"_s,
                                    u"capitol"_s,
                                    u"parler"_s,
                                    u"storm"_s,
                                    u"rally"_s,
                                    u"freedom"_s,
                                    u"server"_s,
                                    u"moderation"_s};
    QList<PostRecord> batch;
    for (int i = 1; i <= count; ++i) {
        PostRecord post;
        post.platform = u"parler"_s;
        post.externalId = QString::number(100000000 + i);
        post.authorName = u"Author %1"_s.arg(i % 5003);
        post.authorHandle = u"user%1"_s.arg(i % 5003);
        post.postedAt = u"2021-01-%1T%2:%3:00Z"_s.arg(i % 28 + 1, 2, 10, QChar(u'0'))
                            .arg(i % 24, 2, 10, QChar(u'0'))
                            .arg(i % 60, 2, 10, QChar(u'0'));
        post.text = u"post %1 the %2 and the %3"_s.arg(i).arg(words[i % 8], words[(i / 8) % 8]);
        post.flagCategory = categories[i % 5];
        batch.append(post);
        if (batch.size() == 10000 || i == count) {
            if (!session->addPosts(batch))
                return false;
            batch.clear();
        }
    }
    return bool(session->commit({}));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"CasebinderBench"_s);
    QApplication::setApplicationName(u"bench_gui"_s);
    const QString argument = app.arguments().value(1);
    QTemporaryDir dir;
    QString path = argument;
    if (argument.isEmpty() || !QFileInfo::exists(argument)) {
        const int count = argument.isEmpty() ? 100000 : argument.toInt();
        path = dir.filePath(u"bench.casebinder"_s);
        QElapsedTimer timer;
        timer.start();
        if (count <= 0 || !createCase(path, count)) {
            std::fprintf(stderr, "usage: bench_gui [CASE | N]; could not create the case\n");
            return 2;
        }
        std::printf("created a case of %d posts in %.1f s\n", count, timer.elapsed() / 1000.0);
    }

    Views::MainWindow window;
    window.resize(1280, 800);
    window.show();
    LatencyProbe probe;

    // Opening: from the call until the window has painted the case and the loop is free again.
    probe.restart();
    QElapsedTimer timer;
    timer.start();
    const qint64 openCpu = threadCpuNs();
    if (!window.openCase(path)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    const double opened = double(timer.nsecsElapsed()) / 1e6;
    window.repaint();
    QEventLoop idle;
    QTimer::singleShot(0, &idle, &QEventLoop::quit);
    idle.exec();
    std::printf("open case: openCase() %.1f ms, usable window (painted, loop free) %.1f ms\n",
                opened,
                double(timer.nsecsElapsed()) / 1e6);
    g_maxStepCpuMs = g_actionCpuMs = double(threadCpuNs() - openCpu) / 1e6;
    report("open case", 1, double(timer.nsecsElapsed()) / 1e6, probe);

    probe.restart();
    double wall = runAction({[&] {
        window.showSection(Views::CaseSection::Posts);
    }});
    report("show posts", 1, wall, probe);
    auto *posts = qobject_cast<Views::PostsView *>(window.tab(u"posts"_s));
    if (!posts) {
        std::fprintf(stderr, "no posts view\n");
        return 1;
    }
    QTableView *table = posts->table();
    QScrollBar *bar = table->verticalScrollBar();
    std::printf("posts: %lld rows\n", posts->model()->totalCount());

    const auto scrollSteps = [&](int jumps) {
        std::vector<std::function<void()>> steps;
        for (int i = 0; i <= jumps; ++i) {
            steps.emplace_back([bar, table, i, jumps] {
                bar->setValue(int(qint64(bar->maximum()) * i / jumps));
                table->viewport()->repaint();
            });
        }
        return steps;
    };
    auto steps = scrollSteps(400);
    probe.restart();
    wall = runAction(steps);
    report("scroll end to end, 400 scrollbar jumps", steps.size(), wall, probe);

    // Line by line and page by page, as the wheel and Page Down do.
    steps.clear();
    bar->setValue(bar->maximum() / 3);
    for (int i = 0; i < 300; ++i) {
        steps.emplace_back([bar, table, i] {
            bar->triggerAction(i % 3 == 0 ? QAbstractSlider::SliderPageStepAdd
                                          : QAbstractSlider::SliderSingleStepAdd);
            table->viewport()->repaint();
        });
    }
    probe.restart();
    wall = runAction(steps);
    report("scroll 300 line/page steps mid-table", steps.size(), wall, probe);

    steps.clear();
    using Views::CaseSection;
    for (int round = 0; round < 3; ++round) {
        for (const CaseSection section : {CaseSection::Filings,
                                          CaseSection::Exhibits,
                                          CaseSection::Posts,
                                          CaseSection::Claims,
                                          CaseSection::Chronology,
                                          CaseSection::Entities,
                                          CaseSection::Tags,
                                          CaseSection::Overview}) {
            steps.emplace_back([&window, section] {
                window.showSection(section);
                window.repaint();
            });
        }
    }
    probe.restart();
    wall = runAction(steps);
    report("switch navigator views (3 rounds of 8)", steps.size(), wall, probe);

    window.showSection(CaseSection::Posts);
    PostsModel *model = posts->model();
    const auto filtered = [&](const PostsModel::Filter &filter) {
        return std::vector<std::function<void()>>{[posts, filter] {
            posts->setFilter(filter);
        }};
    };
    const auto settled = [model] {
        return !model->isBusy();
    };
    PostsModel::Filter filter;
    filter.text = u"the"_s;
    probe.restart();
    wall = runAction(filtered(filter), settled);
    report("filter: words 'the' (until rows shown)", 1, wall, probe);
    std::printf("  %lld matching\n", model->totalCount());

    filter = {};
    filter.flagCategory = u"violence"_s;
    probe.restart();
    wall = runAction(filtered(filter), settled);
    report("filter: category (until rows shown)", 1, wall, probe);
    std::printf("  %lld matching\n", model->totalCount());

    probe.restart();
    wall = runAction({[model] {
                         model->sortBy(PostsModel::Column::PostedAt, Qt::DescendingOrder);
                     }},
                     settled);
    report("sort filtered rows by date (until shown)", 1, wall, probe);

    steps = scrollSteps(200);
    probe.restart();
    wall = runAction(steps);
    report("scroll filtered + sorted, 200 jumps", steps.size(), wall, probe);

    // Typing: each key press a newer filter that supersedes the one still running.
    steps.clear();
    for (const QString &typed : {u"c"_s, u"ca"_s, u"cap"_s, u"capi"_s, u"capit"_s, u"capitol"_s}) {
        steps.emplace_back([posts, typed] {
            PostsModel::Filter words;
            words.text = typed;
            posts->setFilter(words);
        });
    }
    probe.restart();
    wall = runAction(steps, settled);
    report("typing 'capitol' (6 superseding filters)", steps.size(), wall, probe);
    std::printf("  %lld matching\n", model->totalCount());

    probe.restart();
    wall = runAction({[posts] {
                         posts->clearFilter();
                     }},
                     settled);
    report("clear filter (sorted by date)", 1, wall, probe);

    probe.restart();
    wall = runAction({[model] {
                         model->sortBy(PostsModel::Column::AuthorHandle, Qt::AscendingOrder);
                     }},
                     settled);
    report("sort all rows by handle", 1, wall, probe);
    steps = scrollSteps(200);
    probe.restart();
    wall = runAction(steps);
    report("scroll sorted by handle, 200 jumps", steps.size(), wall, probe);
    return 0;
}
