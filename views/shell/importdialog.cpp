#include "importdialog.h"

#include "loadfiles/loadfilemappingpanel.h"

#include "posts/postreader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Casebinder::Views {

// The head of a posts file, read and mapped on a worker: a Job that needs no case.
class PostsPreviewJob final : public Job
{
public:
    PostsPreviewJob(QString path, ImportOptions options, QObject *parent)
        : Job(nullptr, CaseFile::Access::ReadOnly, parent)
        , m_path(std::move(path))
        , m_options(std::move(options))
    {}

    // Valid after finished().
    const Posts::ParsedPosts &parsed() const { return *m_parsed; }

protected:
    Work prepare() override
    {
        return [path = m_path, options = m_options, parsed = m_parsed](
                   CaseFile *, JobControl &control) -> Status {
            if (control.isCancelled())
                return fail(Error::Code::Cancelled, ImportDialog::tr("Cancelled."));
            auto read = Posts::previewPosts(path, options, 20);
            if (!read)
                return fail(read.error());
            *parsed = std::move(*read);
            return {};
        };
    }

private:
    const QString m_path;
    const ImportOptions m_options;
    std::shared_ptr<Posts::ParsedPosts> m_parsed = std::make_shared<Posts::ParsedPosts>();
};

namespace {

bool isPostsFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv" || suffix == u"tsv" || suffix == u"json" || suffix == u"ndjson"
           || suffix == u"jsonl";
}

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("Casebinder::Views::ImportDialog", "Post id")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("Casebinder::Views::ImportDialog", "Text")},
        {QStringLiteral("author"),
         QT_TRANSLATE_NOOP("Casebinder::Views::ImportDialog", "Author handle")},
        {QStringLiteral("author_name"),
         QT_TRANSLATE_NOOP("Casebinder::Views::ImportDialog", "Author name")},
        {QStringLiteral("created_at"),
         QT_TRANSLATE_NOOP("Casebinder::Views::ImportDialog", "Posted at")},
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("Casebinder::Views::ImportDialog", "URL")},
        {QStringLiteral("platform"),
         QT_TRANSLATE_NOOP("Casebinder::Views::ImportDialog", "Platform")},
        {QStringLiteral("category"),
         QT_TRANSLATE_NOOP("Casebinder::Views::ImportDialog", "Flag category")},
        {QStringLiteral("flagged_by"),
         QT_TRANSLATE_NOOP("Casebinder::Views::ImportDialog", "Flagged by")},
        {QStringLiteral("reported_on"),
         QT_TRANSLATE_NOOP("Casebinder::Views::ImportDialog", "Reported on")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Casebinder::Views::ImportDialog", "Status")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd()
               ? field
               : QCoreApplication::translate("Casebinder::Views::ImportDialog", *it);
}

} // namespace

ImportDialog::ImportDialog(QString casePath, QStringList paths, QWidget *parent)
    : QDialog(parent)
    , m_casePath(std::move(casePath))
    , m_paths(std::move(paths))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import into Case"));
    for (const QString &path : std::as_const(m_paths)) {
        if (QFileInfo(path).isFile() && isPostsFileName(path)) {
            m_postsFile = path;
            break;
        }
    }
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createOptionsPage());
    m_pages->addWidget(createProgressPage());
    m_pages->addWidget(createReportPage());
    layout->addWidget(m_pages, 1);

    m_buttons = new QDialogButtonBox(this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_passwordButton = m_buttons->addButton(tr("Enter &Password…"), QDialogButtonBox::ActionRole);
    m_passwordButton->setObjectName(QStringLiteral("passwordButton"));
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_passwordButton->hide();
    m_closeButton->hide();
    layout->addWidget(m_buttons);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_passwordButton, &QPushButton::clicked, this, &ImportDialog::askForPassword);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    if (m_loadFileMapping) {
        // A mapping that names no column of the file is refused before the import starts.
        connect(m_loadFileMapping, &LoadFileMappingPanel::mappingChanged, this, [this] {
            m_importButton->setEnabled(m_loadFileMapping->mappingValid());
        });
    }
    resize(m_postsFile.isEmpty() && !m_loadFileMapping ? QSize(560, 420) : QSize(860, 640));
    if (!m_postsFile.isEmpty())
        updatePostsPreview();
}

