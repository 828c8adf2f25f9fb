// docket list | link | unlink: the case's court dockets (decision 0015), with their parties
// and entries, and the filings linked to the entries.
#include "clicommand.h"
#include "cliutil.h"
#include "commands/docketcommands.h"
#include "docketstore.h"
#include "subcommand.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runDocket(const QStringList &arguments);

CASEBINDER_CLI_COMMAND(u"docket"_s,
                       u"docket list CASE [--json] | docket link CASE --document ID --entry N[-A] "
                       u"[--docket ID] | docket unlink CASE --document ID"_s,
                       QString::fromUtf8(QT_TRANSLATE_NOOP(
                           "Casebinder::Cli",
                           "List the court dockets imported into the case (parties, lawyers and "
                           "entries), or link a filing to its docket entry by hand.")),
                       runDocket);

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject docketJson(const StoredDocket &stored)
{
    const Docket &docket = stored.docket;
    QJsonArray parties;
    for (const DocketParty &party : docket.parties) {
        QJsonArray attorneys;
        for (const DocketAttorney &attorney : party.attorneys)
            attorneys.append(QJsonObject{{u"name"_s, attorney.name},
                                         {u"roles"_s, QJsonArray::fromStringList(attorney.roles)}});
        parties.append(QJsonObject{
            {u"name"_s, party.name}, {u"type"_s, party.type}, {u"attorneys"_s, attorneys}});
    }
    QJsonArray entries;
    for (const StoredDocketEntry &entry : stored.entries) {
        QJsonArray attachments;
        for (const DocketAttachment &attachment : entry.entry.attachments)
            attachments.append(QJsonObject{
                {u"attachment_number"_s, attachment.attachmentNumber},
                {u"description"_s, attachment.description},
                {u"document"_s,
                 entry.attachmentDocuments.contains(attachment.attachmentNumber)
                     ? QJsonValue(entry.attachmentDocuments.value(attachment.attachmentNumber))
                     : QJsonValue()}});
        entries.append(QJsonObject{
            {u"id"_s, entry.id},
            {u"document_number"_s, entry.entry.documentNumber},
            {u"date_filed"_s, dateValue(entry.entry.dateFiled)},
            {u"description"_s, entry.entry.description},
            {u"attachments"_s, attachments},
            {u"document"_s, entry.documentId ? QJsonValue(*entry.documentId) : QJsonValue()}});
    }
    return QJsonObject{{u"id"_s, stored.id},
                       {u"court_id"_s, docket.courtId},
                       {u"docket_number"_s, docket.docketNumber},
                       {u"case_name"_s, docket.caseName},
                       {u"date_filed"_s, dateValue(docket.dateFiled)},
                       {u"date_terminated"_s, dateValue(docket.dateTerminated)},
                       {u"assigned_to"_s, docket.assignedTo},
                       {u"parties"_s, parties},
                       {u"entries"_s, entries}};
}

int runList(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(command, CliText::tr("List the court dockets imported into a case."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    auto caseFile = openCase(args.positional().constFirst(), CaseFile::Access::ReadOnly);
    if (!caseFile)
        return Failure;
    auto dockets = caseFile->dockets().list();
    if (!dockets) {
        printError(dockets.error());
        return Failure;
    }
    if (args.json()) {
        QJsonArray array;
        for (const StoredDocket &docket : std::as_const(*dockets))
            array.append(docketJson(docket));
        printJson(QJsonObject{{u"dockets"_s, array}});
        return Success;
    }
    for (const StoredDocket &stored : std::as_const(*dockets)) {
        const Docket &docket = stored.docket;
        printLine(CliText::tr("%1 %2  %3  (%4 parties, %5 entries)")
                      .arg(docket.courtId, docket.docketNumber, docket.caseName)
                      .arg(docket.parties.size())
                      .arg(stored.entries.size()));
        for (const StoredDocketEntry &entry : stored.entries)
            printLine(u"  %1  %2  %3"_s.arg(entry.entry.dateFiled.toString(Qt::ISODate),
                                            entry.entry.documentNumber.rightJustified(5),
                                            entry.entry.description.left(100)));
    }
    return Success;
}

template<typename MakeCommand>
int pushEdit(const QString &casePath, MakeCommand &&makeCommand, const QString &done)
{
    auto document = openCaseDocument(casePath);
    if (!document)
        return Failure;
    if (auto pushed = document->push(makeCommand(*document)); !pushed) {
        printError(pushed.error());
        return pushed.error().code == Error::Code::InvalidArgument ? BadUsage : Failure;
    }
    printLine(done);
    return Success;
}

int runLink(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(
        command,
        CliText::tr("Link a filing to its docket entry by hand. Its docket number, filed "
                    "date and title are taken from the entry unless it has its own."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.parser().addOptions(
        {{u"document"_s, CliText::tr("The filing's document id."), u"ID"_s},
         {u"entry"_s,
          CliText::tr("The entry's number on the docket: 34, or 34-2 for its "
                      "attachment 2."),
          u"N"_s},
         {u"docket"_s,
          CliText::tr("The docket's id (docket list --json), when several dockets have "
                      "such an entry."),
          u"ID"_s}});
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    if (!args.parser().isSet(u"document"_s) || !args.parser().isSet(u"entry"_s)) {
        printError(CliText::tr("Give the --document and the --entry to link.") + u'\n'
                   + usageLine(command.synopsis));
        return BadUsage;
    }
    auto documentId = parseId(args.parser().value(u"document"_s), u"document"_s);
    if (!documentId)
        return BadUsage;
    qint64 docketId = 0;
    if (args.parser().isSet(u"docket"_s)) {
        auto id = parseId(args.parser().value(u"docket"_s), u"docket"_s);
        if (!id)
            return BadUsage;
        docketId = *id;
    }
    const QString entry = args.parser().value(u"entry"_s);
    return pushEdit(
        args.positional().constFirst(),
        [&](CaseDocument &document) {
            return std::make_unique<LinkDocketEntryCommand>(document, *documentId, docketId, entry);
        },
        CliText::tr("Document %1 linked to docket entry %2.").arg(*documentId).arg(entry));
}

int runUnlink(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(
        command,
        CliText::tr("Unlink a filing from its docket entry; its fields keep their values."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.parser().addOption({u"document"_s, CliText::tr("The filing's document id."), u"ID"_s});
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    if (!args.parser().isSet(u"document"_s)) {
        printError(CliText::tr("Give the --document to unlink.") + u'\n'
                   + usageLine(command.synopsis));
        return BadUsage;
    }
    auto documentId = parseId(args.parser().value(u"document"_s), u"document"_s);
    if (!documentId)
        return BadUsage;
    return pushEdit(
        args.positional().constFirst(),
        [&](CaseDocument &document) {
            return std::make_unique<UnlinkDocketEntryCommand>(document, *documentId);
        },
        CliText::tr("Document %1 unlinked from its docket entry.").arg(*documentId));
}

int runDocket(const QStringList &arguments)
{
    return runSubcommand(u"docket"_s,
                         arguments,
                         {{u"list"_s, runList}, {u"link"_s, runLink}, {u"unlink"_s, runUnlink}});
}

} // namespace
} // namespace Casebinder::Cli
