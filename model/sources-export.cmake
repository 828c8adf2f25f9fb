# Model sources for data gathered for exports.
target_sources(model PRIVATE
    exportdata.cpp exportdata.h
    exportrecords.cpp exportrecords.h
    displaylanguage.cpp displaylanguage.h
)
