#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Casebinder::LoadFiles {

// One page image as the production delivered it: the file's bytes and which frame of it (a
// multi-page TIFF holds several).
struct PageImageSource
{
    QByteArray bytes;
    int frame = 0;
    QString name; // for errors
};

// A PDF with one page per image, each page the image at its own resolution (300 dpi assumed
// when the file records none): the rendition that the viewer shows and OCR reads for a record
// that came as page images. The images themselves are kept as they were. JPEGs are embedded as
// they are (DCTDecode); other images (TIFF G4, PNG, …) are decoded and stored losslessly (1-bit
// or 8-bit grey, or RGB, Flate-compressed).
Result<QByteArray> buildImagePdf(const QList<PageImageSource> &pages);

} // namespace Casebinder::LoadFiles
