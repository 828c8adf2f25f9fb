#include "pincite.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Casebinder::PinCite {
namespace {
constexpr const char *Context = "Casebinder::PinCite";
}

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
        title = DisplayLanguage::current()
                    .translate(Context, QT_TRANSLATE_NOOP("Casebinder::PinCite", "Document %1"))
                    .arg(document.id);
    return u'\u201C' + title + u'\u201D';
}

QString document(const CitableDocument &document,
                 std::optional<int> pageFrom,
                 std::optional<int> pageTo,
                 const DisplayLanguage &language)
{
    const QString name = documentName(document);
    const QString pinned = pages(pageFrom, pageTo);
    if (pinned.isEmpty())
        return name;
    //: A pin cite: the document's name, then its pages ("Dkt. 34 at 3–4").
    return language.translate(Context, QT_TRANSLATE_NOOP("Casebinder::PinCite", "%1 at %2"))
        .arg(name, pinned);
}

QString post(const CitablePost &post, const DisplayLanguage &language)
{
    QString cite
        = post.externalId.isEmpty()
              ? language.translate(Context, QT_TRANSLATE_NOOP("Casebinder::PinCite", "Post #%1"))
                    .arg(post.id)
              : language.translate(Context, QT_TRANSLATE_NOOP("Casebinder::PinCite", "Post %1"))
                    .arg(post.externalId);
    QString handle = post.authorHandle.trimmed();
    if (!handle.isEmpty()) {
        if (!handle.startsWith(u'@'))
            handle.prepend(u'@');
        cite += u" ("_s + handle + u')';
    }
    return cite;
}

QString postRecord(const PostRecordCite &record, const DisplayLanguage &language)
{
    const auto words = [&language](const char *text) {
        return language.translate(Context, text);
    };
    const CitablePost &post = record.post;
    const QString platform = record.platform.trimmed();
    QString cite = platform.isEmpty()
                       ? words(QT_TRANSLATE_NOOP("Casebinder::PinCite", "Post"))
                       : words(QT_TRANSLATE_NOOP("Casebinder::PinCite", "%1 post")).arg(platform);
    QString handle = post.authorHandle.trimmed();
    if (!handle.isEmpty()) {
        if (!handle.startsWith(u'@'))
            handle.prepend(u'@');
        //: "Parler post by @handle"
        cite = words(QT_TRANSLATE_NOOP("Casebinder::PinCite", "%1 by %2")).arg(cite, handle);
    }
    QString when = words(QT_TRANSLATE_NOOP("Casebinder::PinCite", "undated"));
    if (const QString stored = record.postedAt.trimmed(); !stored.isEmpty()) {
        const QLocale &locale = language.locale();
        const QDateTime instant = QDateTime::fromString(stored, Qt::ISODateWithMs);
        if (stored.size() > 10 && instant.isValid())
            when = locale.toString(instant.toUTC(), u"d MMM yyyy HH:mm"_s) + u" UTC"_s;
        else if (const QDate day = QDate::fromString(stored.left(10), Qt::ISODate); day.isValid())
            when = locale.toString(day, u"d MMM yyyy"_s);
        else
            when = stored; // shown as stored, never reinterpreted
    }
    cite += u", "_s + when;
    if (!post.externalId.isEmpty())
        cite += u", "_s
                + words(QT_TRANSLATE_NOOP("Casebinder::PinCite", "ID %1")).arg(post.externalId);
    else if (!record.url.trimmed().isEmpty())
        cite += u", "_s + record.url.trimmed();
    else
        cite += u", "_s
                + words(QT_TRANSLATE_NOOP("Casebinder::PinCite", "post #%1 in this case"))
                      .arg(post.id);
    if (!record.sourceCite.isEmpty())
        cite += u" ("_s + record.sourceCite + u')';
    else if (record.importId != 0)
        cite += u" ("_s
                + words(QT_TRANSLATE_NOOP("Casebinder::PinCite", "import %1")).arg(record.importId)
                + u')';
    return cite;
}

QString event(const QString &title,
              const QString &date,
              const QStringList &sourceCites,
              const DisplayLanguage &language)
{
    return event(title, date, language) + u" — "_s
           + (sourceCites.isEmpty() ? language.translate(
                  Context, QT_TRANSLATE_NOOP("Casebinder::PinCite", "no record cite"))
                                    : sourceCites.join(u"; "_s));
}

QString event(const QString &title, const QString &start, const DisplayLanguage &language)
{
    return start.isEmpty()
               ? language.translate(Context, QT_TRANSLATE_NOOP("Casebinder::PinCite", "Event: %1"))
                     .arg(title)
               : language
                     .translate(Context, QT_TRANSLATE_NOOP("Casebinder::PinCite", "Event: %1 (%2)"))
                     .arg(title, start);
}

} // namespace Casebinder::PinCite
