// People and organisations from the command line: entity add, entity list, entity link.
#include "commands/entitycommands.h"
#include "entitystore.h"
#include "subcommand.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runEntity(const QStringList &arguments);

CASEBINDER_CLI_COMMAND(
    u"entity"_s,
    u"entity add CASE --name NAME --kind person|organisation --role "
    "party|counsel|judge|witness|third_party [--description TEXT] | entity list CASE [--json] | "
    "entity link CASE ID (--event ID | --document ID) [--unlink]"_s,
    QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Casebinder::Cli", "Add, list or link the people and organisations in a case.")),
    runEntity);

int runAdd(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(command, CliText::tr("Add a person or organisation."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.parser().addOptions({
        {u"name"_s, CliText::tr("The name."), u"NAME"_s},
        {u"kind"_s, CliText::tr("person or organisation (default organisation)."), u"KIND"_s},
        {u"role"_s,
         CliText::tr("party, counsel, judge, witness or third_party (default third_party)."),
         u"ROLE"_s},
        {u"description"_s, CliText::tr("Who they are."), u"TEXT"_s},
    });
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    const QCommandLineParser &p = args.parser();
    EntityRecord record;
    record.name = p.value(u"name"_s);
    if (record.name.trimmed().isEmpty()) {
        printError(CliText::tr("entity add needs --name.") + u'\n' + usageLine(command.synopsis));
        return BadUsage;
    }
    if (p.isSet(u"kind"_s)) {
        auto kind = entityKindFromName(p.value(u"kind"_s));
        if (!kind) {
            printError(CliText::tr("'%1' is not a kind; use person or organisation.")
                           .arg(p.value(u"kind"_s)));
            return BadUsage;
        }
        record.kind = *kind;
    }
    if (p.isSet(u"role"_s)) {
        auto role = entityRoleFromName(p.value(u"role"_s));
        if (!role) {
            printError(CliText::tr(
                           "'%1' is not a role; use party, counsel, judge, witness or third_party.")
                           .arg(p.value(u"role"_s)));
            return BadUsage;
        }
        record.role = *role;
    }
    record.description = p.value(u"description"_s);
    auto document = openCaseDocument(args.positional().constFirst());
    if (!document)
        return Failure;
    auto add = std::make_unique<AddEntityCommand>(*document, record);
    AddEntityCommand *added = add.get();
    if (auto pushed = document->push(std::move(add)); !pushed) {
        printError(pushed.error());
        return Failure;
    }
    if (args.json())
        printJson(QJsonObject{{u"id"_s, added->entityId()}, {u"name"_s, record.name.trimmed()}});
    else
        printLine(CliText::tr("Added %1 %2: %3")
                      .arg(entityKindName(record.kind))
                      .arg(added->entityId())
                      .arg(record.name.trimmed()));
    return Success;
}

int runList(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(command, CliText::tr("List the people and organisations in a case."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    auto caseFile = openCase(args.positional().constFirst(), CaseFile::Access::ReadOnly);
    if (!caseFile)
        return Failure;
    auto store = caseFile->entities();
    auto entities = store.entities();
    if (!entities) {
        printError(entities.error());
        return Failure;
    }
    QJsonArray array;
    for (const EntityRecord &entity : std::as_const(*entities)) {
        auto events = store.eventsOf(entity.id);
        auto documents = store.documentsOf(entity.id);
        if (!events || !documents) {
            printError(!events ? events.error() : documents.error());
            return Failure;
        }
        if (!args.json()) {
            printLine(u"%1  %2  %3  %4"_s.arg(QString::number(entity.id).rightJustified(5),
                                              entity.name,
                                              entityKindName(entity.kind),
                                              entityRoleLabel(entity.role)));
            continue;
        }
        QJsonArray eventIds, documentIds;
        for (qint64 id : std::as_const(*events))
            eventIds.append(id);
        for (qint64 id : std::as_const(*documents))
            documentIds.append(id);
        array.append(QJsonObject{{u"id"_s, entity.id},
                                 {u"name"_s, entity.name},
                                 {u"kind"_s, entityKindName(entity.kind)},
                                 {u"role"_s, entityRoleName(entity.role)},
                                 {u"description"_s, entity.description},
                                 {u"events"_s, eventIds},
                                 {u"documents"_s, documentIds}});
    }
    if (args.json())
        printJson(QJsonObject{{u"entities"_s, array}});
    return Success;
}

int runLink(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(command,
                        CliText::tr("Link a person or organisation to an event or a document."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"ID"_s, CliText::tr("The person or organisation."));
    args.parser().addOptions({
        {u"event"_s, CliText::tr("The event."), u"ID"_s},
        {u"document"_s, CliText::tr("The document."), u"ID"_s},
        {u"unlink"_s, CliText::tr("Remove the link instead.")},
    });
    if (auto exit = args.parse(arguments, 2, 2))
        return *exit;
    const QCommandLineParser &p = args.parser();
    if (p.isSet(u"event"_s) == p.isSet(u"document"_s)) {
        printError(CliText::tr("Give --event or --document.") + u'\n'
                   + usageLine(command.synopsis));
        return BadUsage;
    }
    const bool toEvent = p.isSet(u"event"_s);
    auto entityId = parseId(args.positional().at(1), CliText::tr("person or organisation"));
    auto targetId = parseId(p.value(toEvent ? u"event"_s : u"document"_s),
                            toEvent ? u"event"_s : u"document"_s);
    if (!entityId || !targetId)
        return BadUsage;
    auto document = openCaseDocument(args.positional().constFirst());
    if (!document)
        return Failure;
    const auto action = p.isSet(u"unlink"_s) ? LinkEntityCommand::Action::Unlink
                                             : LinkEntityCommand::Action::Link;
    if (auto pushed = document->push(std::make_unique<LinkEntityCommand>(
            *document,
            *entityId,
            toEvent ? LinkEntityCommand::Target::Event : LinkEntityCommand::Target::Document,
            *targetId,
            action));
        !pushed) {
        printError(pushed.error());
        return Failure;
    }
    const bool link = action == LinkEntityCommand::Action::Link;
    const QString done = link ? (toEvent ? CliText::tr("Linked %1 to event %2")
                                         : CliText::tr("Linked %1 to document %2"))
                              : (toEvent ? CliText::tr("Unlinked %1 from event %2")
                                         : CliText::tr("Unlinked %1 from document %2"));
    printLine(done.arg(*entityId).arg(*targetId));
    return Success;
}

int runEntity(const QStringList &arguments)
{
    return runSubcommand(
        u"entity"_s, arguments, {{u"add"_s, runAdd}, {u"list"_s, runList}, {u"link"_s, runLink}});
}

} // namespace
} // namespace Casebinder::Cli
