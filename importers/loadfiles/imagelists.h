#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Casebinder::LoadFiles {

// One page image of an image cross-reference (Opticon OPT or IPRO LFP).
struct ImagePage
{
    QString key;    // the page's Bates number (the image key)
    QString volume; // as written; may be empty
    QString path;   // as written in the file, relative to the production folder
    int frame = 0;  // the page inside a multi-page image file (0-based)
    qint64 line = 0;
};

// The pages of one document: a document break starts it.
struct ImageDocument
{
    QString firstKey;
    QList<ImagePage> pages;
    int statedPageCount = 0; // the OPT's page count on the break line; 0 when not given
    bool child = false;      // LFP 'C': an attachment of the previous document
    qint64 line = 0;
};

struct ImageList
{
    QString format; // "opt" or "lfp"
    QList<ImageDocument> documents;
    QStringList warnings;
};

// Opticon: ImageKey,Volume,ImagePath,DocBreak(Y),FolderBreak,BoxBreak,PageCount, one line per
// page. A document whose break line states more pages than it has lines is one multi-page image
// file (e.g. a multi-page TIFF): its pages are the file's frames.
Result<ImageList> readOpticon(const QByteArray &bytes, const QString &fileName);
// IPRO: IM,Key,D|C|(blank),Offset,@Volume;Folder;File;Type lines (FT/OF lines are read past).
Result<ImageList> readLfp(const QByteArray &bytes, const QString &fileName);

} // namespace Casebinder::LoadFiles
