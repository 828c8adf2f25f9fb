#pragma once

#include <QByteArrayView>
#include <QString>

namespace Casebinder::TextDecoding {

struct Decoded
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252"
    bool replacedInvalidBytes = false;
};

// Decodes bytes of unknown encoding: a BOM decides; otherwise valid UTF-8 is UTF-8, NUL
// patterns mean UTF-16, and anything else is read as cp1252 (every byte maps to a character,
// so nothing is lost). Mostly-UTF-8 text with a few bad bytes keeps UTF-8 with U+FFFD.
Decoded decode(QByteArrayView bytes);

QString decodeCp1252(QByteArrayView bytes);

// Repairs double-encoded UTF-8 (UTF-8 bytes once decoded as Latin-1 or cp1252, e.g. "â€œ" or
// U+00E2 U+0080 U+009C for "“"). Only sequences that re-encode to well-formed multi-byte UTF-8
// are touched, so correct text passes through unchanged. Returns the number of repairs.
qsizetype repairMojibake(QString &text);

} // namespace Casebinder::TextDecoding
