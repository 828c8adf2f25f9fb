#pragma once

#include <QDir>
#include <QFileInfo>
#include <QString>

// The real-world corpus lives beside the repository, never inside it. Tests that use it call
// CASEBINDER_REQUIRE_CORPUS and skip cleanly when it is absent.
inline QString corpusRoot()
{
    const QString fromEnvironment = qEnvironmentVariable("CASEBINDER_CORPUS");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return QDir(QStringLiteral(CASEBINDER_SOURCE_DIR "/../shared/corpus")).absolutePath();
}

inline QString corpusPath(const QString &relative)
{
    const QString path = corpusRoot() + u'/' + relative;
    return QFileInfo::exists(path) ? path : QString();
}

#define CASEBINDER_REQUIRE_CORPUS(variable, relative) \
    const QString variable = corpusPath(QStringLiteral(relative)); \
    if (variable.isEmpty()) \
    QSKIP("The real-world corpus is not available (" relative ")")
