# Model sources for documents, pages, posts and import sessions.
target_sources(model PRIVATE
    documentstore.cpp documentstore.h
    poststore.cpp poststore.h
    importsession.cpp importsession.h
    loadfilestore.cpp loadfilestore.h
    postbatch.cpp postbatch.h
    phaseclock.cpp phaseclock.h
)
