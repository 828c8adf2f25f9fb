#pragma once

#include <QByteArray>

#include <vector>

namespace Casebinder::Export {

// Puts back into a PDF's text layer the characters its missing-glyph markers stand for.
//
// QPdfWriter can only map a drawn glyph to the one character it has in its font, so a marker
// drawn for a character no export font has (MissingGlyphMarker) extracts as U+FFFD. This wraps
// every marker glyph of `pdf`, in content-stream order, in `/Span <</ActualText …>> BDC … EMC`
// marked content naming the character it stands for (PDF 1.7, 14.9.4; poppler, pdf.js and
// Acrobat copy and search the ActualText), written as an incremental update so that nothing Qt
// wrote moves. `standsFor` lists, in the order the markers were painted, what each stands for
// (U+FFFD for a U+FFFD the text really has).
//
// Returns `pdf` unchanged when there is nothing to do, or when the markers found do not match
// `standsFor` one for one: a marker that extracts as U+FFFD beats one that names the wrong
// character.
QByteArray withMarkerActualText(const QByteArray &pdf, const std::vector<char32_t> &standsFor);

} // namespace Casebinder::Export
