// Tags from the command line: tag add, tag apply, tag remove, tag list.
#include "commands/tagcommands.h"
#include "subcommand.h"
#include "tagstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runTag(const QStringList &arguments);

CASEBINDER_CLI_COMMAND(
    u"tag"_s,
    u"tag add CASE NAME [--parent NAME] [--color #hex] [--hotkey K] | "
    "tag apply|remove CASE NAME (--document ID... | --post ID... | --event ID... | "
    "--page DOCID:N...) | tag list CASE [--json]"_s,
    QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Casebinder::Cli",
        "Create tags, apply them to documents, pages, posts and events, list them.")),
    runTag);

int runAdd(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(command, CliText::tr("Create a tag."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"NAME"_s, CliText::tr("The tag's name."));
    args.parser().addOptions({
        {u"parent"_s,
         CliText::tr("Create it beneath this tag (a name or Parent/Child path)."),
         u"NAME"_s},
        {u"color"_s, CliText::tr("Its colour, #rrggbb."), u"#hex"_s},
        {u"hotkey"_s,
         CliText::tr("A key that applies it in review mode (a letter or digit)."),
         u"K"_s},
    });
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 2, 2))
        return *exit;
    const QCommandLineParser &p = args.parser();
    auto document = openCaseDocument(args.positional().constFirst());
    if (!document)
        return Failure;
    TagRecord record;
    record.name = args.positional().at(1);
    if (p.isSet(u"color"_s))
        record.color = p.value(u"color"_s);
    record.hotkey = p.value(u"hotkey"_s);
    if (p.isSet(u"parent"_s)) {
        auto parent = document->tags().find(p.value(u"parent"_s));
        if (!parent) {
            printError(parent.error());
            return Failure;
        }
        record.parentId = parent->id;
    }
    auto create = std::make_unique<CreateTagCommand>(*document, record);
    CreateTagCommand *created = create.get();
    if (auto pushed = document->push(std::move(create)); !pushed) {
        printError(pushed.error());
        return pushed.error().code == Error::Code::InvalidArgument ? BadUsage : Failure;
    }
    if (args.json())
        printJson(QJsonObject{{u"id"_s, created->tagId()}, {u"name"_s, record.name.trimmed()}});
    else
        printLine(
            CliText::tr("Created tag %1: %2").arg(created->tagId()).arg(record.name.trimmed()));
    return Success;
}

