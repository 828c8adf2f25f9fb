#include "pdftextlayer.h"

#include "exportfonts.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace Casebinder::Export {

namespace {

using namespace Qt::StringLiterals;

// Just enough of a reader for the PDFs QPdfWriter writes: one classic cross-reference table,
// direct objects, Flate streams.
class QtPdf
{
public:
    explicit QtPdf(const QByteArray &pdf)
        : m_pdf(pdf)
    {}

    bool readXref()
    {
        const qsizetype at = m_pdf.lastIndexOf("startxref");
        if (at < 0)
            return false;
        bool ok = false;
        m_xref = m_pdf.mid(at + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
        if (!ok || !m_pdf.mid(m_xref, 4).startsWith("xref"))
            return false;
        static const QRegularExpression section(u"^xref\\s+(\\d+)\\s+(\\d+)\\s+"_s);
        const QString head = QString::fromLatin1(m_pdf.mid(m_xref, 40));
        const auto match = section.match(head);
        if (!match.hasMatch())
            return false;
        const int first = match.captured(1).toInt();
        const int count = match.captured(2).toInt();
        qsizetype entry = m_xref + match.capturedLength(0);
        for (int n = 0; n < count; ++n, entry += 20) {
            const QByteArray line = m_pdf.mid(entry, 20);
            if (line.size() < 18)
                return false;
            if (line.at(17) == 'n')
                m_offsets.insert(first + n, line.left(10).toLongLong());
        }
        const qsizetype trailer = m_pdf.indexOf("trailer", entry);
        const qsizetype open = m_pdf.indexOf("<<", trailer);
        const qsizetype close = m_pdf.indexOf(">>", open);
        if (trailer < 0 || open < 0 || close < 0)
            return false;
        m_trailer = m_pdf.mid(open + 2, close - open - 2);
        return true;
    }

    // The object's dictionary (or other direct value) before any stream.
    QByteArray head(int object) const
    {
        const auto found = m_offsets.constFind(object);
        if (found == m_offsets.cend())
            return {};
        const qsizetype begin = m_pdf.indexOf("obj", *found);
        qsizetype end = m_pdf.indexOf("endobj", begin);
        const qsizetype stream = m_pdf.indexOf("stream", begin);
        if (stream >= 0 && stream < end)
            end = stream;
        return begin < 0 || end < 0 ? QByteArray() : m_pdf.mid(begin + 3, end - begin - 3);
    }

    std::optional<QByteArray> streamData(int object) const
    {
        const QByteArray dict = head(object);
        static const QRegularExpression lengthRef(u"/Length\\s+(\\d+)\\s+0\\s+R"_s);
        static const QRegularExpression lengthValue(u"/Length\\s+(\\d+)"_s);
        qsizetype length = -1;
        if (const auto ref = lengthRef.match(QString::fromLatin1(dict)); ref.hasMatch())
            length = head(ref.captured(1).toInt()).trimmed().toLongLong();
        else if (const auto value = lengthValue.match(QString::fromLatin1(dict)); value.hasMatch())
            length = value.captured(1).toLongLong();
        const qsizetype begin = m_pdf.indexOf("stream", m_offsets.value(object));
        if (length < 0 || begin < 0)
            return std::nullopt;
        qsizetype data = begin + 6;
        if (m_pdf.at(data) == '\r')
            ++data;
        if (m_pdf.at(data) == '\n')
            ++data;
        QByteArray raw = m_pdf.mid(data, length);
        if (!dict.contains("/FlateDecode"))
            return raw;
        // qUncompress() wants the size first; it grows its buffer when the guess is short.
        const quint32 guess = quint32(raw.size()) * 4 + 64;
        raw.prepend(char(guess & 0xFF))
            .prepend(char((guess >> 8) & 0xFF))
            .prepend(char((guess >> 16) & 0xFF))
            .prepend(char((guess >> 24) & 0xFF));
        QByteArray inflated = qUncompress(raw);
        if (inflated.isEmpty())
            return std::nullopt;
        return inflated;
    }

    static QList<int> references(const QByteArray &text)
    {
        static const QRegularExpression ref(u"(\\d+)\\s+0\\s+R"_s);
        QList<int> found;
        for (const auto &match : ref.globalMatch(QString::fromLatin1(text)))
            found.append(match.captured(1).toInt());
        return found;
    }

    std::optional<int> reference(const QByteArray &text, const char *key) const
    {
        const QRegularExpression ref(u"/%1\\s+(\\d+)\\s+0\\s+R"_s.arg(QLatin1StringView(key)));
        const auto match = ref.match(QString::fromLatin1(text));
        if (!match.hasMatch())
            return std::nullopt;
        return match.captured(1).toInt();
    }

    QList<int> objects() const { return m_offsets.keys(); }
    qsizetype xref() const { return m_xref; }
    const QByteArray &trailer() const { return m_trailer; }
    int size() const
    {
        static const QRegularExpression sizeKey(u"/Size\\s+(\\d+)"_s);
        return sizeKey.match(QString::fromLatin1(m_trailer)).captured(1).toInt();
    }

private:
    const QByteArray &m_pdf;
    QHash<int, qsizetype> m_offsets;
    qsizetype m_xref = -1;
    QByteArray m_trailer;
};

// The codes a ToUnicode CMap maps to MissingGlyphMarker.
QSet<uint> markerCodes(const QByteArray &cmap)
{
    QSet<uint> codes;
    static const QRegularExpression token(
        u"<([0-9A-Fa-f]+)>|\\[|\\]|beginbfrange|endbfrange|beginbfchar|endbfchar"_s);
    enum class Section { None, Range, Char } section = Section::None;
    QList<uint> pending; // codes and values of the entry being read
    bool inArray = false;
    uint arrayCode = 0;
    for (const auto &match : token.globalMatch(QString::fromLatin1(cmap))) {
        const QString word = match.captured(0);
        if (word == u"beginbfrange"_s) {
            section = Section::Range;
        } else if (word == u"beginbfchar"_s) {
            section = Section::Char;
        } else if (word.startsWith(u"end"_s)) {
            section = Section::None;
        } else if (word == u"["_s) {
            inArray = pending.size() == 2;
            arrayCode = pending.value(0);
        } else if (word == u"]"_s) {
            inArray = false;
            pending.clear();
        } else if (section != Section::None) {
            const QString hex = match.captured(1);
            const uint value = hex.left(8).toUInt(nullptr, 16);
            const bool marker = hex.size() == 4 && value == MissingGlyphMarker;
            if (inArray) {
                if (marker)
                    codes.insert(arrayCode);
                ++arrayCode;
                continue;
            }
            pending.append(value);
            if (section == Section::Char && pending.size() == 2) {
                if (marker)
                    codes.insert(pending.at(0));
                pending.clear();
            } else if (section == Section::Range && pending.size() == 3) {
                if (hex.size() == 4 && value <= MissingGlyphMarker
                    && MissingGlyphMarker - value <= pending.at(1) - pending.at(0))
                    codes.insert(pending.at(0) + (MissingGlyphMarker - value));
                pending.clear();
            }
        }
    }
    return codes;
}

QByteArray actualText(char32_t character)
{
    QByteArray hex = "<FEFF";
    for (const QChar unit : QString::fromUcs4(&character, 1))
        hex += QByteArray::number(uint(unit.unicode()), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

} // namespace

QByteArray withMarkerActualText(const QByteArray &pdf, const std::vector<char32_t> &standsFor)
{
    if (std::all_of(
            standsFor.begin(), standsFor.end(), [](char32_t c) { return c == MissingGlyphMarker; }))
        return pdf;
    QtPdf reader(pdf);
    if (!reader.readXref())
        return pdf;

    // Resource name (Qt's "/F<n>") -> the codes of its font that draw the marker.
    QHash<QByteArray, QSet<uint>> fontMarkers;
    static const QRegularExpression fontResource(u"/(F\\d+)\\s+(\\d+)\\s+0\\s+R"_s);
    for (const int object : reader.objects()) {
        const QByteArray dict = reader.head(object);
        if (!dict.contains("/Font"))
            continue;
        for (const auto &match : fontResource.globalMatch(QString::fromLatin1(dict))) {
            const QByteArray font = reader.head(match.captured(2).toInt());
            const auto toUnicode = reader.reference(font, "ToUnicode");
            if (!toUnicode)
                continue;
            const auto cmap = reader.streamData(*toUnicode);
            if (!cmap)
                return pdf;
            if (QSet<uint> codes = markerCodes(*cmap); !codes.isEmpty())
                fontMarkers.insert(match.captured(1).toLatin1(), std::move(codes));
        }
    }

    // Pages in order, and the content streams each draws.
    const auto root = reader.reference(reader.trailer(), "Root");
    const auto pagesTree = root ? reader.reference(reader.head(*root), "Pages") : std::nullopt;
    if (!pagesTree)
        return pdf;
    const QByteArray pagesDict = reader.head(*pagesTree);
    const qsizetype kids = pagesDict.indexOf("/Kids");
    const QList<int> pages
        = QtPdf::references(pagesDict.mid(kids, pagesDict.indexOf(']', kids) - kids));

    static const QRegularExpression operators(
        u"/(F\\d+)\\s+[-0-9.]+\\s+Tf|<([0-9A-Fa-f]{1,4})>\\s*Tj"_s);
    size_t next = 0;
    QList<std::pair<int, QByteArray>> rewritten;
    for (const int page : pages) {
        const auto contents = reader.reference(reader.head(page), "Contents");
        if (!contents)
            return pdf;
        const auto stream = reader.streamData(*contents);
        if (!stream)
            return pdf;
        const QString text = QString::fromLatin1(*stream);
        QByteArray out;
        qsizetype copied = 0;
        const QSet<uint> *markers = nullptr;
        for (const auto &match : operators.globalMatch(text)) {
            if (match.capturedLength(1) > 0) {
                const auto found = fontMarkers.constFind(match.captured(1).toLatin1());
                markers = found == fontMarkers.cend() ? nullptr : &*found;
                continue;
            }
            if (!markers || !markers->contains(match.captured(2).toUInt(nullptr, 16)))
                continue;
            if (next >= standsFor.size())
                return pdf;
            out += stream->mid(copied, match.capturedStart(0) - copied);
            out += "/Span<</ActualText" + actualText(standsFor[next++]) + ">>BDC "
                   + match.captured(0).toLatin1() + " EMC";
            copied = match.capturedEnd(0);
        }
        if (copied > 0) {
            out += stream->mid(copied);
            rewritten.append({*contents, out});
        }
    }
    if (next != standsFor.size())
        return pdf;

    // The incremental update: new content streams, their cross-references, a trailer that
    // points back at Qt's.
    QByteArray fixed = pdf;
    if (!fixed.endsWith('\n'))
        fixed += '\n';
    QList<std::pair<int, qsizetype>> offsets;
    for (const auto &[object, content] : rewritten) {
        const QByteArray deflated = qCompress(content).mid(4); // a zlib stream without Qt's size
        offsets.append({object, fixed.size()});
        fixed += QByteArray::number(object) + " 0 obj\n<<\n/Length "
                 + QByteArray::number(deflated.size()) + "\n/Filter /FlateDecode\n>>\nstream\n"
                 + deflated + "\nendstream\nendobj\n";
    }
    const qsizetype xref = fixed.size();
    fixed += "xref\n";
    for (const auto &[object, offset] : offsets) {
        fixed += QByteArray::number(object) + " 1\n"
                 + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    QByteArray trailer = reader.trailer();
    static const QRegularExpression prev(u"/Prev\\s+\\d+"_s);
    trailer = QString::fromLatin1(trailer).remove(prev).toLatin1();
    fixed += "trailer\n<<" + trailer + "/Prev " + QByteArray::number(reader.xref())
             + "\n>>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return fixed;
}

} // namespace Casebinder::Export
