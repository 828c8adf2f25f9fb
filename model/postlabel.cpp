#include "postlabel.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Casebinder::PostLabel {
namespace {
constexpr const char *Context = "Casebinder::PostLabel";
}

QString firstWords(const QString &text, int words)
{
    const QStringList all = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (all.size() <= words)
        return all.join(u' ');
    return all.mid(0, words).join(u' ') + u'…';
}

QString day(const QString &postedAt, const DisplayLanguage &language)
{
    QString stored = postedAt.trimmed();
    if (stored.isEmpty())
        return language.translate(Context, QT_TRANSLATE_NOOP("Casebinder::PostLabel", "undated"));
    const QLocale &locale = language.locale();
    const QDateTime instant = QDateTime::fromString(stored, Qt::ISODateWithMs);
    if (stored.size() > 10 && instant.isValid())
        return locale.toString(instant.toUTC().date(), u"d MMM yyyy"_s);
    if (const QDate date = QDate::fromString(stored.left(10), Qt::ISODate); date.isValid())
        return locale.toString(date, u"d MMM yyyy"_s);
    return stored; // shown as stored, never reinterpreted
}

QString label(const PostLabelParts &post, int words, const DisplayLanguage &language)
{
    QStringList parts;
    if (const QString platform = post.platform.simplified(); !platform.isEmpty())
        parts << platform;
    if (QString handle = post.authorHandle.trimmed(); !handle.isEmpty()) {
        if (!handle.startsWith(u'@'))
            handle.prepend(u'@');
        parts << handle;
    } else if (const QString name = post.authorName.simplified(); !name.isEmpty()) {
        parts << name;
    }
    const QString start = firstWords(post.text, words);
    if (parts.isEmpty() && start.isEmpty() && post.postedAt.trimmed().isEmpty())
        return language.translate(Context, QT_TRANSLATE_NOOP("Casebinder::PostLabel", "Post #%1"))
            .arg(post.id);
    parts << day(post.postedAt, language);
    if (!start.isEmpty())
        parts << u'\u201C' + start + u'\u201D';
    return parts.join(u" · "_s);
}

} // namespace Casebinder::PostLabel
