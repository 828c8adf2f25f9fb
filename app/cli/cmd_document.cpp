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
    u"Mark documents privileged, or set a document's title, label, docket number, Bates range, "
    "dates, notes, its exhibit-list columns (sponsoring witness, offered, objection, "
    "admitted) and what the privilege log says of it (basis and description)."_s,
    runDocument);

int runSetPrivileged(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(command, u"Mark documents privileged (on) or not (off)."_s);
    args.addPositional(u"CASE"_s, u"The case file."_s);
    args.addPositional(u"ID"_s, u"Document ids, comma-separated."_s);
    args.addPositional(u"on|off"_s, u"Privileged or not."_s);
    if (auto exit = args.parse(arguments, 3, 3))
        return *exit;
    const QString state = args.positional().at(2).toLower();
    if (state != u"on" && state != u"off") {
        printError(u"Say on or off, not '%1'."_s.arg(args.positional().at(2)));
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
    printLine(u"%1 document(s) marked %2."_s.arg(ids->size())
                  .arg(state == u"on" ? u"privileged"_s : u"not privileged"_s));
    return Success;
}

int runSet(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(command, u"Set a document's fields (an empty value clears one)."_s);
    args.addPositional(u"CASE"_s, u"The case file."_s);
    args.addPositional(u"ID"_s, u"The document."_s);
    struct Option
    {
        QString name;
        DocumentField field;
        QString help;
    };
    const Option options[] = {
        {u"title"_s, DocumentField::Title, u"The title."_s},
        {u"exhibit-label"_s, DocumentField::ExhibitLabel, u"The exhibit label."_s},
        {u"docket"_s, DocumentField::DocketNumber, u"The docket entry number."_s},
        {u"bates-begin"_s, DocumentField::BatesBegin, u"The first Bates number."_s},
        {u"bates-end"_s, DocumentField::BatesEnd, u"The last Bates number."_s},
        {u"date"_s,
         DocumentField::DocumentDate,
         u"The document's own date at the precision known: 2021-01-09, 2018-06, 2018, "
         "\"circa 2020-11\", 2021-01..2021-09. Recorded as entered by a user unless "
         "--date-source says otherwise."_s},
        {u"date-source"_s,
         DocumentField::DateSource,
         u"Where the date comes from: user, manifest, email_header, docket or load_file."_s},
        {u"filed"_s, DocumentField::FiledDate, u"The filing date (YYYY-MM-DD)."_s},
        {u"notes"_s, DocumentField::Notes, u"The notes."_s},
        {u"witness"_s, DocumentField::SponsoringWitness, u"Exhibit list: sponsoring witness."_s},
        {u"offered"_s, DocumentField::Offered, u"Exhibit list: offered (e.g. the date)."_s},
        {u"objection"_s, DocumentField::Objection, u"Exhibit list: objection."_s},
        {u"admitted"_s, DocumentField::Admitted, u"Exhibit list: admitted (e.g. the date)."_s},
        {u"privilege-basis"_s,
         DocumentField::PrivilegeBasis,
         u"Privilege log: the privilege asserted (attorney-client, work-product or other)."_s},
        {u"privilege-description"_s,
         DocumentField::PrivilegeDescription,
         u"Privilege log: the subject matter, described without revealing it."_s},
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
        printError(u"--date-source says where a --date comes from; give both."_s);
        return BadUsage;
    }
    if (edit.isEmpty()) {
        printError(u"Name a field to set.\nUsage: casebinder-cli "_s + command.synopsis);
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
    printLine(u"Document %1 updated."_s.arg(*id));
    return Success;
}

int runDocument(const QStringList &arguments)
{
    return runSubcommand(
        u"document"_s, arguments, {{u"set-privileged"_s, runSetPrivileged}, {u"set"_s, runSet}});
}

} // namespace
} // namespace Casebinder::Cli
