// The chronology from the command line: event add, event list.
#include "commands/eventcommands.h"
#include "eventstore.h"
#include "subcommand.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runEvent(const QStringList &arguments);

CASEBINDER_CLI_COMMAND(
    u"event"_s,
    u"event add CASE --date TEXT --title TEXT [--description TEXT] "
    "[--dispute disputed|undisputed|unassessed | --disputed] "
    "[--source-document ID [--pages A-B] | --source-post ID] [--entity ID ...] | "
    "event set CASE ID [--dispute disputed|undisputed|unassessed] [--date TEXT] [--title TEXT] "
    "[--description TEXT] [--notes TEXT] | "
    "event list CASE [--from DATE] [--to DATE] [--claim ID] [--tag NAME] "
    "[--disputed|--undisputed|--unassessed] [--include-privileged] [--json]"_s,
    QString::fromUtf8(
        QT_TRANSLATE_NOOP("Casebinder::Cli",
                          "Add an event to the chronology, change one, or list it in date order.")),
    runEvent);

std::optional<std::pair<int, int>> parsePages(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d+)\\s*(?:[-\\x{2013}]\\s*(\\d+)\\s*)?$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int from = match.captured(1).toInt();
    const int to = match.hasCaptured(2) ? match.captured(2).toInt() : from;
    return std::pair{from, to};
}

// Translated when shown: commands register before any translator exists.
QString disputeHelp()
{
    return CliText::tr("Whether the parties dispute it: disputed, undisputed or "
                       "unassessed (the default: nobody has assessed it).");
}

// "yes"/"no" read as disputed/undisputed, for people who think of it as a question.
std::optional<DisputeStatus> parseDispute(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == u"yes")
        return DisputeStatus::Disputed;
    if (value == u"no")
        return DisputeStatus::Undisputed;
    if (value == u"not-assessed" || value == u"not_assessed")
        return DisputeStatus::NotAssessed;
    if (auto status = disputeStatusFromName(value))
        return status;
    printError(CliText::tr("'%1' is not a dispute status; say disputed, undisputed or unassessed.")
                   .arg(text));
    return std::nullopt;
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QJsonObject eventJson(const EventRecord &event)
{
    QJsonArray sources;
    for (const EventSource &source : event.sources) {
        QJsonObject json{
            {u"id"_s, source.id}, {u"cite"_s, source.cite}, {u"privileged"_s, source.privileged}};
        if (source.documentId) {
            json.insert(u"document_id"_s, *source.documentId);
            json.insert(u"title"_s, source.title);
        }
        if (source.pageFrom)
            json.insert(u"page_from"_s, *source.pageFrom);
        if (source.pageTo)
            json.insert(u"page_to"_s, *source.pageTo);
        if (source.postId)
            json.insert(u"post_id"_s, *source.postId);
        if (!source.note.isEmpty())
            json.insert(u"note"_s, source.note);
        sources.append(json);
    }
    return QJsonObject{
        {u"id"_s, event.id},
        {u"date"_s, event.date.display()},
        {u"date_input"_s, event.date.toInput()},
        {u"start"_s, event.date.storageStart()},
        {u"end"_s, event.date.isRange() ? QJsonValue(event.date.storageEnd()) : QJsonValue()},
        {u"precision"_s, event.date.storagePrecision()},
        {u"circa"_s, event.date.isCirca()},
        {u"time_zone"_s, event.date.timeZoneId()},
        {u"title"_s, event.title},
        {u"description"_s, event.description},
        {u"disputed"_s, event.dispute == DisputeStatus::Disputed},
        {u"dispute"_s, disputeStatusName(event.dispute)},
        {u"notes"_s, event.notes},
        {u"sources"_s, sources},
        {u"withheld_sources"_s, event.withheldSources},
        {u"entities"_s, idArray(event.entityIds)},
        {u"claims"_s, idArray(event.claimIds)},
        {u"tags"_s, idArray(event.tagIds)},
    };
}

