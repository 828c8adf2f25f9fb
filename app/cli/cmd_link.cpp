// link: evidence links between claim nodes and documents, posts or events.
#include "casedocument.h"
#include "clicommand.h"
#include "cliutil.h"
#include "commands/linkcommands.h"
#include "linkstore.h"
#include "quoteverifier.h"
#include "subcommand.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runLink(const QStringList &arguments);

CASEBINDER_CLI_COMMAND(
    u"link"_s,
    u"link add|list|verify|delete CASE ..."_s,
    QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Casebinder::Cli",
        "Link evidence (document pages with a quote, posts, events) to claim elements.")),
    runLink);

const Command &command()
{
    return *CommandRegistry::instance().find(u"link"_s);
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QJsonValue optionalJson(const auto &value)
{
    return value ? QJsonValue(qint64(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject linkToJson(const LinkDetails &details)
{
    const EvidenceLink &link = details.link;
    return QJsonObject{
        {u"id"_s, link.id},
        {u"claim_id"_s, link.claimId},
        {u"document_id"_s, optionalJson(link.documentId)},
        {u"page_from"_s, optionalJson(link.pageFrom)},
        {u"page_to"_s, optionalJson(link.pageTo)},
        {u"post_id"_s, optionalJson(link.postId)},
        {u"event_id"_s, optionalJson(link.eventId)},
        {u"quote"_s, link.quote},
        {u"quote_verified"_s,
         link.quoteVerified ? QJsonValue(*link.quoteVerified) : QJsonValue(QJsonValue::Null)},
        {u"stance"_s, EvidenceLink::stanceName(link.stance)},
        {u"weight"_s, link.weight},
        {u"note"_s, link.note},
        {u"cite"_s, details.cite},
        {u"target"_s, details.targetTitle},
        {u"created_at"_s, link.createdAt},
    };
}

QString verifiedMark(const EvidenceLink &link)
{
    if (!link.quoteVerified)
        return QString();
    return *link.quoteVerified ? CliText::tr(" [quote verified]")
                               : CliText::tr(" [quote NOT found]");
}

int runAdd(const QStringList &arguments)
{
    ArgumentParser args(
        command(),
        CliText::tr("Link a document page range (with an optional quote), a post or an event to a"
                    " claim node. A quote is checked against the stored text of the cited pages."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addJsonOption();
    args.parser().addOptions({
        {u"claim"_s, CliText::tr("The claim, element or factor."), u"ID"_s},
        {u"document"_s, CliText::tr("A document."), u"ID"_s},
        {u"pages"_s, CliText::tr("The cited pages: 5 or 3-4."), u"RANGE"_s},
        {u"quote"_s, CliText::tr("Words quoted from the cited pages."), u"TEXT"_s},
        {u"post"_s, CliText::tr("A post."), u"ID"_s},
        {u"event"_s, CliText::tr("A chronology event."), u"ID"_s},
        {u"stance"_s,
         CliText::tr("supports (default), undermines or context."),
         u"STANCE"_s,
         u"supports"_s},
        {u"weight"_s, CliText::tr("1 (weak) to 5 (strong); default 3."), u"N"_s, u"3"_s},
        {u"note"_s, CliText::tr("A note."), u"TEXT"_s},
    });
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    const QCommandLineParser &p = args.parser();
    EvidenceLink link;
    const auto claim = parseId(p.value(u"claim"_s));
    if (!claim) {
        printError(CliText::tr("link add needs --claim ID."));
        return BadUsage;
    }
    link.claimId = *claim;
    const std::pair<const char16_t *, std::optional<qint64> EvidenceLink::*> targets[] = {
        {u"document", &EvidenceLink::documentId},
        {u"post", &EvidenceLink::postId},
        {u"event", &EvidenceLink::eventId},
    };
    int targetCount = 0;
    for (const auto &[name, member] : targets) {
        const QString option = QString::fromUtf16(name);
        if (!p.isSet(option))
            continue;
        ++targetCount;
        link.*member = parseId(p.value(option));
        if (!(link.*member)) {
            printError(CliText::tr("--%1 needs an id.").arg(option));
            return BadUsage;
        }
    }
    if (targetCount != 1) {
        printError(CliText::tr("link add needs exactly one of --document, --post and --event."));
        return BadUsage;
    }
    if (p.isSet(u"pages"_s)) {
        static const QRegularExpression range(u"^\\s*(\\d+)\\s*(?:[-–—]\\s*(\\d+))?\\s*$"_s);
        const auto match = range.match(p.value(u"pages"_s));
        if (!match.hasMatch()) {
            printError(CliText::tr("--pages “%1” is not a page or a range like 3-4.")
                           .arg(p.value(u"pages"_s)));
            return BadUsage;
        }
        link.pageFrom = match.captured(1).toInt();
        if (match.hasCaptured(2))
            link.pageTo = match.captured(2).toInt();
    }
    link.quote = p.value(u"quote"_s);
    const auto stance = EvidenceLink::stanceFromName(p.value(u"stance"_s));
    if (!stance) {
        printError(CliText::tr("--stance must be supports, undermines or context."));
        return BadUsage;
    }
    link.stance = *stance;
    bool ok = false;
    link.weight = p.value(u"weight"_s).toInt(&ok);
    if (!ok || link.weight < 1 || link.weight > 5) {
        printError(CliText::tr("--weight must be a number from 1 to 5."));
        return BadUsage;
    }
    link.note = p.value(u"note"_s);

    auto caseFile = openCase(args.positional().constFirst(), CaseFile::Access::ReadWrite);
    if (!caseFile)
        return Failure;
    CaseDocument document(std::move(*caseFile));
    auto add = std::make_unique<AddLinkCommand>(document, link);
    const AddLinkCommand &added = *add;
    if (auto pushed = document.push(std::move(add)); !pushed) {
        printError(pushed.error());
        return Failure;
    }
    auto details = document.links().details(added.link().id);
    if (!details) {
        printError(details.error());
        return Failure;
    }
    if (args.json())
        printJson(linkToJson(*details));
    else
        printLine(CliText::tr("Linked %1 to claim %2 (%3, weight %4)%5")
                      .arg(details->cite)
                      .arg(link.claimId)
                      .arg(EvidenceLink::stanceName(link.stance))
                      .arg(link.weight)
                      .arg(verifiedMark(details->link)));
    return Success;
}

int runList(const QStringList &arguments)
{
    ArgumentParser args(command(), CliText::tr("List evidence links, of one claim node or all."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addJsonOption();
    args.parser().addOption(
        {u"claim"_s, CliText::tr("Only the links of this claim node."), u"ID"_s});
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    std::optional<qint64> claim;
    if (args.parser().isSet(u"claim"_s)) {
        claim = parseId(args.parser().value(u"claim"_s));
        if (!claim) {
            printError(CliText::tr("--claim needs a claim id."));
            return BadUsage;
        }
    }
    auto caseFile = openCase(args.positional().constFirst(), CaseFile::Access::ReadOnly);
    if (!caseFile)
        return Failure;
    auto store = caseFile->links();
    auto links = claim ? store.detailsOf(*claim) : store.allDetails();
    if (!links) {
        printError(links.error());
        return Failure;
    }
    if (args.json()) {
        QJsonArray array;
        for (const LinkDetails &each : std::as_const(*links))
            array.append(linkToJson(each));
        printJson(QJsonObject{{u"links"_s, array}});
        return Success;
    }
    for (const LinkDetails &each : std::as_const(*links)) {
        printLine(CliText::tr("%1  claim %2  %3  %4 (weight %5)%6")
                      .arg(each.link.id)
                      .arg(each.link.claimId)
                      .arg(EvidenceLink::stanceName(each.link.stance).leftJustified(10), each.cite)
                      .arg(each.link.weight)
                      .arg(verifiedMark(each.link)));
        if (!each.link.quote.isEmpty())
            printLine(u"    “%1”"_s.arg(each.link.quote.simplified()));
    }
    if (links->isEmpty())
        printLine(CliText::tr("No evidence links."));
    return Success;
}

int runVerify(const QStringList &arguments)
{
    ArgumentParser args(
        command(),
        CliText::tr(
            "Check quotes against the stored page text again and store the result;"
            " without IDs, every link with a quote. Exits with 1 when a quote is not found."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"ID"_s, CliText::tr("Evidence links to verify."), u"[ID...]"_s);
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 1))
        return *exit;
    QList<qint64> ids;
    for (const QString &text : args.positional().mid(1)) {
        const auto id = parseId(text);
        if (!id) {
            printError(CliText::tr("“%1” is not an evidence link id.").arg(text));
            return BadUsage;
        }
        ids.append(*id);
    }
    auto caseFile = openCase(args.positional().constFirst(), CaseFile::Access::ReadWrite);
    if (!caseFile)
        return Failure;
    CaseDocument document(std::move(*caseFile));
    auto store = document.links();
    if (ids.isEmpty()) {
        auto all = store.allDetails();
        if (!all) {
            printError(all.error());
            return Failure;
        }
        for (const LinkDetails &each : std::as_const(*all)) {
            if (!each.link.quote.trimmed().isEmpty() && each.link.documentId)
                ids.append(each.link.id);
        }
    }
    QJsonArray results;
    bool allVerified = true;
    for (const qint64 id : std::as_const(ids)) {
        auto verify = std::make_unique<VerifyQuoteCommand>(document, id);
        const VerifyQuoteCommand &done = *verify;
        if (auto pushed = document.push(std::move(verify)); !pushed) {
            printError(pushed.error());
            return Failure;
        }
        auto details = store.details(id);
        if (!details) {
            printError(details.error());
            return Failure;
        }
        QString reason;
        if (details->link.documentId && !details->link.quote.trimmed().isEmpty()) {
            const int from = details->link.pageFrom.value_or(1);
            auto outcome = QuoteVerifier::verify(
                document.caseFile(),
                *details->link.documentId,
                from,
                details->link.pageTo.value_or(details->link.pageFrom.value_or(INT_MAX)),
                details->link.quote);
            if (outcome && !outcome->verified)
                reason = outcome->reason;
        }
        allVerified = allVerified && done.verified().value_or(true);
        results.append(QJsonObject{
            {u"id"_s, id},
            {u"cite"_s, details->cite},
            {u"quote_verified"_s,
             done.verified() ? QJsonValue(*done.verified()) : QJsonValue(QJsonValue::Null)},
            {u"reason"_s, reason}});
        if (!args.json()) {
            const QString state = !done.verified()   ? CliText::tr("no quote to verify")
                                  : *done.verified() ? CliText::tr("verified")
                                                     : CliText::tr("NOT FOUND — ") + reason;
            printLine(u"%1  %2  %3"_s.arg(id).arg(details->cite, state));
        }
    }
    if (args.json())
        printJson(QJsonObject{{u"links"_s, results}, {u"all_verified"_s, allVerified}});
    else if (ids.isEmpty())
        printLine(CliText::tr("No quotes to verify."));
    return allVerified ? Success : Failure;
}

int runDelete(const QStringList &arguments)
{
    ArgumentParser args(command(), CliText::tr("Delete an evidence link."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"ID"_s, CliText::tr("The evidence link."));
    if (auto exit = args.parse(arguments, 2, 2))
        return *exit;
    const auto id = parseId(args.positional().at(1));
    if (!id) {
        printError(CliText::tr("“%1” is not an evidence link id.").arg(args.positional().at(1)));
        return BadUsage;
    }
    auto caseFile = openCase(args.positional().constFirst(), CaseFile::Access::ReadWrite);
    if (!caseFile)
        return Failure;
    CaseDocument document(std::move(*caseFile));
    if (auto pushed = document.push(std::make_unique<DeleteLinkCommand>(document, *id)); !pushed) {
        printError(pushed.error());
        return Failure;
    }
    printLine(CliText::tr("Deleted evidence link %1.").arg(*id));
    return Success;
}

int runLink(const QStringList &arguments)
{
    return runSubcommand(u"link"_s,
                         arguments,
                         {
                             {u"add"_s, withArguments(runAdd)},
                             {u"list"_s, withArguments(runList)},
                             {u"verify"_s, withArguments(runVerify)},
                             {u"delete"_s, withArguments(runDelete)},
                         });
}

} // namespace
} // namespace Casebinder::Cli
