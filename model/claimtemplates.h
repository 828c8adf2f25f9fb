#pragma once

#include "claimstore.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Casebinder {

class CaseFile;

namespace Sql {
class Database;
}

// One node of a template: becomes a ClaimNode when the template is applied.
struct ClaimTemplateNode
{
    QString kind = QStringLiteral("claim");
    QString title;
    QString description;
    QString legalStandard;
    QString notes;
    QList<ClaimTemplateNode> children;

    QJsonObject toJson() const;
    static Result<ClaimTemplateNode> fromJson(const QJsonObject &json);
};

// A claim with its elements or factors, ready to be added to a case.
struct ClaimTemplate
{
    QString id; // "breach-of-contract"
    QString name;
    bool builtIn = false;
    ClaimTemplateNode root;
};

// The built-in templates (breach-of-contract, sherman-act-1, tortious-interference,
// preliminary-injunction) and the case's own, stored in claim_templates as the JSON of
// ClaimTemplateNode: {"kind", "title", "description", "legal_standard", "notes", "children":
// [...]}.
namespace ClaimTemplates {

const QList<ClaimTemplate> &builtIns();
// Built-ins first, then the case's templates by name.
Result<QList<ClaimTemplate>> all(Sql::Database &db);
Result<ClaimTemplate> find(Sql::Database &db, const QString &id);
// Adds or replaces a case template; the built-in ids are refused.
Status save(Sql::Database &db, const ClaimTemplate &claimTemplate);
Status remove(Sql::Database &db, const QString &id);

// The same, for code above the model, which holds a case rather than its connection.
Result<QList<ClaimTemplate>> all(CaseFile &caseFile);
Result<ClaimTemplate> find(CaseFile &caseFile, const QString &id);
Status save(CaseFile &caseFile, const ClaimTemplate &claimTemplate);
Status remove(CaseFile &caseFile, const QString &id);

// The nodes to insert, parents before children; `parentIndex` says which earlier entry is the
// parent (-1: the root, which goes under `parentId`).
struct PlannedNode
{
    ClaimNode node;
    int parentIndex = -1;
};
QList<PlannedNode> plan(const ClaimTemplate &claimTemplate, std::optional<qint64> parentId);

} // namespace ClaimTemplates
} // namespace Casebinder
