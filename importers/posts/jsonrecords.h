#pragma once

#include "posts/postreader.h"
#include "posts/sourcetable.h"
#include "result.h"

#include <QByteArrayView>

#include <atomic>

namespace Casebinder::Posts {

// JSON posts flattened into a table: nested objects become dotted columns ("user.screen_name"),
// arrays their compact JSON text, and a Twitter API v2 author is joined from includes.users.

// A JSON array of post objects, or a Twitter API v2 response (then `twitterShape` is set).
// Items that are not objects are `problems`; a file with no post object at all fails.
Status readJsonDocument(QByteArrayView utf8,
                        const QString &fileName,
                        Table &table,
                        QList<RecordProblem> &problems,
                        bool &twitterShape);

// One JSON object per line. Lines that are not objects are `problems`, with their line
// number; a file with no readable line fails. `maxRecords` < 0 reads everything.
Status readNdjson(QByteArrayView utf8,
                  const QString &fileName,
                  Table &table,
                  QList<RecordProblem> &problems,
                  qint64 maxRecords,
                  const std::atomic_bool *cancel);

} // namespace Casebinder::Posts
