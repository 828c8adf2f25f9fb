#include "samplecasebuilder.h"

#include "casedocument.h"
#include "casefile.h"
#include "casepaths.h"
#include "claimstore.h"
#include "claimtemplates.h"
#include "commands/claimcommands.h"
#include "commands/documentcommands.h"
#include "commands/entitycommands.h"
#include "commands/eventcommands.h"
#include "commands/linkcommands.h"
#include "commands/tagcommands.h"
#include "documentstore.h"
#include "entitystore.h"
#include "eventdate.h"
#include "eventstore.h"
#include "importjob.h"
#include "linkstore.h"
#include "poststore.h"
#include "sampledata.h"
#include "samplepdf.h"
#include "tagstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

// Keyboard review works out of the box on the sample: each leaf tag gets a digit (J, K and P
// belong to review mode), in the order a reviewer reaches for them.
QString sampleHotkey(const QString &tagKey)
{
    static const QHash<QString, QString> keys = {
        {u"key-document"_s, u"1"_s},
        {u"hot"_s, u"2"_s},
        {u"privileged-review"_s, u"3"_s},
        {u"antitrust"_s, u"4"_s},
        {u"contract"_s, u"5"_s},
        {u"moderation"_s, u"6"_s},
        {u"harm"_s, u"7"_s},
        {u"sealed"_s, u"8"_s},
    };
    return keys.value(tagKey);
}

// Recorded as the source of every sample document instead of the temporary folder it was
// generated in.
const QString SampleProvenance = QStringLiteral("Casebinder sample case (generated)");

using namespace Sample;

Status cancelled()
{
    return fail(Error::Code::Cancelled, u"Building the sample case was cancelled."_s);
}

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

Error withContext(Error error, const QString &what)
{
    error.message = u"Could not build the sample case: %1: %2"_s.arg(what, error.message);
    return error;
}

class Builder
{
public:
    Builder(const SampleCase &sample,
            CaseDocument &document,
            const SampleCaseBuilder::ProgressCallback &progress,
            const std::atomic_bool *cancel)
        : m_sample(sample)
        , m_document(document)
        , m_progress(progress)
        , m_cancel(cancel)
    {}

    static constexpr int Steps = 10;

    Status run(const QString &workDirectory)
    {
        m_workDirectory = workDirectory;
        struct Step
        {
            QString message;
            Status (Builder::*run)();
        };
        const QList<Step> steps = {
            {u"Importing the sample documents"_s, &Builder::importDocuments},
            {u"Importing the flagged posts"_s, &Builder::importPosts},
            {u"Describing the documents"_s, &Builder::describeDocuments},
            {u"Adding people and organisations"_s, &Builder::addEntities},
            {u"Adding tags"_s, &Builder::addTags},
            {u"Adding the chronology"_s, &Builder::addEvents},
            {u"Adding the claims"_s, &Builder::addClaims},
            {u"Linking the evidence"_s, &Builder::addLinks},
            {u"Tagging documents, pages and posts"_s, &Builder::applyTags},
        };
        for (qsizetype i = 0; i < steps.size(); ++i) {
            if (isCancelled(m_cancel))
                return cancelled();
            const Step &step = steps.at(i);
            report(int(i) + 2, step.message);
            if (auto done = (this->*step.run)(); !done)
                return fail(withContext(done.error(), step.message.toLower()));
        }
        return {};
    }

    void report(int step, const QString &message) const
    {
        if (m_progress)
            m_progress({step, Steps, message});
    }

    SampleBuildReport result() const { return m_result; }

private:
    Status push(std::unique_ptr<CaseCommand> command)
    {
        return m_document.push(std::move(command));
    }

    Result<ImportReport> import(const QStringList &paths, const ImportOptions &options)
    {
        auto imported = runImport(m_document.caseFile(), paths, options, m_cancel);
        if (!imported)
            return imported;
        for (const ImportedFile &file : std::as_const(imported->files))
            if (file.status != ImportedFile::Status::Imported)
                return fail(Error::Code::Generic,
                            u"%1 was not imported (%2)."_s.arg(QFileInfo(file.path).fileName(),
                                                               file.reason));
        return imported;
    }

