#include "exportdialogs.h"
#include "papersize.h"
#include <QSettings>

#include "casedocument.h"
#include "exportfonts.h"
#include "exportpreviewjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebinder::Views {
namespace {

QComboBox *claimCombo(CaseDocument &document, QWidget *parent, const QString &allText)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(allText);
    if (auto claims = topLevelClaims(document.caseFile())) {
        for (const ClaimChoice &claim : std::as_const(*claims))
            combo->addItem(claim.title, claim.id);
    }
    return combo;
}

std::optional<qint64> chosenClaim(const QComboBox *combo)
{
    const QVariant id = combo->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

} // namespace

ExportDialog::ExportDialog(CaseDocument &document,
                           const QString &title,
                           const QString &defaultFileName,
                           const QString &fileFilter,
                           QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_fileFilter(fileFilter)
{
    Export::exportFonts(); // registered on the GUI thread before any worker paints
    setWindowTitle(title);

    auto *layout = new QVBoxLayout(this);
    m_body = new QHBoxLayout;
    layout->addLayout(m_body, 1);
    m_optionsWidget = new QWidget(this);
    auto *column = new QVBoxLayout(m_optionsWidget);
    column->setContentsMargins(0, 0, 0, 0);
    m_body->addWidget(m_optionsWidget);

    auto *pathForm = new QFormLayout;
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setText(QDir(exportFolder()).filePath(defaultFileName));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    pathForm->addRow(tr("Save to:"), pathRow);
    // The export's own language: a French-speaking team may file an English chart, and the
    // other way round. The case's own text (titles, quotes) is never translated.
    m_language = new QComboBox(this);
    m_language->setObjectName(u"exportLanguage"_s);
    for (const QString &code : DisplayLanguage::supportedCodes())
        m_language->addItem(DisplayLanguage::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(DisplayLanguage::current().code()));
    m_language->setToolTip(tr("The language of the export’s headings, dates and cites"));
    pathForm->addRow(tr("Language:"), m_language);
    column->addLayout(pathForm);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &path) {
        m_pdfOptionsBox->setEnabled(hasPages(path.trimmed()));
    });

    // What goes into the export (subclasses add their filters above the privilege switch) …
    auto *contents = new QGroupBox(tr("Contents"), this);
    m_options = new QFormLayout(contents);
    m_privileged = new QCheckBox(tr("Cite documents marked privileged"), contents);
    m_privileged->setObjectName(u"includePrivileged"_s);
    m_privileged->setToolTip(tr("Privileged documents are left out of exports unless you "
                                "include them here."));
    m_options->addRow(QString(), m_privileged);
    column->addWidget(contents);

    // … and how its pages look.
    auto *pages = new QGroupBox(tr("Pages"), this);
    m_pdfOptionsBox = pages;
    auto *pdfLayout = new QFormLayout(pages);
    m_pageSize = new QComboBox(pages);
    m_pageSize->setObjectName(u"pageSize"_s);
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    {
        const auto caption = m_document.caseFile().caption();
        const QPageSize::PageSizeId paper
            = Export::defaultPageSize(caption ? caption->court : QString(), QLocale());
        m_pageSize->setCurrentIndex(m_pageSize->findData(int(paper)));
    }
    pdfLayout->addRow(tr("Paper:"), m_pageSize);
    m_title = new QLineEdit(pages);
    m_title->setPlaceholderText(tr("Default title"));
    pdfLayout->addRow(tr("Title:"), m_title);
    m_confidential = new QCheckBox(tr("“Privileged && Confidential” banner on every page"), pages);
    m_confidential->setToolTip(
        tr("Each page is marked “Privileged & Confidential — Attorney Work Product”."));
    pdfLayout->addRow(QString(), m_confidential);
    m_pdfa = new QCheckBox(tr("PDF/A-1b for long-term archiving"), pages);
    pdfLayout->addRow(QString(), m_pdfa);
    column->addWidget(pages);
    column->addStretch(1);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *exportButton = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    layout->addWidget(m_buttons);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &ExportDialog::optionsChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ExportDialog::optionsChanged);
    connect(m_title, &QLineEdit::editingFinished, this, &ExportDialog::optionsChanged);
    for (QCheckBox *box : {m_confidential, m_pdfa, m_privileged})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::optionsChanged);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

