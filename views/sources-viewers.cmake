# View sources for the document viewer, posts table, chronology view, review mode.
target_sources(views PRIVATE
    documentviewer/contentview.cpp documentviewer/contentview.h
    documentviewer/documentviewer.cpp documentviewer/documentviewer.h
    documentviewer/findbar.cpp documentviewer/findbar.h
    documentviewer/imagecontentview.cpp documentviewer/imagecontentview.h
    documentviewer/pageview.cpp documentviewer/pageview.h
    documentviewer/pdfbackend.cpp documentviewer/pdfbackend.h
    documentviewer/pdfcontentview.cpp documentviewer/pdfcontentview.h
    documentviewer/textcontentview.cpp documentviewer/textcontentview.h
    documentviewer/textflowselection.cpp documentviewer/textflowselection.h
    documentviewer/thumbnailbar.cpp documentviewer/thumbnailbar.h
    documentviewer/viewercontent.cpp documentviewer/viewercontent.h
    posts/postdetail.cpp posts/postdetail.h
    posts/postsview.cpp posts/postsview.h
    chronology/chronologyview.cpp chronology/chronologyview.h
    chronology/timelinewidget.cpp chronology/timelinewidget.h
    review/reviewview.cpp review/reviewview.h
)
