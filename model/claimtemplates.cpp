#include "claimtemplates.h"

#include "casefile.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Casebinder::ClaimTemplates {
namespace {

constexpr int MaxDepth = 8;

ClaimTemplateNode node(
    QString kind, QString title, QString description, QString standard, QString notes = {})
{
    return {std::move(kind),
            std::move(title),
            std::move(description),
            std::move(standard),
            std::move(notes),
            {}};
}

QList<ClaimTemplate> makeBuiltIns()
{
    ClaimTemplate contract{u"breach-of-contract"_s, u"Breach of contract"_s, true};
    contract.root = node(
        u"claim"_s,
        u"Breach of contract"_s,
        u"The defendant failed to perform a promise in an enforceable agreement, and the plaintiff "
        u"was "
        u"harmed as a result."_s,
        u"Common law of contracts (state law governs; see the contract's choice-of-law clause). "
        u"The "
        u"plaintiff proves a valid contract, its own performance or an excuse for not performing, "
        u"the "
        u"defendant's breach, and damages caused by the breach. Restatement (Second) of Contracts "
        u"§§ 235, 347."_s);
    contract.root.children = {
        node(
            u"element"_s,
            u"Valid contract"_s,
            u"An offer, its acceptance and consideration, with terms definite enough to enforce."_s,
            u"Mutual assent and consideration; Restatement (Second) of Contracts §§ 17, 33."_s),
        node(
            u"element"_s,
            u"Plaintiff's performance"_s,
            u"The plaintiff did what the contract required of it, or its performance was excused."_s,
            u"Performance, substantial performance, or excuse (e.g., the defendant's prior "
            u"material "
            u"breach, waiver, impossibility)."_s),
        node(
            u"element"_s,
            u"Breach"_s,
            u"The defendant did not perform a duty that had come due, and had no legal excuse."_s,
            u"Non-performance of a duty when due is a breach; Restatement (Second) of Contracts § 235(2)."_s),
        node(u"element"_s,
             u"Damages"_s,
             u"Loss caused by the breach, proven with reasonable certainty."_s,
             u"Expectation, reliance or restitution damages; losses must be foreseeable and "
             u"reasonably "
             u"certain. Hadley v. Baxendale, 9 Ex. 341 (1854); Restatement (Second) of Contracts "
             u"§§ 347, "
             u"351–352."_s),
    };

    ClaimTemplate sherman{u"sherman-act-1"_s, u"Sherman Act § 1"_s, true};
    sherman.root = node(
        u"claim"_s,
        u"Sherman Act § 1 — restraint of trade"_s,
        u"Two or more independent actors agreed to restrain trade, unreasonably, and the plaintiff "
        u"suffered antitrust injury."_s,
        u"15 U.S.C. § 1 (every contract, combination or conspiracy in restraint of trade); private "
        u"right of action under 15 U.S.C. § 15. Only unreasonable restraints are unlawful. "
        u"Bell Atlantic Corp. v. Twombly, 550 U.S. 544 (2007)."_s);
    sherman.root.children = {
        node(
            u"element"_s,
            u"Agreement"_s,
            u"A contract, combination or conspiracy among separate economic actors: a conscious "
            u"commitment to a common scheme."_s,
            u"Concerted action by separate entities; parallel conduct alone is not enough without "
            u"plus factors. Twombly, 550 U.S. at 556–57; Copperweld Corp. v. Independence Tube "
            u"Corp., "
            u"467 U.S. 752 (1984); Monsanto Co. v. Spray-Rite Service Corp., 465 U.S. 752, 764 (1984)."_s),
        node(
            u"element"_s,
            u"Unreasonable restraint of trade"_s,
            u"The agreement restrains trade unreasonably: per se (e.g., horizontal price fixing, "
            u"market "
            u"allocation, some group boycotts), under quick look, or under the rule of reason."_s,
            u"Rule of reason: anticompetitive effects in a relevant market outweigh procompetitive "
            u"justifications that could not be achieved by less restrictive means. Ohio v. "
            u"American "
            u"Express Co., 138 S. Ct. 2274, 2284 (2018); NCAA v. Alston, 141 S. Ct. 2141 (2021)."_s),
        node(u"element"_s,
             u"Antitrust injury"_s,
             u"The plaintiff's injury is of the kind the antitrust laws were meant to prevent and "
             u"flows "
             u"from what makes the conduct unlawful; plus causation and damages."_s,
             u"Brunswick Corp. v. Pueblo Bowl-O-Mat, Inc., 429 U.S. 477, 489 (1977); Atlantic "
             u"Richfield "
             u"Co. v. USA Petroleum Co., 495 U.S. 328 (1990)."_s),
    };

    ClaimTemplate interference{
        u"tortious-interference"_s, u"Tortious interference with business expectancy"_s, true};
    interference.root = node(u"claim"_s,
                             u"Tortious interference with business expectancy"_s,
                             u"The defendant knowingly and improperly disrupted a business "
                             u"relationship or expectancy the "
                             u"plaintiff reasonably expected to profit from."_s,
                             u"Restatement (Second) of Torts §§ 766B, 767; state law governs and "
                             u"varies (some states require "
                             u"conduct that is independently wrongful, e.g. Della Penna v. Toyota "
                             u"Motor Sales, U.S.A., Inc., "
                             u"11 Cal. 4th 376 (1995))."_s);
    interference.root.children = {
        node(u"element"_s,
             u"Business expectancy"_s,
             u"A valid business relationship or expectancy with a reasonable probability of future "
             u"economic benefit to the plaintiff."_s,
             u"Restatement (Second) of Torts § 766B."_s),
        node(
            u"element"_s,
            u"Knowledge"_s,
            u"The defendant knew of the relationship or expectancy."_s,
            u"Actual knowledge of the relationship, or of facts that would lead a reasonable person to it."_s),
        node(
            u"element"_s,
            u"Intentional interference"_s,
            u"The defendant intentionally induced or caused the loss, breach or termination of the "
            u"relationship or expectancy."_s,
            u"Intent: purpose to interfere, or knowledge that interference is substantially certain."_s),
        node(u"element"_s,
             u"Improper purpose or means"_s,
             u"The interference was improper, because of its purpose or because the means were "
             u"wrongful "
             u"(fraud, misrepresentation, defamation, threats, violation of a statute)."_s,
             u"Restatement (Second) of Torts § 767 factors; in some states the means must be "
             u"independently wrongful."_s),
        node(
            u"element"_s,
            u"Damages"_s,
            u"The plaintiff lost the expected benefit, and the loss was caused by the interference."_s,
            u"Proximate cause and actual pecuniary loss; Restatement (Second) of Torts § 774A."_s),
    };

    ClaimTemplate injunction{u"preliminary-injunction"_s, u"Preliminary injunction"_s, true};
    injunction.root = node(
        u"claim"_s,
        u"Preliminary injunction"_s,
        u"Interim relief before judgment, an extraordinary remedy never awarded as of right."_s,
        u"Winter v. Natural Resources Defense Council, Inc., 555 U.S. 7, 20 (2008): the movant "
        u"must show "
        u"that it is likely to succeed on the merits, likely to suffer irreparable harm without "
        u"preliminary relief, that the balance of equities favors it, and that an injunction "
        u"serves the "
        u"public interest. Fed. R. Civ. P. 65."_s,
        u"Ninth Circuit alternative (\"serious questions\"): serious questions going to the merits "
        u"and a "
        u"balance of hardships that tips sharply toward the movant can support an injunction, if "
        u"the "
        u"movant also shows likely irreparable harm and that the injunction is in the public "
        u"interest. "
        u"Alliance for the Wild Rockies v. Cottrell, 632 F.3d 1127, 1131–35 (9th Cir. 2011)."_s);
    injunction.root.children = {
        node(u"factor"_s,
             u"Likelihood of success on the merits"_s,
             u"The movant is likely, not merely possibly, to prevail on at least one claim."_s,
             u"Winter, 555 U.S. at 20; a clear showing is required, Mazurek v. Armstrong, 520 U.S. "
             u"968, "
             u"972 (1997) (per curiam)."_s,
             u"In the Ninth Circuit, \"serious questions going to the merits\" may suffice when "
             u"the balance "
             u"of hardships tips sharply toward the movant (Alliance for the Wild Rockies, 632 "
             u"F.3d at "
             u"1135)."_s),
        node(
            u"factor"_s,
            u"Irreparable harm"_s,
            u"Without relief the movant is likely to suffer harm that money damages cannot repair."_s,
            u"Likely, not merely possible, irreparable harm. Winter, 555 U.S. at 22."_s),
        node(u"factor"_s,
             u"Balance of equities"_s,
             u"The harm to the movant without the injunction outweighs the harm the injunction "
             u"would "
             u"cause the other side."_s,
             u"Winter, 555 U.S. at 24 (courts balance the competing claims of injury and the "
             u"effect of "
             u"granting or withholding relief)."_s),
        node(u"factor"_s,
             u"Public interest"_s,
             u"The injunction's consequences for the public and for people not in the case."_s,
             u"Winter, 555 U.S. at 24; this factor merges with the balance of equities when the "
             u"government opposes the motion. Nken v. Holder, 556 U.S. 418, 435 (2009)."_s),
    };
    return {contract, sherman, interference, injunction};
}

Result<ClaimTemplateNode> parseNode(const QJsonObject &json, int depth)
{
    if (depth > MaxDepth)
        return fail(Error::Code::InvalidArgument,
                    u"The claim template nests more than %1 levels deep."_s.arg(MaxDepth));
    ClaimTemplateNode result;
    result.kind = json.value(u"kind"_s).toString(depth == 0 ? u"claim"_s : u"element"_s);
    result.title = json.value(u"title"_s).toString().trimmed();
    result.description = json.value(u"description"_s).toString();
    result.legalStandard = json.value(u"legal_standard"_s).toString();
    result.notes = json.value(u"notes"_s).toString();
    if (result.title.isEmpty())
        return fail(Error::Code::InvalidArgument,
                    u"Every node of a claim template needs a title."_s);
    if (!ClaimStore::kinds().contains(result.kind))
        return fail(
            Error::Code::InvalidArgument,
            u"“%1” in a claim template is not a kind (claim, element, factor)."_s.arg(result.kind));
    const QJsonArray children = json.value(u"children"_s).toArray();
    for (const QJsonValue &child : children) {
        if (!child.isObject())
            return fail(
                Error::Code::InvalidArgument,
                u"The children of “%1” in a claim template must be objects."_s.arg(result.title));
        auto parsed = parseNode(child.toObject(), depth + 1);
        if (!parsed)
            return parsed;
        result.children.append(*parsed);
    }
    return result;
}

void planNode(const ClaimTemplateNode &source,
              const QString &templateId,
              int parentIndex,
              std::optional<qint64> parentId,
              QList<PlannedNode> &out)
{
    ClaimNode node;
    node.parentId = parentIndex < 0 ? parentId : std::nullopt;
    node.position = parentIndex < 0 ? -1 : 0;
    node.kind = source.kind;
    node.title = source.title;
    node.description = source.description;
    node.legalStandard = source.legalStandard;
    node.notes = source.notes;
    node.templateId = templateId;
    const int index = int(out.size());
    out.append({node, parentIndex});
    int position = 0;
    for (const ClaimTemplateNode &child : source.children) {
        const int childIndex = int(out.size());
        planNode(child, templateId, index, parentId, out);
        out[childIndex].node.position = position++;
    }
}

} // namespace

