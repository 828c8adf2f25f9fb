#pragma once

#include "result.h"

#include <QString>

namespace Casebinder::Sample {

struct DocumentSpec;
struct SampleCase;

// Paints one sample document as a PDF that reads like a tidy court paper: ECF-style page
// header, caption on the first page of a filing, an exhibit label on the first page of an
// exhibit, and on every page the sample notice and the page number. Text is real text (DejaVu
// fonts, no ligatures, no hyphenation) so Poppler extracts exactly what the quotes expect.
// Fails when a page's text does not fit, since pin cites depend on the page breaks.
// Needs a QGuiApplication; safe on a worker thread.
Status writeSamplePdf(const SampleCase &sample, const DocumentSpec &document, const QString &path);

} // namespace Casebinder::Sample