// A running export is a child job: destroying it cancels it and waits for its worker.
ExportDialog::~ExportDialog() = default;

QString ExportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

Export::PdfOptions ExportDialog::pdfOptions() const
{
    Export::PdfOptions options;
    options.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    options.title = m_title->text().trimmed();
    options.confidential = m_confidential->isChecked();
    options.pdfa = m_pdfa->isChecked();
    if (auto language = DisplayLanguage::fromCode(m_language->currentData().toString()))
        options.language = *language;
    return options;
}

bool ExportDialog::includePrivileged() const
{
    return m_privileged->isChecked();
}

bool ExportDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

QString ExportDialog::exportFolder()
{
    // The folder of the last export, while it exists; else Documents, or home on a fresh
    // profile that has no Documents folder (saving into a missing folder fails).
    QString last = QSettings().value(u"export/lastFolder"_s).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

void ExportDialog::browse()
{
    const QString path
        = QFileDialog::getSaveFileName(this, windowTitle(), outputPath(), m_fileFilter);
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::setRunning(bool running)
{
    m_optionsWidget->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(running ? tr("Stop") : tr("Close"));
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!running);
    }
    m_progress->setVisible(running);
}

void ExportDialog::addSidePanel(QWidget *panel)
{
    m_body->addWidget(panel, 1);
}

void ExportDialog::startExport()
{
    if (isRunning())
        return;
    const QString path = outputPath();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose where to save the export."));
        return;
    }
    m_lastResult.reset();
    m_status->setText(tr("Exporting…"));
    m_progress->setValue(0);
    setRunning(true);
    if (m_job)
        std::exchange(m_job, nullptr)->discard();
    m_job = new Export::ExportJob(m_document.connections(), spec(), path, this);
    connect(m_job, &Job::progress, this, [this](const JobProgress &progress) {
        if (progress.total > 0)
            m_progress->setValue(int(progress.done * 100 / progress.total));
    });
    connect(m_job, &Job::finished, this, [this] { finished(m_job->outcome()); });
    connect(m_job, &Job::failed, this, [this](const Error &error) { finished(fail(error)); });
    m_job->start();
}

void ExportDialog::finished(Result<Export::ExportOutcome> result)
{
    setRunning(false);
    m_lastResult = std::move(result);
    if (*m_lastResult) {
        const Export::ExportOutcome &outcome = **m_lastResult;
        QSettings().setValue(u"export/lastFolder"_s, QFileInfo(outcome.path).absolutePath());
        QString text = outcome.empty ? tr("Nothing matched the options; the file says so.") + u' '
                                     : QString();
        text += tr("Saved %1 with its custody manifest.")
                    .arg(QDir::toNativeSeparators(outcome.path));
        if (outcome.withheldPrivileged > 0)
            text += u' '
                    + tr("%n privileged item(s) left out.", nullptr, outcome.withheldPrivileged);
        m_status->setText(text);
        emit exported(outcome);
    } else {
        const Error &error = m_lastResult->error();
        m_status->setText(error.code == Error::Code::Cancelled
                              ? tr("Export stopped; nothing was saved.")
                              : error.message);
        emit failed(error);
    }
}

