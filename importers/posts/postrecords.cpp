#include "posts/postrecords.h"

#include "importreport.h"
#include "phaseclock.h"
#include "postbatch.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Casebinder {

// Hands out a posts file's chunks, reading and encoding the next one on `pool` while the
// caller stores the one it has.
class PostRecords::ChunkPrefetch final
{
public:
    static constexpr qsizetype ChunkSize = 10000;

    ChunkPrefetch(Posts::PostReader &reader, QThreadPool &pool)
        : m_reader(reader)
        , m_pool(pool)
    {
        readAhead();
    }
    ~ChunkPrefetch()
    {
        if (m_pending.isValid())
            m_pending.waitForFinished();
        PhaseClock::log("posts read and encoded (reader thread)", m_readTime);
    }
    ChunkPrefetch(const ChunkPrefetch &) = delete;
    ChunkPrefetch &operator=(const ChunkPrefetch &) = delete;

    struct Chunk
    {
        PostBatch posts;
        // Taken by the reading thread as it read the chunk: the reader is not to be asked
        // while it reads the next one.
        qint64 estimatedTotal = 0;
        double fractionRead = 0;
    };

    // The next chunk: empty at the end of the file.
    Result<Chunk> next()
    {
        auto chunk = m_pending.takeResult();
        if (chunk && !chunk->posts.isEmpty())
            readAhead();
        return chunk;
    }

private:
    void readAhead()
    {
        m_pending = QtConcurrent::run(&m_pool, [this]() -> Result<Chunk> {
            PhaseClock clock;
            auto posts = m_reader.read(ChunkSize);
            if (!posts)
                return fail(posts.error());
            Chunk chunk{PostBatch(*posts), m_reader.estimatedTotal(), m_reader.fractionRead()};
            m_readTime += clock.lap();
            return chunk;
        });
    }

    Posts::PostReader &m_reader;
    QThreadPool &m_pool;
    QFuture<Result<Chunk>> m_pending;
    PhaseClock::Lap m_readTime; // written by one read at a time, read after it finished
};

PostRecords::PostRecords(std::unique_ptr<Posts::PostReader> reader)
    : m_reader(std::move(reader))
{
    m_readerPool.setMaxThreadCount(1);
}

PostRecords::~PostRecords() = default;

void PostRecords::startReading()
{
    if (!m_chunks)
        m_chunks = std::make_unique<ChunkPrefetch>(*m_reader, m_readerPool);
}

Result<AttachedRecords::Outcome> PostRecords::store(ImportSession &session,
                                                    qint64 documentId,
                                                    const Context &context)
{
    const auto cancelled = [&] {
        return context.cancel && context.cancel->load(std::memory_order_relaxed);
    };
    startReading();
    PhaseClock clock;
    PhaseClock::Lap waited;
    Outcome outcome;
    PostLoader loader = session.loadPosts(documentId);
    for (;;) {
        clock.lap();
        if (cancelled())
            return fail(importCancelled());
        auto chunk = m_chunks->next();
        waited += clock.lap();
        if (!chunk && chunk.error().code == Error::Code::Cancelled)
            return fail(importCancelled());
        if (!chunk) {
            outcome.rejection = chunk.error();
            return outcome;
        }
        if (chunk->posts.isEmpty())
            break;
        if (loader.inserted() == 0)
            loader.expect(chunk->estimatedTotal);
        if (auto added = loader.add(chunk->posts); !added)
            return fail(added.error());
        if (context.stored)
            context.stored(loader.inserted(), chunk->fractionRead);
    }
    PhaseClock::log("posts waiting for the reader", waited);
    if (context.indexing && loader.inserted() >= ChunkPrefetch::ChunkSize)
        context.indexing();
    auto inserted = loader.finish();
    if (!inserted)
        return fail(inserted.error());
    if (auto described = session.setDocumentMetadata(
            documentId,
            QJsonObject{{u"posts"_s, *inserted}, {u"encoding"_s, m_reader->encoding()}});
        !described)
        return fail(described.error());
    for (const Posts::RecordProblem &problem : m_reader->problems())
        outcome.warnings.append(problem.message);
    if (m_reader->repairedTexts() > 0)
        outcome.warnings.append(
            u"repaired double-encoded UTF-8 in %1 fields"_s.arg(m_reader->repairedTexts()));
    outcome.posts = *inserted;
    return outcome;
}

} // namespace Casebinder
