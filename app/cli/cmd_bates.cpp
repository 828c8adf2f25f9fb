// Bates numbers: bates assign (page-level numbering, one undo step), bates stamp (a stamped
// copy of one document, made with qpdf).
#include "commands/batescommands.h"
#include "stampeddocument.h"
#include "subcommand.h"

#include <QDir>

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runBates(const QStringList &arguments);

CASEBINDER_CLI_COMMAND(
    u"bates"_s,
    u"bates assign CASE --prefix PREFIX [--start N] [--digits N] [--document ID...] [--json] | "
    "bates stamp CASE ID OUT.pdf [--legend TEXT] [--number-position bottom-right|bottom-center] "
    "[--json]"_s,
    QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Casebinder::Cli",
        "Number documents' pages with Bates numbers (PREFIX000001): each page gets the next "
        "number, "
        "a document runs from its first page's to its last page's. Gaps and overlaps with numbers "
        "already used are refused. Write a document's Bates-stamped copy (number and legend on "
        "every page; the original is never changed).")),
    runBates);

std::optional<qint64> parseNumber(const ArgumentParser &args, const QString &name, qint64 fallback)
{
    QCommandLineParser &parser = const_cast<ArgumentParser &>(args).parser();
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).trimmed().toLongLong(&ok);
    if (!ok || value < 0) {
        printError(CliText::tr("--%1 needs a number (0 or more), not “%2”.")
                       .arg(name, parser.value(name)));
        return std::nullopt;
    }
    return value;
}

int runAssign(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(
        command,
        CliText::tr("Assign page-level Bates numbers to documents, as one undoable step."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.parser().addOptions({
        {u"prefix"_s, CliText::tr("The prefix before each number (e.g. PARLER)."), u"PREFIX"_s},
        {u"start"_s, CliText::tr("The first number (default 1)."), u"N"_s},
        {u"digits"_s, CliText::tr("Zero-pad numbers to this many digits (default 6)."), u"N"_s},
        {u"document"_s,
         CliText::tr(
             "Number these documents, in this order (repeat or comma-separate). Default: every "
             "document without a Bates number, in the order they were added."),
         u"ID"_s},
    });
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    QCommandLineParser &parser = args.parser();
    if (!parser.isSet(u"prefix"_s)) {
        printError(CliText::tr("--prefix is needed (e.g. --prefix PARLER).") + u'\n'
                   + usageLine(command.synopsis));
        return BadUsage;
    }
    const auto start = parseNumber(args, u"start"_s, 1);
    const auto digits = parseNumber(args, u"digits"_s, 6);
    if (!start || !digits)
        return BadUsage;
    auto ids = parseIds(parser.values(u"document"_s), u"document"_s);
    if (!ids)
        return BadUsage;
    BatesScheme scheme{
        parser.value(u"prefix"_s).trimmed(), *start, int(std::min<qint64>(*digits, 99))};
    if (auto valid = scheme.check(); !valid) {
        printError(valid.error());
        return BadUsage;
    }
    auto document = openCaseDocument(args.positional().constFirst());
    if (!document)
        return Failure;
    auto command_ = std::make_unique<AssignBatesCommand>(*document, scheme, *ids);
    AssignBatesCommand &assign = *command_;
    if (auto pushed = document->push(std::move(command_)); !pushed) {
        printError(pushed.error());
        return pushed.error().code == Error::Code::InvalidArgument ? BadUsage : Failure;
    }
    const BatesPlan &plan = assign.plan();
    if (args.json()) {
        QJsonArray documents;
        for (const BatesAssignment &numbered : plan.documents)
            documents.append(QJsonObject{{u"id"_s, numbered.documentId},
                                         {u"title"_s, numbered.title},
                                         {u"bates_begin"_s, numbered.begin},
                                         {u"bates_end"_s, numbered.end},
                                         {u"pages"_s, int(numbered.last - numbered.first + 1)}});
        printJson(QJsonObject{{u"first"_s, scheme.format(plan.first)},
                              {u"last"_s, scheme.format(plan.last)},
                              {u"pages"_s, plan.pages()},
                              {u"documents"_s, documents}});
        return Success;
    }
    for (const BatesAssignment &numbered : plan.documents)
        printLine(u"%1  %2\u2013%3  %4"_s.arg(numbered.documentId)
                      .arg(numbered.begin, numbered.end, numbered.title));
    printLine(CliText::tr("Numbered %1 page(s) of %2 document(s): %3–%4.")
                  .arg(plan.pages())
                  .arg(plan.documents.size())
                  .arg(scheme.format(plan.first), scheme.format(plan.last)));
    return Success;
}

int runStamp(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(
        command,
        CliText::tr("Write a document's Bates-stamped copy: each page carries its Bates "
                    "number and the legend. The original in the case is not changed."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"ID"_s, CliText::tr("The document (numbered with bates assign)."));
    args.addPositional(u"OUT"_s,
                       CliText::tr("The PDF to write; OUT.manifest.json is written beside it."));
    args.parser().addOptions({
        {u"legend"_s,
         CliText::tr(
             "Printed bottom left, e.g. CONFIDENTIAL or \"HIGHLY CONFIDENTIAL – ATTORNEYS' EYES "
             "ONLY\" (none by default)."),
         u"TEXT"_s},
        {u"number-position"_s,
         CliText::tr("Where the Bates number goes: bottom-right (default) or bottom-center."),
         u"WHERE"_s,
         u"bottom-right"_s},
    });
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 3, 3))
        return *exit;
    auto id = parseId(args.positional().at(1), u"document"_s);
    if (!id)
        return BadUsage;
    Production::StampOptions options;
    options.legend = args.parser().value(u"legend"_s).trimmed();
    const QString position = args.parser().value(u"number-position"_s).toLower();
    if (position == u"bottom-center")
        options.numberPosition = Production::NumberPosition::BottomCenter;
    else if (position != u"bottom-right") {
        printError(CliText::tr("--number-position is bottom-right or bottom-center, not “%1”.")
                       .arg(position));
        return BadUsage;
    }
    if (auto legend = Production::checkLegend(options.legend); !legend) {
        printError(legend.error());
        return BadUsage;
    }
    // The stamped copy is recorded in the case's custody log, so the case opens for writing.
    auto caseFile = openCase(args.positional().at(0), CaseFile::Access::ReadWrite);
    if (!caseFile)
        return Failure;
    auto copy = Production::writeStampedDocument(*caseFile, *id, args.positional().at(2), options);
    if (!copy) {
        printError(copy.error());
        return Failure;
    }
    if (args.json()) {
        printJson(QJsonObject{{u"path"_s, copy->path},
                              {u"manifest"_s, copy->manifestPath},
                              {u"sha256"_s, copy->sha256},
                              {u"export_id"_s, copy->exportId},
                              {u"pages"_s, copy->pages},
                              {u"bates_begin"_s, copy->batesBegin},
                              {u"bates_end"_s, copy->batesEnd}});
        return Success;
    }
    printLine(CliText::tr("Wrote %1 (%2 page(s), %3–%4)")
                  .arg(QDir::toNativeSeparators(copy->path))
                  .arg(copy->pages)
                  .arg(copy->batesBegin, copy->batesEnd));
    printLine(CliText::tr("SHA-256 %1").arg(copy->sha256));
    printLine(CliText::tr("Manifest %1").arg(QDir::toNativeSeparators(copy->manifestPath)));
    return Success;
}

int runBates(const QStringList &arguments)
{
    return runSubcommand(u"bates"_s, arguments, {{u"assign"_s, runAssign}, {u"stamp"_s, runStamp}});
}

} // namespace
} // namespace Casebinder::Cli
