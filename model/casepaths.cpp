#include "casepaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Casebinder::CasePaths {
namespace {

struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileId &) const = default;
};

std::optional<FileId> fileId(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileId{info.st_dev, info.st_ino};
}

} // namespace

QStringList sqliteFiles(const QString &casePath)
{
    const QString file = QFileInfo(casePath).absoluteFilePath();
    return {file, file + u"-wal"_s, file + u"-shm"_s, file + u"-journal"_s};
}

bool belongsToCase(const QString &path, const QString &casePath)
{
    if (path.isEmpty() || casePath.isEmpty())
        return false;
    const QStringList caseFiles = sqliteFiles(casePath);
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (caseFiles.contains(absolute))
        return true;
    const auto id = fileId(path);
    if (!id)
        return false;
    return std::any_of(caseFiles.cbegin(), caseFiles.cend(), [&id](const QString &caseFile) {
        return fileId(caseFile) == id;
    });
}

Status renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE)
        == 0)
        return {};
    int error = errno;
    // Some file systems (older network shares) have no RENAME_NOREPLACE; a hard link is just as
    // exclusive.
    if (error == EINVAL || error == ENOSYS || error == ENOTSUP) {
        if (::link(source.constData(), target.constData()) == 0) {
            ::unlink(source.constData());
            return {};
        }
        error = errno;
    }
    return fail(error == EEXIST ? Error::Code::Duplicate : Error::Code::Io,
                u"%1: %2"_s.arg(QDir::toNativeSeparators(to),
                                error == EEXIST ? u"a file with this name already exists"_s
                                                : u"cannot move the finished file into place"_s),
                QString::fromLocal8Bit(std::strerror(error)));
}

} // namespace Casebinder::CasePaths
