#include "errormessage.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace Casebinder::Views {

void showError(QWidget *parent, const QString &title, const Error &error)
{
    QString message = error.message;
    if (message.isEmpty())
        message = QCoreApplication::translate("Casebinder::Views::ErrorMessage",
                                              "The operation could not be completed.");
    // Window-modal and asynchronous: no nested event loop, so a worker finishing meanwhile
    // is handled normally.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    box->open();
}

} // namespace Casebinder::Views