void ExportDialog::reject()
{
    if (isRunning()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

ExportTimelineDialog::ExportTimelineDialog(CaseDocument &document, QWidget *parent)
    : ExportDialog(
        document, tr("Export Timeline"), tr("Chronology.pdf"), tr("PDF documents (*.pdf)"), parent)
{
    QFormLayout *form = optionsLayout();
    int row = 0;
    // The date fields start at the case's first and last event, so ticking one narrows the
    // export from where it really begins or ends.
    const auto span = eventDaySpan(document.caseFile());
    const std::optional<EventDaySpan> days = span ? *span : std::nullopt;
    const auto dateRow = [&](const QString &label, QCheckBox *&use, QDateEdit *&edit, QDate date) {
        use = new QCheckBox(label, this);
        edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"d MMM yyyy"_s);
        edit->setEnabled(false);
        form->insertRow(row++, use, edit);
        connect(use, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    };
    dateRow(tr("From:"), m_useFrom, m_from, days ? days->first : QDate());
    dateRow(tr("To:"), m_useTo, m_to, days ? days->last : QDate());
    m_claim = claimCombo(document, this, tr("All claims"));
    form->insertRow(row++, tr("Claim:"), m_claim);
    m_tag = new QLineEdit(this);
    m_tag->setPlaceholderText(tr("Any tag"));
    form->insertRow(row++, tr("Tag:"), m_tag);
    m_undisputedOnly = new QCheckBox(tr("Only events assessed as undisputed"), this);
    m_undisputedOnly->setToolTip(
        tr("Leaves out disputed events and events whose dispute status nobody has assessed."));
    form->insertRow(row++, QString(), m_undisputedOnly);

    m_preview = new QLabel(this);
    m_preview->setMinimumSize(440, 340);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setText(tr("Preparing preview…"));
    addSidePanel(m_preview);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(350);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportTimelineDialog::renderPreview);
    for (QCheckBox *box : {m_useFrom, m_useTo, m_undisputedOnly})
        connect(box, &QCheckBox::toggled, this, &ExportTimelineDialog::schedulePreview);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &ExportTimelineDialog::schedulePreview);
    connect(m_claim, &QComboBox::currentIndexChanged, this, &ExportTimelineDialog::schedulePreview);
    connect(m_tag, &QLineEdit::textChanged, this, &ExportTimelineDialog::schedulePreview);
    connect(this, &ExportDialog::optionsChanged, this, &ExportTimelineDialog::schedulePreview);
    resize(1000, 480);
    schedulePreview();
}

void ExportTimelineDialog::showPreviewImage()
{
    if (m_previewImage.isNull())
        return;
    // Rendered at a fixed resolution; scaled to the panel (with a small margin) on every resize.
    m_preview->setPixmap(
        QPixmap::fromImage(m_previewImage.scaled(m_preview->contentsRect().size() - QSize(12, 12),
                                                 Qt::KeepAspectRatio,
                                                 Qt::SmoothTransformation)));
}

void ExportTimelineDialog::resizeEvent(QResizeEvent *event)
{
    ExportDialog::resizeEvent(event);
    showPreviewImage();
}

// A preview still rendering is a child job: destroying it cancels it and waits.
ExportTimelineDialog::~ExportTimelineDialog() = default;

Export::TimelineOptions ExportTimelineDialog::options() const
{
    Export::TimelineOptions options;
    if (m_useFrom->isChecked())
        options.filter.from = m_from->date();
    if (m_useTo->isChecked())
        options.filter.to = m_to->date();
    options.filter.claimId = chosenClaim(m_claim);
    options.filter.tag = m_tag->text().trimmed();
    options.filter.undisputedOnly = m_undisputedOnly->isChecked();
    options.filter.includePrivileged = includePrivileged();
    options.pdf = pdfOptions();
    return options;
}

Export::ExportSpec ExportTimelineDialog::spec() const
{
    return options();
}

void ExportTimelineDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportTimelineDialog::renderPreview()
{
    // One preview at a time, since each writes the same file: a newer one waits for the
    // running one to stop.
    if (m_previewJob) {
        m_previewJob->cancel();
        m_previewPending = true;
        return;
    }
    if (!m_previewDir)
        m_previewDir = std::make_unique<QTemporaryDir>();
    if (!m_previewDir->isValid()) {
        m_preview->setText(tr("No room for a preview file."));
        return;
    }
    m_previewJob = new ExportPreviewJob(document().connections(),
                                        options(),
                                        m_previewDir->filePath(u"preview.pdf"_s),
                                        80 * devicePixelRatioF(),
                                        this);
    connect(m_previewJob, &Job::finished, this, [this] { onPreviewDone(m_previewJob->image()); });
    connect(m_previewJob, &Job::failed, this, [this](const Error &error) {
        onPreviewDone(fail(error));
    });
    m_previewJob->start();
}

