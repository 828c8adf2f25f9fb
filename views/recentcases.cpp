#include "recentcases.h"

#include <QFileInfo>
#include <QSettings>

namespace Casebinder::Views {
namespace {
const QString Key = QStringLiteral("recentCases");
}

QStringList RecentCases::paths() const
{
    return QSettings().value(Key).toStringList();
}

void RecentCases::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxEntries)
        list.removeLast();
    QSettings().setValue(Key, list);
}

void RecentCases::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(Key, list);
}

} // namespace Casebinder::Views
