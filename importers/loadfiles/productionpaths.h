#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Casebinder::LoadFiles {

// The production folder a load file belongs to, and the files its records name. Every path
// must stay inside it: absolute paths (C:\, \\server, /…), ".." and symlinks that lead out of
// it are refused, as ZIP entries are.
class ProductionFolder final
{
public:
    // The folder holding the load file, or its parent when that folder is DATA (the usual
    // VOL001/DATA/VOL001.dat layout).
    static ProductionFolder forLoadFile(const QString &loadFilePath);
    explicit ProductionFolder(const QString &root);

    const QString &root() const { return m_root; }
    // The file on disk a load-file path names. `.\`, a leading `\` and a first component equal
    // to the folder's own name are read relative to the folder. Errors: InvalidArgument for a
    // path that leaves the folder, NotFound for a missing file.
    Result<QString> resolve(const QString &loadFilePath) const;
    // Reads a resolved file whole (at most maxBytes).
    static Result<QByteArray> read(const QString &file, const QString &asWritten, qint64 maxBytes);

private:
    QString m_root;          // absolute, cleaned
    QString m_canonicalRoot; // symlinks resolved
};

} // namespace Casebinder::LoadFiles
