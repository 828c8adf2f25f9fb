#include "loadfiles/productionpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Casebinder::LoadFiles {

ProductionFolder ProductionFolder::forLoadFile(const QString &loadFilePath)
{
    QDir dir = QFileInfo(loadFilePath).absoluteDir();
    if (dir.dirName().compare(u"DATA"_s, Qt::CaseInsensitive) == 0)
        dir.cdUp();
    return ProductionFolder(dir.absolutePath());
}

ProductionFolder::ProductionFolder(const QString &root)
    : m_root(QDir::cleanPath(QDir(root).absolutePath()))
    , m_canonicalRoot(QFileInfo(m_root).canonicalFilePath())
{
    if (m_canonicalRoot.isEmpty())
        m_canonicalRoot = m_root;
}

Result<QString> ProductionFolder::resolve(const QString &asWritten) const
{
    QString path = asWritten.trimmed();
    path.replace(u'\\', u'/');
    const auto refuse = [&](const QString &why) -> Result<QString> {
        return fail(Error::Code::InvalidArgument,
                    u"the path \"%1\" %2; refused (paths must stay inside the production "
                    u"folder)"_s.arg(asWritten, why));
    };
    if (path.isEmpty())
        return fail(Error::Code::NotFound, u"the path is empty"_s);
    if (path.startsWith(u"//"_s))
        return refuse(u"is a network (UNC) path"_s);
    if (path.size() >= 2 && path[1] == u':' && path[0].isLetter())
        return refuse(u"is absolute (a drive letter)"_s);
    if (asWritten.trimmed().startsWith(u'/'))
        return refuse(u"is absolute"_s);
    if (path.startsWith(u"./"_s))
        path.remove(0, 2);
    else if (path.startsWith(u'/'))
        path.remove(0, 1); // Concordance: "\IMAGES\…" is relative to the volume's root
    if (path.startsWith(u'/') || QDir::isAbsolutePath(path))
        return refuse(u"is absolute"_s);
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : std::as_const(parts)) {
        if (part == u"..")
            return refuse(u"climbs out with \"..\""_s);
    }
    parts.removeAll(u"."_s);
    if (parts.isEmpty())
        return fail(Error::Code::NotFound, u"the path \"%1\" names no file"_s.arg(asWritten));
    const QString own = QFileInfo(m_root).fileName();
    if (parts.size() > 1 && parts.front().compare(own, Qt::CaseInsensitive) == 0
        && !QFileInfo::exists(m_root + u'/' + parts.join(u'/')))
        parts.removeFirst();
    QFileInfo info(m_root + u'/' + parts.join(u'/'));
    if (!info.exists() && !info.isSymLink()) {
        // Productions made on Windows: the case of a name may differ from the disk's.
        QString found = m_root;
        for (const QString &part : std::as_const(parts)) {
            const QStringList names = QDir(found).entryList(QDir::AllEntries | QDir::Hidden
                                                            | QDir::NoDotAndDotDot | QDir::System);
            const auto match = std::find_if(names.cbegin(), names.cend(), [&](const QString &n) {
                return n.compare(part, Qt::CaseInsensitive) == 0;
            });
            if (match == names.cend())
                return fail(
                    Error::Code::NotFound,
                    u"the file \"%1\" is missing from the production folder"_s.arg(asWritten));
            found += u'/' + *match;
        }
        info = QFileInfo(found);
    }
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        return fail(Error::Code::NotFound,
                    u"the file \"%1\" is a broken symbolic link"_s.arg(asWritten));
    if (!canonical.startsWith(m_canonicalRoot + u'/'))
        return refuse(u"leads out of the folder through a symbolic link"_s);
    if (!QFileInfo(canonical).isFile())
        return fail(Error::Code::NotFound, u"\"%1\" is not a file"_s.arg(asWritten));
    return canonical;
}

Result<QByteArray> ProductionFolder::read(const QString &file,
                                          const QString &asWritten,
                                          qint64 maxBytes)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    u"the file \"%1\" cannot be read: %2"_s.arg(asWritten, f.errorString()));
    if (f.size() > maxBytes)
        return fail(Error::Code::Unsupported,
                    u"the file \"%1\" is larger than %2 MiB"_s.arg(asWritten).arg(maxBytes >> 20));
    QByteArray bytes = f.readAll();
    if (bytes.size() != f.size())
        return fail(
            Error::Code::Io,
            u"the file \"%1\" could not be read whole: %2"_s.arg(asWritten, f.errorString()));
    return bytes;
}

} // namespace Casebinder::LoadFiles
