#pragma once

#include <QStringList>

namespace Casebinder::Views {

// The most recently opened case files, newest first, kept in QSettings.
class RecentCases
{
public:
    static constexpr int MaxEntries = 10;

    QStringList paths() const;
    void add(const QString &path);
    void remove(const QString &path);
};

} // namespace Casebinder::Views
