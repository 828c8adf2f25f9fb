#include "productiondialog.h"

#include "casedocument.h"
#include "productionjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebinder::Views {

ProductionDialog::ProductionDialog(CaseDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Export Production"));
    auto *form = new QFormLayout;

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(u"productionFolder"_s);
    m_folder->setPlaceholderText(tr("A new or empty folder"));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browseButton);
    form->addRow(tr("Folder:"), folderRow);

    m_volume = new QLineEdit(u"VOL001"_s, this);
    m_volume->setObjectName(u"productionVolume"_s);
    form->addRow(tr("Volume:"), m_volume);

    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"productionScope"_s);
    m_scope->addItem(tr("Every document with a Bates number"));
    m_scope->addItem(tr("Documents with the tag:"));
    m_tag = new QLineEdit(this);
    m_tag->setObjectName(u"productionTag"_s);
    m_tag->setPlaceholderText(tr("Tag name"));
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scope);
    scopeRow->addWidget(m_tag, 1);
    form->addRow(tr("Documents:"), scopeRow);

    m_legend = new QComboBox(this);
    m_legend->setObjectName(u"productionLegend"_s);
    m_legend->setEditable(true);
    m_legend->addItems(
        {QString(), u"CONFIDENTIAL"_s, u"HIGHLY CONFIDENTIAL \u2013 ATTORNEYS' EYES ONLY"_s});
    form->addRow(tr("Legend:"), m_legend);

    m_images = new QComboBox(this);
    m_images->setObjectName(u"productionImages"_s);
    m_images->addItem(tr("Stamped PDF per document"));
    m_images->addItem(tr("Single-page TIFF per page (Group IV, 300 dpi; JPEG for colour pages)"));
    form->addRow(tr("Images:"), m_images);

    m_recipient = new QLineEdit(this);
    m_recipient->setPlaceholderText(tr("Optional: who receives it (kept in the case's record)"));
    form->addRow(tr("Recipient:"), m_recipient);

    m_includePrivileged = new QCheckBox(tr("Produce privileged documents"), this);
    m_includePrivileged->setObjectName(u"productionIncludePrivileged"_s);
    form->addRow(QString(), m_includePrivileged);
    m_privilegeWarning = new QLabel(
        tr("<b>Warning:</b> documents marked privileged will be produced in full (pages, text "
           "and natives) instead of being withheld behind a slip sheet. Producing them may "
           "waive the privilege."),
        this);
    m_privilegeWarning->setWordWrap(true);
    m_privilegeWarning->setStyleSheet(u"color: #a40000"_s);
    form->addRow(QString(), m_privilegeWarning);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(u"productionStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_produce = m_buttons->addButton(tr("Produce"), QDialogButtonBox::AcceptRole);
    m_produce->setObjectName(u"produceButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &ProductionDialog::browse);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ProductionDialog::updateState);
    connect(m_includePrivileged, &QCheckBox::toggled, this, &ProductionDialog::updateState);
    connect(m_folder, &QLineEdit::textChanged, this, &ProductionDialog::updateState);
    connect(m_volume, &QLineEdit::textChanged, this, &ProductionDialog::updateState);
    connect(m_produce, &QPushButton::clicked, this, &ProductionDialog::startProduction);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProductionDialog::reject);
    updateState();
}

ProductionDialog::~ProductionDialog()
{
    if (m_job)
        m_job->discard();
}

Production::ProductionOptions ProductionDialog::options() const
{
    Production::ProductionOptions options;
    options.outDir = m_folder->text().trimmed();
    options.volume = m_volume->text().trimmed();
    if (m_scope->currentIndex() == 1)
        options.tag = m_tag->text().trimmed();
    options.legend = m_legend->currentText().trimmed();
    options.images = m_images->currentIndex() == 1 ? Production::ImageFormat::Tiff
                                                   : Production::ImageFormat::Pdf;
    options.recipient = m_recipient->text().trimmed();
    options.includePrivileged = m_includePrivileged->isChecked();
    return options;
}

void ProductionDialog::setOutputFolder(const QString &path)
{
    m_folder->setText(QDir::toNativeSeparators(path));
}

bool ProductionDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ProductionDialog::browse()
{
    const QString parent = QFileDialog::getExistingDirectory(
        this, tr("Where to Write the Production"), QDir::homePath());
    if (!parent.isEmpty())
        setOutputFolder(QDir(parent).filePath(m_volume->text().trimmed()));
}

void ProductionDialog::updateState()
{
    m_tag->setEnabled(m_scope->currentIndex() == 1 && !isRunning());
    m_privilegeWarning->setVisible(m_includePrivileged->isChecked());
    m_produce->setEnabled(!isRunning() && !m_folder->text().trimmed().isEmpty()
                          && !m_volume->text().trimmed().isEmpty());
}

void ProductionDialog::setRunning(bool running)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_folder, m_volume, m_scope, m_legend, m_images, m_recipient, m_includePrivileged})
        widget->setEnabled(!running);
    m_progress->setVisible(running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Stop") : tr("Close"));
    updateState();
}

void ProductionDialog::startProduction()
{
    if (isRunning())
        return;
    const Production::ProductionOptions chosen = options();
    if (auto ok = Production::checkProductionOptions(chosen); !ok) {
        m_status->setText(ok.error().fullText());
        emit failed(ok.error());
        return;
    }
    if (m_job)
        m_job->discard();
    m_job = new Production::ProductionJob(m_document.connections(), chosen, this);
    connect(m_job, &Job::progress, this, [this](const JobProgress &progress) {
        m_progress->setRange(0, int(progress.total));
        m_progress->setValue(int(progress.done));
        m_status->setText(progress.item.isEmpty()
                              ? progress.stage
                              : tr("%1: %2").arg(progress.stage, progress.item));
    });
    connect(m_job, &Job::finished, this, [this] {
        const Production::ProductionSummary summary = m_job->summary();
        setRunning(false);
        m_status->setText(tr("Produced %1 (%2\u2013%3) in %4: %5 document(s), %6 withheld as "
                             "privileged, %7 native; %8 file(s), recorded in the case.")
                              .arg(summary.volume,
                                   summary.batesBegin,
                                   summary.batesEnd,
                                   QDir::toNativeSeparators(summary.folder))
                              .arg(summary.documents)
                              .arg(summary.withheld)
                              .arg(summary.natives)
                              .arg(summary.files));
        emit produced(summary);
    });
    connect(m_job, &Job::failed, this, [this](const Error &error) {
        setRunning(false);
        m_status->setText(error.code == Error::Code::Cancelled ? tr("Stopped; nothing was written.")
                                                               : error.fullText());
        emit failed(error);
    });
    m_job->start();
    setRunning(true);
}

void ProductionDialog::reject()
{
    if (isRunning()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace Casebinder::Views
