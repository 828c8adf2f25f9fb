#include "exporter.h"

#include "casepaths.h"
#include "exportrecords.h"
#include "pdfreport.h"
#include "timelinepainter.h"
#include "timeutil.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
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

const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

QString displayDate(QDate date)
{
    return english().toString(date, u"d MMM yyyy"_s);
}

QString exportedAtText()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return english().toString(now, u"d MMM yyyy HH:mm"_s) + u" UTC"_s;
}

Status checkOutputPath(const QString &path, const QString &casePath)
{
    const QFileInfo info(path);
    const QString native = QDir::toNativeSeparators(info.absoluteFilePath());
    if (CasePaths::belongsToCase(path, casePath)
        || CasePaths::belongsToCase(manifestPathFor(path), casePath))
        return fail(Error::Code::InvalidArgument,
                    u"Cannot export to %1: it is the case file itself (or one of SQLite's files "
                    u"beside it); choose another name."_s.arg(native));
    if (info.fileName().isEmpty() || info.isDir())
        return fail(Error::Code::InvalidArgument,
                    u"Cannot export to %1: it is a folder, not a file name."_s.arg(native));
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists() || !folder.isDir())
        return fail(Error::Code::NotFound,
                    u"Cannot export to %1: the folder %2 does not exist."_s.arg(
                        native, QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (!folder.isWritable())
        return fail(Error::Code::ReadOnly,
                    u"Cannot export to %1: the folder %2 is not writable."_s.arg(
                        native, QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (info.exists() && !info.isWritable())
        return fail(Error::Code::ReadOnly,
                    u"Cannot export to %1: the file exists and is read-only."_s.arg(native));
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
        return fail(Error::Code::Io, u"Cannot create %1."_s.arg(native), file.errorString());
    if (auto written = write(file); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return fail(Error::Code::Io, u"Cannot write %1."_s.arg(native), file.errorString());
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
    setup.exportedAt = exportedAtText();
    setup.confidential = options.confidential;
    setup.pdfa = options.pdfa;
    return setup;
}

QJsonObject pdfOptionsJson(const PdfOptions &options)
{
    return {{u"page_size"_s, options.pageSize == QPageSize::A4 ? u"a4"_s : u"letter"_s},
            {u"title"_s, options.title},
            {u"confidential"_s, options.confidential},
            {u"pdfa"_s, options.pdfa}};
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
    auto recorded = recordExport(caseFile.db(), manifest, outcome.manifestPath);
    if (!recorded)
        return fail(Error::Code::Io,
                    u"The export %1 was written, but it could not be recorded in the case."_s.arg(
                        QDir::toNativeSeparators(outcome.path)),
                    recorded.error().fullText());
    outcome.exportId = *recorded;
    report(control, 100);
    return outcome;
}

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

QString describeFilter(const ChronologyFilter &filter, int count)
{
    QStringList parts;
    if (filter.from.isValid() && filter.to.isValid())
        parts.append(
            u"Events from %1 to %2"_s.arg(displayDate(filter.from), displayDate(filter.to)));
    else if (filter.from.isValid())
        parts.append(u"Events from %1"_s.arg(displayDate(filter.from)));
    else if (filter.to.isValid())
        parts.append(u"Events up to %1"_s.arg(displayDate(filter.to)));
    else
        parts.append(u"All events"_s);
    if (filter.claimId)
        parts.append(u"linked to claim %1"_s.arg(*filter.claimId));
    if (!filter.tag.isEmpty())
        parts.append(u"tagged \u201C%1\u201D"_s.arg(filter.tag));
    parts.append(filter.undisputedOnly ? u"undisputed only"_s : u"disputed and undisputed"_s);
    parts.append(count == 1 ? u"1 event"_s : u"%1 events"_s.arg(english().toString(count)));
    return parts.join(u" \u00B7 "_s);
}

void addWithheldNote(PdfReport &pdf, int withheld, const QString &one, const QString &many)
{
    if (withheld <= 0)
        return;
    pdf.addSpacing(6);
    pdf.addParagraph(RichText(withheld == 1 ? one : many.arg(withheld), TextRole::Note, MutedInk));
}

void addWithheldCitations(PdfReport &pdf, int withheld)
{
    addWithheldNote(pdf,
                    withheld,
                    u"1 citation to a privileged document was withheld from this export."_s,
                    u"%1 citations to privileged documents were withheld from this export."_s);
}

} // namespace

Result<ExportOutcome> exportTimeline(CaseFile &caseFile,
                                     const QString &path,
                                     const TimelineOptions &options,
                                     const ExportControl &control)
{
    if (auto ok = checkOutputPath(path, caseFile.path()); !ok)
        return fail(ok.error());
    report(control, 2);
    auto data = loadChronology(caseFile.db(), options.filter, control.cancel);
    if (!data)
        return fail(data.error());
    report(control, 15);

    ReportSetup setup
        = makeSetup(data->caption, options.pdf, u"Chronology of Events"_s, QPageLayout::Landscape);
    setup.subtitle = describeFilter(options.filter, int(data->entries.size()));
    PdfReport pdf(setup);
    pdf.addCaption();

    ExportOutcome outcome;
    outcome.items = int(data->entries.size());
    outcome.empty = data->entries.isEmpty();
    QList<ExportSource> cited;
    if (data->entries.isEmpty()) {
        pdf.addSpacing(18);
        pdf.addParagraph(RichText(u"No events match the selected filters."_s, TextRole::Heading));
        pdf.addParagraph(RichText(u"The case holds no event that matches: "_s + setup.subtitle
                                      + u". Change the date range, claim, tag or disputed-status "
                                        u"filter to include events."_s,
                                  TextRole::Body));
    } else {
        QList<TimelineItem> items;
        items.reserve(data->entries.size());
        for (const ChronologyEntry &entry : std::as_const(data->entries))
            items.append(timelineItem(entry));
        TimelineStyle style;
        style.font = pdf.font(TextRole::Small);
        style.maxLanes = 10;
        auto painter = std::make_shared<TimelinePainter>(std::move(items), style);
        const qreal stripHeight
            = std::min(painter->preferredHeight(pdf.contentWidth(), pdf.metricsDevice()),
                       pdf.pageContentHeight() * 0.42);
        const qreal legendHeight = pdf.points(14);
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

        pdf.beginTable({{u"Date"_s, 1.55},
                        {u"Event"_s, 3.6},
                        {u"Sources"_s, 1.75},
                        {u"Claims & factors"_s, 1.75},
                        {u"Status"_s, 0.85}});
        int done = 0;
        for (const ChronologyEntry &entry : std::as_const(data->entries)) {
            if ((++done & 511) == 0) {
                if (cancelled(control))
                    return fail(Error::Code::Cancelled, u"The export was cancelled."_s);
                report(control, 15 + 45 * done / int(data->entries.size()));
            }
            RichText event;
            event.append(entry.title.isEmpty() ? u"(untitled event)"_s : entry.title,
                         RichText::bold());
            if (!entry.description.isEmpty())
                event.append(u"\n"_s + entry.description);
            QStringList cites;
            for (const ExportSource &source : entry.sources) {
                cites.append(source.cite);
                cited.append(source);
            }
            pdf.addRow({RichText(entry.dateText),
                        event,
                        RichText(cites.join(u'\n'), TextRole::Small),
                        RichText(entry.claims.join(u'\n'), TextRole::Small),
                        entry.disputed ? RichText(u"Disputed"_s, TextRole::BodyBold, DisputedInk)
                                       : RichText(u"Undisputed"_s, TextRole::Body, MutedInk)},
                       entry.disputed ? DisputedShade : QColor());
        }
        addWithheldCitations(pdf, data->withheldSources);
        pdf.addSpacing(6);
        pdf.addParagraph(RichText(
            u"Dates are shown at the precision the evidence supports; \u201Ccirca\u201D marks an "
            u"approximate date, and times are local to the time zone shown. Disputed events are "
            u"shaded and outlined in red on the timeline."_s,
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

RichText evidenceText(const QList<ChartEvidence> &evidence)
{
    RichText text(QString(), TextRole::Small);
    if (evidence.isEmpty()) {
        text.append(u"None linked"_s, RichText::coloured(MutedInk));
        return text;
    }
    bool first = true;
    for (const ChartEvidence &item : evidence) {
        if (!first)
            text.append(u"\n"_s);
        first = false;
        text.append(item.cite, RichText::bold());
        text.append(u"  \u00B7 weight %1"_s.arg(item.weight), RichText::coloured(MutedInk));
        if (item.disputedEvent)
            text.append(u" \u00B7 disputed"_s, RichText::coloured(DisputedInk, true));
        if (!item.quote.isEmpty()) {
            text.append(u"\n\u201C"_s + item.quote.simplified() + u"\u201D"_s, RichText::italic());
            if (item.quoteVerified == true)
                text.append(u" \u2713 verified"_s, RichText::coloured(VerifiedInk, true));
            else if (item.quoteVerified == false)
                text.append(u" \u2717 not found on the cited pages"_s,
                            RichText::coloured(DisputedInk, true));
            else
                text.append(u" (not checked)"_s, RichText::coloured(MutedInk));
        }
        if (!item.note.isEmpty())
            text.append(u"\n"_s + item.note, RichText::coloured(MutedInk));
    }
    return text;
}

} // namespace

Result<ExportOutcome> exportClaimChart(CaseFile &caseFile,
                                       const QString &path,
                                       const ClaimChartOptions &options,
                                       const ExportControl &control)
{
    if (auto ok = checkOutputPath(path, caseFile.path()); !ok)
        return fail(ok.error());
    report(control, 2);
    auto data = loadClaimChart(caseFile.db(), options.filter, control.cancel);
    if (!data)
        return fail(data.error());
    report(control, 20);

    ReportSetup setup
        = makeSetup(data->caption, options.pdf, u"Claim Chart"_s, QPageLayout::Landscape);
    int claims = 0;
    int gaps = 0;
    for (const ChartNode &node : std::as_const(data->nodes)) {
        claims += node.depth == 0 ? 1 : 0;
        gaps += node.gap ? 1 : 0;
    }
    setup.subtitle = u"%1 \u00B7 %2 \u00B7 supporting and undermining evidence for each element "
                     u"or factor"_s.arg(claims == 1 ? u"1 claim"_s : u"%1 claims"_s.arg(claims),
                                        gaps == 1 ? u"1 gap"_s : u"%1 gaps"_s.arg(gaps));
    PdfReport pdf(setup);
    pdf.addCaption();

    ExportOutcome outcome;
    outcome.items = int(data->nodes.size());
    outcome.empty = data->nodes.isEmpty();
    QList<ExportSource> cited;
    if (data->nodes.isEmpty()) {
        pdf.addSpacing(18);
        pdf.addParagraph(RichText(u"This case has no claims yet."_s, TextRole::Heading));
        pdf.addParagraph(RichText(u"Add claims (or create them from a template) and link evidence "
                                  u"to their elements to build a claim chart."_s));
    }
    for (qsizetype index = 0; index < data->nodes.size(); ++index) {
        const ChartNode &node = data->nodes.at(index);
        for (const auto *list : {&node.supporting, &node.undermining, &node.context}) {
            for (const ChartEvidence &evidence : *list) {
                if (evidence.source)
                    cited.append(*evidence.source);
            }
        }
        if (node.depth == 0) {
            pdf.addSpacing(index == 0 ? 4 : 14);
            pdf.addHeading(node.title);
            QStringList facts;
            if (!node.assertedBy.isEmpty())
                facts.append(u"Asserted by: "_s + node.assertedBy);
            if (!node.legalStandard.isEmpty())
                facts.append(u"Standard: "_s + node.legalStandard);
            if (!node.status.isEmpty())
                facts.append(u"Status: "_s + node.status);
            if (!facts.isEmpty())
                pdf.addParagraph(
                    RichText(facts.join(u"   \u00B7   "_s), TextRole::Small, MutedInk));
            if (!node.description.isEmpty())
                pdf.addParagraph(RichText(node.description));
            pdf.addSpacing(4);
            pdf.beginTable({{u"Element / factor"_s, 1.7},
                            {u"Supporting evidence"_s, 2.9},
                            {u"Undermining evidence"_s, 2.9},
                            {u"Assessment"_s, 1.3}});
            const bool hasChildren
                = index + 1 < data->nodes.size() && data->nodes.at(index + 1).depth > 0;
            if (hasChildren)
                continue; // the claim's own row only when it has no elements
        }
        RichText element;
        element.append(QString(qMax(0, node.depth - 1) * 2, u' '));
        element.append(node.title, RichText::bold());
        if (node.depth > 0 && !node.kind.isEmpty())
            element.append(u"\n"_s + node.kind.left(1).toUpper() + node.kind.mid(1),
                           RichText::coloured(MutedInk));
        if (!node.legalStandard.isEmpty() && node.depth > 0)
            element.append(u"\n"_s + node.legalStandard, RichText::italic());
        if (!node.description.isEmpty() && node.depth > 0)
            element.append(u"\n"_s + node.description);

        RichText assessment(QString(), TextRole::Small);
        if (node.gap) {
            assessment.append(u"GAP\n"_s, RichText::coloured(GapInk, true));
            assessment.append(node.gapReason, RichText::coloured(GapInk));
        } else {
            assessment.append(u"%1 supporting \u00B7 %2 undermining"_s.arg(node.supporting.size())
                                  .arg(node.undermining.size()));
        }
        if (!node.context.isEmpty()) {
            assessment.append(u"\nContext:"_s, RichText::bold());
            for (const ChartEvidence &evidence : node.context)
                assessment.append(u"\n"_s + evidence.cite);
        }
        pdf.addRow(
            {element, evidenceText(node.supporting), evidenceText(node.undermining), assessment},
            node.gap ? GapShade : QColor());
        if (cancelled(control))
            return fail(Error::Code::Cancelled, u"The export was cancelled."_s);
    }
    addWithheldCitations(pdf, data->withheldSources);
    if (!data->nodes.isEmpty()) {
        pdf.addSpacing(6);
        pdf.addParagraph(RichText(u"A gap is an element or factor with no supporting evidence, or "
                                  u"supported only by disputed events. Quotes marked \u2713 were "
                                  u"found in the stored text of the cited pages."_s,
                                  TextRole::Note,
                                  MutedInk));
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
    return finish(
        caseFile, u"claim-chart"_s, path, json, cited, data->withheldSources, control, outcome);
}

namespace {

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

} // namespace

Result<ExportOutcome> exportExhibitList(CaseFile &caseFile,
                                        const QString &path,
                                        const ExhibitListOptions &options,
                                        const ExportControl &control)
{
    if (auto ok = checkOutputPath(path, caseFile.path()); !ok)
        return fail(ok.error());
    report(control, 2);
    auto data = loadExhibits(caseFile.db(), options.filter);
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
            QString text
                = u"\uFEFFexhibit,description,date,bates_begin,bates_end,status,sha256\r\n"_s;
            for (const ExhibitEntry &exhibit : std::as_const(data->exhibits)) {
                text += QStringList{csvField(exhibit.number),
                                    csvField(exhibit.description),
                                    csvField(exhibit.date),
                                    csvField(exhibit.batesBegin),
                                    csvField(exhibit.batesEnd),
                                    csvField(exhibit.status),
                                    exhibit.source.sha256}
                            .join(u',')
                        + u"\r\n"_s;
            }
            const QByteArray bytes = text.toUtf8();
            if (device.write(bytes) != bytes.size())
                return fail(
                    Error::Code::Io, u"Cannot write the exhibit list."_s, device.errorString());
            return {};
        });
        if (!written)
            return fail(written.error());
        outcome.pages = 0;
        return finish(
            caseFile, u"exhibit-list"_s, path, json, cited, data->withheld, control, outcome);
    }

    ReportSetup setup
        = makeSetup(data->caption, options.pdf, u"Exhibit List"_s, QPageLayout::Portrait);
    setup.subtitle
        = data->exhibits.size() == 1 ? u"1 exhibit"_s : u"%1 exhibits"_s.arg(data->exhibits.size());
    PdfReport pdf(setup);
    pdf.addCaption();
    if (data->exhibits.isEmpty()) {
        pdf.addSpacing(18);
        pdf.addParagraph(RichText(u"This case has no exhibits to list."_s, TextRole::Heading));
    } else {
        pdf.beginTable({{u"Exhibit"_s, 0.75},
                        {u"Description"_s, 2.6},
                        {u"Date"_s, 1.0},
                        {u"Bates range"_s, 2.0},
                        {u"Status"_s, 1.2}});
        for (const ExhibitEntry &exhibit : std::as_const(data->exhibits)) {
            QString bates = exhibit.batesBegin;
            if (!exhibit.batesEnd.isEmpty() && exhibit.batesEnd != exhibit.batesBegin)
                bates += u" \u2013 "_s + exhibit.batesEnd;
            pdf.addRow({RichText(exhibit.number, TextRole::BodyBold),
                        RichText(exhibit.description),
                        RichText(exhibit.date),
                        RichText(bates, TextRole::Small),
                        RichText(exhibit.status, TextRole::Small)});
        }
    }
    addWithheldNote(pdf,
                    data->withheld,
                    u"1 privileged exhibit was withheld from this list."_s,
                    u"%1 privileged exhibits were withheld from this list."_s);
    report(control, 60);
    auto pages = writeReport(path, caseFile.path(), pdf, setup, control);
    if (!pages)
        return fail(pages.error());
    outcome.pages = *pages;
    return finish(caseFile, u"exhibit-list"_s, path, json, cited, data->withheld, control, outcome);
}

} // namespace Casebinder::Export
