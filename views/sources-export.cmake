# View sources for the export dialogs; the reports they run are in report/.
target_sources(views PRIVATE
    export/exportdialogs.cpp export/exportdialogs.h
    export/exportpreviewjob.cpp export/exportpreviewjob.h
    export/productiondialog.cpp export/productiondialog.h
    export/batesdialog.cpp export/batesdialog.h
)
