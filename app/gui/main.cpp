#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Casebinder"));
    QApplication::setOrganizationName(QStringLiteral("Casebinder"));
    QApplication::setApplicationVersion(QStringLiteral(CASEBINDER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("casebinder"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Casebinder: an evidence organizer for litigation."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("CASE"),
                                 QApplication::translate("main", "The case file to open."));
    parser.process(app);

    Casebinder::Views::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openCase(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
