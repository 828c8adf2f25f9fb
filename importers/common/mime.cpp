#include "common/mime.h"

#include "common/textdecoding.h"

#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Casebinder::Mime {

// RFC 2047 encoded words (=?charset?B|Q?text?=) in header values.
QString decodeHeaderValue(const QString &value)
{
    static const QRegularExpression word(u"=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?="_s);
    QString result;
    qsizetype last = 0;
    auto it = word.globalMatch(value);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString between = value.mid(last, m.capturedStart() - last);
        // Whitespace between two encoded words is not part of the text.
        if (last == 0 || !between.trimmed().isEmpty())
            result += between;
        QByteArray raw = m.captured(3).toLatin1();
        if (m.captured(2).toUpper() == u"B"_s) {
            raw = QByteArray::fromBase64(raw);
        } else {
            raw.replace('_', ' ');
            raw = QByteArray::fromPercentEncoding(raw, '=');
        }
        QStringDecoder decoder(m.captured(1).toLatin1().constData());
        result += decoder.isValid() ? QString(decoder(raw)) : TextDecoding::decode(raw).text;
        last = m.capturedEnd();
    }
    result += value.mid(last);
    return result;
}

std::pair<QList<Header>, QByteArray> splitMessage(const QByteArray &bytes)
{
    qsizetype split = bytes.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    const qsizetype lf = bytes.indexOf("\n\n");
    if (split < 0 || (lf >= 0 && lf < split)) {
        split = lf;
        skip = 2;
    }
    const QByteArray head = split < 0 ? bytes : bytes.first(split);
    const QByteArray body = split < 0 ? QByteArray() : bytes.sliced(split + skip);
    QList<Header> headers;
    const QString text = TextDecoding::decode(head).text;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmedRight = line.endsWith(u'\r') ? line.chopped(1) : line;
        if ((trimmedRight.startsWith(u' ') || trimmedRight.startsWith(u'\t'))
            && !headers.isEmpty()) {
            headers.last().value += u' ' + trimmedRight.trimmed();
            continue;
        }
        const qsizetype colon = trimmedRight.indexOf(u':');
        if (colon > 0)
            headers.append({trimmedRight.left(colon).trimmed().toLower(),
                            trimmedRight.mid(colon + 1).trimmed()});
    }
    return {headers, body};
}

QString headerValue(const QList<Header> &headers, const QString &name)
{
    for (const Header &header : headers) {
        if (header.name == name)
            return header.value;
    }
    return {};
}

QString parameter(const QString &headerValueText, const QString &name)
{
    const QRegularExpression re(u"(?:^|;)\\s*"_s + QRegularExpression::escape(name)
                                    + u"\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)"_s,
                                QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(headerValueText);
    if (!m.hasMatch())
        return {};
    return m.captured(2).isNull() ? m.captured(1) : m.captured(2);
}

QString decodeBody(const QByteArray &body, const QList<Header> &headers)
{
    const QString encoding = headerValue(headers, u"content-transfer-encoding"_s).toLower();
    QByteArray raw = body;
    if (encoding == u"base64"_s) {
        raw = QByteArray::fromBase64(QByteArray(body).replace("\r", "").replace("\n", ""));
    } else if (encoding == u"quoted-printable"_s) {
        QByteArray joined = body;
        joined.replace("=\r\n", "").replace("=\n", "");
        raw = QByteArray::fromPercentEncoding(joined, '=');
    }
    const QString charset = parameter(headerValue(headers, u"content-type"_s), u"charset"_s);
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.toLatin1().constData());
        if (decoder.isValid()) {
            QString text = decoder(raw);
            if (!decoder.hasError())
                return text;
        }
    }
    return TextDecoding::decode(raw).text;
}

namespace {

QString findPart(const QByteArray &body,
                 const QList<Header> &headers,
                 const QString &type,
                 int depth)
{
    const QString contentType = headerValue(headers, u"content-type"_s);
    const QString own = contentType.section(u';', 0, 0).trimmed().toLower();
    if (own.startsWith(u"multipart/"_s)) {
        const QByteArray boundary = "--" + parameter(contentType, u"boundary"_s).toLatin1();
        if (boundary.size() <= 2 || depth >= 8)
            return {};
        qsizetype at = body.indexOf(boundary);
        while (at >= 0) {
            const qsizetype start = body.indexOf('\n', at);
            if (start < 0 || body.mid(at, boundary.size() + 2) == boundary + "--")
                break;
            const qsizetype next = body.indexOf(boundary, start);
            const QByteArray part = body.mid(start + 1, next < 0 ? -1 : next - start - 1);
            auto [partHeaders, partBody] = splitMessage(part);
            if (QString found = findPart(partBody, partHeaders, type, depth + 1); !found.isNull())
                return found;
            at = next;
        }
        return {};
    }
    const bool untyped = own.isEmpty() && type == u"text/plain"_s;
    return own == type || untyped ? decodeBody(body, headers) : QString();
}

} // namespace

QString partOfType(const QByteArray &body, const QList<Header> &headers, const QString &type)
{
    return findPart(body, headers, type.toLower(), 0);
}

} // namespace Casebinder::Mime
