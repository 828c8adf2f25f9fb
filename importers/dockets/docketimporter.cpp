#include "dockets/docketimporter.h"

#include "dockets/acmsjson.h"
#include "dockets/appellatedocket.h"
#include "dockets/courtlistenerjson.h"
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
            // Entries of a docket the case lacks: this file is refused, the import goes on.
            if (!saved && saved.error().code == Error::Code::NotFound) {
                outcome.rejection = saved.error();
                return outcome;
            }
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

enum class Format { RecapXml, Acms, CourtListener, Nef, PacerHtml };

Format formatOf(QByteArrayView head)
{
    if (Dockets::RecapDocketXml::looksLikeRecapXml(head))
        return Format::RecapXml;
    if (Dockets::AcmsDocketJson::looksLikeAcmsJson(head))
        return Format::Acms;
    if (Dockets::CourtListenerJson::looksLikeCourtListener(head))
        return Format::CourtListener;
    if (Dockets::NefEmail::looksLikeNef(head))
        return Format::Nef;
    return Format::PacerHtml;
}

Result<QList<Docket>> parse(Format format, QByteArrayView bytes)
{
    const auto one = [](Result<Docket> docket) -> Result<QList<Docket>> {
        if (!docket)
            return fail(docket.error());
        return QList<Docket>{std::move(*docket)};
    };
    switch (format) {
    case Format::RecapXml:
        return one(Dockets::RecapDocketXml::parse(bytes));
    case Format::Acms:
        return one(Dockets::AcmsDocketJson::parse(bytes));
    case Format::CourtListener:
        return Dockets::CourtListenerJson::parse(bytes);
    case Format::Nef:
        return Dockets::NefEmail::parse(bytes);
    case Format::PacerHtml:
        break;
    }
    // The circuits' pages (TransportRoom) have their own layout.
    if (Dockets::PacerAppellateReport::looksLikeAppellatePage(bytes))
        return one(Dockets::PacerAppellateReport::parse(bytes));
    return one(Dockets::PacerDocketReport::parse(bytes));
}

QString mediaTypeOf(Format format)
{
    switch (format) {
    case Format::RecapXml:
        return u"application/xml"_s;
    case Format::Acms:
    case Format::CourtListener:
        return u"application/json"_s;
    case Format::Nef:
        return u"message/rfc822"_s;
    case Format::PacerHtml:
        break;
    }
    return u"text/html"_s;
}

} // namespace

QString DocketImporter::id() const
{
    return u"docket"_s;
}

Confidence DocketImporter::sniff(const SniffInput &input) const
{
    // ACMS's keys are as distinctive as a magic number, and a JSON file would otherwise be
    // offered to the posts importer first.
    if (Dockets::AcmsDocketJson::looksLikeAcmsJson(input.head)
        || Dockets::CourtListenerJson::looksLikeCourtListener(input.head))
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
    const Format format = formatOf(head);
    auto dockets = parse(format, bytes);
    // A court's e-mail that turns out not to be a notice is still an e-mail.
    if (!dockets && format == Format::Nef)
        return Outcome::Declined;
    if (!dockets) {
        file.rejection = dockets.error();
        return Outcome::Prepared;
    }
    DocumentRecord &record = file.document.record;
    record.kind = DocumentKind::Other;
    record.mediaType = mediaTypeOf(format);
    record.textStatus = TextStatus::None;
    const Docket &first = dockets->constFirst();
    if (format == Format::Nef) {
        const DocketEntry &entry = first.entries.constFirst();
        record.title = u"Notice of Electronic Filing — Dkt. %1 in %2"_s.arg(
            entry.documentNumber.isEmpty() ? u"(no number)"_s : entry.documentNumber,
            first.docketNumber);
    } else if (first.docketNumber.isEmpty()) {
        record.title = u"CourtListener docket entries (docket %1)"_s.arg(first.courtListenerId);
    } else if (!first.caseName.isEmpty()) {
        record.title = u"Docket %1 — %2"_s.arg(first.docketNumber, first.caseName);
    }
    file.records = std::make_shared<DocketRecords>(std::move(*dockets));
    file.document.original = std::move(bytes);
    return Outcome::Prepared;
}

} // namespace Casebinder
