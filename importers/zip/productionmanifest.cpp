#include "zip/productionmanifest.h"

#include "common/csv.h"
#include "common/timestamps.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebinder {

namespace {

QString normalizedHeader(QString name)
{
    name = name.trimmed().toLower();
    name.replace(u' ', u'_').replace(u'-', u'_');
    return name;
}

} // namespace

void applyManifest(std::vector<PreparedFile> &entries,
                   const QByteArray &manifest,
                   QStringList &warnings)
{
    auto rows = Csv::readRows(manifest, u"manifest.csv"_s);
    if (!rows || rows->size() < 2) {
        warnings.append(rows ? u"manifest.csv has no rows"_s : rows.error().message);
        return;
    }
    const QStringList header = rows->constFirst();
    const auto find = [&](std::initializer_list<const char16_t *> names) {
        for (const char16_t *name : names) {
            for (qsizetype i = 0; i < header.size(); ++i) {
                if (normalizedHeader(header.at(i)) == QStringView(name))
                    return int(i);
            }
        }
        return -1;
    };
    const int file = find({u"file", u"filename", u"file_name", u"path", u"name", u"document"});
    const int label
        = find({u"exhibit", u"exhibit_label", u"label", u"exhibit_no", u"exhibit_number"});
    const int title = find({u"title", u"description"});
    const int date = find({u"date", u"document_date"});
    const int begin
        = find({u"bates_begin", u"begbates", u"begin_bates", u"bates_start", u"prodbeg"});
    const int end = find({u"bates_end", u"endbates", u"end_bates", u"bates_stop", u"prodend"});
    if (file < 0) {
        warnings.append(u"manifest.csv has no file name column; it was not applied"_s);
        return;
    }
    const auto cell = [](const QStringList &row, int column) {
        return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
    };
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const QStringList &row = rows->at(r);
        const QString name = cell(row, file);
        if (name.isEmpty())
            continue;
        auto match = std::find_if(entries.begin(), entries.end(), [&](const PreparedFile &entry) {
            const QString path = entry.document.record.sourcePath;
            return path.compare(name, Qt::CaseInsensitive) == 0
                   || QFileInfo(path).fileName().compare(name, Qt::CaseInsensitive) == 0;
        });
        if (match == entries.end()) {
            warnings.append(u"manifest.csv names %1, which is not in the archive"_s.arg(name));
            continue;
        }
        DocumentRecord &record = match->document.record;
        if (const QString value = cell(row, label); !value.isEmpty()) {
            record.exhibitLabel = value;
            record.kind = DocumentKind::Exhibit;
        }
        if (const QString value = cell(row, title); !value.isEmpty())
            record.title = value;
        if (const QString value = cell(row, date); !value.isEmpty()) {
            if (checkDocumentDate(value)) {
                record.documentDate = value;
            } else {
                const QString iso = Timestamps::normalize(value);
                record.documentDate = iso.isEmpty() ? value : iso.left(10);
            }
            record.dateSource = DateSource::Manifest;
        }
        if (const QString value = cell(row, begin); !value.isEmpty())
            record.batesBegin = value;
        if (const QString value = cell(row, end); !value.isEmpty())
            record.batesEnd = value;
    }
}

} // namespace Casebinder
