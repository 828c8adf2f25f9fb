#pragma once

#include "pipeline/preparedfile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace Casebinder {

// What an importer is shown to decide whether a file is its format.
struct SniffInput
{
    static constexpr qsizetype HeadBytes = 8192;

    QString fileName;
    QByteArrayView head; // the first HeadBytes bytes, or the whole file when smaller
    bool inArchive = false;
};

// How sure an importer is that a file is its format. The registry gives a file to the most
// certain importer; a tie goes to the one registered first.
enum class Confidence : int {
    None = 0,
    Fallback = 1,   // takes anything, as an opaque original
    Plausible = 20, // readable as its format, though others may read it better (plain text)
    Named = 40,     // the file name says so, the content does not contradict it
    Content = 60,   // the name and a look at the content agree (a posts table)
    Signature = 90, // a magic number (%PDF-, PK\3\4)
};

// One file format. An importer reads a file into a PreparedFile: a neutral IncomingDocument
// (its original, pages and metadata), and records of its own (AttachedRecords) that the writer
// stores after it. Importers run on the import's worker threads, several files at once: they
// are stateless and const. See docs/decisions/0010-importer-registry.md.
class Importer
{
public:
    enum class Outcome {
        Prepared, // `file` holds the document, or the reason it is refused
        Declined, // on a closer look not this format: the next importer may try (unless forced)
    };

    virtual ~Importer() = default;

    // Stable and lower-case; recorded with each import, and a --kind value when forcible.
    virtual QString id() const = 0;
    // The "import as" label of an importer the user may choose for every file (translatable in
    // the "Casebinder::ImportKinds" context); null for one that only takes what it recognises.
    virtual const char *forcedLabel() const { return nullptr; }
    virtual Confidence sniff(const SniffInput &input) const = 0;
    // Reads `bytes`, the whole file, into `file`; file.document.record already has the name,
    // source path, title and SHA-256 of the original.
    virtual Outcome prepare(PreparedFile &file,
                            QByteArray bytes,
                            const PrepareContext &context) const = 0;
    // A folder the user chose that this importer reads as one whole (a production volume: its
    // load file) rather than file by file: the files to import in its place. nullopt: not this
    // importer's folder; an error: it is, but cannot be imported (nothing is).
    virtual std::optional<Result<QStringList>> claimFolder(const QString &folder) const
    {
        Q_UNUSED(folder);
        return std::nullopt;
    }
};

} // namespace Casebinder
