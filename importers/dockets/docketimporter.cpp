#include "dockets/docketimporter.h"

#include "dockets/pacerdocket.h"
#include "dockets/recapxml.h"
#include "docketstore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Casebinder {

namespace {

// A parsed docket, stored after its original in the file's savepoint.
class DocketRecords final : public AttachedRecords
{
public:
    explicit DocketRecords(Docket docket)
        : m_docket(std::move(docket))
    {}

    Result<Outcome> store(ImportSession &session,
                          qint64 documentId,
                          const Context &context) override
    {
        auto saved = session.dockets().save(m_docket, documentId);
        if (!saved)
            return fail(saved.error());
        auto filled = session.docketCaseFill().apply(m_docket);
        if (!filled)
            return fail(filled.error());
        if (context.stored)
            context.stored(0, 1.0);
        const QJsonObject described{
            {u"docket"_s,
             QJsonObject{
                 {u"court_id"_s, m_docket.courtId},
                 {u"docket_number"_s, m_docket.docketNumber},
                 {u"entries"_s, qint64(m_docket.entries.size())},
                 {u"entries_added"_s, saved->added},
                 {u"entries_updated"_s, saved->updated},
                 {u"parties"_s, qint64(m_docket.parties.size())},
                 {u"entities_added"_s, filled->entitiesAdded},
                 {u"entities_reused"_s, filled->entitiesReused},
                 {u"caption_filled"_s, QJsonArray::fromStringList(filled->captionFilled)}}}};
        if (auto done = session.setDocumentMetadata(documentId, described); !done)
            return fail(done.error());
        Outcome outcome;
        if (saved->updated > 0)
            outcome.warnings.append(u"docket %1 already in the case: %2 entries added, %3 updated"_s
                                        .arg(m_docket.docketNumber)
                                        .arg(saved->added)
                                        .arg(saved->updated));
        return outcome;
    }

private:
    Docket m_docket;
};

} // namespace

QString DocketImporter::id() const
{
    return u"docket"_s;
}

Confidence DocketImporter::sniff(const SniffInput &input) const
{
    if (Dockets::RecapDocketXml::looksLikeRecapXml(input.head)
        || Dockets::PacerDocketReport::looksLikeDocketReport(input.head))
        return Confidence::Content;
    return Confidence::None;
}

Importer::Outcome DocketImporter::prepare(PreparedFile &file,
                                          QByteArray bytes,
                                          const PrepareContext &context) const
{
    Q_UNUSED(context)
    const bool xml = Dockets::RecapDocketXml::looksLikeRecapXml(
        QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), SniffInput::HeadBytes)));
    auto docket
        = xml ? Dockets::RecapDocketXml::parse(bytes) : Dockets::PacerDocketReport::parse(bytes);
    if (!docket) {
        file.rejection = docket.error();
        return Outcome::Prepared;
    }
    DocumentRecord &record = file.document.record;
    record.kind = DocumentKind::Other;
    record.mediaType = xml ? u"application/xml"_s : u"text/html"_s;
    record.textStatus = TextStatus::None;
    if (!docket->caseName.isEmpty())
        record.title = u"Docket %1 — %2"_s.arg(docket->docketNumber, docket->caseName);
    file.records = std::make_shared<DocketRecords>(std::move(*docket));
    file.document.original = std::move(bytes);
    return Outcome::Prepared;
}

} // namespace Casebinder
