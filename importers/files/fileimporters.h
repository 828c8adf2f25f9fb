#pragma once

#include "registry/importer.h"

// The simple formats: one document each, read in one go (files/fileextraction.h).
namespace Casebinder {

// PNG, JPEG and TIFF: one page that needs OCR.
class ImageImporter final : public Importer
{
public:
    QString id() const override;
    Confidence sniff(const SniffInput &input) const override;
    Outcome prepare(PreparedFile &file,
                    QByteArray bytes,
                    const PrepareContext &context) const override;
};

// RFC 5322 messages (.eml): headers and the readable body; the Date header dates it.
class EmailImporter final : public Importer
{
public:
    QString id() const override;
    Confidence sniff(const SniffInput &input) const override;
    Outcome prepare(PreparedFile &file,
                    QByteArray bytes,
                    const PrepareContext &context) const override;
};

// Plain text in any encoding, as one page.
class TextImporter final : public Importer
{
public:
    QString id() const override;
    Confidence sniff(const SniffInput &input) const override;
    Outcome prepare(PreparedFile &file,
                    QByteArray bytes,
                    const PrepareContext &context) const override;
};

// Anything else: kept byte for byte as an original without text, and said so.
class OpaqueFileImporter final : public Importer
{
public:
    QString id() const override;
    Confidence sniff(const SniffInput &input) const override;
    Outcome prepare(PreparedFile &file,
                    QByteArray bytes,
                    const PrepareContext &context) const override;
};

} // namespace Casebinder
