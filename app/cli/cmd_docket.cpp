// docket list: the case's court dockets (decision 0015), with their parties and entries.
#include "clicommand.h"
#include "cliutil.h"
#include "docketstore.h"
#include "subcommand.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runDocket(const QStringList &arguments);

CASEBINDER_CLI_COMMAND(u"docket"_s,
                       u"docket list CASE [--json]"_s,
                       u"List the court dockets imported into the case: parties, lawyers and "
                       u"entries."_s,
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
            attachments.append(QJsonObject{{u"attachment_number"_s, attachment.attachmentNumber},
                                           {u"description"_s, attachment.description}});
        entries.append(QJsonObject{
            {u"document_number"_s, entry.entry.documentNumber},
            {u"date_filed"_s, dateValue(entry.entry.dateFiled)},
            {u"description"_s, entry.entry.description},
            {u"attachments"_s, attachments},
            {u"document"_s, entry.documentId ? QJsonValue(*entry.documentId) : QJsonValue()}});
    }
    return QJsonObject{{u"court_id"_s, docket.courtId},
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
    ArgumentParser args(command, u"List the court dockets imported into a case."_s);
    args.addPositional(u"CASE"_s, u"The case file."_s);
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
        printLine(u"%1 %2  %3  (%4 parties, %5 entries)"_s
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

int runDocket(const QStringList &arguments)
{
    return runSubcommand(u"docket"_s, arguments, {{u"list"_s, runList}});
}

} // namespace
} // namespace Casebinder::Cli
