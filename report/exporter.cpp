#include "exporter.h"

#include "casepaths.h"
#include "exportrecords.h"
#include "exportsteps.h"
#include "pdfreport.h"
#include "timelinepainter.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Casebinder::Export {
namespace {

const QColor DisputedInk(0xa3, 0x1f, 0x16);
const QColor DisputedShade(0xfc, 0xf0, 0xee);
const QColor GapShade(0xfd, 0xf4, 0xdd);
const QColor GapInk(0x8a, 0x4b, 0x00);
const QColor VerifiedInk(0x1e, 0x6b, 0x34);
const QColor MutedInk(0x5f, 0x66, 0x70);

QString displayDate(QDate date, const DisplayLanguage &language)
{
    return language.locale().toString(date, u"d MMM yyyy"_s);
}

} // namespace

// The steps every export shares (exportsteps.h).
QString exportedAtText(const DisplayLanguage &language)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return language.locale().toString(now, u"d MMM yyyy HH:mm"_s) + u" UTC"_s;
}

Status checkOutputPath(const QString &path, const QString &casePath)
{
    const QFileInfo info(path);
    const QString native = QDir::toNativeSeparators(info.absoluteFilePath());
    if (CasePaths::belongsToCase(path, casePath)
        || CasePaths::belongsToCase(manifestPathFor(path), casePath))
        return fail(Error::Code::InvalidArgument,
                    QCoreApplication::translate(
                        "Casebinder::Report",
                        "Cannot export to %1: it is the case file itself (or one of SQLite's files "
                        "beside it); choose another name.")
                        .arg(native));
    if (info.fileName().isEmpty() || info.isDir())
        return fail(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("Casebinder::Report",
                                        "Cannot export to %1: it is a folder, not a file name.")
                .arg(native));
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists() || !folder.isDir())
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate(
                        "Casebinder::Report", "Cannot export to %1: the folder %2 does not exist.")
                        .arg(native, QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (!folder.isWritable())
        return fail(Error::Code::ReadOnly,
                    QCoreApplication::translate(
                        "Casebinder::Report", "Cannot export to %1: the folder %2 is not writable.")
                        .arg(native, QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (info.exists() && !info.isWritable())
        return fail(
            Error::Code::ReadOnly,
            QCoreApplication::translate("Casebinder::Report",
                                        "Cannot export to %1: the file exists and is read-only.")
                .arg(native));
    return {};
}

void report(const ExportControl &control, int percent)
{
    if (control.progress)
        control.progress(percent);
}

bool cancelled(const ExportControl &control)
{
    return control.cancel && control.cancel->load(std::memory_order_relaxed);
}

// Writes through a temporary file that replaces `path` only when `write` succeeded.
Status writeAtomically(const QString &path,
                       const QString &casePath,
                       const std::function<Status(QIODevice &)> &write)
{
    if (auto ok = checkOutputPath(path, casePath); !ok)
        return ok;
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            Error::Code::Io,
            QCoreApplication::translate("Casebinder::Report", "Cannot create %1.").arg(native),
            file.errorString());
    if (auto written = write(file); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return fail(
            Error::Code::Io,
            QCoreApplication::translate("Casebinder::Report", "Cannot write %1.").arg(native),
            file.errorString());
    return {};
}

Result<int> writeReport(const QString &path,
                        const QString &casePath,
                        PdfReport &pdf,
                        const ReportSetup &setup,
                        const ExportControl &control)
{
    int pages = 0;
    auto written = writeAtomically(path, casePath, [&](QIODevice &device) -> Status {
        auto painted = writePdf(pdf, setup, device, control.previewPages, control.cancel);
        if (!painted)
            return fail(painted.error());
        pages = *painted;
        return {};
    });
    if (!written)
        return fail(written.error());
    return pages;
}

ReportSetup makeSetup(const CaseCaption &caption,
                      const PdfOptions &options,
                      const QString &defaultTitle,
                      QPageLayout::Orientation orientation)
{
    ReportSetup setup;
    setup.pageSize = QPageSize(options.pageSize);
    setup.orientation = orientation;
    setup.caption = caption;
    setup.title = options.title.isEmpty() ? defaultTitle : options.title;
    setup.exportedAt = exportedAtText(options.language);
    setup.language = options.language;
    setup.confidential = options.confidential;
    setup.pdfa = options.pdfa;
    return setup;
}

QJsonObject pdfOptionsJson(const PdfOptions &options)
{
    return {{u"page_size"_s, options.pageSize == QPageSize::A4 ? u"a4"_s : u"letter"_s},
            {u"title"_s, options.title},
            {u"confidential"_s, options.confidential},
            {u"pdfa"_s, options.pdfa},
            {u"language"_s, options.language.code()}};
}

// Hashes the finished export, writes its manifest and records it in the case.
Result<ExportOutcome> finish(CaseFile &caseFile,
                             const QString &kind,
                             const QString &path,
                             QJsonObject options,
                             const QList<ExportSource> &sources,
                             int withheld,
                             const ExportControl &control,
                             ExportOutcome outcome)
{
    outcome.path = QFileInfo(path).absoluteFilePath();
    outcome.withheldPrivileged = withheld;
    auto hash = sha256OfFile(outcome.path);
    if (!hash)
        return fail(hash.error());
    outcome.sha256 = *hash;
    if (control.previewPages > 0)
        return outcome;

    auto caption = caseFile.caption();
    ExportManifest manifest;
    manifest.kind = kind;
    manifest.exportPath = outcome.path;
    manifest.sha256 = outcome.sha256;
    manifest.size = QFileInfo(outcome.path).size();
    manifest.createdAt = TimeUtil::nowUtcIso();
    manifest.user = TimeUtil::currentUserName();
    manifest.casePath = QFileInfo(caseFile.path()).absoluteFilePath();
    manifest.caseTitle = caption ? caption->title : QString();
    manifest.options = std::move(options);
    manifest.withheldPrivileged = withheld;
    manifest.sources = citedOriginals(sources);
    outcome.manifestPath = manifestPathFor(outcome.path);
    if (auto written = writeManifest(manifest, outcome.manifestPath); !written)
        return fail(written.error());
    auto recorded = recordExport(caseFile, manifest, outcome.manifestPath);
    if (!recorded)
        return fail(Error::Code::Io,
                    QCoreApplication::translate(
                        "Casebinder::Report",
                        "The export %1 was written, but it could not be recorded in the case.")
                        .arg(QDir::toNativeSeparators(outcome.path)),
                    recorded.error().fullText());
    outcome.exportId = *recorded;
    report(control, 100);
    return outcome;
}

namespace {

TimelinePrecision timelinePrecision(EventDate::Precision precision)
{
    switch (precision) {
    case EventDate::Precision::Minute:
        return TimelinePrecision::Minute;
    case EventDate::Precision::Day:
        return TimelinePrecision::Day;
    case EventDate::Precision::Month:
        return TimelinePrecision::Month;
    case EventDate::Precision::Year:
        return TimelinePrecision::Year;
    }
    return TimelinePrecision::Day;
}

TimelineItem timelineItem(const ChronologyEntry &entry)
{
    TimelineItem item;
    item.id = entry.id;
    item.title = entry.title;
    item.disputed = entry.disputed;
    item.circa = entry.date.isCirca();
    item.precision = timelinePrecision(entry.date.precision());
    if (entry.date.precision() == EventDate::Precision::Minute) {
        item.start = entry.date.spanStart();
        if (entry.date.isRange())
            item.end = entry.date.spanEnd();
    } else {
        item.start = QDateTime(entry.date.startDate(), QTime(0, 0), Qt::UTC);
        if (entry.date.isRange())
            item.end = QDateTime(entry.date.endDate(), QTime(0, 0), Qt::UTC);
    }
    return item;
}

QString describeFilter(const ChronologyFilter &filter, int count, const DisplayLanguage &language)
{
    QStringList parts;
    if (filter.from.isValid() && filter.to.isValid())
        parts.append(
            language.translate("Casebinder::Report", "Events from %1 to %2")
                .arg(displayDate(filter.from, language), displayDate(filter.to, language)));
    else if (filter.from.isValid())
        parts.append(language.translate("Casebinder::Report", "Events from %1")
                         .arg(displayDate(filter.from, language)));
    else if (filter.to.isValid())
        parts.append(language.translate("Casebinder::Report", "Events up to %1")
                         .arg(displayDate(filter.to, language)));
    else
        parts.append(language.translate("Casebinder::Report", "All events"));
    if (filter.claimId)
        parts.append(
            language.translate("Casebinder::Report", "linked to claim %1").arg(*filter.claimId));
    if (!filter.tag.isEmpty())
        parts.append(
            language.translate("Casebinder::Report", "tagged \u201C%1\u201D").arg(filter.tag));
    if (filter.undisputedOnly)
        parts.append(
            language.translate("Casebinder::Report", "only events assessed as undisputed"));
    parts.append(count == 1 ? language.translate("Casebinder::Report", "1 event")
                            : language.translate("Casebinder::Report", "%1 events")
                                  .arg(language.locale().toString(count)));
    return parts.join(u" \u00B7 "_s);
}

// Printed only once someone has assessed it: "not assessed" is no claim about the event.
RichText disputeText(DisputeStatus status, const DisplayLanguage &language)
{
    switch (status) {
    case DisputeStatus::Disputed:
        return RichText(
            language.translate("Casebinder::Report", "Disputed"), TextRole::BodyBold, DisputedInk);
    case DisputeStatus::Undisputed:
        return RichText(
            language.translate("Casebinder::Report", "Undisputed"), TextRole::Body, MutedInk);
    case DisputeStatus::NotAssessed:
        break;
    }
    return RichText(QString());
}

void addWithheldNote(PdfReport &pdf, int withheld, const QString &one, const QString &many)
{
    if (withheld <= 0)
        return;
    pdf.addSpacing(6);
    pdf.addParagraph(RichText(withheld == 1 ? one : many.arg(withheld), TextRole::Note, MutedInk));
}

void addWithheldCitations(PdfReport &pdf, int withheld, const DisplayLanguage &language)
{
    addWithheldNote(
        pdf,
        withheld,
        language.translate("Casebinder::Report",
                           "1 citation to a privileged document was withheld from this export."),
        language.translate("Casebinder::Report",
                           "%1 citations to privileged documents were withheld from this export."));
}

} // namespace

Result<ExportOutcome> exportTimeline(CaseFile &caseFile,
                                     const QString &path,
                                     const TimelineOptions &options,
                                     const ExportControl &control)
{
    const DisplayLanguage &language = options.pdf.language;
    if (auto ok = checkOutputPath(path, caseFile.path()); !ok)
        return fail(ok.error());
    report(control, 2);
    auto data = loadChronology(caseFile, options.filter, control.cancel, language);
    if (!data)
        return fail(data.error());
    report(control, 15);

    ReportSetup setup = makeSetup(data->caption,
                                  options.pdf,
                                  language.translate("Casebinder::Report", "Chronology of Events"),
                                  QPageLayout::Landscape);
    setup.subtitle = describeFilter(options.filter, int(data->entries.size()), language);
    PdfReport pdf(setup);
    pdf.addCaption();

    ExportOutcome outcome;
    outcome.items = int(data->entries.size());
    outcome.empty = data->entries.isEmpty();
    QList<ExportSource> cited;
    if (data->entries.isEmpty()) {
        pdf.addSpacing(18);
        pdf.addParagraph(RichText(
            language.translate("Casebinder::Report", "No events match the selected filters."),
            TextRole::Heading));
        pdf.addParagraph(RichText(
            language.translate("Casebinder::Report", "The case holds no event that matches: ")
                + setup.subtitle
                + language.translate("Casebinder::Report",
                                     ". Change the date range, claim, tag or disputed-status "
                                     "filter to include events."),
            TextRole::Body));
    } else {
        QList<TimelineItem> items;
        items.reserve(data->entries.size());
        for (const ChronologyEntry &entry : std::as_const(data->entries)) {
            items.append(timelineItem(entry));
            // The key is the event's number in the table below the strip.
            items.last().key = QString::number(items.size());
        }
        const qreal legendHeight = pdf.points(14);
        TimelineStyle style;
        style.font = pdf.font(TextRole::Small);
        style.everyEventIdentified = true;
        style.language = language;
        // Up to a page of lanes, so that every event keeps its label or key.
        const qreal laneHeight = QFontMetricsF(style.font, pdf.metricsDevice()).height() * 1.5;
        style.maxLanes = std::max(
            10, int((pdf.pageContentHeight() - legendHeight - pdf.points(60)) / laneHeight));
        auto painter = std::make_shared<TimelinePainter>(std::move(items), style);
        const qreal pageHeight = pdf.pageContentHeight() - legendHeight * 2;
        if (painter
                ->computeLayout(QRectF(0, 0, pdf.contentWidth(), pageHeight), pdf.metricsDevice())
                .mode
            == TimelineMode::Density) {
            // Tighter lanes before giving up on the events' own marks.
            style.laneHeight = laneHeight * 0.8;
            style.maxLanes = int((pageHeight - pdf.points(30)) / style.laneHeight);
            painter->setStyle(style);
        }
        const qreal preferred = painter->preferredHeight(pdf.contentWidth(), pdf.metricsDevice());
        // A strip that leaves room for the table on the first page, unless that costs labels.
        qreal stripHeight = std::min(preferred, pdf.pageContentHeight() * 0.42);
        const TimelineLayout compact = painter->computeLayout(
            QRectF(0, 0, pdf.contentWidth(), stripHeight), pdf.metricsDevice());
        if (compact.mode == TimelineMode::Density || compact.unidentified > 0)
            stripHeight = std::min(preferred, pageHeight);
        if (painter
                ->computeLayout(QRectF(0, 0, pdf.contentWidth(), stripHeight), pdf.metricsDevice())
                .mode
            == TimelineMode::Density)
            stripHeight = std::min(stripHeight, pdf.points(110)); // a histogram needs no page
        pdf.addBlock(
            stripHeight + legendHeight + pdf.points(6),
            [painter, stripHeight, legendHeight](QPainter &p, const QRectF &rect) {
                // Metrics follow the PDF's resolution, so the strip's text matches
                // the table's.
                painter->paint(p, QRectF(rect.left(), rect.top(), rect.width(), stripHeight));
                painter->paintLegend(
                    p,
                    QPointF(rect.left(),
                            rect.top() + stripHeight + (legendHeight - legendHeight * 0.8) / 2));
            });
        pdf.addSpacing(10);

        pdf.beginTable({{u"#"_s, 0.32},
                        {language.translate("Casebinder::Report", "Date"), 1.55},
                        {language.translate("Casebinder::Report", "Event"), 3.3},
                        {language.translate("Casebinder::Report", "Sources"), 1.75},
                        {language.translate("Casebinder::Report", "Claims & factors"), 1.75},
                        {language.translate("Casebinder::Report", "Status"), 0.85}});
        int done = 0;
        for (const ChronologyEntry &entry : std::as_const(data->entries)) {
            const QString key = QString::number(done + 1);
            if ((++done & 511) == 0) {
                if (cancelled(control))
                    return fail(Error::Code::Cancelled,
                                QCoreApplication::translate("Casebinder::Report",
                                                            "The export was cancelled."));
                report(control, 15 + 45 * done / int(data->entries.size()));
            }
            RichText event;
            event.append(entry.title.isEmpty()
                             ? language.translate("Casebinder::Report", "(untitled event)")
                             : entry.title,
                         RichText::bold());
            if (!entry.description.isEmpty())
                event.append(u"\n"_s + entry.description);
            QStringList cites;
            for (const ExportSource &source : entry.sources) {
                cites.append(source.cite);
                cited.append(source);
            }
            pdf.addRow({RichText(key, TextRole::Small, MutedInk),
                        RichText(entry.dateText),
                        event,
                        RichText(cites.join(u'\n'), TextRole::Small),
                        RichText(entry.claims.join(u'\n'), TextRole::Small),
                        disputeText(entry.dispute, language)},
                       entry.disputed ? DisputedShade : QColor());
        }
        addWithheldCitations(pdf, data->withheldSources, language);
        pdf.addSpacing(6);
        pdf.addParagraph(RichText(
            language.translate(
                "Casebinder::Report",
                "Dates are shown at the precision the evidence supports; \u201C"
                "circa\u201D marks "
                "an "
                "approximate date, and times are local to the time zone shown. The status column "
                "shows whether an event is disputed only where that has been assessed; a blank "
                "status means not assessed. Disputed events are shaded and outlined in red on the "
                "timeline."),
            TextRole::Note,
            MutedInk));
    }
    report(control, 60);
    auto pages = writeReport(path, caseFile.path(), pdf, setup, control);
    if (!pages)
        return fail(pages.error());
    outcome.pages = *pages;
    report(control, 95);

    QJsonObject json = pdfOptionsJson(options.pdf);
    json.insert(u"from"_s,
                options.filter.from.isValid() ? options.filter.from.toString(Qt::ISODate)
                                              : QString());
    json.insert(u"to"_s,
                options.filter.to.isValid() ? options.filter.to.toString(Qt::ISODate) : QString());
    if (options.filter.claimId)
        json.insert(u"claim"_s, *options.filter.claimId);
    json.insert(u"tag"_s, options.filter.tag);
    json.insert(u"undisputed_only"_s, options.filter.undisputedOnly);
    json.insert(u"include_privileged"_s, options.filter.includePrivileged);
    json.insert(u"events"_s, outcome.items);
    return finish(
        caseFile, u"timeline"_s, path, json, cited, data->withheldSources, control, outcome);
}

namespace {

const QColor UnsupportedShade(0xfb, 0xe9, 0xe7);
const QColor ContestedShade(0xfd, 0xf4, 0xdd);
const QColor SupportedShade(0xec, 0xf4, 0xee);
const QColor ContestedInk(0x8a, 0x4b, 0x00);

QColor assessmentInk(Assessment assessment)
{
    switch (assessment) {
    case Assessment::Unsupported:
        return DisputedInk;
    case Assessment::Contested:
        return ContestedInk;
    case Assessment::Supported:
        return VerifiedInk;
    }
    return MutedInk;
}

QColor assessmentShade(Assessment assessment)
{
    switch (assessment) {
    case Assessment::Unsupported:
        return UnsupportedShade;
    case Assessment::Contested:
        return ContestedShade;
    case Assessment::Supported:
        return SupportedShade;
    }
    return {};
}

// Paints a claim chart: per claim a heading and its roll-up, then a table of two columns
// (supporting, undermining) in which each element or factor is a band across the table
// followed by one row per pair of evidence items, so that a page breaks between items.
class ClaimChartWriter
{
public:
    ClaimChartWriter(PdfReport &pdf,
                     const ClaimChartData &data,
                     bool workingCopy,
                     const DisplayLanguage &language)
        : m_pdf(pdf)
        , m_data(data)
        , m_language(language)
        , m_wording(workingCopy ? AssessmentWording::Working : AssessmentWording::Court)
        , m_working(workingCopy)
    {
        for (qsizetype i = 0; i < data.nodes.size(); ++i)
            m_index.insert(data.nodes.at(i).id, i);
    }

    void addClaim(qsizetype index)
    {
        const ChartNode &claim = m_data.nodes.at(index);
        m_pdf.addSpacing(index == 0 ? 4 : 14);
        m_pdf.addHeading(claim.title);
        QStringList facts;
        if (!claim.assertedBy.isEmpty())
            facts.append(m_language.translate("Casebinder::Report", "Asserted by: ")
                         + claim.assertedBy);
        if (!claim.legalStandard.isEmpty())
            facts.append(m_language.translate("Casebinder::Report", "Standard: ")
                         + claim.legalStandard);
        if (!claim.status.isEmpty())
            facts.append(m_language.translate("Casebinder::Report", "Status: ") + claim.status);
        if (!facts.isEmpty()) {
            m_pdf.addParagraph(RichText(facts.join(u"   \u00B7   "_s), TextRole::Small, MutedInk));
            m_pdf.keepWithNext();
        }
        if (!claim.description.isEmpty()) {
            m_pdf.addParagraph(RichText(claim.description));
            m_pdf.keepWithNext();
        }
        RichText rollUp;
        rollUp.append(m_language.translate("Casebinder::Report", "Assessment: "), RichText::bold());
        rollUp.append(rollUpText(claim), RichText::coloured(assessmentInk(claim.assessment.value)));
        m_pdf.addParagraph(rollUp);
        m_pdf.keepWithNext();
        if (!claim.rollUpNote.isEmpty()) {
            m_pdf.addParagraph(RichText(claim.rollUpNote, TextRole::Note, MutedInk));
            m_pdf.keepWithNext();
        }
        m_pdf.addSpacing(4);
        m_pdf.beginTable({{m_language.translate("Casebinder::Report", "Supporting evidence"), 1},
                          {m_language.translate("Casebinder::Report", "Undermining evidence"), 1}});

        const bool hasChildren = claim.assessment.hasChildren;
        const bool ownEvidence = !claim.supporting.isEmpty() || !claim.undermining.isEmpty()
                                 || !claim.context.isEmpty();
        if (!hasChildren)
            addElement(claim,
                       m_language.translate("Casebinder::Report",
                                            "The claim (it has no elements or factors)"));
        else if (ownEvidence)
            addElement(
                claim,
                m_language.translate("Casebinder::Report",
                                     "The claim as a whole (evidence linked to the claim itself)"));
        for (qsizetype i = index + 1; i < m_data.nodes.size() && m_data.nodes.at(i).depth > 0; ++i)
            addElement(m_data.nodes.at(i), {});
    }

    int omittedQuotes() const { return m_omittedQuotes; }

private:
    QString rollUpText(const ChartNode &node) const
    {
        const auto weakest = node.assessment.weakest;
        const auto found = weakest ? m_index.constFind(*weakest) : m_index.cend();
        if (found == m_index.cend())
            return describeEvidence(node.assessment, m_wording, m_language);
        const ChartNode &from = m_data.nodes.at(*found);
        return describeRollUp(node.assessment, from.title, from.assessment, m_wording, m_language);
    }

    // `asClaim`: the band names the claim's own evidence instead of an element.
    void addElement(const ChartNode &node, const QString &asClaim)
    {
        RichText band;
        if (asClaim.isEmpty()) {
            band.append(QString(qMax(0, node.depth - 1) * 3, u' '));
            band.append(node.title, RichText::bold());
            if (!node.kind.isEmpty())
                band.append(u"  \u00B7  "_s + kindWord(node.kind), RichText::coloured(MutedInk));
        } else {
            band.append(asClaim, RichText::bold());
        }
        // A claim's own row is weighed on its own links: its roll-up is printed above.
        const NodeAssessment &assessment = node.assessment;
        const QString text = asClaim.isEmpty() ? rollUpText(node)
                             : node.assessment.hasChildren
                                 ? describeOwn(assessment)
                                 : describeEvidence(assessment, m_wording, m_language);
        band.append(u"\n"_s + text, RichText::coloured(assessmentInk(shown(node, asClaim)), true));
        if (asClaim.isEmpty() && !node.legalStandard.isEmpty())
            band.append(u"\n"_s + node.legalStandard, RichText::italic());
        if (asClaim.isEmpty() && !node.description.isEmpty())
            band.append(u"\n"_s + node.description);
        m_pdf.addSpanningRow(band, assessmentShade(shown(node, asClaim)));
        m_pdf.keepWithNext();

        const qsizetype rows
            = std::max<qsizetype>({node.supporting.size(), node.undermining.size(), qsizetype(1)});
        for (qsizetype row = 0; row < rows; ++row)
            m_pdf.addRow({item(node.supporting, row), item(node.undermining, row)},
                         QColor(Qt::white));
        if (!node.context.isEmpty()) {
            RichText context(QString(), TextRole::Small);
            context.append(m_language.translate("Casebinder::Report", "Context: "),
                           RichText::bold());
            QStringList cites;
            for (const ChartEvidence &evidence : node.context)
                cites.append(evidence.cite);
            context.append(cites.join(u"; "_s));
            m_pdf.addSpanningRow(context, QColor(Qt::white));
        }
    }

    // The colour of a band: a claim's own links are weighed without its elements.
    Assessment shown(const ChartNode &node, const QString &asClaim) const
    {
        if (asClaim.isEmpty() || !node.assessment.hasChildren)
            return node.assessment.value;
        return node.assessment.own.solidUndermines > 0 ? Assessment::Contested
                                                       : Assessment::Supported;
    }

    QString describeOwn(const NodeAssessment &assessment) const
    {
        const EvidenceBalance &own = assessment.own;
        if (own.solidUndermines == 0)
            return m_language.translate(
                "Casebinder::Report",
                "Nothing solid against the claim as a whole; the claim is assessed by its "
                "elements or factors.");
        return m_working
                   ? m_language
                         .translate(
                             "Casebinder::Report",
                             "Against the claim as a whole: weight %1. The claim is no stronger "
                             "than its "
                             "weakest element or factor, and this evidence keeps it from reading "
                             "\u201Csupported\u201D.")
                         .arg(own.underminingWeight)
                   : m_language
                         .translate(
                             "Casebinder::Report",
                             "Evidence against the claim as a whole: %1 %2. The claim is no "
                             "stronger "
                             "than its weakest element or factor, and this evidence keeps it from "
                             "reading \u201Csupported\u201D.")
                         .arg(own.solidUndermines)
                         .arg(own.solidUndermines == 1
                                  ? m_language.translate("Casebinder::Report", "item")
                                  : m_language.translate("Casebinder::Report", "items"));
    }

    RichText item(const QList<ChartEvidence> &evidence, qsizetype row)
    {
        RichText text(QString(), TextRole::Small);
        if (evidence.isEmpty() && row == 0) {
            text.append(m_language.translate("Casebinder::Report", "None linked"),
                        RichText::coloured(MutedInk));
            return text;
        }
        if (row >= evidence.size())
            return text;
        const ChartEvidence &item = evidence.at(row);
        text.append(item.cite, RichText::bold());
        if (m_working)
            text.append(
                m_language.translate("Casebinder::Report", "  \u00B7 weight %1").arg(item.weight),
                RichText::coloured(MutedInk));
        if (item.disputedEvent)
            text.append(m_language.translate("Casebinder::Report", " \u00B7 disputed"),
                        RichText::coloured(DisputedInk, true));
        if (!item.quote.isEmpty()) {
            if (!m_working && item.quoteVerified == false) {
                ++m_omittedQuotes; // not found on its pages: never quoted to a court
            } else {
                text.append(u"\n\u201C"_s + item.quote.simplified() + u"\u201D"_s,
                            RichText::italic());
                if (m_working && item.quoteVerified == true)
                    text.append(m_language.translate("Casebinder::Report", " \u2713 verified"),
                                RichText::coloured(VerifiedInk, true));
                else if (m_working && item.quoteVerified == false)
                    text.append(m_language.translate("Casebinder::Report",
                                                     " \u2717 not found on the cited pages"),
                                RichText::coloured(DisputedInk, true));
                else if (m_working)
                    text.append(m_language.translate("Casebinder::Report", " (not checked)"),
                                RichText::coloured(MutedInk));
            }
        }
        if (!item.note.isEmpty())
            text.append(u"\n"_s + item.note, RichText::coloured(MutedInk));
        return text;
    }

    PdfReport &m_pdf;
    QString kindWord(const QString &kind) const
    {
        if (kind == u"element")
            return m_language.translate("Casebinder::Report", "Element");
        if (kind == u"factor")
            return m_language.translate("Casebinder::Report", "Factor");
        if (kind == u"claim")
            return m_language.translate("Casebinder::Report", "Claim");
        return kind.left(1).toUpper() + kind.mid(1);
    }

    const ClaimChartData &m_data;
    const DisplayLanguage &m_language;
    AssessmentWording m_wording;
    bool m_working = false;
    QHash<qint64, qsizetype> m_index;
    int m_omittedQuotes = 0;
};

QString countOf(int count, const QString &one, const QString &many)
{
    return count == 1 ? one : many.arg(count);
}

} // namespace

Result<ExportOutcome> exportClaimChart(CaseFile &caseFile,
                                       const QString &path,
                                       const ClaimChartOptions &options,
                                       const ExportControl &control)
{
    const DisplayLanguage &language = options.pdf.language;
    if (auto ok = checkOutputPath(path, caseFile.path()); !ok)
        return fail(ok.error());
    report(control, 2);
    auto data = loadClaimChart(caseFile, options.filter, control.cancel, language);
    if (!data)
        return fail(data.error());
    report(control, 20);

    ReportSetup setup = makeSetup(data->caption,
                                  options.pdf,
                                  language.translate("Casebinder::Report", "Claim Chart"),
                                  QPageLayout::Landscape);
    int claims = 0;
    int gaps = 0;
    std::array<int, 3> rollUps{};
    for (const ChartNode &node : std::as_const(data->nodes)) {
        if (node.depth == 0) {
            ++claims;
            ++rollUps[size_t(node.assessment.value)];
        }
        gaps += node.gap && !node.assessment.hasChildren ? 1 : 0;
    }
    QStringList byValue;
    for (const Assessment value :
         {Assessment::Unsupported, Assessment::Contested, Assessment::Supported}) {
        if (rollUps[size_t(value)] > 0)
            byValue.append(
                u"%1 %2"_s.arg(rollUps[size_t(value)]).arg(assessmentWord(value, language)));
    }
    setup.subtitle = u"%1%2 \u00B7 %3 \u00B7 %4"_s.arg(
        countOf(claims,
                language.translate("Casebinder::Report", "1 claim"),
                language.translate("Casebinder::Report", "%1 claims")),
        byValue.isEmpty() ? QString() : u" (%1)"_s.arg(byValue.join(u", "_s)),
        countOf(gaps,
                language.translate("Casebinder::Report", "1 gap"),
                language.translate("Casebinder::Report", "%1 gaps")),
        options.workingCopy ? language.translate("Casebinder::Report",
                                                 "working copy: weights and quote checks shown, "
                                                 "not for filing")
                            : language.translate("Casebinder::Report", "court copy"));
    PdfReport pdf(setup);
    pdf.addCaption();

    ExportOutcome outcome;
    outcome.items = int(data->nodes.size());
    outcome.empty = data->nodes.isEmpty();
    QList<ExportSource> cited;
    if (data->nodes.isEmpty()) {
        pdf.addSpacing(18);
        pdf.addParagraph(
            RichText(language.translate("Casebinder::Report", "This case has no claims yet."),
                     TextRole::Heading));
        pdf.addParagraph(RichText(
            language.translate("Casebinder::Report",
                               "Add claims (or create them from a template) and link evidence "
                               "to their elements to build a claim chart.")));
    }
    ClaimChartWriter writer(pdf, *data, options.workingCopy, language);
    for (qsizetype index = 0; index < data->nodes.size(); ++index) {
        const ChartNode &node = data->nodes.at(index);
        for (const auto *list : {&node.supporting, &node.undermining, &node.context}) {
            for (const ChartEvidence &evidence : *list) {
                if (evidence.source)
                    cited.append(*evidence.source);
            }
        }
        if (node.depth == 0)
            writer.addClaim(index);
        if (cancelled(control))
            return fail(
                Error::Code::Cancelled,
                QCoreApplication::translate("Casebinder::Report", "The export was cancelled."));
    }
    addWithheldCitations(pdf, data->withheldSources, language);
    if (data->withheldSources > 0)
        pdf.addParagraph(RichText(
            language.translate("Casebinder::Report",
                               "The assessments weigh only the evidence this chart cites."),
            TextRole::Note,
            MutedInk));
    addWithheldNote(
        pdf,
        writer.omittedQuotes(),
        language.translate(
            "Casebinder::Report",
            "1 quote that was not found in the stored text of its cited pages is left "
            "out of this copy; its pin cite stays. The working copy shows it."),
        language.translate(
            "Casebinder::Report",
            "%1 quotes that were not found in the stored text of their cited pages are "
            "left out of this copy; their pin cites stay. The working copy shows them."));
    if (!data->nodes.isEmpty()) {
        pdf.addSpacing(6);
        QString legend = language.translate(
            "Casebinder::Report",
            "Assessment: an element or factor is unsupported when no solid evidence supports "
            "it, contested when solid evidence supports it and solid evidence undermines it, "
            "and supported when solid evidence supports it and nothing solid undermines it. "
            "Evidence that cites a disputed event, or a quote not verified against the cited "
            "pages, is not solid. A claim is no stronger than its weakest element or factor.");
        if (options.workingCopy)
            legend += language.translate(
                "Casebinder::Report",
                " Contested items show the summed weights (1 weak to 5 strong) of the solid "
                "evidence on each side. Quotes marked \u2713 were found in the stored text "
                "of the cited pages. Weights and quote checks are reviewer aids: file the "
                "court copy.");
        pdf.addParagraph(RichText(legend, TextRole::Note, MutedInk));
    }
    report(control, 50);
    auto pages = writeReport(path, caseFile.path(), pdf, setup, control);
    if (!pages)
        return fail(pages.error());
    outcome.pages = *pages;
    QJsonObject json = pdfOptionsJson(options.pdf);
    if (options.filter.claimId)
        json.insert(u"claim"_s, *options.filter.claimId);
    json.insert(u"include_privileged"_s, options.filter.includePrivileged);
    json.insert(u"working_copy"_s, options.workingCopy);
    return finish(
        caseFile, u"claim-chart"_s, path, json, cited, data->withheldSources, control, outcome);
}

QString csvField(const QString &value)
{
    // Leading =, +, -, @ would make spreadsheets evaluate the cell; quote and prefix them.
    QString text = value;
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
        || text != value)
        return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

Result<ExportOutcome> exportExhibitList(CaseFile &caseFile,
                                        const QString &path,
                                        const ExhibitListOptions &options,
                                        const ExportControl &control)
{
    const DisplayLanguage &language = options.pdf.language;
    if (auto ok = checkOutputPath(path, caseFile.path()); !ok)
        return fail(ok.error());
    report(control, 2);
    auto data = loadExhibits(caseFile, options.filter, language);
    if (!data)
        return fail(data.error());
    report(control, 30);
    ExportOutcome outcome;
    outcome.items = int(data->exhibits.size());
    outcome.empty = data->exhibits.isEmpty();
    QList<ExportSource> cited;
    for (const ExhibitEntry &exhibit : std::as_const(data->exhibits))
        cited.append(exhibit.source);

    const bool csv = path.endsWith(u".csv"_s, Qt::CaseInsensitive);
    QJsonObject json = pdfOptionsJson(options.pdf);
    json.insert(u"format"_s, csv ? u"csv"_s : u"pdf"_s);
    json.insert(u"include_privileged"_s, options.filter.includePrivileged);
    if (csv) {
        auto written = writeAtomically(path, caseFile.path(), [&data](QIODevice &device) -> Status {
            // New columns go at the end, so a spreadsheet built on the old ones still reads.
            QString text = u"\uFEFFexhibit,description,date,bates_begin,bates_end,status,sha256,"
                           u"sponsoring_witness,offered,objection,admitted,date_source,"
                           u"pdf_created_file_metadata\r\n"_s;
            for (const ExhibitEntry &exhibit : std::as_const(data->exhibits)) {
                text += QStringList{csvField(exhibit.number),
                                    csvField(exhibit.description),
                                    csvField(exhibit.date),
                                    csvField(exhibit.batesBegin),
                                    csvField(exhibit.batesEnd),
                                    csvField(exhibit.status),
                                    exhibit.source.sha256,
                                    csvField(exhibit.sponsoringWitness),
                                    csvField(exhibit.offered),
                                    csvField(exhibit.objection),
                                    csvField(exhibit.admitted),
                                    csvField(exhibit.dateSource),
                                    csvField(exhibit.pdfCreated)}
                            .join(u',')
                        + u"\r\n"_s;
            }
            const QByteArray bytes = text.toUtf8();
            if (device.write(bytes) != bytes.size())
                return fail(Error::Code::Io,
                            QCoreApplication::translate("Casebinder::Report",
                                                        "Cannot write the exhibit list."),
                            device.errorString());
            return {};
        });
        if (!written)
            return fail(written.error());
        outcome.pages = 0;
        return finish(
            caseFile, u"exhibit-list"_s, path, json, cited, data->withheld, control, outcome);
    }

    ReportSetup setup = makeSetup(data->caption,
                                  options.pdf,
                                  language.translate("Casebinder::Report", "Exhibit List"),
                                  QPageLayout::Landscape);
    setup.subtitle
        = data->exhibits.size() == 1
              ? language.translate("Casebinder::Report", "1 exhibit")
              : language.translate("Casebinder::Report", "%1 exhibits").arg(data->exhibits.size());
    PdfReport pdf(setup);
    pdf.addCaption();
    if (data->exhibits.isEmpty()) {
        pdf.addSpacing(18);
        pdf.addParagraph(
            RichText(language.translate("Casebinder::Report", "This case has no exhibits to list."),
                     TextRole::Heading));
    } else {
        // Trial exhibit list practice: what the exhibit is, then columns the trial team fills
        // in (blank until someone does).
        pdf.beginTable({{language.translate("Casebinder::Report", "No."), 0.7},
                        {language.translate("Casebinder::Report", "Description"), 3.0},
                        {language.translate("Casebinder::Report", "Date"), 0.95},
                        {language.translate("Casebinder::Report", "Bates range"), 1.5},
                        {language.translate("Casebinder::Report", "Sponsoring witness"), 1.2},
                        {language.translate("Casebinder::Report", "Offered"), 0.8},
                        {language.translate("Casebinder::Report", "Objection"), 1.0},
                        {language.translate("Casebinder::Report", "Admitted"), 0.8}});
        for (const ExhibitEntry &exhibit : std::as_const(data->exhibits)) {
            QString bates = exhibit.batesBegin;
            if (!exhibit.batesEnd.isEmpty() && exhibit.batesEnd != exhibit.batesBegin)
                bates += u" \u2013 "_s + exhibit.batesEnd;
            RichText description(exhibit.description);
            if (!exhibit.status.isEmpty())
                description.append(u"\n"_s + exhibit.status, RichText::coloured(MutedInk));
            pdf.addRow({RichText(exhibit.number, TextRole::BodyBold),
                        description,
                        RichText(exhibit.date),
                        RichText(bates, TextRole::Small),
                        RichText(exhibit.sponsoringWitness, TextRole::Small),
                        RichText(exhibit.offered, TextRole::Small),
                        RichText(exhibit.objection, TextRole::Small),
                        RichText(exhibit.admitted, TextRole::Small)});
        }
        pdf.addSpacing(6);
        pdf.addParagraph(RichText(
            language.translate("Casebinder::Report",
                               "Dates are the documents\u2019 own dates at the precision "
                               "known; a blank date is unknown. File metadata (such as a "
                               "PDF\u2019s creation date) is never used as a document\u2019s "
                               "date."),
            TextRole::Note,
            MutedInk));
    }
    addWithheldNote(pdf,
                    data->withheld,
                    language.translate("Casebinder::Report",
                                       "1 privileged exhibit was withheld from this list."),
                    language.translate("Casebinder::Report",
                                       "%1 privileged exhibits were withheld from this list."));
    report(control, 60);
    auto pages = writeReport(path, caseFile.path(), pdf, setup, control);
    if (!pages)
        return fail(pages.error());
    outcome.pages = *pages;
    return finish(caseFile, u"exhibit-list"_s, path, json, cited, data->withheld, control, outcome);
}

} // namespace Casebinder::Export