    Status importDocuments()
    {
        const QString &directory = m_workDirectory;
        QStringList filings, exhibits;
        QHash<QString, QString> keyOfPath;
        for (const DocumentSpec &spec : m_sample.documents) {
            const QString path = QDir(directory).filePath(pdfName(spec));
            keyOfPath.insert(QFileInfo(path).absoluteFilePath(), spec.key);
            (spec.kind == u"filing" ? filings : exhibits).append(path);
        }
        for (const auto &[paths, kind] : {std::pair{filings, DocumentRole::Filing},
                                          std::pair{exhibits, DocumentRole::Exhibit}}) {
            ImportOptions options;
            options.role = kind;
            options.provenance = SampleProvenance;
            auto imported = import(paths, options);
            if (!imported)
                return fail(imported.error());
            for (const ImportedFile &file : std::as_const(imported->files)) {
                m_documents.insert(keyOfPath.value(QFileInfo(file.path).absoluteFilePath()),
                                   file.documentId);
                m_result.pages += file.pages;
            }
        }
        m_result.documents = int(m_documents.size());
        if (m_documents.size() != m_sample.documents.size())
            return fail(Error::Code::Generic, u"some sample documents are missing."_s);
        return {};
    }

    Status importPosts()
    {
        const QString path = QDir(m_workDirectory).filePath(m_sample.posts.fileName);
        ImportOptions options;
        options.format = u"posts"_s;
        options.provenance = SampleProvenance;
        options.fieldMap = m_sample.posts.fieldMap;
        auto imported = import({path}, options);
        if (!imported)
            return fail(imported.error());
        m_result.posts = imported->posts();
        // The importer files the CSV itself as the posts' source document.
        for (const ImportedFile &file : std::as_const(imported->files)) {
            if (file.documentId != 0) {
                m_postsDocument = file.documentId;
                ++m_result.documents;
            }
        }

        // A new case numbers its posts from 1, so the imported ones are 1..count.
        auto posts = m_document.posts();
        auto count = posts.count();
        if (!count)
            return fail(count.error());
        QList<qint64> ids;
        for (qint64 id = 1; id <= *count; ++id)
            ids.append(id);
        auto records = posts.postsByIds(ids);
        if (!records)
            return fail(records.error());
        for (const PostRecord &post : std::as_const(*records))
            m_posts.insert(post.externalId, post.id);
        if (m_posts.size() != m_result.posts)
            return fail(Error::Code::Generic, u"the imported posts could not be found."_s);
        return {};
    }

    Status addEntities()
    {
        for (const EntitySpec &spec : m_sample.entities) {
            EntityRecord record;
            record.name = spec.name;
            record.kind = entityKindFromName(spec.kind).value_or(EntityKind::Organisation);
            record.role = entityRoleFromName(spec.role).value_or(EntityRole::ThirdParty);
            record.description = spec.description;
            auto command = std::make_unique<AddEntityCommand>(m_document, record);
            auto *added = command.get();
            if (auto done = push(std::move(command)); !done)
                return done;
            m_entities.insert(spec.key, added->entityId());
        }
        for (const DocumentSpec &spec : m_sample.documents)
            for (const QString &entity : spec.entities)
                if (auto done
                    = push(std::make_unique<LinkEntityCommand>(m_document,
                                                               m_entities.value(entity),
                                                               LinkEntityCommand::Target::Document,
                                                               m_documents.value(spec.key)));
                    !done)
                    return done;
        m_result.entities = int(m_entities.size());
        return {};
    }

    Status addTags()
    {
        for (const TagSpec &spec : m_sample.tags) {
            TagRecord record;
            record.name = spec.name;
            record.color = spec.color;
            record.hotkey = sampleHotkey(spec.key);
            if (!spec.parentKey.isEmpty())
                record.parentId = m_tags.value(spec.parentKey);
            auto command = std::make_unique<CreateTagCommand>(m_document, record);
            auto *created = command.get();
            if (auto done = push(std::move(command)); !done)
                return done;
            m_tags.insert(spec.key, created->tagId());
        }
        m_result.tags = int(m_tags.size());
        return {};
    }

