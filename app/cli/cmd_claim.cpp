// claim: the claims tree (claims, elements, factors) and claim templates.
#include "casedocument.h"
#include "claimstore.h"
#include "claimtemplates.h"
#include "clicommand.h"
#include "cliutil.h"
#include "commands/claimcommands.h"
#include "proofmatrix.h"
#include "subcommand.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runClaim(const QStringList &arguments);

CASEBINDER_CLI_COMMAND(
    u"claim"_s,
    u"claim add|list|from-template|templates|edit|delete CASE ..."_s,
    QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Casebinder::Cli",
        "Build the claims tree: claims and their elements or factors, from templates.")),
    runClaim);

const Command &command()
{
    return *CommandRegistry::instance().find(u"claim"_s);
}

std::unique_ptr<CaseDocument> openDocument(const QString &path)
{
    auto caseFile = openCase(path, CaseFile::Access::ReadWrite);
    if (!caseFile)
        return nullptr;
    return std::make_unique<CaseDocument>(std::move(*caseFile));
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void addFieldOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"title"_s, CliText::tr("The title."), u"TEXT"_s},
        {u"kind"_s, CliText::tr("claim, element or factor."), u"KIND"_s},
        {u"description"_s, CliText::tr("What has to be shown."), u"TEXT"_s},
        {u"asserted-by"_s, CliText::tr("The party asserting it."), u"PARTY"_s},
        {u"standard"_s, CliText::tr("The legal standard or citation."), u"TEXT"_s},
        {u"status"_s,
         CliText::tr("open, established, disputed, conceded or withdrawn."),
         u"STATUS"_s},
        {u"notes"_s, CliText::tr("Notes."), u"TEXT"_s},
    });
}

void applyFieldOptions(const QCommandLineParser &parser, ClaimNode &node)
{
    const std::pair<const char16_t *, QString ClaimNode::*> fields[] = {
        {u"title", &ClaimNode::title},
        {u"kind", &ClaimNode::kind},
        {u"description", &ClaimNode::description},
        {u"asserted-by", &ClaimNode::assertedBy},
        {u"standard", &ClaimNode::legalStandard},
        {u"status", &ClaimNode::status},
        {u"notes", &ClaimNode::notes},
    };
    for (const auto &[name, member] : fields) {
        const QString option = QString::fromUtf16(name);
        if (parser.isSet(option))
            node.*member = parser.value(option);
    }
}

QJsonObject nodeToJson(const ClaimNode &node, const NodeEvidence &evidence)
{
    return QJsonObject{
        {u"id"_s, node.id},
        {u"parent_id"_s, node.parentId ? QJsonValue(*node.parentId) : QJsonValue(QJsonValue::Null)},
        {u"position"_s, node.position},
        {u"kind"_s, node.kind},
        {u"title"_s, node.title},
        {u"description"_s, node.description},
        {u"asserted_by"_s, node.assertedBy},
        {u"legal_standard"_s, node.legalStandard},
        {u"status"_s, node.status},
        {u"template_id"_s,
         node.templateId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(node.templateId)},
        {u"notes"_s, node.notes},
        {u"supports"_s, evidence.supports},
        {u"undermines"_s, evidence.undermines},
        {u"context"_s, evidence.context},
        {u"gap"_s, evidence.gap},
        {u"assessment"_s, assessmentName(evidence.assessment.value)},
        {u"assessment_text"_s, evidence.assessmentText},
    };
}

// "Added claim 5: …", one sentence per kind so that each translates whole.
QString addedText(const QString &kind)
{
    if (kind == u"claim")
        return CliText::tr("Added claim %1: %2");
    if (kind == u"element")
        return CliText::tr("Added element %1: %2");
    if (kind == u"factor")
        return CliText::tr("Added factor %1: %2");
    return CliText::tr("Added %1 %2: %3").arg(kind, u"%1"_s, u"%2"_s);
}