const QList<ClaimTemplate> &builtIns()
{
    static const QList<ClaimTemplate> templates = makeBuiltIns();
    return templates;
}

Result<QList<ClaimTemplate>> all(Sql::Database &db)
{
    QList<ClaimTemplate> result = builtIns();
    auto statement
        = db.prepare(u"SELECT id, name, definition FROM claim_templates ORDER BY name, id"_s);
    if (!statement)
        return fail(statement.error());
    for (;;) {
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        const QString id = statement->text(0);
        auto root = ClaimTemplateNode::fromJson(
            QJsonDocument::fromJson(statement->text(2).toUtf8()).object());
        if (!root)
            return fail(Error::Code::Corrupt,
                        u"The claim template “%1” stored in the case is damaged."_s.arg(id),
                        root.error().message);
        result.append({id, statement->text(1), false, *root});
    }
    return result;
}

Result<ClaimTemplate> find(Sql::Database &db, const QString &id)
{
    auto templates = all(db);
    if (!templates)
        return fail(templates.error());
    for (const ClaimTemplate &each : std::as_const(*templates)) {
        if (each.id == id)
            return each;
    }
    QStringList ids;
    for (const ClaimTemplate &each : std::as_const(*templates))
        ids.append(each.id);
    return fail(
        Error::Code::NotFound,
        u"There is no claim template “%1”; the templates are: %2."_s.arg(id, ids.join(u", "_s)));
}