int runApplyOrRemove(const Command &command, const QStringList &arguments, bool apply)
{
    ArgumentParser args(command,
                        apply
                            ? CliText::tr("Apply a tag to documents, pages, posts or events.")
                            : CliText::tr("Remove a tag from documents, pages, posts or events."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"NAME"_s, CliText::tr("The tag (a name or Parent/Child path)."));
    args.parser().addOptions({
        {u"document"_s, CliText::tr("Document ids (repeatable, or comma-separated)."), u"ID"_s},
        {u"post"_s, CliText::tr("Post ids."), u"ID"_s},
        {u"event"_s, CliText::tr("Event ids."), u"ID"_s},
        {u"page"_s, CliText::tr("A page of a document: DOCID:N."), u"DOCID:N"_s},
    });
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 2, 2))
        return *exit;
    const QCommandLineParser &p = args.parser();
    QList<TagTarget> targets;
    const std::pair<QString, TagTargetKind> plain[] = {{u"document"_s, TagTargetKind::Document},
                                                       {u"post"_s, TagTargetKind::Post},
                                                       {u"event"_s, TagTargetKind::Event}};
    for (const auto &[option, kind] : plain) {
        auto ids = parseIds(p.values(option), option);
        if (!ids)
            return BadUsage;
        for (qint64 id : std::as_const(*ids))
            targets.append({kind, id});
    }
    auto document = openCaseDocument(args.positional().constFirst());
    if (!document)
        return Failure;
    auto store = document->tags();
    static const QRegularExpression pagePattern(u"^\\s*(\\d+)\\s*:\\s*(\\d+)\\s*$"_s);
    for (const QString &value : p.values(u"page"_s)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const auto match = pagePattern.match(part);
            if (!match.hasMatch()) {
                printError(CliText::tr("'%1' is not a page; write DOCID:N, e.g. 12:3.").arg(part));
                return BadUsage;
            }
            auto page = store.pageTarget(match.captured(1).toLongLong(), match.captured(2).toInt());
            if (!page) {
                printError(page.error());
                return Failure;
            }
            targets.append(*page);
        }
    }
    if (targets.isEmpty()) {
        printError(CliText::tr("Name what to tag: --document, --post, --event or --page.") + u'\n'
                   + usageLine(command.synopsis));
        return BadUsage;
    }
    auto tag = store.find(args.positional().at(1));
    if (!tag) {
        printError(tag.error());
        return Failure;
    }
    auto command_ = std::make_unique<ApplyTagCommand>(*document,
                                                      tag->id,
                                                      targets,
                                                      apply ? ApplyTagCommand::Action::Apply
                                                            : ApplyTagCommand::Action::Remove);
    ApplyTagCommand *applied = command_.get();
    if (auto pushed = document->push(std::move(command_)); !pushed) {
        printError(pushed.error());
        return Failure;
    }
    if (args.json())
        printJson(QJsonObject{{u"tag"_s, tag->id},
                              {u"targets"_s, int(targets.size())},
                              {u"changed"_s, int(applied->changedCount())}});
    else
        printLine((apply ? CliText::tr("Applied \"%1\" to %2 item(s) (%3 already tagged).")
                         : CliText::tr("Removed \"%1\" from %2 item(s) (%3 already untagged)."))
                      .arg(tag->name)
                      .arg(applied->changedCount())
                      .arg(targets.size() - applied->changedCount()));
    return Success;
}

int runList(const Command &command, const QStringList &arguments)
{
    ArgumentParser args(command, CliText::tr("List the tags of a case."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    auto caseFile = openCase(args.positional().constFirst(), CaseFile::Access::ReadOnly);
    if (!caseFile)
        return Failure;
    auto store = caseFile->tags();
    auto tags = store.tags();
    if (!tags) {
        printError(tags.error());
        return Failure;
    }
    QJsonArray array;
    for (const TagRecord &tag : std::as_const(*tags)) {
        auto path = store.path(tag.id);
        auto usage = store.usageCount(tag.id);
        if (!path || !usage) {
            printError(!path ? path.error() : usage.error());
            return Failure;
        }
        if (!args.json()) {
            const int depth = int(path->count(u'/'));
            printLine(
                u"%1  %2%3  %4%5  (%6)"_s
                    .arg(QString::number(tag.id).rightJustified(5),
                         QString(qsizetype(depth) * 2, u' '),
                         tag.name,
                         tag.color,
                         tag.hotkey.isEmpty() ? QString() : CliText::tr("  key ") + tag.hotkey)
                    .arg(*usage));
            continue;
        }
        array.append(QJsonObject{
            {u"id"_s, tag.id},
            {u"name"_s, tag.name},
            {u"path"_s, *path},
            {u"parent_id"_s, tag.parentId ? QJsonValue(*tag.parentId) : QJsonValue()},
            {u"color"_s, tag.color},
            {u"hotkey"_s, tag.hotkey},
            {u"usage"_s, *usage},
        });
    }
    if (args.json())
        printJson(QJsonObject{{u"tags"_s, array}});
    return Success;
}

int runTag(const QStringList &arguments)
{
    return runSubcommand(u"tag"_s,
                         arguments,
                         {{u"add"_s, runAdd},
                          {u"apply"_s,
                           [](const Command &c, const QStringList &a) {
                               return runApplyOrRemove(c, a, true);
                           }},
                          {u"remove"_s,
                           [](const Command &c, const QStringList &a) {
                               return runApplyOrRemove(c, a, false);
                           }},
                          {u"list"_s, runList}});
}

} // namespace
} // namespace Casebinder::Cli
