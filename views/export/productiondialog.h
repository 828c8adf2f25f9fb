#pragma once

#include "productionwriter.h"
#include "result.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Casebinder {
class CaseDocument;
}

namespace Casebinder::Production {
class ProductionJob;
}

namespace Casebinder::Views {

// File ▸ Export ▸ Production…: the folder, volume, documents (every numbered one or a tag),
// legend, recipient and whether privileged documents are produced; runs a ProductionJob on a
// connection of its own with progress and Stop. The folder is written complete or not at all.
class ProductionDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProductionDialog(CaseDocument &document, QWidget *parent = nullptr);
    ~ProductionDialog() override;

    Production::ProductionOptions options() const;
    void setOutputFolder(const QString &path);
    bool isRunning() const;
    // Runs the production (the Produce button does this).
    void startProduction();
    // Stop while running, else close.
    void reject() override;

signals:
    void produced(const Casebinder::Production::ProductionSummary &summary);
    void failed(const Casebinder::Error &error);

private:
    void browse();
    void updateState();
    void setRunning(bool running);

    CaseDocument &m_document;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_volume = nullptr;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_tag = nullptr;
    QComboBox *m_legend = nullptr;
    QComboBox *m_images = nullptr;
    QLineEdit *m_recipient = nullptr;
    QCheckBox *m_includePrivileged = nullptr;
    QLabel *m_privilegeWarning = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_produce = nullptr;
    Production::ProductionJob *m_job = nullptr;
};

} // namespace Casebinder::Views
