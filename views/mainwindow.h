#pragma once

#include "casefile.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QMenu;

namespace Casebinder::Views {

class CaseOverview;
class RecentCases;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; on failure shows the reason and keeps the current case.
    bool openCase(const QString &path);
    const CaseFile *currentCase() const { return m_case ? &*m_case : nullptr; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void newCase();
    void chooseCaseToOpen();
    void rebuildRecentMenu();
    void refresh();
    void showError(const QString &title, const Error &error);

    std::optional<CaseFile> m_case;
    CaseOverview *m_overview = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusCounts = nullptr;
    std::unique_ptr<RecentCases> m_recent;
};

} // namespace Casebinder::Views