Status save(Sql::Database &db, const ClaimTemplate &claimTemplate)
{
    const QString id = claimTemplate.id.trimmed();
    if (id.isEmpty())
        return fail(Error::Code::InvalidArgument, u"A claim template needs an id."_s);
    for (const ClaimTemplate &each : builtIns()) {
        if (each.id == id)
            return fail(Error::Code::Duplicate,
                        u"“%1” is a built-in claim template; choose another id."_s.arg(id));
    }
    const QJsonObject definition = claimTemplate.root.toJson();
    if (auto valid = ClaimTemplateNode::fromJson(definition); !valid)
        return fail(valid.error());
    auto statement = db.prepare(u"INSERT OR REPLACE INTO claim_templates (id, name, definition)"
                                u" VALUES (?, ?, ?)"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, id)
        .bind(2, claimTemplate.name.isEmpty() ? claimTemplate.root.title : claimTemplate.name)
        .bind(3, QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)));
    return statement->exec();
}

Status remove(Sql::Database &db, const QString &id)
{
    auto statement = db.prepare(u"DELETE FROM claim_templates WHERE id = ?"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, id);
    if (auto done = statement->exec(); !done)
        return done;
    if (db.changes() == 0)
        return fail(Error::Code::NotFound, u"The case has no claim template “%1”."_s.arg(id));
    return {};
}

