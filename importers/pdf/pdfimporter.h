#pragma once

#include "registry/importer.h"

namespace Casebinder {

// PDF filings and exhibits: text per page through Poppler (pdf/pdfextraction.h).
class PdfImporter final : public Importer
{
public:
    QString id() const override;
    Confidence sniff(const SniffInput &input) const override;
    Outcome prepare(PreparedFile &file,
                    QByteArray bytes,
                    const PrepareContext &context) const override;
};

} // namespace Casebinder