    Status addEvents()
    {
        for (const EventSpec &spec : m_sample.events) {
            auto date = EventDate::parse(spec.date);
            if (!date)
                return fail(date.error());
            EventRecord record;
            record.date = *date;
            record.title = spec.title;
            record.description = spec.description;
            record.notes = spec.notes;
            record.dispute
                = disputeStatusFromName(spec.dispute).value_or(DisputeStatus::NotAssessed);
            for (const SourceSpec &source : spec.sources)
                record.sources.append(EventSource::document(
                    m_documents.value(source.document), source.pageFrom, source.pageTo));
            for (const QString &entity : spec.entities)
                record.entityIds.append(m_entities.value(entity));
            auto command = std::make_unique<AddEventCommand>(m_document, record);
            auto *added = command.get();
            if (auto done = push(std::move(command)); !done)
                return fail(withContext(done.error(), spec.title));
            m_events.insert(spec.key, added->eventId());
            for (const QString &tag : spec.tags)
                m_taggings[tag].append({TagTargetKind::Event, added->eventId()});
        }
        m_result.events = int(m_events.size());
        return {};
    }

    Status describeDocuments()
    {
        for (const DocumentSpec &spec : m_sample.documents) {
            DocumentEdit edit{{DocumentField::Title, spec.title}};
            if (!spec.docketNumber.isEmpty())
                edit.insert(DocumentField::DocketNumber, spec.docketNumber);
            if (!spec.exhibitLabel.isEmpty())
                edit.insert(DocumentField::ExhibitLabel, spec.exhibitLabel);
            if (!spec.documentDate.isEmpty())
                edit.insert(DocumentField::DocumentDate, spec.documentDate);
            if (!spec.filedDate.isEmpty())
                edit.insert(DocumentField::FiledDate, spec.filedDate);
            QStringList notes = {m_sample.notice + u'.'};
            if (spec.docketIllustrative)
                notes.append(u"The docket number is illustrative."_s);
            if (!spec.notes.isEmpty())
                notes.append(spec.notes);
            edit.insert(DocumentField::Notes, notes.join(u' '));
            if (auto done = push(std::make_unique<SetDocumentFieldsCommand>(
                    m_document, m_documents.value(spec.key), edit));
                !done)
                return fail(withContext(done.error(), spec.title));
        }
        if (m_postsDocument != 0) {
            const DocumentEdit edit{{DocumentField::Title, m_sample.posts.title},
                                    {DocumentField::Notes, m_sample.notice + u'.'}};
            if (auto done = push(
                    std::make_unique<SetDocumentFieldsCommand>(m_document, m_postsDocument, edit));
                !done)
                return done;
        }
        return {};
    }

    Status addClaims()
    {
        for (const ClaimSpec &spec : m_sample.claims)
            if (auto done = addClaim(spec); !done)
                return done;
        m_result.claims = int(m_claims.size());
        return {};
    }

    // Adds a claim from its template (when it names one), gives the template's nodes the
    // sample's own titles and adds the nodes the template does not have.
    Status addClaim(const ClaimSpec &spec)
    {
        auto store = m_document.claims();
        qint64 rootId = 0;
        QList<ClaimNode> templateChildren;
        if (!spec.templateId.isEmpty()) {
            auto claimTemplate = ClaimTemplates::find(m_document.caseFile(), spec.templateId);
            if (!claimTemplate)
                return fail(claimTemplate.error());
            auto command = std::make_unique<ApplyClaimTemplateCommand>(m_document, *claimTemplate);
            auto *applied = command.get();
            if (auto done = push(std::move(command)); !done)
                return done;
            rootId = applied->rootId();
            auto root = store.node(rootId);
            auto children = store.children(rootId);
            if (!root || !children)
                return fail(!root ? root.error() : children.error());
            templateChildren = *children;
            if (auto done = edit(*root, spec); !done)
                return done;
        } else {
            ClaimNode root;
            root.position = -1;
            describe(root, spec);
            auto command = std::make_unique<AddClaimNodeCommand>(m_document, root);
            auto *added = command.get();
            if (auto done = push(std::move(command)); !done)
                return done;
            rootId = added->nodeId();
        }
        m_claims.insert(spec.key, rootId);

        for (const ClaimSpec &child : spec.children) {
            const auto matches = [&](const ClaimNode &node) {
                return std::any_of(
                    child.match.cbegin(), child.match.cend(), [&](const QString &word) {
                        return node.title.contains(word, Qt::CaseInsensitive);
                    });
            };
            const auto match
                = std::find_if(templateChildren.begin(), templateChildren.end(), matches);
            if (match != templateChildren.end()) {
                const ClaimNode node = *match;
                templateChildren.erase(match);
                if (auto done = edit(node, child); !done)
                    return done;
                m_claims.insert(child.key, node.id);
                continue;
            }
            ClaimNode node;
            node.parentId = rootId;
            node.position = -1;
            node.kind = spec.templateId == u"preliminary-injunction" ? u"factor"_s : u"element"_s;
            describe(node, child);
            auto command = std::make_unique<AddClaimNodeCommand>(m_document, node);
            auto *added = command.get();
            if (auto done = push(std::move(command)); !done)
                return done;
            m_claims.insert(child.key, added->nodeId());
        }
        return {};
    }

