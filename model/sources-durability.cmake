# Model sources for durability: the case's own files, file-system checks, consistent copies.
target_sources(model PRIVATE
    casepaths.cpp casepaths.h
    casebackup.cpp casebackup.h
    casestorage.cpp casestorage.h
)