// A preview still being read is a child job: destroying it waits for its worker.
ImportDialog::~ImportDialog() = default;

ImportDialog::Step ImportDialog::step() const
{
    return Step(m_pages->currentIndex());
}

QWidget *ImportDialog::createOptionsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Files to import:"), page));
    m_fileList = new QListWidget(page);
    for (const QString &path : std::as_const(m_paths)) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_fileList);
        item->setToolTip(path);
    }
    m_fileList->setMaximumHeight(m_postsFile.isEmpty() ? 16777215 : 90);
    layout->addWidget(m_fileList, m_postsFile.isEmpty() ? 1 : 0);

    auto *form = new QFormLayout;
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("importKind"));
    for (const ImportKindChoice &kind : importKinds())
        m_kind->addItem(QCoreApplication::translate("Casebinder::ImportKinds", kind.label),
                        kind.name);
    form->addRow(tr("Import as:"), m_kind);
    m_exhibitPrefix = new QLineEdit(page);
    m_exhibitPrefix->setPlaceholderText(tr("e.g. PX- (exhibits are numbered after this)"));
    form->addRow(tr("Exhibit label prefix:"), m_exhibitPrefix);
    m_docketEvents = new QCheckBox(tr("Add docket entries to the chronology"), page);
    m_docketEvents->setObjectName(QStringLiteral("docketEvents"));
    m_docketEvents->setToolTip(tr("Each dated entry of an imported docket becomes an event on "
                                  "its filing day, tagged Docket."));
    form->addRow(QString(), m_docketEvents);
    layout->addLayout(form);

    if (m_postsFile.isEmpty()) {
        // A load file's fields, with a preview of its first rows (issue #18).
        if (const QString dat = LoadFileMappingPanel::datIn(m_paths); !dat.isEmpty()) {
            m_loadFileMapping = new LoadFileMappingPanel(dat, page);
            m_fileList->setMaximumHeight(90);
            layout->setStretchFactor(m_fileList, 0);
            layout->addWidget(m_loadFileMapping, 1);
            return page;
        }
        layout->addStretch(1);
        return page;
    }

    auto *box = new QGroupBox(tr("Posts in %1").arg(QFileInfo(m_postsFile).fileName()), page);
    m_mappingBox = box;
    auto *boxLayout = new QVBoxLayout(box);
    auto *postsForm = new QFormLayout;
    m_platform = new QLineEdit(box);
    m_platform->setPlaceholderText(tr("used when the file has no platform column"));
    postsForm->addRow(tr("Platform:"), m_platform);
    m_flagCategory = new QLineEdit(box);
    m_flagCategory->setPlaceholderText(tr("used when the file has no category column"));
    postsForm->addRow(tr("Flag category:"), m_flagCategory);
    boxLayout->addLayout(postsForm);

    auto *grid = new QGridLayout;
    const QStringList fields = Posts::mappableFields();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        auto *combo = new QComboBox(box);
        combo->setObjectName(u"map_" + fields[i]);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        const int row = int(i / 3);
        const int column = int(i % 3) * 2;
        grid->addWidget(new QLabel(fieldLabel(fields[i]) + u':', box), row, column);
        grid->addWidget(combo, row, column + 1);
        m_mapping.append({fields[i], combo});
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updatingMapping)
                updatePostsPreview();
        });
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
    boxLayout->addLayout(grid);
    m_preview = new QTableWidget(box);
    m_preview->setObjectName(QStringLiteral("postsPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    boxLayout->addWidget(m_preview, 1);
    m_previewStatus = new QLabel(box);
    m_previewStatus->setWordWrap(true);
    boxLayout->addWidget(m_previewStatus);
    layout->addWidget(box, 1);
    connect(m_platform, &QLineEdit::editingFinished, this, &ImportDialog::updatePostsPreview);
    connect(m_flagCategory, &QLineEdit::editingFinished, this, &ImportDialog::updatePostsPreview);
    return page;
}

QWidget *ImportDialog::createProgressPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    m_progressLabel = new QLabel(tr("Starting…"), page);
    m_progressLabel->setWordWrap(true);
    layout->addWidget(m_progressLabel);
    m_progressBar = new QProgressBar(page);
    m_progressBar->setObjectName(QStringLiteral("importProgress"));
    m_progressBar->setRange(0, 0);
    layout->addWidget(m_progressBar);
    layout->addStretch(2);
    return page;
}