int runAdd(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(command, CliText::tr("Add an event to the chronology."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.parser().addOptions({
        {u"date"_s,
         CliText::tr(
             "When: 2021-01-10, 2021-01, 2021, \"2021-01-10 23:59 PST\", 2021-01-17..2021-01-18, "
             "\"circa 2021-01\"."),
         u"TEXT"_s},
        {u"title"_s, CliText::tr("What happened, in a line."), u"TEXT"_s},
        {u"description"_s, CliText::tr("More detail."), u"TEXT"_s},
        {u"notes"_s, CliText::tr("Private notes."), u"TEXT"_s},
        {u"disputed"_s, CliText::tr("The other side disputes it (same as --dispute disputed).")},
        {u"dispute"_s, disputeHelp(), u"STATE"_s},
        {u"source-document"_s, CliText::tr("A document that shows it."), u"ID"_s},
        {u"pages"_s, CliText::tr("The pages of that document: 5 or 3-4."), u"A-B"_s},
        {u"source-post"_s, CliText::tr("A post that shows it."), u"ID"_s},
        {u"entity"_s, CliText::tr("A person or organisation involved (repeatable)."), u"ID"_s},
    });
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    const QCommandLineParser &p = args.parser();
    if (!p.isSet(u"date"_s) || !p.isSet(u"title"_s)) {
        printError(CliText::tr("event add needs --date and --title.") + u'\n'
                   + usageLine(command.synopsis));
        return BadUsage;
    }
    auto date = EventDate::parse(p.value(u"date"_s));
    if (!date) {
        printError(date.error());
        return BadUsage;
    }
    EventRecord record;
    record.date = *date;
    record.title = p.value(u"title"_s);
    record.description = p.value(u"description"_s);
    record.notes = p.value(u"notes"_s);
    if (p.isSet(u"disputed"_s) && p.isSet(u"dispute"_s)) {
        printError(CliText::tr("Give --dispute or --disputed, not both."));
        return BadUsage;
    }
    if (p.isSet(u"disputed"_s))
        record.dispute = DisputeStatus::Disputed;
    if (p.isSet(u"dispute"_s)) {
        auto status = parseDispute(p.value(u"dispute"_s));
        if (!status)
            return BadUsage;
        record.dispute = *status;
    }
    if (p.isSet(u"source-document"_s) && p.isSet(u"source-post"_s)) {
        printError(CliText::tr("Give either --source-document or --source-post, not both."));
        return BadUsage;
    }
    if (p.isSet(u"pages"_s) && !p.isSet(u"source-document"_s)) {
        printError(CliText::tr("--pages needs --source-document."));
        return BadUsage;
    }
    if (p.isSet(u"source-document"_s)) {
        auto id = parseId(p.value(u"source-document"_s), u"document"_s);
        if (!id)
            return BadUsage;
        EventSource source = EventSource::document(*id);
        if (p.isSet(u"pages"_s)) {
            auto pages = parsePages(p.value(u"pages"_s));
            if (!pages) {
                printError(CliText::tr("'%1' is not a page range; write 5 or 3-4.")
                               .arg(p.value(u"pages"_s)));
                return BadUsage;
            }
            source.pageFrom = pages->first;
            source.pageTo = pages->second;
        }
        record.sources.append(source);
    }
    if (p.isSet(u"source-post"_s)) {
        auto id = parseId(p.value(u"source-post"_s), u"post"_s);
        if (!id)
            return BadUsage;
        record.sources.append(EventSource::post(*id));
    }
    auto entities = parseIds(p.values(u"entity"_s), CliText::tr("person or organisation"));
    if (!entities)
        return BadUsage;
    record.entityIds = *entities;

    auto document = openCaseDocument(args.positional().constFirst());
    if (!document)
        return Failure;
    auto add = std::make_unique<AddEventCommand>(*document, record);
    AddEventCommand *added = add.get();
    if (auto pushed = document->push(std::move(add)); !pushed) {
        printError(pushed.error());
        return Failure;
    }
    if (args.json()) {
        auto event = document->events().event(added->eventId());
        if (!event) {
            printError(event.error());
            return Failure;
        }
        printJson(QJsonObject{{u"event"_s, eventJson(*event)}});
    } else {
        printLine(CliText::tr("Added event %1: %2 — %3")
                      .arg(added->eventId())
                      .arg(record.date.display(), record.title));
    }
    return Success;
}

std::optional<QDate> parseBound(const QCommandLineParser &p, const QString &option, bool start)
{
    if (!p.isSet(option))
        return QDate();
    auto date = EventDate::parse(p.value(option));
    if (!date) {
        printError(u"--%1: %2"_s.arg(option, date.error().message));
        return std::nullopt;
    }
    return start ? date->firstDay() : date->lastDay();
}

int runList(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(command, CliText::tr("List the chronology in date order."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.parser().addOptions({
        {u"from"_s,
         CliText::tr("Events on or after this date (2021-01-10, 2021-01 or 2021)."),
         u"DATE"_s},
        {u"to"_s, CliText::tr("Events on or before this date."), u"DATE"_s},
        {u"claim"_s, CliText::tr("Only events linked to this claim or its elements."), u"ID"_s},
        {u"tag"_s, CliText::tr("Only events with this tag (or a tag beneath it)."), u"NAME"_s},
        {u"disputed"_s, CliText::tr("Only disputed events.")},
        {u"undisputed"_s, CliText::tr("Only events assessed as undisputed.")},
        {u"unassessed"_s, CliText::tr("Only events whose dispute status nobody has assessed.")},
        {u"include-privileged"_s, CliText::tr("Also cite privileged documents.")},
        {u"coarse-last"_s,
         CliText::tr("Place a month or year after the days inside it (default: before them).")},
    });
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    const QCommandLineParser &p = args.parser();
    EventFilter filter;
    const auto from = parseBound(p, u"from"_s, true);
    const auto to = parseBound(p, u"to"_s, false);
    if (!from || !to)
        return BadUsage;
    filter.from = *from;
    filter.to = *to;
    if (p.isSet(u"claim"_s)) {
        auto id = parseId(p.value(u"claim"_s), u"claim"_s);
        if (!id)
            return BadUsage;
        filter.claimId = *id;
    }
    filter.tag = p.value(u"tag"_s);
    if (int(p.isSet(u"disputed"_s)) + int(p.isSet(u"undisputed"_s)) + int(p.isSet(u"unassessed"_s))
        > 1) {
        printError(CliText::tr("Give one of --disputed, --undisputed and --unassessed."));
        return BadUsage;
    }
    if (p.isSet(u"unassessed"_s))
        filter.disputed = EventFilter::Disputed::NotAssessedOnly;
    if (p.isSet(u"disputed"_s))
        filter.disputed = EventFilter::Disputed::DisputedOnly;
    if (p.isSet(u"undisputed"_s))
        filter.disputed = EventFilter::Disputed::UndisputedOnly;
    filter.includePrivileged = p.isSet(u"include-privileged"_s);

    auto caseFile = openCase(args.positional().constFirst(), CaseFile::Access::ReadOnly);
    if (!caseFile)
        return Failure;
    auto events
        = caseFile->events().events(filter,
                                    p.isSet(u"coarse-last"_s) ? EventDate::Placement::PeriodEnd
                                                              : EventDate::Placement::PeriodStart);
    if (!events) {
        printError(events.error());
        return Failure;
    }
    int withheld = 0;
    for (const EventRecord &event : std::as_const(*events))
        withheld += event.withheldSources;
    if (args.json()) {
        QJsonArray array;
        for (const EventRecord &event : std::as_const(*events))
            array.append(eventJson(event));
        printJson(QJsonObject{{u"events"_s, array}, {u"withheld_sources"_s, withheld}});
        return Success;
    }
    for (const EventRecord &event : std::as_const(*events)) {
        QStringList cites;
        for (const EventSource &source : event.sources)
            cites.append(source.cite);
        printLine(
            u"%1  %2  %3%4%5"_s.arg(QString::number(event.id).rightJustified(5),
                                    event.date.display().leftJustified(24),
                                    event.title,
                                    event.dispute == DisputeStatus::NotAssessed
                                        ? QString()
                                        : u"  [%1]"_s.arg(disputeStatusName(event.dispute)),
                                    cites.isEmpty() ? QString() : u"  — "_s + cites.join(u"; "_s)));
    }
    if (withheld > 0)
        printLine(CliText::tr("(%1 privileged source(s) not shown; use --include-privileged)")
                      .arg(withheld));
    return Success;
}

int runSet(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(command,
                        CliText::tr("Change an event's dispute status, date, title or notes."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"ID"_s, CliText::tr("The event."));
    args.parser().addOptions({
        {u"dispute"_s, disputeHelp(), u"STATE"_s},
        {u"date"_s, CliText::tr("When (as for event add)."), u"TEXT"_s},
        {u"title"_s, CliText::tr("What happened, in a line."), u"TEXT"_s},
        {u"description"_s, CliText::tr("More detail."), u"TEXT"_s},
        {u"notes"_s, CliText::tr("Private notes."), u"TEXT"_s},
    });
    if (auto exit = args.parse(arguments, 2, 2))
        return *exit;
    const QCommandLineParser &p = args.parser();
    auto id = parseId(args.positional().at(1), u"event"_s);
    if (!id)
        return BadUsage;
    if (!p.isSet(u"dispute"_s) && !p.isSet(u"date"_s) && !p.isSet(u"title"_s)
        && !p.isSet(u"description"_s) && !p.isSet(u"notes"_s)) {
        printError(CliText::tr("Name a field to set.") + u'\n' + usageLine(command.synopsis));
        return BadUsage;
    }
    std::optional<DisputeStatus> dispute;
    if (p.isSet(u"dispute"_s) && !(dispute = parseDispute(p.value(u"dispute"_s))))
        return BadUsage;
    std::optional<EventDate> date;
    if (p.isSet(u"date"_s)) {
        auto parsed = EventDate::parse(p.value(u"date"_s));
        if (!parsed) {
            printError(parsed.error());
            return BadUsage;
        }
        date = *parsed;
    }
    auto document = openCaseDocument(args.positional().constFirst());
    if (!document)
        return Failure;
    auto record = document->events().event(*id);
    if (!record) {
        printError(record.error());
        return Failure;
    }
    if (dispute)
        record->dispute = *dispute;
    if (date)
        record->date = *date;
    if (p.isSet(u"title"_s))
        record->title = p.value(u"title"_s);
    if (p.isSet(u"description"_s))
        record->description = p.value(u"description"_s);
    if (p.isSet(u"notes"_s))
        record->notes = p.value(u"notes"_s);
    if (auto pushed = document->push(std::make_unique<EditEventCommand>(*document, *record));
        !pushed) {
        printError(pushed.error());
        return pushed.error().code == Error::Code::InvalidArgument ? BadUsage : Failure;
    }
    printLine(CliText::tr("Event %1 updated.").arg(*id));
    return Success;
}

int runEvent(const QStringList &arguments)
{
    return runSubcommand(
        u"event"_s, arguments, {{u"add"_s, runAdd}, {u"set"_s, runSet}, {u"list"_s, runList}});
}

} // namespace
} // namespace Casebinder::Cli
