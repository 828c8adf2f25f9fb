#pragma once

#include "loadfiles/loadrecord.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace Casebinder::LoadFiles {

struct EdrmBatch
{
    QString version; // "1.0", "2.0", …
    QList<LoadRecord> records;
    QStringList warnings;
};

// Whether the head of a file is an EDRM XML load file (<Root MajorVersion=…> with a Batch).
bool looksLikeEdrmXml(QByteArrayView head);

// EDRM XML 1.x and 2.0: each <Document> is a record; its DocID is the control number, its
// <Tag>s (or 2.0 <Field>s) the fields, its <File>s the native, text and image files (with their
// hashes), its <Location>'s <Custodian> the custodian; <Relationship Type="Attachment"> makes
// the child's parent.
Result<EdrmBatch> readEdrmXml(const QByteArray &bytes, const QString &fileName);

} // namespace Casebinder::LoadFiles
