#include "loadfiles/productionvolume.h"

#include "loadfiles/edrmxml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Casebinder::LoadFiles {
namespace {

// A subfolder of `dir` with this name, whatever its case; empty when there is none.
QString subfolder(const QDir &dir, const QString &name)
{
    for (const QString &entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (entry.compare(name, Qt::CaseInsensitive) == 0)
            return dir.filePath(entry);
    }
    return {};
}

bool isEdrmXml(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && looksLikeEdrmXml(file.read(8192));
}

} // namespace

std::optional<Result<QString>> productionVolumeLoadFile(const QString &folder)
{
    const QDir root(folder);
    const QString data = subfolder(root, u"DATA"_s);
    const QString images = subfolder(root, u"IMAGES"_s);
    // Load files sit in DATA/ or at the volume's top.
    QStringList dats, xmls, imageLists;
    for (const QString &where : {data, root.absolutePath()}) {
        if (where.isEmpty())
            continue;
        const QDir dir(where);
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name)) {
            const QString suffix = file.suffix().toLower();
            const QString shown = root.relativeFilePath(file.absoluteFilePath());
            if (suffix == u"dat")
                dats.append(shown);
            else if (suffix == u"opt" || suffix == u"lfp")
                imageLists.append(shown);
            else if (suffix == u"xml" && isEdrmXml(file.absoluteFilePath()))
                xmls.append(shown);
        }
    }
    if (data.isEmpty() && images.isEmpty() && dats.isEmpty() && xmls.isEmpty()
        && imageLists.isEmpty())
        return std::nullopt;

    const QString name = QDir::toNativeSeparators(root.absolutePath());
    for (const QStringList *kind : {&dats, &xmls, &imageLists}) {
        if (kind->isEmpty())
            continue;
        if (kind->size() > 1) {
            QStringList quoted;
            for (const QString &file : *kind)
                quoted.append(u"\u201C%1\u201D"_s.arg(QDir::toNativeSeparators(file)));
            return Result<QString>(
                fail(Error::Code::InvalidArgument,
                     u"%1 holds %2 load files of the same kind (%3); choose one and import it "
                     u"instead of the folder (e.g. casebinder-cli import CASE %4). Nothing was "
                     u"imported."_s.arg(name)
                         .arg(kind->size())
                         .arg(quoted.join(u", "_s))
                         .arg(QDir::toNativeSeparators(root.filePath(kind->constFirst())))));
        }
        return Result<QString>(root.absoluteFilePath(kind->constFirst()));
    }
    return Result<QString>(
        fail(Error::Code::NotFound,
             u"%1 looks like a production volume (it has %2) but holds no load file: no .dat, "
             u".opt, .lfp or EDRM .xml in it or in its DATA folder. Nothing was imported."_s.arg(
                 name,
                 !data.isEmpty() && !images.isEmpty() ? u"DATA and IMAGES folders"_s
                 : !data.isEmpty()                    ? u"a DATA folder"_s
                                                      : u"an IMAGES folder"_s)));
}

} // namespace Casebinder::LoadFiles
