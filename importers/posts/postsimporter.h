#pragma once

#include "registry/importer.h"

namespace Casebinder {

// Flagged social-media posts (CSV, JSON, NDJSON): the file is stored as an original and its
// posts as records of it, streamed chunk by chunk (posts/postrecords.h).
class PostsImporter final : public Importer
{
public:
    QString id() const override;
    const char *forcedLabel() const override;
    Confidence sniff(const SniffInput &input) const override;
    Outcome prepare(PreparedFile &file,
                    QByteArray bytes,
                    const PrepareContext &context) const override;
};

} // namespace Casebinder
