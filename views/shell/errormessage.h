#pragma once

#include "result.h"

class QWidget;

namespace Casebinder::Views {

// Shows `error` as one readable sentence; the technical cause (SQLite, Poppler, file system)
// stays behind "Show Details…" so it is there for a bug report but never the whole message.
void showError(QWidget *parent, const QString &title, const Error &error);

} // namespace Casebinder::Views
