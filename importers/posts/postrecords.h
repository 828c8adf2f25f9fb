#pragma once

#include "pipeline/preparedfile.h"
#include "posts/postreader.h"

#include <QThreadPool>

#include <memory>

namespace Casebinder {

// A posts file's posts, read a chunk ahead of the inserts on a thread of their own, so the
// files being extracted on the pool never hold them up. A file whose rest turns out
// unreadable halfway (a quote never closed) is refused; the writer undoes it.
class PostRecords final : public AttachedRecords
{
public:
    explicit PostRecords(std::unique_ptr<Posts::PostReader> reader);
    ~PostRecords() override;

    void startReading() override;
    Result<Outcome> store(ImportSession &session,
                          qint64 documentId,
                          const Context &context) override;

private:
    class ChunkPrefetch;

    std::unique_ptr<Posts::PostReader> m_reader;
    QThreadPool m_readerPool;
    std::unique_ptr<ChunkPrefetch> m_chunks;
};

} // namespace Casebinder
