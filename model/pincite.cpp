#include "pincite.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Casebinder::PinCite {

QString pages(std::optional<int> from, std::optional<int> to)
{
    if (!from)
        return {};
    if (!to || *to == *from)
        return QString::number(*from);
    return QString::number(*from) + u'\u2013' + QString::number(*to);
}

QString documentName(const CitableDocument &document)
{
    const QString label = document.exhibitLabel.simplified();
    if (!label.isEmpty()) {
        static const QRegularExpression longForm(u"^(?:exhibit|ex\\.?)\\s*(.+)$"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        if (const auto match = longForm.match(label); match.hasMatch())
            return u"Ex. "_s + match.captured(1);
        // "A", "12", "AA": a bare designation reads as an exhibit letter or number.
        static const QRegularExpression bare(u"^(?:[A-Za-z]{1,3}|\\d{1,4})$"_s);
        if (bare.match(label).hasMatch())
            return u"Ex. "_s + label;
        return label; // PX-12, DX 5, JX-3 are cited as they are
    }
    const QString docket = document.docketNumber.simplified();
    if (!docket.isEmpty()) {
        static const QRegularExpression prefixed(u"^(?:dkt|ecf|doc)\\b"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        return prefixed.match(docket).hasMatch() ? docket : u"Dkt. "_s + docket;
    }
    QString title = document.title.simplified();
    if (title.isEmpty())
        title = document.sourceName.simplified();
    if (title.isEmpty())
        title = u"Document %1"_s.arg(document.id);
    return u'\u201C' + title + u'\u201D';
}

QString document(const CitableDocument &document,
                 std::optional<int> pageFrom,
                 std::optional<int> pageTo)
{
    const QString name = documentName(document);
    const QString pinned = pages(pageFrom, pageTo);
    return pinned.isEmpty() ? name : name + u" at "_s + pinned;
}

QString post(const CitablePost &post)
{
    QString cite
        = post.externalId.isEmpty() ? u"Post #%1"_s.arg(post.id) : u"Post "_s + post.externalId;
    QString handle = post.authorHandle.trimmed();
    if (!handle.isEmpty()) {
        if (!handle.startsWith(u'@'))
            handle.prepend(u'@');
        cite += u" ("_s + handle + u')';
    }
    return cite;
}

QString postRecord(const PostRecordCite &record)
{
    const CitablePost &post = record.post;
    QString cite
        = record.platform.trimmed().isEmpty() ? u"Post"_s : record.platform.trimmed() + u" post"_s;
    QString handle = post.authorHandle.trimmed();
    if (!handle.isEmpty()) {
        if (!handle.startsWith(u'@'))
            handle.prepend(u'@');
        cite += u" by "_s + handle;
    }
    QString when = u"undated"_s;
    if (const QString stored = record.postedAt.trimmed(); !stored.isEmpty()) {
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QDateTime instant = QDateTime::fromString(stored, Qt::ISODateWithMs);
        if (stored.size() > 10 && instant.isValid())
            when = english.toString(instant.toUTC(), u"d MMM yyyy HH:mm"_s) + u" UTC"_s;
        else if (const QDate day = QDate::fromString(stored.left(10), Qt::ISODate); day.isValid())
            when = english.toString(day, u"d MMM yyyy"_s);
        else
            when = stored; // shown as stored, never reinterpreted
    }
    cite += u", "_s + when;
    if (!post.externalId.isEmpty())
        cite += u", ID "_s + post.externalId;
    else if (!record.url.trimmed().isEmpty())
        cite += u", "_s + record.url.trimmed();
    else
        cite += u", post #%1 in this case"_s.arg(post.id);
    if (!record.sourceCite.isEmpty())
        cite += u" ("_s + record.sourceCite + u')';
    else if (record.importId != 0)
        cite += u" (import %1)"_s.arg(record.importId);
    return cite;
}

QString event(const QString &title, const QString &date, const QStringList &sourceCites)
{
    return event(title, date) + u" — "_s
           + (sourceCites.isEmpty() ? u"no record cite"_s : sourceCites.join(u"; "_s));
}

QString event(const QString &title, const QString &start)
{
    return start.isEmpty() ? u"Event: "_s + title : u"Event: %1 (%2)"_s.arg(title, start);
}

} // namespace Casebinder::PinCite
