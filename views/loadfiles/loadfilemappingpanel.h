#pragma once

#include "loadfiles/datpreview.h"
#include "result.h"

#include <QFutureWatcher>
#include <QGroupBox>
#include <QHash>
#include <QList>

#include <optional>
#include <utility>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Casebinder::Views {

// The import dialog's field-mapping step for a Concordance DAT (given as a file, or found in
// a production volume folder): what was detected (encoding, delimiter, qualifier, header row),
// the first rows with the field each column is read as, and one choice per field — automatic
// (the usual names) or a column. The choices are fieldMap(), exactly what the CLI's --map
// takes (field=column). The head of the file is read on a worker thread.
class LoadFileMappingPanel final : public QGroupBox
{
    Q_OBJECT

public:
    LoadFileMappingPanel(QString datPath, QWidget *parent = nullptr);
    ~LoadFileMappingPanel() override;

    const QString &datPath() const { return m_datPath; }
    // field → column, for ImportOptions::fieldMap (only the fields the user chose).
    QHash<QString, QString> fieldMap() const;
    // Valid once ready(): the preview as read, and whether the mapping chosen resolves.
    bool isReady() const { return m_preview.has_value() || !m_readError.isEmpty(); }
    bool mappingValid() const { return m_mappingError.isEmpty() && m_readError.isEmpty(); }
    QString statusText() const;

    // The DAT the import dialog's paths name: a .dat file, or the one a production volume
    // folder holds (LoadFiles::productionVolumeLoadFile); empty when none.
    static QString datIn(const QStringList &paths);

signals:
    void ready();
    void mappingChanged();

private:
    void showPreview();
    void updateMapping();

    QString m_datPath;
    QFutureWatcher<Result<LoadFiles::DatPreview>> m_watcher;
    std::optional<LoadFiles::DatPreview> m_preview;
    QString m_readError;
    QString m_mappingError;
    QLabel *m_dialect = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_rows = nullptr;
    QList<std::pair<QString, QComboBox *>> m_fields; // field name → its choice
    bool m_filling = false;
};

} // namespace Casebinder::Views
