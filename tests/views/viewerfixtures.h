#pragma once

#include "casedocument.h"
#include "casefile.h"
#include "importsession.h"

#include <QBuffer>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

// With CASEBINDER_SCREENSHOTS=DIR set, saves what `widget` looks like as DIR/NAME.png, once
// pending layouts and shows have run; for looking at the views by hand.
inline void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("CASEBINDER_SCREENSHOTS");
    if (directory.isEmpty())
        return;
    QTest::qWait(150);
    widget.grab().save(directory + u'/' + name + QStringLiteral(".png"));
}

// A small PDF made in the test: one page per entry of `pages`, each line of a page drawn as
// text at 12 pt from the top left, one inch in.
inline QByteArray makePdf(const QList<QStringList> &pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(12);
    painter.setFont(font);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        int y = 72;
        for (const QString &line : pages[i]) {
            painter.drawText(QPointF(72, y), line);
            y += 18;
        }
    }
    painter.end();
    return buffer.data();
}

// A case on disk with the documents the tests need, filed through the importers' session.
struct TestCase
{
    QTemporaryDir dir;
    std::unique_ptr<Casebinder::CaseDocument> document;

    bool create()
    {
        auto created = Casebinder::CaseFile::create(dir.filePath(QStringLiteral("t.casebinder")),
                                                    {QStringLiteral("Test v. Case")});
        if (!created)
            return false;
        document = std::make_unique<Casebinder::CaseDocument>(std::move(*created));
        return true;
    }

    qint64 addDocument(const QString &title,
                       const QString &mediaType,
                       const QByteArray &original,
                       const QStringList &pageTexts)
    {
        auto session = Casebinder::ImportSession::begin(document->caseFile().db(), {});
        if (!session)
            return 0;
        Casebinder::IncomingDocument incoming;
        incoming.record.title = title;
        incoming.record.sourceName = title;
        incoming.record.mediaType = mediaType;
        for (qsizetype i = 0; i < pageTexts.size(); ++i)
            incoming.pages.append({0, 0, int(i + 1), pageTexts[i], false});
        incoming.original = original;
        auto outcome = session->addDocument(incoming);
        if (!outcome || !session->commit({}))
            return 0;
        return outcome->documentId;
    }
};
