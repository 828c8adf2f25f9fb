#include "dockets/docketimporter.h"

#include "dockets/acmsjson.h"
#include "dockets/nefemail.h"
#include "dockets/pacerdocket.h"
#include "dockets/recapxml.h"
#include "docketstore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Casebinder {

namespace {

// A parsed docket (a notice may name several cases: one docket each), stored after its
// original in the file's savepoint.
class DocketRecords final : public AttachedRecords
{
public:
    explicit DocketRecords(QList<Docket> dockets)
        : m_dockets(std::move(dockets))
    {}

    Result<Outcome> store(ImportSession &session,
                          qint64 documentId,
                          const Context &context) override
    {
        Outcome outcome;
        QJsonArray described;
        for (const Docket &docket : std::as_const(m_dockets)) {
            auto saved = session.dockets().save(docket, documentId);
            if (!saved)
                return fail(saved.error());
            auto filled = session.docketCaseFill().apply(docket);
            if (!filled)
                return fail(filled.error());
            described.append(QJsonObject{
                {u"court_id"_s, docket.courtId},
                {u"docket_number"_s, docket.docketNumber},
                {u"entries"_s, qint64(docket.entries.size())},
                {u"entries_added"_s, saved->added},
                {u"entries_updated"_s, saved->updated},
                {u"parties"_s, qint64(docket.parties.size())},
                {u"entities_added"_s, filled->entitiesAdded},
                {u"entities_reused"_s, filled->entitiesReused},
                {u"caption_filled"_s, QJsonArray::fromStringList(filled->captionFilled)}});
            if (saved->updated > 0)
                outcome.warnings.append(
                    u"docket %1 already in the case: %2 entries added, %3 updated"_s
                        .arg(docket.docketNumber)
                        .arg(saved->added)
                        .arg(saved->updated));
        }
        if (context.stored)
            context.stored(0, 1.0);
        QJsonObject metadata{{u"docket"_s, described.first()}};
        if (described.size() > 1)
            metadata.insert(u"dockets"_s, described);
        if (auto done = session.setDocumentMetadata(documentId, metadata); !done)
            return fail(done.error());
        return outcome;
    }

private:
    QList<Docket> m_dockets;
};

} // namespace

QString DocketImporter::id() const
{
    return u"docket"_s;
}

Confidence DocketImporter::sniff(const SniffInput &input) const
{
    // ACMS's keys are as distinctive as a magic number, and a JSON file would otherwise be
    // offered to the posts importer first.
    if (Dockets::AcmsDocketJson::looksLikeAcmsJson(input.head))
        return Confidence::Signature;
    if (Dockets::RecapDocketXml::looksLikeRecapXml(input.head)
        || Dockets::PacerDocketReport::looksLikeDocketReport(input.head))
        return Confidence::Content;
    // Ahead of the e-mail importer, which would keep it as a plain message.
    if (!input.inArchive && Dockets::NefEmail::looksLikeNef(input.head))
        return Confidence::Signature;
    return Confidence::None;
}

Importer::Outcome DocketImporter::prepare(PreparedFile &file,
                                          QByteArray bytes,
                                          const PrepareContext &context) const
{
    Q_UNUSED(context)
    const QByteArrayView head
        = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), SniffInput::HeadBytes));
    enum class Format { RecapXml, Acms, Nef, PacerHtml };
    const Format format = Dockets::RecapDocketXml::looksLikeRecapXml(head)   ? Format::RecapXml
                          : Dockets::AcmsDocketJson::looksLikeAcmsJson(head) ? Format::Acms
                          : Dockets::NefEmail::looksLikeNef(head)            ? Format::Nef
                                                                             : Format::PacerHtml;
    const auto one = [](Result<Docket> docket) -> Result<QList<Docket>> {
        if (!docket)
            return fail(docket.error());
        return QList<Docket>{std::move(*docket)};
    };
    auto dockets = format == Format::RecapXml ? one(Dockets::RecapDocketXml::parse(bytes))
                   : format == Format::Acms   ? one(Dockets::AcmsDocketJson::parse(bytes))
                   : format == Format::Nef    ? Dockets::NefEmail::parse(bytes)
                                              : one(Dockets::PacerDocketReport::parse(bytes));
    // A court's e-mail that turns out not to be a notice is still an e-mail.
    if (!dockets && format == Format::Nef)
        return Outcome::Declined;
    if (!dockets) {
        file.rejection = dockets.error();
        return Outcome::Prepared;
    }
    DocumentRecord &record = file.document.record;
    record.kind = DocumentKind::Other;
    record.mediaType = format == Format::RecapXml ? u"application/xml"_s
                       : format == Format::Acms   ? u"application/json"_s
                       : format == Format::Nef    ? u"message/rfc822"_s
                                                  : u"text/html"_s;
    record.textStatus = TextStatus::None;
    const Docket &first = dockets->constFirst();
    if (format == Format::Nef) {
        const DocketEntry &entry = first.entries.constFirst();
        record.title = u"Notice of Electronic Filing — Dkt. %1 in %2"_s.arg(
            entry.documentNumber.isEmpty() ? u"(no number)"_s : entry.documentNumber,
            first.docketNumber);
    } else if (!first.caseName.isEmpty()) {
        record.title = u"Docket %1 — %2"_s.arg(first.docketNumber, first.caseName);
    }
    file.records = std::make_shared<DocketRecords>(std::move(*dockets));
    file.document.original = std::move(bytes);
    return Outcome::Prepared;
}

} // namespace Casebinder