QList<PlannedNode> plan(const ClaimTemplate &claimTemplate, std::optional<qint64> parentId)
{
    QList<PlannedNode> out;
    planNode(claimTemplate.root, claimTemplate.id, -1, parentId, out);
    return out;
}

Result<QList<ClaimTemplate>> all(CaseFile &caseFile)
{
    return all(caseFile.db());
}

Result<ClaimTemplate> find(CaseFile &caseFile, const QString &id)
{
    return find(caseFile.db(), id);
}

Status save(CaseFile &caseFile, const ClaimTemplate &claimTemplate)
{
    return save(caseFile.db(), claimTemplate);
}

Status remove(CaseFile &caseFile, const QString &id)
{
    return remove(caseFile.db(), id);
}

} // namespace Casebinder::ClaimTemplates

namespace Casebinder {

QJsonObject ClaimTemplateNode::toJson() const
{
    QJsonObject json{{u"kind"_s, kind}, {u"title"_s, title}};
    if (!description.isEmpty())
        json.insert(u"description"_s, description);
    if (!legalStandard.isEmpty())
        json.insert(u"legal_standard"_s, legalStandard);
    if (!notes.isEmpty())
        json.insert(u"notes"_s, notes);
    if (!children.isEmpty()) {
        QJsonArray array;
        for (const ClaimTemplateNode &child : children)
            array.append(child.toJson());
        json.insert(u"children"_s, array);
    }
    return json;
}

Result<ClaimTemplateNode> ClaimTemplateNode::fromJson(const QJsonObject &json)
{
    return ClaimTemplates::parseNode(json, 0);
}

} // namespace Casebinder
