# View sources for the main window, navigator, inspector, claims board, dialogs.
target_sources(views PRIVATE
    dockets/docketview.cpp dockets/docketview.h
    dockets/docketfilter.cpp dockets/docketfilter.h
    evidencemime.h
    shell/casenavigator.cpp shell/casenavigator.h
    shell/claimsboard.cpp shell/claimsboard.h
    shell/elidedtooltipdelegate.cpp shell/elidedtooltipdelegate.h
    shell/errormessage.cpp shell/errormessage.h
    shell/evidencepreview.cpp shell/evidencepreview.h
    shell/evidencestyle.cpp shell/evidencestyle.h
    shell/importdialog.cpp shell/importdialog.h
    shell/inspector.cpp shell/inspector.h
    shell/language.cpp shell/language.h
    shell/linkdialog.cpp shell/linkdialog.h
    shell/searchpanel.cpp shell/searchpanel.h
)
# The import dialog runs the importers' ImportJob.
target_link_libraries(views PUBLIC Casebinder::Importers)
