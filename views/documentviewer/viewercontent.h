#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Casebinder::Views {

// What the document viewer shows: the original bytes and the stored text of each page.
struct ViewerContent
{
    enum class Kind { Pdf, Text, Image };

    qint64 documentId = 0;
    QString title;
    QString mediaType;
    QByteArray original;
    QStringList pageTexts; // page 1 first
    bool privileged = false;

    Kind kind() const;
};

// Reads document `documentId` of the case at `casePath` through its own read-only
// connection, so it may run on any thread.
Result<ViewerContent> loadViewerContent(const QString &casePath, qint64 documentId);

} // namespace Casebinder::Views
