#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Casebinder {

struct SampleBuildProgress
{
    int step = 0;
    int steps = 0;
    QString message; // "Importing the court filings"
};

// What the built sample holds.
struct SampleBuildReport
{
    QString path;
    int documents = 0;
    qint64 pages = 0;
    qint64 posts = 0;
    int entities = 0;
    int events = 0;
    int claims = 0;
    int links = 0;
    int verifiedQuotes = 0;
    int tags = 0;
};

// Builds the bundled sample case, Parler LLC v. Amazon Web Services, Inc., from the source
// material embedded from resources/sample-case. It takes the roads a user takes: the sample
// documents are painted as PDFs and go through the importers, the flagged posts through the
// posts importer, and entities, events, tags, claims and evidence links through the case's
// undoable edits. Runs on any thread that has no other connection to the new case; painting
// needs a QGuiApplication to exist.
class SampleCaseBuilder final
{
public:
    using ProgressCallback = std::function<void(const SampleBuildProgress &)>;

    // Builds the case at `outPath`, refusing to overwrite. The case appears only when it is
    // complete; a failure or a cancel leaves nothing behind.
    static Result<SampleBuildReport> build(const QString &outPath,
                                           const ProgressCallback &progress = {},
                                           const std::atomic_bool *cancel = nullptr);

    // Paints the sample documents as PDFs into `directory`; returns their paths in the order
    // of the sample's document list.
    static Result<QStringList> writeDocuments(const QString &directory,
                                              const std::atomic_bool *cancel = nullptr);
};

} // namespace Casebinder
