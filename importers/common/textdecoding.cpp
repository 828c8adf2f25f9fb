#include "common/textdecoding.h"

#include <QStringDecoder>

#include <array>

using namespace Qt::StringLiterals;

namespace Casebinder::TextDecoding {
namespace {

// cp1252 0x80..0x9F; the five undefined bytes map to the C1 control of the same value, as
// Windows' own converter does.
constexpr std::array<char16_t, 32> Cp1252High
    = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
       0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// The byte a character came from when UTF-8 was misread as Latin-1 or cp1252; -1 if none.
int misreadByte(char16_t ch)
{
    if (ch < 0x100)
        return ch;
    for (int i = 0; i < int(Cp1252High.size()); ++i) {
        if (Cp1252High[size_t(i)] == ch)
            return 0x80 + i;
    }
    return -1;
}

struct Utf8Scan
{
    qsizetype multiByte = 0;
    qsizetype invalid = 0;
};

Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            min = 0x10000;
        }
        bool ok = length > 0 && i + length <= n;
        char32_t cp = length == 2 ? (c & 0x1F) : length == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; ok && k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                ok = false;
            else
                cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (ok && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)))
            ok = false;
        if (ok) {
            ++scan.multiByte;
            i += length;
        } else {
            ++scan.invalid;
            ++i;
        }
    }
    return scan;
}

} // namespace

QString decodeCp1252(QByteArrayView bytes)
{
    QString result(bytes.size(), Qt::Uninitialized);
    QChar *out = result.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        out[i] = (c >= 0x80 && c < 0xA0) ? QChar(Cp1252High[c - 0x80]) : QChar(char16_t(c));
    }
    return result;
}

Decoded decode(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString text = decoder(bytes.sliced(3));
        return {text, u"UTF-8"_s, decoder.hasError()};
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        QString text = decoder(bytes.sliced(2));
        return {text, little ? u"UTF-16LE"_s : u"UTF-16BE"_s, decoder.hasError()};
    }
    // UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte.
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 4096));
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (head[i] == '\0')
            (i % 2 == 0 ? evenNuls : oddNuls) += 1;
    }
    if (head.size() >= 4 && std::max(evenNuls, oddNuls) > head.size() / 4
        && std::min(evenNuls, oddNuls) < head.size() / 50) {
        const bool little = oddNuls > evenNuls;
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        QString text = decoder(bytes);
        return {text, little ? u"UTF-16LE"_s : u"UTF-16BE"_s, decoder.hasError()};
    }
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.invalid == 0)
        return {QString::fromUtf8(bytes), u"UTF-8"_s, false};
    // A few broken bytes in clearly-UTF-8 text are damage, not another encoding.
    if (scan.multiByte > 0 && scan.invalid * 20 < scan.multiByte) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString text = decoder(bytes);
        return {text, u"UTF-8"_s, true};
    }
    return {decodeCp1252(bytes), u"windows-1252"_s, false};
}

qsizetype repairMojibake(QString &text)
{
    // Quick rejection: every repair starts with a lead byte 0xC2..0xF4 read as a character.
    const auto leads = [](QChar c) {
        return c.unicode() >= 0xC2 && c.unicode() <= 0xF4;
    };
    if (std::none_of(text.cbegin(), text.cend(), leads))
        return 0;

    QString out;
    out.reserve(text.size());
    qsizetype repairs = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const char16_t c = text.at(i).unicode();
        int length = 0;
        if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            length = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            length = 4;
        if (length > 0 && i + length <= n) {
            std::array<char, 4> bytes{char(c)};
            bool ok = true;
            for (int k = 1; k < length && ok; ++k) {
                const int b = misreadByte(text.at(i + k).unicode());
                ok = b >= 0x80 && b <= 0xBF;
                bytes[size_t(k)] = char(b);
            }
            if (ok && scanUtf8(QByteArrayView(bytes.data(), length)).invalid == 0) {
                out += QString::fromUtf8(bytes.data(), length);
                ++repairs;
                i += length;
                continue;
            }
        }
        out += text.at(i);
        ++i;
    }
    if (repairs > 0)
        text = std::move(out);
    return repairs;
}

} // namespace Casebinder::TextDecoding