QWidget *ImportDialog::createReportPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_reportSummary = new QLabel(page);
    m_reportSummary->setObjectName(QStringLiteral("importSummary"));
    m_reportSummary->setWordWrap(true);
    layout->addWidget(m_reportSummary);
    m_reportTable = new QTableWidget(0, 3, page);
    m_reportTable->setObjectName(QStringLiteral("importReport"));
    m_reportTable->setHorizontalHeaderLabels({tr("File"), tr("Result"), tr("Details")});
    m_reportTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reportTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reportTable->verticalHeader()->hide();
    m_reportTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_reportTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_reportTable->horizontalHeader()->setStretchLastSection(true);
    m_reportTable->setWordWrap(false);
    layout->addWidget(m_reportTable, 1);
    return page;
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    // The choices come from the registry, so every name is one setKind() knows.
    [[maybe_unused]] const Status kind = options.setKind(m_kind->currentData().toString());
    Q_ASSERT(kind);
    options.exhibitPrefix = m_exhibitPrefix->text().trimmed();
    options.docketEvents = m_docketEvents->isChecked();
    if (m_platform)
        options.platform = m_platform->text().trimmed();
    if (m_flagCategory)
        options.flagCategory = m_flagCategory->text().trimmed();
    for (const auto &[field, combo] : m_mapping) {
        const QString column = combo->currentData().toString();
        if (!column.isEmpty())
            options.fieldMap.insert(field, column);
    }
    if (m_loadFileMapping)
        options.fieldMap.insert(m_loadFileMapping->fieldMap());
    return options;
}

void ImportDialog::updatePostsPreview()
{
    if (m_postsFile.isEmpty())
        return;
    // Reading and parsing the head of the file is I/O: keep it off the GUI thread, and
    // coalesce changes made while a preview is being read.
    if (m_previewJob) {
        m_previewAgain = true;
        return;
    }
    m_previewStatus->setText(tr("Reading a preview…"));
    m_previewJob = new PostsPreviewJob(m_postsFile, options(), this);
    const auto done = [this](const Result<Posts::ParsedPosts> &result) {
        std::exchange(m_previewJob, nullptr)->discard();
        if (result)
            showPreview(*result);
        else
            m_previewStatus->setText(result.error().message);
        if (std::exchange(m_previewAgain, false))
            updatePostsPreview();
    };
    connect(m_previewJob, &Job::finished, this, [this, done] { done(m_previewJob->parsed()); });
    connect(m_previewJob, &Job::failed, this, [done](const Error &error) { done(fail(error)); });
    m_previewJob->start();
}

void ImportDialog::showPreview(const Posts::ParsedPosts &parsed)
{
    m_updatingMapping = true;
    for (const auto &[field, combo] : std::as_const(m_mapping)) {
        const QString chosen = parsed.mapping.value(field);
        if (combo->count() != parsed.columns.size() + 1) {
            combo->clear();
            combo->addItem(tr("(none)"), QString());
            for (const QString &column : parsed.columns)
                combo->addItem(column, column);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    }
    m_updatingMapping = false;

    const QStringList headers
        = {tr("Id"), tr("Author"), tr("Posted at"), tr("Category"), tr("Text")};
    m_preview->clear();
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(parsed.posts.size()));
    for (qsizetype row = 0; row < parsed.posts.size(); ++row) {
        const PostRecord &post = parsed.posts[row];
        const QString author
            = post.authorHandle.isEmpty() ? post.authorName : u'@' + post.authorHandle;
        const QStringList cells
            = {post.externalId, author, post.postedAt, post.flagCategory, post.text.simplified()};
        for (qsizetype column = 0; column < cells.size(); ++column)
            m_preview->setItem(int(row), int(column), new QTableWidgetItem(cells[column]));
    }
    m_preview->resizeColumnsToContents();
    for (int column = 0; column + 1 < m_preview->columnCount(); ++column)
        m_preview->setColumnWidth(column, std::min(m_preview->columnWidth(column), 180));

    QString status = tr("%1 · %2 · showing the first %n post(s)", nullptr, int(parsed.posts.size()))
                         .arg(parsed.format == Posts::Format::Csv         ? tr("CSV")
                              : parsed.format == Posts::Format::JsonArray ? tr("JSON")
                                                                          : tr("NDJSON"),
                              parsed.encoding);
    if (!parsed.problems.isEmpty())
        status += u" · "
                  + tr("line %1: %2")
                        .arg(parsed.problems.first().line)
                        .arg(parsed.problems.first().message);
    m_previewStatus->setText(status);
}

