#pragma once

#include <QtGlobal>

#include <memory>

class QWidget;

namespace Casebinder {
class CaseConnections;
}

namespace Casebinder::Views {

// Document ▸ Save Searchable Copy…: asks where, then writes the copy on a job of its own (off
// the GUI thread) and says in `parent`'s status how it went; an error is shown with its reason.
void saveSearchableCopy(QWidget *parent,
                        std::shared_ptr<CaseConnections> connections,
                        qint64 documentId,
                        const QString &suggestedName);

} // namespace Casebinder::Views
