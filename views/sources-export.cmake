# View sources for the timeline painter and PDF exports.
target_sources(views PRIVATE
    export/exportdialogs.cpp export/exportdialogs.h
    export/exportfonts.cpp export/exportfonts.h
    export/pdftextlayer.cpp export/pdftextlayer.h
    export/exporter.cpp export/exporter.h
    export/pdfreport.cpp export/pdfreport.h
    export/timelinepainter.cpp export/timelinepainter.h
)
