// Small document edits from the command line: document set-privileged, document set.
#include "commands/documentcommands.h"
#include "subcommand.h"

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runDocument(const QStringList &arguments);

CASEBINDER_CLI_COMMAND(
    u"document"_s,
    u"document set-privileged CASE ID[,ID...] on|off | document set CASE ID [--title T] "
    "[--exhibit-label L] [--docket N] [--bates-begin B] [--bates-end E] [--date DATE] "
    "[--date-source user|manifest|email_header|docket|load_file] [--filed YYYY-MM-DD] "
    "[--notes T] [--witness W] [--offered T] [--objection T] [--admitted T] "
    "[--privilege-basis attorney-client|work-product|other] [--privilege-description TEXT]"_s,
    QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Casebinder::Cli",
        "Mark documents privileged, or set a document's title, label, docket number, Bates range, "
        "dates, notes, its exhibit-list columns (sponsoring witness, offered, objection, "
        "admitted) and what the privilege log says of it (basis and description).")),
    runDocument);

int runSetPrivileged(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(command, CliText::tr("Mark documents privileged (on) or not (off)."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"ID"_s, CliText::tr("Document ids, comma-separated."));
    args.addPositional(u"on|off"_s, CliText::tr("Privileged or not."));
    if (auto exit = args.parse(arguments, 3, 3))
        return *exit;
    const QString state = args.positional().at(2).toLower();
    if (state != u"on" && state != u"off") {
        printError(CliText::tr("Say on or off, not '%1'.").arg(args.positional().at(2)));
        return BadUsage;
    }
    auto ids = parseIds({args.positional().at(1)}, u"document"_s);
    if (!ids || ids->isEmpty())
        return BadUsage;
    auto document = openCaseDocument(args.positional().constFirst());
    if (!document)
        return Failure;
    if (auto pushed
        = document->push(std::make_unique<SetPrivilegedCommand>(*document, *ids, state == u"on"));
        !pushed) {
        printError(pushed.error());
        return Failure;
    }
    printLine((state == u"on" ? CliText::tr("%1 document(s) marked privileged.")
                              : CliText::tr("%1 document(s) marked not privileged."))
                  .arg(ids->size()));
    return Success;
}

int runSet(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(command,
                        CliText::tr("Set a document's fields (an empty value clears one)."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"ID"_s, CliText::tr("The document."));
    struct Option
    {
        QString name;
        DocumentField field;
        QString help;
    };
    const Option options[] = {
        {u"title"_s, DocumentField::Title, CliText::tr("The title.")},
        {u"exhibit-label"_s, DocumentField::ExhibitLabel, CliText::tr("The exhibit label.")},
        {u"docket"_s, DocumentField::DocketNumber, CliText::tr("The docket entry number.")},
        {u"bates-begin"_s, DocumentField::BatesBegin, CliText::tr("The first Bates number.")},
        {u"bates-end"_s, DocumentField::BatesEnd, CliText::tr("The last Bates number.")},
        {u"date"_s,
         DocumentField::DocumentDate,
         CliText::tr("The document's own date at the precision known: 2021-01-09, 2018-06, 2018, "
                     "\"circa 2020-11\", 2021-01..2021-09. Recorded as entered by a user unless "
                     "--date-source says otherwise.")},
        {u"date-source"_s,
         DocumentField::DateSource,
         CliText::tr(
             "Where the date comes from: user, manifest, email_header, docket or load_file.")},
        {u"filed"_s, DocumentField::FiledDate, CliText::tr("The filing date (YYYY-MM-DD).")},
        {u"notes"_s, DocumentField::Notes, CliText::tr("The notes.")},
        {u"witness"_s,
         DocumentField::SponsoringWitness,
         CliText::tr("Exhibit list: sponsoring witness.")},
        {u"offered"_s,
         DocumentField::Offered,
         CliText::tr("Exhibit list: offered (e.g. the date).")},
        {u"objection"_s, DocumentField::Objection, CliText::tr("Exhibit list: objection.")},
        {u"admitted"_s,
         DocumentField::Admitted,
         CliText::tr("Exhibit list: admitted (e.g. the date).")},
        {u"privilege-basis"_s,
         DocumentField::PrivilegeBasis,
         CliText::tr(
             "Privilege log: the privilege asserted (attorney-client, work-product or other).")},
        {u"privilege-description"_s,
         DocumentField::PrivilegeDescription,
         CliText::tr("Privilege log: the subject matter, described without revealing it.")},
    };
    for (const Option &option : options)
        args.parser().addOption({option.name, option.help, u"VALUE"_s});
    if (auto exit = args.parse(arguments, 2, 2))
        return *exit;
    auto id = parseId(args.positional().at(1), u"document"_s);
    if (!id)
        return BadUsage;
    DocumentEdit edit;
    for (const Option &option : options) {
        if (args.parser().isSet(option.name))
            edit.insert(option.field, args.parser().value(option.name));
    }
    if (edit.contains(DocumentField::DateSource) && !edit.contains(DocumentField::DocumentDate)) {
        printError(CliText::tr("--date-source says where a --date comes from; give both."));
        return BadUsage;
    }
    if (edit.isEmpty()) {
        printError(CliText::tr("Name a field to set.") + u'\n' + usageLine(command.synopsis));
        return BadUsage;
    }
    auto document = openCaseDocument(args.positional().constFirst());
    if (!document)
        return Failure;
    if (auto pushed
        = document->push(std::make_unique<SetDocumentFieldsCommand>(*document, *id, edit));
        !pushed) {
        printError(pushed.error());
        return pushed.error().code == Error::Code::InvalidArgument ? BadUsage : Failure;
    }
    printLine(CliText::tr("Document %1 updated.").arg(*id));
    return Success;
}

int runDocument(const QStringList &arguments)
{
    return runSubcommand(
        u"document"_s, arguments, {{u"set-privileged"_s, runSetPrivileged}, {u"set"_s, runSet}});
}

} // namespace
} // namespace Casebinder::Cli
