#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Casebinder::Mime {

// A header of an RFC 5322 message or MIME part; the name in lower case.
struct Header
{
    QString name;
    QString value;
};

// The headers (unfolded) and the raw body of a message or part.
std::pair<QList<Header>, QByteArray> splitMessage(const QByteArray &bytes);
// The first header of that (lower-case) name; empty when absent.
QString headerValue(const QList<Header> &headers, const QString &name);
// A parameter of a header value: `charset` of "text/html; charset=UTF-8".
QString parameter(const QString &headerValueText, const QString &name);
// RFC 2047 encoded words (=?charset?B|Q?text?=) in header values.
QString decodeHeaderValue(const QString &value);
// The body decoded from its transfer encoding and charset.
QString decodeBody(const QByteArray &body, const QList<Header> &headers);
// The decoded body of the first part of type `type` ("text/html"), looking into multipart
// bodies to a bounded depth; null when there is none.
QString partOfType(const QByteArray &body, const QList<Header> &headers, const QString &type);

} // namespace Casebinder::Mime