    Status edit(ClaimNode node, const ClaimSpec &spec)
    {
        describe(node, spec);
        return push(std::make_unique<EditClaimNodeCommand>(m_document, node));
    }

    static void describe(ClaimNode &node, const ClaimSpec &spec)
    {
        node.title = spec.title;
        if (!spec.description.isEmpty())
            node.description = spec.description;
        if (!spec.assertedBy.isEmpty())
            node.assertedBy = spec.assertedBy;
        if (!spec.notes.isEmpty())
            node.notes = spec.notes;
    }

    Status addLinks()
    {
        for (const LinkSpec &spec : m_sample.links) {
            EvidenceLink link;
            link.claimId = m_claims.value(spec.claim);
            if (!spec.document.isEmpty()) {
                link.documentId = m_documents.value(spec.document);
                link.pageFrom = spec.pageFrom;
                link.pageTo = spec.pageTo;
            } else if (!spec.post.isEmpty()) {
                if (!m_posts.contains(spec.post))
                    return fail(Error::Code::NotFound,
                                u"no flagged post has the id %1."_s.arg(spec.post));
                link.postId = m_posts.value(spec.post);
            } else {
                link.eventId = m_events.value(spec.event);
            }
            link.quote = spec.quote;
            link.stance
                = EvidenceLink::stanceFromName(spec.stance).value_or(EvidenceLink::Stance::Context);
            link.weight = spec.weight;
            link.note = spec.note;

            auto command = std::make_unique<AddLinkCommand>(m_document, link);
            auto *added = command.get();
            if (auto done = push(std::move(command)); !done)
                return done;
            // The sample's quotes are written to match its pages; one that does not verify
            // is a bug in the sample, not something to ship.
            if (!link.quote.isEmpty() && added->link().quoteVerified != true)
                return fail(Error::Code::Corrupt,
                            u"the quote \"%1\" is not on the cited pages."_s.arg(link.quote));
            ++m_result.links;
            if (added->link().quoteVerified == true)
                ++m_result.verifiedQuotes;
        }
        return {};
    }

    Status applyTags()
    {
        for (const DocumentSpec &spec : m_sample.documents)
            for (const QString &tag : spec.tags)
                m_taggings[tag].append({TagTargetKind::Document, m_documents.value(spec.key)});
        auto documents = m_document.documents();
        for (const PageTagSpec &spec : m_sample.pageTags) {
            auto pages = documents.pages(m_documents.value(spec.document));
            if (!pages)
                return fail(pages.error());
            for (const QString &tag : spec.tags)
                m_taggings[tag].append({TagTargetKind::Page, pages->at(spec.page - 1).id});
        }
        for (auto it = m_sample.posts.tags.cbegin(); it != m_sample.posts.tags.cend(); ++it)
            for (const QString &externalId : it.value())
                m_taggings[it.key()].append({TagTargetKind::Post, m_posts.value(externalId)});

        // In the sample's own tag order, so the undo history reads naturally.
        for (const TagSpec &tag : m_sample.tags) {
            const QList<TagTarget> targets = m_taggings.value(tag.key);
            if (targets.isEmpty())
                continue;
            if (auto done = push(
                    std::make_unique<ApplyTagCommand>(m_document, m_tags.value(tag.key), targets));
                !done)
                return done;
        }
        return {};
    }

