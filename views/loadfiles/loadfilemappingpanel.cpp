#include "loadfilemappingpanel.h"

#include "loadfiles/loadfilefields.h"
#include "loadfiles/productionvolume.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Casebinder::Views {

using namespace LoadFiles;

LoadFileMappingPanel::LoadFileMappingPanel(QString datPath, QWidget *parent)
    : QGroupBox(parent)
    , m_datPath(std::move(datPath))
{
    setObjectName(u"loadFileMapping"_s);
    setTitle(tr("Fields of %1").arg(QFileInfo(m_datPath).fileName()));
    auto *layout = new QVBoxLayout(this);
    m_dialect = new QLabel(tr("Reading a preview\u2026"), this);
    m_dialect->setObjectName(u"loadFileDialect"_s);
    m_dialect->setWordWrap(true);
    layout->addWidget(m_dialect);

    auto *grid = new QGridLayout;
    for (int f = 0; f < FieldCount; ++f) {
        const QString name = fieldName(Field(f));
        auto *combo = new QComboBox(this);
        combo->setObjectName(u"loadMap_"_s + name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        combo->setEnabled(false);
        const int row = f / 3;
        const int column = (f % 3) * 2;
        auto *label = new QLabel(name.toUpper() + u':', this);
        label->setBuddy(combo);
        grid->addWidget(label, row, column);
        grid->addWidget(combo, row, column + 1);
        m_fields.append({name, combo});
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                updateMapping();
        });
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
    layout->addLayout(grid);

    m_rows = new QTableWidget(this);
    m_rows->setObjectName(u"loadFilePreview"_s);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->hide();
    layout->addWidget(m_rows, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"loadFileMappingStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        Result<DatPreview> read = m_watcher.result();
        if (read)
            m_preview = std::move(*read);
        else
            m_readError = read.error().message;
        showPreview();
        emit ready();
    });
    const QString path = m_datPath;
    m_watcher.setFuture(QtConcurrent::run([path] { return previewDat(path); }));
}

// The worker only reads a file: wait for it rather than leave it running.
LoadFileMappingPanel::~LoadFileMappingPanel()
{
    m_watcher.waitForFinished();
}

QString LoadFileMappingPanel::datIn(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isFile() && info.suffix().compare(u"dat"_s, Qt::CaseInsensitive) == 0)
            return info.absoluteFilePath();
        if (info.isDir()) {
            const auto found = productionVolumeLoadFile(path);
            if (found && *found
                && QFileInfo(**found).suffix().compare(u"dat"_s, Qt::CaseInsensitive) == 0)
                return **found;
        }
    }
    return {};
}

QHash<QString, QString> LoadFileMappingPanel::fieldMap() const
{
    QHash<QString, QString> map;
    for (const auto &[field, combo] : m_fields) {
        const QString column = combo->currentData().toString();
        if (!column.isEmpty())
            map.insert(field, column);
    }
    return map;
}

QString LoadFileMappingPanel::statusText() const
{
    return m_status->text();
}

void LoadFileMappingPanel::showPreview()
{
    if (!m_preview) {
        m_dialect->setText(
            tr("%1 cannot be read: %2").arg(QFileInfo(m_datPath).fileName(), m_readError));
        m_status->setText(m_readError);
        return;
    }
    const DatPreview &preview = *m_preview;
    const DatDialect &dialect = preview.dialect;
    m_dialect->setText(
        tr("Encoding %1%2; delimiter %3; qualifier %4; %5; %6 column(s).")
            .arg(dialect.encoding,
                 dialect.bom ? tr(" (with a BOM)") : QString(),
                 describeSeparator(dialect.delimiter),
                 dialect.qualifier ? describeSeparator(*dialect.qualifier) : tr("none"),
                 dialect.header ? tr("a header row") : tr("no header row (columns by number)"))
            .arg(preview.columns.size()));
    // A column by name when the header names it once, else by its 1-based position: both are
    // what --map takes.
    m_filling = true;
    for (const auto &[field, combo] : m_fields) {
        combo->clear();
        combo->addItem(tr("Automatic"), QString());
        for (qsizetype c = 0; c < preview.columns.size(); ++c) {
            const QString &name = preview.columns[c];
            const bool unique
                = dialect.header && preview.columns.count(name) == 1 && !name.trimmed().isEmpty();
            combo->addItem(unique ? name : tr("Column %1").arg(c + 1),
                           unique ? name : QString::number(c + 1));
        }
        combo->setEnabled(true);
    }
    m_filling = false;
    m_rows->setColumnCount(int(preview.columns.size()));
    m_rows->setRowCount(int(preview.rows.size()));
    for (qsizetype r = 0; r < preview.rows.size(); ++r) {
        const QStringList &values = preview.rows[r];
        for (qsizetype c = 0; c < values.size() && c < preview.columns.size(); ++c) {
            QString shown = values[c];
            shown.replace(u'\n', u' ');
            m_rows->setItem(int(r), int(c), new QTableWidgetItem(shown.left(200)));
        }
    }
    updateMapping();
}

void LoadFileMappingPanel::updateMapping()
{
    if (!m_preview)
        return;
    const DatPreview &preview = *m_preview;
    auto mapping = FieldMapping::resolve(preview.columns, fieldMap());
    QStringList headers;
    for (qsizetype c = 0; c < preview.columns.size(); ++c) {
        QString header = preview.dialect.header ? preview.columns[c] : tr("Column %1").arg(c + 1);
        if (mapping) {
            if (const auto field = mapping->fieldOf(int(c)))
                header += u"\n\u2192 "_s + fieldName(*field).toUpper();
        }
        headers.append(header);
    }
    m_rows->setHorizontalHeaderLabels(headers);
    m_rows->resizeColumnsToContents();
    if (!mapping) {
        m_mappingError = mapping.error().message;
        m_status->setText(m_mappingError);
    } else {
        m_mappingError.clear();
        QString text = mapping->column(Field::BegBates) < 0
                           ? tr("No column is read as BEGBATES: the first column is taken as each "
                                "record's control number.")
                           : QString();
        const QString rows
            = preview.more
                  ? tr("The first %n record(s) are shown.", nullptr, int(preview.rows.size()))
                  : tr("All %n record(s) are shown.", nullptr, int(preview.rows.size()));
        m_status->setText(text.isEmpty() ? rows : rows + u' ' + text);
    }
    emit mappingChanged();
}

} // namespace Casebinder::Views
