#pragma once

#include <QObject>

class QAction;
class QProgressDialog;

namespace Casebinder {
class SampleBuildJob;
}
namespace Casebinder::Views {
class MainWindow;
}

namespace Casebinder::Gui {

// Help → Open Sample Case: builds the bundled Parler v. AWS case once (on a worker thread,
// with progress and Cancel) into the user's data folder, then opens it in the window.
class SampleCaseOpener final : public QObject
{
    Q_OBJECT

public:
    explicit SampleCaseOpener(Views::MainWindow &window);
    ~SampleCaseOpener() override;

    // Puts "Open Sample Case" at the top of `window`'s Help menu; once the sample is open the
    // window shows the claims and their proof. The opener is a child of the window.
    static SampleCaseOpener *install(Views::MainWindow &window);
    QAction *action() const { return m_action; }

    static QString samplePath();
    // Opens the sample, building it first when it does not exist yet.
    void open();
    bool isBuilding() const;

signals:
    void opened(bool success);

private:
    Views::MainWindow &m_window;
    QAction *m_action = nullptr;
    void endBuild();

    QProgressDialog *m_progress = nullptr;
    SampleBuildJob *m_job = nullptr; // while the sample is being built
};

} // namespace Casebinder::Gui
