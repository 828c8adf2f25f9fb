#pragma once

#include "displaylanguage.h"

#include <QString>

namespace Casebinder {

// What a post's label needs: who posted it where and when, and its words.
struct PostLabelParts
{
    qint64 id = 0;
    QString platform;     // "Parler"; empty: unknown
    QString authorHandle; // with or without "@"
    QString authorName;   // shown when there is no handle
    QString postedAt;     // ISO 8601 as stored; empty: unknown
    QString text;
};

// The one name of a post in lists and exports (issue #21 §3): platform, @handle, date and
// the first words — "Parler · @lin_wood · 8 Jan 2021 · “Get ready for the…”" — instead of its
// platform id, which means nothing to a reader. Unknown parts are left out (an undated post
// says "undated"); a post with nothing to show is "Post #ID". Dates and words follow the
// language, like the pin cites: exports share it with the screen.
namespace PostLabel {

inline constexpr int DefaultWords = 12;

QString label(const PostLabelParts &post,
              int words = DefaultWords,
              const DisplayLanguage &language = DisplayLanguage::current());
// The first `words` words of `text`, whitespace folded, with "…" when some were left out.
QString firstWords(const QString &text, int words = DefaultWords);
// "8 Jan 2021" for a stored posted_at (UTC day of an instant), "undated" when empty, the
// stored text when it cannot be read.
QString day(const QString &postedAt, const DisplayLanguage &language = DisplayLanguage::current());

} // namespace PostLabel
} // namespace Casebinder
