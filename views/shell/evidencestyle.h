#pragma once

#include "linkstore.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include <optional>

class QColor;

namespace Casebinder::Views {

// The one on-screen scheme for evidence (decision 0018): the stance is a colour (supports
// green, undermines red, context grey) and the quote check is an icon (a tick for verified, a
// question mark for not found, none when there is no quote to check), so the two never
// compete for the same colour. Every view that draws a link takes both from here.
class EvidenceStyle final
{
    Q_DECLARE_TR_FUNCTIONS(Casebinder::Views::EvidenceStyle)

public:
    enum class Verification { None, Verified, NotFound };

    static QColor stanceColour(EvidenceLink::Stance stance);
    // "Supports", "Undermines", "Context".
    static QString stanceName(EvidenceLink::Stance stance);
    // A small filled swatch in the stance colour, for lists and menus.
    static QIcon stanceIcon(EvidenceLink::Stance stance);

    // From a link's quote_verified (absent when the link has no quote).
    static Verification verification(const std::optional<bool> &quoteVerified);
    static QIcon verificationIcon(Verification verification);
    // One sentence for tooltips; empty for None.
    static QString verificationText(Verification verification);
};

} // namespace Casebinder::Views
