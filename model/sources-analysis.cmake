# Model sources for search, claims, evidence links, proof matrix.
target_sources(model PRIVATE
    searchquery.cpp searchquery.h
    search.cpp search.h
    pincite.cpp pincite.h
    postlabel.cpp postlabel.h
    recordcites.cpp recordcites.h
    quoteverifier.cpp quoteverifier.h
    linkstore.cpp linkstore.h
    claimstore.cpp claimstore.h
    claimtemplates.cpp claimtemplates.h
    assessment.cpp assessment.h
    proofmatrix.cpp proofmatrix.h
    commands/claimcommands.cpp commands/claimcommands.h
    commands/linkcommands.cpp commands/linkcommands.h
    models/claimtreemodel.cpp models/claimtreemodel.h
    models/linklistmodel.cpp models/linklistmodel.h
    models/searchresultsmodel.cpp models/searchresultsmodel.h
)
# Search results are fetched on a worker thread (QtConcurrent::run).
target_link_libraries(model PRIVATE Qt6::Concurrent)