void ImportDialog::startImport()
{
    if (m_job)
        return;
    runJob(m_paths, options());
}

void ImportDialog::runJob(const QStringList &paths, const ImportOptions &options)
{
    m_runOptions = options;
    m_pages->setCurrentIndex(int(Step::Progress));
    m_progressBar->setRange(0, 0);
    m_progressLabel->setText(tr("Starting…"));
    m_importButton->hide();
    m_passwordButton->hide();
    m_closeButton->hide();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_job = new ImportJob(m_casePath, paths, options, this);
    connect(m_job, &Job::progress, this, [this](const JobProgress &progress) {
        onProgress(progress.detail.value<ImportProgress>());
    });
    connect(m_job, &Job::finished, this, [this] {
        const ImportReport report = m_job->report();
        onFinished(report);
    });
    connect(m_job, &ImportJob::failed, this, &ImportDialog::onFailed);
    m_job->start();
}

void ImportDialog::onProgress(const ImportProgress &progress)
{
    if (progress.bytesTotal > 0) {
        // Per mille keeps the range inside int for multi-gigabyte imports.
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(int(progress.bytesDone * 1000 / progress.bytesTotal));
    } else if (progress.filesTotal > 0) {
        m_progressBar->setRange(0, progress.filesTotal);
        m_progressBar->setValue(progress.filesDone);
    }
    const QLocale locale;
    QString text = tr("File %1 of %2: %3")
                       .arg(progress.filesDone + 1 > progress.filesTotal ? progress.filesTotal
                                                                         : progress.filesDone + 1)
                       .arg(progress.filesTotal)
                       .arg(QFileInfo(progress.currentFile).fileName());
    switch (progress.stage) {
    case ImportProgress::Stage::Reading:
        if (progress.pages > 0 || progress.posts > 0)
            text += u'\n'
                    + tr("%1 pages and %2 posts read so far")
                          .arg(locale.toString(progress.pages), locale.toString(progress.posts));
        break;
    case ImportProgress::Stage::Indexing:
        text += u'\n' + tr("Indexing %1 posts for search…").arg(locale.toString(progress.posts));
        break;
    case ImportProgress::Stage::Saving:
        text = tr("Saving the case: %1 pages and %2 posts")
                   .arg(locale.toString(progress.pages), locale.toString(progress.posts));
        break;
    }
    m_progressLabel->setText(text);
}

