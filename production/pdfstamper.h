#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Casebinder::Production {

// Where the Bates number sits on a stamped page; the legend takes the bottom left.
enum class NumberPosition { BottomRight, BottomCenter };

struct StampOptions
{
    // "CONFIDENTIAL", "HIGHLY CONFIDENTIAL – ATTORNEYS' EYES ONLY"; empty: no legend. Printed in
    // a standard-14 font with WinAnsiEncoding, so it may use Latin-1 and the typographic marks
    // WinAnsi has (– — ‘ ’ “ ” • …); checkLegend() names a character it cannot print.
    QString legend;
    NumberPosition numberPosition = NumberPosition::BottomRight;
    double fontSize = 10; // points; smaller on a page too narrow for legend and number
    double margin = 18;   // points from the visible edges (0.25 in)
};

Status checkLegend(const QString &legend);

// Adds each page's Bates number and the legend to the existing page content with qpdf: the
// original content is wrapped in q … Q and followed by the stamp, so nothing is re-rendered and
// the page's text still extracts. The stamp is upright in the visible corner whatever the
// page's /Rotate and wherever its CropBox (or MediaBox) lies. `numbers` holds one number per
// page. Refuses, naming `name`: an encrypted PDF, a damaged one (qpdf had to repair it), a PDF
// whose page count is not numbers.size(). Returns the stamped file; the input is not changed.
Result<QByteArray> stampPdf(const QByteArray &pdf,
                            const QList<QString> &numbers,
                            const StampOptions &options,
                            const QString &name);

// The number of pages of a PDF as qpdf reads it (what stampPdf() expects numbers for); the
// same refusals as stampPdf() for encrypted and unreadable files.
Result<int> pdfPageCount(const QByteArray &pdf, const QString &name);

// Makes a PDF of an image file (JPEG, PNG, TIFF with one page per frame, …): JPEG data is
// kept as it is (DCTDecode), other images are stored losslessly. The page has the image's
// size at its stated resolution; an image without one, or one that would be larger than
// 17 inches, is fit to 11 inches on its longer side.
Result<QByteArray> imageToPdf(const QByteArray &image, const QString &name);

// A one-page Letter PDF with `lines` centred in Courier-Bold (WinAnsi: a character it lacks
// is written as '?'), for slip sheets and native placeholders; stamped like any other page.
QByteArray textPagePdf(const QStringList &lines);

} // namespace Casebinder::Production
