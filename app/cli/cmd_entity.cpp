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
    u"Add, list or link the people and organisations in a case."_s,
    runEntity);

int runAdd(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(command, u"Add a person or organisation."_s);
    args.addPositional(u"CASE"_s, u"The case file."_s);
    args.parser().addOptions({
        {u"name"_s, u"The name."_s, u"NAME"_s},
        {u"kind"_s, u"person or organisation (default organisation)."_s, u"KIND"_s},
        {u"role"_s,
         u"party, counsel, judge, witness or third_party (default third_party)."_s,
         u"ROLE"_s},
        {u"description"_s, u"Who they are."_s, u"TEXT"_s},
    });
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    const QCommandLineParser &p = args.parser();
    EntityRecord record;
    record.name = p.value(u"name"_s);
    if (record.name.trimmed().isEmpty()) {
        printError(u"entity add needs --name.\nUsage: casebinder-cli "_s + command.synopsis);
        return BadUsage;
    }
    if (p.isSet(u"kind"_s)) {
        auto kind = entityKindFromName(p.value(u"kind"_s));
        if (!kind) {
            printError(
                u"'%1' is not a kind; use person or organisation."_s.arg(p.value(u"kind"_s)));
            return BadUsage;
        }
        record.kind = *kind;
    }
    if (p.isSet(u"role"_s)) {
        auto role = entityRoleFromName(p.value(u"role"_s));
        if (!role) {
            printError(
                u"'%1' is not a role; use party, counsel, judge, witness or third_party."_s.arg(
                    p.value(u"role"_s)));
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
        printLine(u"Added %1 %2: %3"_s.arg(entityKindName(record.kind))
                      .arg(added->entityId())
                      .arg(record.name.trimmed()));
    return Success;
}

int runList(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(command, u"List the people and organisations in a case."_s);
    args.addPositional(u"CASE"_s, u"The case file."_s);
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
    ArgumentParser args(command, u"Link a person or organisation to an event or a document."_s);
    args.addPositional(u"CASE"_s, u"The case file."_s);
    args.addPositional(u"ID"_s, u"The person or organisation."_s);
    args.parser().addOptions({
        {u"event"_s, u"The event."_s, u"ID"_s},
        {u"document"_s, u"The document."_s, u"ID"_s},
        {u"unlink"_s, u"Remove the link instead."_s},
    });
    if (auto exit = args.parse(arguments, 2, 2))
        return *exit;
    const QCommandLineParser &p = args.parser();
    if (p.isSet(u"event"_s) == p.isSet(u"document"_s)) {
        printError(u"Give --event or --document.\nUsage: casebinder-cli "_s + command.synopsis);
        return BadUsage;
    }
    const bool toEvent = p.isSet(u"event"_s);
    auto entityId = parseId(args.positional().at(1), u"person or organisation"_s);
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
    printLine(u"%1 %2 %3 %4 %5"_s
                  .arg(action == LinkEntityCommand::Action::Link ? u"Linked"_s : u"Unlinked"_s)
                  .arg(*entityId)
                  .arg(action == LinkEntityCommand::Action::Link ? u"to"_s : u"from"_s,
                       toEvent ? u"event"_s : u"document"_s)
                  .arg(*targetId));
    return Success;
}

int runEntity(const QStringList &arguments)
{
    return runSubcommand(
        u"entity"_s, arguments, {{u"add"_s, runAdd}, {u"list"_s, runList}, {u"link"_s, runLink}});
}

} // namespace
} // namespace Casebinder::Cli