void ImportDialog::onFinished(const ImportReport &report)
{
    m_job->deleteLater();
    m_job = nullptr;
    // A password retry reports only the retried files: merge it into the first report.
    if (!m_lastReport.files.isEmpty() && !m_runOptions.password.isEmpty()) {
        for (const ImportedFile &file : report.files) {
            for (ImportedFile &previous : m_lastReport.files) {
                if (previous.path == file.path)
                    previous = file;
            }
        }
    } else {
        m_lastReport = report;
    }
    if (report.importId > 0)
        emit imported(report);

    QString summary = tr("Imported %1, duplicates %2, refused %3. %4 pages, %5 posts.")
                          .arg(m_lastReport.imported())
                          .arg(m_lastReport.duplicates())
                          .arg(m_lastReport.rejected())
                          .arg(QLocale().toString(m_lastReport.pages()))
                          .arg(QLocale().toString(m_lastReport.posts()));
    // What the docket linker did, so a filing left unlinked is never a silent surprise.
    if (!report.docketLinks.isEmpty())
        summary += u' '
                   + tr("%n filing(s) linked to their docket entries.",
                        nullptr,
                        int(report.docketLinks.size()));
    if (report.docketEvents > 0)
        summary += u' '
                   + tr("%n docket entries added to the chronology.", nullptr, report.docketEvents);
    m_reportSummary->setText(summary);
    if (!report.docketUnresolved.isEmpty()) {
        m_reportSummary->setToolTip(report.docketUnresolved.join(u'\n'));
        m_reportSummary->setText(summary + u' '
                                 + tr("%n filing(s) could not be linked for certain (link them "
                                      "in the Docket view; hover for why).",
                                      nullptr,
                                      int(report.docketUnresolved.size())));
    }
    m_reportTable->setRowCount(int(m_lastReport.files.size()));
    for (qsizetype row = 0; row < m_lastReport.files.size(); ++row) {
        const ImportedFile &file = m_lastReport.files[row];
        QString result;
        QColor colour;
        switch (file.status) {
        case ImportedFile::Status::Imported:
            result = tr("Imported");
            break;
        case ImportedFile::Status::Duplicate:
            result = tr("Duplicate");
            colour = QColor(0x8a, 0x6d, 0x00);
            break;
        case ImportedFile::Status::Rejected:
            result = file.errorCode == Error::Code::PasswordRequired ? tr("Needs password")
                                                                     : tr("Refused");
            colour = QColor(0xb0, 0x1c, 0x1c);
            break;
        }
        QString details = file.reason;
        if (details.isEmpty() && file.status == ImportedFile::Status::Imported)
            details = file.posts > 0 ? tr("%n post(s)", nullptr, int(file.posts))
                                     : tr("%n page(s)", nullptr, file.pages);
        auto *name = new QTableWidgetItem(QFileInfo(file.path).fileName());
        name->setToolTip(file.path);
        auto *status = new QTableWidgetItem(result);
        if (colour.isValid())
            status->setForeground(colour);
        auto *detail = new QTableWidgetItem(details);
        detail->setToolTip(details);
        m_reportTable->setItem(int(row), 0, name);
        m_reportTable->setItem(int(row), 1, status);
        m_reportTable->setItem(int(row), 2, detail);
    }
    m_reportTable->resizeColumnToContents(0);
    m_reportTable->setColumnWidth(0, std::min(m_reportTable->columnWidth(0), 280));
    m_pages->setCurrentIndex(int(Step::Report));
    m_cancelButton->hide();
    m_closeButton->show();
    m_closeButton->setDefault(true);
    m_passwordButton->setVisible(!passwordRequiredFiles().isEmpty());
}

void ImportDialog::onFailed(const Error &error)
{
    m_job->deleteLater();
    m_job = nullptr;
    m_pages->setCurrentIndex(int(Step::Report));
    m_cancelButton->hide();
    m_closeButton->show();
    if (error.code == Error::Code::Cancelled) {
        m_reportSummary->setText(tr("The import was cancelled. Nothing was added to the case."));
    } else {
        QString text = tr("Nothing was imported: %1").arg(error.message.toHtmlEscaped());
        if (!error.detail.isEmpty())
            text += u"<br><small>" + error.detail.toHtmlEscaped() + u"</small>";
        m_reportSummary->setText(text);
    }
    m_reportTable->setRowCount(0);
}

QStringList ImportDialog::passwordRequiredFiles() const
{
    QStringList paths;
    for (const ImportedFile &file : m_lastReport.files) {
        if (file.status == ImportedFile::Status::Rejected
            && file.errorCode == Error::Code::PasswordRequired && QFileInfo(file.path).isFile())
            paths << file.path;
    }
    return paths;
}

void ImportDialog::askForPassword()
{
    const QStringList files = passwordRequiredFiles();
    if (files.isEmpty())
        return;
    auto *prompt = new QInputDialog(this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setObjectName(QStringLiteral("passwordPrompt"));
    prompt->setWindowTitle(tr("Password Required"));
    prompt->setLabelText(tr("%n file(s) are encrypted: %1\nPassword:", nullptr, int(files.size()))
                             .arg(QFileInfo(files.first()).fileName()));
    prompt->setTextEchoMode(QLineEdit::Password);
    connect(prompt, &QInputDialog::textValueSelected, this, &ImportDialog::retryWithPassword);
    prompt->open();
}

void ImportDialog::retryWithPassword(const QString &password)
{
    const QStringList files = passwordRequiredFiles();
    if (files.isEmpty() || password.isEmpty() || m_job)
        return;
    ImportOptions retry = m_runOptions;
    retry.password = password;
    runJob(files, retry);
}

void ImportDialog::reject()
{
    if (m_job) {
        // The job rolls back and reports failed(Cancelled); the dialog stays to say so.
        m_cancelButton->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling…"));
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

bool ImportDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

} // namespace Casebinder::Views