int runAdd(const QStringList &arguments)
{
    ArgumentParser args(command(),
                        CliText::tr("Add a claim, or an element or factor under a claim."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addJsonOption();
    addFieldOptions(args.parser());
    args.parser().addOptions({
        {u"parent"_s, CliText::tr("Add under this claim node."), u"ID"_s},
        {u"position"_s,
         CliText::tr("Position among its siblings, from 0 (default: last)."),
         u"N"_s},
    });
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    const QCommandLineParser &p = args.parser();
    ClaimNode node;
    node.position = -1;
    if (p.isSet(u"parent"_s)) {
        node.parentId = parseId(p.value(u"parent"_s));
        if (!node.parentId) {
            printError(CliText::tr("--parent needs a claim id."));
            return BadUsage;
        }
        node.kind = u"element"_s;
    }
    if (p.isSet(u"position"_s)) {
        bool ok = false;
        node.position = p.value(u"position"_s).toInt(&ok);
        if (!ok || node.position < 0) {
            printError(CliText::tr("--position must be a number of at least 0."));
            return BadUsage;
        }
    }
    applyFieldOptions(p, node);
    if (node.title.trimmed().isEmpty()) {
        printError(CliText::tr("claim add needs --title."));
        return BadUsage;
    }
    auto document = openDocument(args.positional().constFirst());
    if (!document)
        return Failure;
    auto add = std::make_unique<AddClaimNodeCommand>(*document, node);
    const AddClaimNodeCommand &added = *add;
    if (auto pushed = document->push(std::move(add)); !pushed) {
        printError(pushed.error());
        return Failure;
    }
    if (args.json())
        printJson(QJsonObject{{u"id"_s, added.nodeId()}});
    else
        printLine(addedText(node.kind).arg(added.nodeId()).arg(node.title));
    return Success;
}

int runList(const QStringList &arguments)
{
    ArgumentParser args(command(), CliText::tr("List the claims tree with evidence counts."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    auto caseFile = openCase(args.positional().constFirst(), CaseFile::Access::ReadOnly);
    if (!caseFile)
        return Failure;
    auto nodes = caseFile->claims().all();
    auto evidence = ProofMatrix::evidenceByNode(*caseFile);
    if (!nodes || !evidence) {
        printError(!nodes ? nodes.error() : evidence.error());
        return Failure;
    }
    if (args.json()) {
        QJsonArray array;
        for (const ClaimNode &node : std::as_const(*nodes))
            array.append(nodeToJson(node, evidence->value(node.id)));
        printJson(QJsonObject{{u"claims"_s, array}});
        return Success;
    }
    QHash<qint64, int> depth;
    for (const ClaimNode &node : std::as_const(*nodes)) {
        const int level = node.parentId ? depth.value(*node.parentId) + 1 : 0;
        depth.insert(node.id, level);
        const NodeEvidence e = evidence->value(node.id);
        printLine(u"%1%2 [%3] %4  (%5, +%6 −%7%8)"_s.arg(QString(level * 2, u' '))
                      .arg(node.id)
                      .arg(node.kind, node.title, node.status)
                      .arg(e.supports)
                      .arg(e.undermines)
                      .arg(e.gap && node.kind != u"claim" ? CliText::tr(", gap") : QString()));
    }
    if (nodes->isEmpty())
        printLine(CliText::tr("No claims."));
    return Success;
}

int runTemplates(const QStringList &arguments)
{
    ArgumentParser args(command(),
                        CliText::tr("List the claim templates (built-in, and the case's own)."));
    args.addPositional(u"CASE"_s,
                       CliText::tr("The case file (optional: without it, the built-in templates)."),
                       u"[CASE]"_s);
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 0, 1))
        return *exit;
    QList<ClaimTemplate> templates = ClaimTemplates::builtIns();
    if (!args.positional().isEmpty()) {
        auto caseFile = openCase(args.positional().constFirst(), CaseFile::Access::ReadOnly);
        if (!caseFile)
            return Failure;
        auto all = ClaimTemplates::all(*caseFile);
        if (!all) {
            printError(all.error());
            return Failure;
        }
        templates = *all;
    }
    if (args.json()) {
        QJsonArray array;
        for (const ClaimTemplate &each : std::as_const(templates)) {
            QJsonArray elements;
            for (const ClaimTemplateNode &child : each.root.children)
                elements.append(child.title);
            array.append(QJsonObject{{u"id"_s, each.id},
                                     {u"name"_s, each.name},
                                     {u"built_in"_s, each.builtIn},
                                     {u"legal_standard"_s, each.root.legalStandard},
                                     {u"elements"_s, elements},
                                     {u"definition"_s, each.root.toJson()}});
        }
        printJson(QJsonObject{{u"templates"_s, array}});
        return Success;
    }
    for (const ClaimTemplate &each : std::as_const(templates)) {
        QStringList elements;
        for (const ClaimTemplateNode &child : each.root.children)
            elements.append(child.title);
        printLine(u"%1  %2%3"_s.arg(each.id.leftJustified(24),
                                    each.name,
                                    each.builtIn ? QString() : CliText::tr(" (case)")));
        printLine(u"    "_s + elements.join(u"; "_s));
    }
    return Success;
}

int runFromTemplate(const QStringList &arguments)
{
    ArgumentParser args(command(),
                        CliText::tr("Add a claim with its elements or factors from a template."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"TEMPLATE"_s,
                       CliText::tr("breach-of-contract, sherman-act-1, tortious-interference,"
                                   " preliminary-injunction, or a case template's id."));
    args.addJsonOption();
    args.parser().addOptions({
        {u"parent"_s, CliText::tr("Add it under this claim node."), u"ID"_s},
        {u"asserted-by"_s, CliText::tr("The party asserting the claim."), u"PARTY"_s},
    });
    if (auto exit = args.parse(arguments, 2, 2))
        return *exit;
    std::optional<qint64> parent;
    if (args.parser().isSet(u"parent"_s)) {
        parent = parseId(args.parser().value(u"parent"_s));
        if (!parent) {
            printError(CliText::tr("--parent needs a claim id."));
            return BadUsage;
        }
    }
    auto document = openDocument(args.positional().constFirst());
    if (!document)
        return Failure;
    auto found = ClaimTemplates::find(document->caseFile(), args.positional().at(1));
    if (!found) {
        printError(found.error());
        return found.error().code == Error::Code::NotFound ? BadUsage : Failure;
    }
    auto apply = std::make_unique<ApplyClaimTemplateCommand>(*document, *found, parent);
    const ApplyClaimTemplateCommand &applied = *apply;
    if (auto pushed = document->push(std::move(apply)); !pushed) {
        printError(pushed.error());
        return Failure;
    }
    const qint64 rootId = applied.rootId();
    if (args.parser().isSet(u"asserted-by"_s)) {
        auto root = document->claims().node(rootId);
        if (root) {
            root->assertedBy = args.parser().value(u"asserted-by"_s);
            if (auto pushed
                = document->push(std::make_unique<EditClaimNodeCommand>(*document, *root));
                !pushed) {
                printError(pushed.error());
                return Failure;
            }
        }
    }
    auto nodes = document->claims().subtree(rootId);
    if (!nodes) {
        printError(nodes.error());
        return Failure;
    }
    if (args.json()) {
        QJsonArray array;
        for (const ClaimNode &node : std::as_const(*nodes))
            array.append(nodeToJson(node, NodeEvidence{}));
        printJson(QJsonObject{{u"id"_s, rootId}, {u"nodes"_s, array}});
        return Success;
    }
    for (const ClaimNode &node : std::as_const(*nodes))
        printLine(u"%1%2 [%3] %4"_s
                      .arg(node.parentId == std::optional<qint64>(rootId) ? u"  "_s : QString())
                      .arg(node.id)
                      .arg(node.kind, node.title));
    return Success;
}

int runEdit(const QStringList &arguments)
{
    ArgumentParser args(command(), CliText::tr("Change a claim node's fields, or move it."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"ID"_s, CliText::tr("The claim node."));
    addFieldOptions(args.parser());
    args.parser().addOptions({
        {u"parent"_s, CliText::tr("Move it under this claim node."), u"ID"_s},
        {u"root"_s, CliText::tr("Move it to the top level.")},
        {u"position"_s,
         CliText::tr("Move it to this position among its siblings, from 0."),
         u"N"_s},
    });
    if (auto exit = args.parse(arguments, 2, 2))
        return *exit;
    const QCommandLineParser &p = args.parser();
    const auto id = parseId(args.positional().at(1));
    if (!id) {
        printError(CliText::tr("“%1” is not a claim id.").arg(args.positional().at(1)));
        return BadUsage;
    }
    auto document = openDocument(args.positional().constFirst());
    if (!document)
        return Failure;
    auto node = document->claims().node(*id);
    if (!node) {
        printError(node.error());
        return Failure;
    }
    ClaimNode changed = *node;
    applyFieldOptions(p, changed);
    if (changed != *node) {
        if (auto pushed
            = document->push(std::make_unique<EditClaimNodeCommand>(*document, changed));
            !pushed) {
            printError(pushed.error());
            return Failure;
        }
    }
    if (p.isSet(u"parent"_s) || p.isSet(u"root"_s) || p.isSet(u"position"_s)) {
        std::optional<qint64> parent = node->parentId;
        if (p.isSet(u"root"_s))
            parent.reset();
        if (p.isSet(u"parent"_s)) {
            parent = parseId(p.value(u"parent"_s));
            if (!parent) {
                printError(CliText::tr("--parent needs a claim id."));
                return BadUsage;
            }
        }
        int position = -1;
        if (p.isSet(u"position"_s)) {
            bool ok = false;
            position = p.value(u"position"_s).toInt(&ok);
            if (!ok || position < 0) {
                printError(CliText::tr("--position must be a number of at least 0."));
                return BadUsage;
            }
        }
        if (auto pushed = document->push(
                std::make_unique<MoveClaimNodeCommand>(*document, *id, parent, position));
            !pushed) {
            printError(pushed.error());
            return Failure;
        }
    }
    printLine(CliText::tr("Updated %1.").arg(*id));
    return Success;
}

int runDelete(const QStringList &arguments)
{
    ArgumentParser args(
        command(), CliText::tr("Delete a claim node with its elements and their evidence links."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"ID"_s, CliText::tr("The claim node."));
    if (auto exit = args.parse(arguments, 2, 2))
        return *exit;
    const auto id = parseId(args.positional().at(1));
    if (!id) {
        printError(CliText::tr("“%1” is not a claim id.").arg(args.positional().at(1)));
        return BadUsage;
    }
    auto document = openDocument(args.positional().constFirst());
    if (!document)
        return Failure;
    if (auto pushed = document->push(std::make_unique<DeleteClaimNodeCommand>(*document, *id));
        !pushed) {
        printError(pushed.error());
        return Failure;
    }
    printLine(CliText::tr("Deleted %1.").arg(*id));
    return Success;
}

int runClaim(const QStringList &arguments)
{
    return runSubcommand(u"claim"_s,
                         arguments,
                         {
                             {u"add"_s, withArguments(runAdd)},
                             {u"list"_s, withArguments(runList)},
                             {u"from-template"_s, withArguments(runFromTemplate)},
                             {u"templates"_s, withArguments(runTemplates)},
                             {u"edit"_s, withArguments(runEdit)},
                             {u"delete"_s, withArguments(runDelete)},
                         });
}

} // namespace
} // namespace Casebinder::Cli