void ExportTimelineDialog::onPreviewDone(const Result<QImage> &result)
{
    std::exchange(m_previewJob, nullptr)->discard();
    if (result) {
        m_previewImage = *result;
        showPreviewImage();
    } else if (result.error().code != Error::Code::Cancelled) {
        m_preview->setText(result.error().message);
    }
    emit previewUpdated();
    if (m_previewPending) {
        m_previewPending = false;
        renderPreview();
    }
}

ExportMatrixDialog::ExportMatrixDialog(CaseDocument &document, QWidget *parent)
    : ExportDialog(document,
                   tr("Export Claim Chart"),
                   tr("Claim Chart.pdf"),
                   tr("PDF documents (*.pdf)"),
                   parent)
{
    m_claim = claimCombo(document, this, tr("All claims"));
    optionsLayout()->insertRow(0, tr("Claim:"), m_claim);
    m_workingCopy = new QCheckBox(tr("Working copy: show weights and quote checks"), this);
    m_workingCopy->setObjectName(u"workingCopy"_s);
    m_workingCopy->setToolTip(
        tr("Weights, the weighed balance of each assessment and the quote checks are reviewer "
           "aids. Leave this off for the court copy, which omits them (and any quote not found "
           "on its cited pages)."));
    optionsLayout()->insertRow(1, QString(), m_workingCopy);
    connect(m_workingCopy, &QCheckBox::toggled, this, &ExportDialog::optionsChanged);
}

Export::ClaimChartOptions ExportMatrixDialog::options() const
{
    Export::ClaimChartOptions options;
    options.filter.claimId = chosenClaim(m_claim);
    options.filter.includePrivileged = includePrivileged();
    options.workingCopy = m_workingCopy->isChecked();
    options.pdf = pdfOptions();
    return options;
}

Export::ExportSpec ExportMatrixDialog::spec() const
{
    return options();
}

ExportExhibitsDialog::ExportExhibitsDialog(CaseDocument &document, QWidget *parent)
    : ExportDialog(document,
                   tr("Export Exhibit List"),
                   tr("Exhibit List.pdf"),
                   tr("PDF documents (*.pdf);;CSV spreadsheets (*.csv)"),
                   parent)
{}

bool ExportExhibitsDialog::hasPages(const QString &path) const
{
    return !path.endsWith(u".csv"_s, Qt::CaseInsensitive);
}

Export::ExhibitListOptions ExportExhibitsDialog::options() const
{
    Export::ExhibitListOptions options;
    options.filter.includePrivileged = includePrivileged();
    options.pdf = pdfOptions();
    return options;
}

Export::ExportSpec ExportExhibitsDialog::spec() const
{
    return options();
}

ExportPrivilegeLogDialog::ExportPrivilegeLogDialog(CaseDocument &document, QWidget *parent)
    : ExportDialog(document,
                   tr("Export Privilege Log"),
                   tr("Privilege Log.pdf"),
                   tr("PDF documents (*.pdf);;CSV spreadsheets (*.csv)"),
                   parent)
{
    // The log lists the privileged documents themselves; citing them is not an option here.
    if (auto *privileged = findChild<QCheckBox *>(u"includePrivileged"_s))
        privileged->hide();
    auto *about
        = new QLabel(tr("Every document marked privileged, with the basis and description set "
                        "for it (Fed. R. Civ. P. 26(b)(5)(A)). Values the case does not hold are "
                        "printed as unknown."),
                     this);
    about->setWordWrap(true);
    optionsLayout()->insertRow(0, about);
}

bool ExportPrivilegeLogDialog::hasPages(const QString &path) const
{
    return !path.endsWith(u".csv"_s, Qt::CaseInsensitive);
}

Export::PrivilegeLogOptions ExportPrivilegeLogDialog::options() const
{
    Export::PrivilegeLogOptions options;
    options.pdf = pdfOptions();
    return options;
}

Export::ExportSpec ExportPrivilegeLogDialog::spec() const
{
    return options();
}

} // namespace Casebinder::Views