    static QString pdfName(const DocumentSpec &spec)
    {
        return QFileInfo(spec.fileName).completeBaseName() + u".pdf"_s;
    }

    const SampleCase &m_sample;
    CaseDocument &m_document;
    const SampleCaseBuilder::ProgressCallback &m_progress;
    const std::atomic_bool *m_cancel;
    QString m_workDirectory;
    SampleBuildReport m_result;
    QHash<QString, qint64> m_documents;
    QHash<QString, qint64> m_posts; // by external id
    qint64 m_postsDocument = 0;
    QHash<QString, qint64> m_entities;
    QHash<QString, qint64> m_tags;
    QHash<QString, qint64> m_events;
    QHash<QString, qint64> m_claims;
    QHash<QString, QList<TagTarget>> m_taggings;
};

Status writePdfs(const SampleCase &sample,
                 const QString &directory,
                 const std::atomic_bool *cancel,
                 QStringList *paths)
{
    for (const DocumentSpec &spec : sample.documents) {
        if (isCancelled(cancel))
            return cancelled();
        const QString path
            = QDir(directory).filePath(QFileInfo(spec.fileName).completeBaseName() + u".pdf"_s);
        if (auto written = writeSamplePdf(sample, spec, path); !written)
            return written;
        if (paths)
            paths->append(path);
    }
    return {};
}

Status copyResource(const QString &name, const QString &directory)
{
    const QString target = QDir(directory).filePath(name);
    QFile::remove(target);
    if (!QFile::copy(resourceRoot() + u'/' + name, target))
        return fail(Error::Code::Io,
                    u"Could not copy the sample's %1 to %2."_s.arg(name, directory));
    // Copies of resources are read-only; the temporary directory must be able to remove it.
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

} // namespace

Result<QStringList> SampleCaseBuilder::writeDocuments(const QString &directory,
                                                      const std::atomic_bool *cancel)
{
    auto sample = loadSampleCase();
    if (!sample)
        return fail(sample.error());
    QStringList paths;
    if (auto written = writePdfs(*sample, directory, cancel, &paths); !written)
        return fail(written.error());
    return paths;
}

Result<SampleBuildReport> SampleCaseBuilder::build(const QString &outPath,
                                                   const ProgressCallback &progress,
                                                   const std::atomic_bool *cancel)
{
    const QFileInfo target(outPath);
    if (target.exists())
        return fail(Error::Code::Duplicate,
                    u"%1 already exists; the sample case never overwrites a file."_s.arg(outPath));
    if (progress)
        progress({1, Builder::Steps, u"Writing the sample documents"_s});

    auto sample = loadSampleCase();
    if (!sample)
        return fail(sample.error());

    // Sources go to a private directory; the case is built beside its destination and renamed
    // into place only when complete.
    QTemporaryDir sources;
    QTemporaryDir staging(target.absolutePath() + u"/.casebinder-sample-XXXXXX"_s);
    if (!sources.isValid() || !staging.isValid())
        return fail(
            Error::Code::Io,
            u"Could not create a working directory for the sample case next to %1."_s.arg(outPath));
    if (auto written = writePdfs(*sample, sources.path(), cancel, nullptr); !written)
        return fail(written.error());
    if (auto copied = copyResource(sample->posts.fileName, sources.path()); !copied)
        return fail(copied.error());

    const QString stagedPath = staging.filePath(target.fileName());
    SampleBuildReport report;
    {
        auto created = CaseFile::create(stagedPath, sample->caption);
        if (!created)
            return fail(created.error());
        CaseDocument document(std::move(*created));
        Builder builder(*sample, document, progress, cancel);
        if (auto built = builder.run(sources.path()); !built)
            return fail(built.error());
        report = builder.result();
    }
    if (isCancelled(cancel))
        return fail(cancelled().error());
    if (!CasePaths::renameNoReplace(stagedPath, outPath))
        return fail(Error::Code::Io,
                    u"Could not move the finished sample case to %1."_s.arg(outPath));
    report.path = outPath;
    return report;
}

} // namespace Casebinder
