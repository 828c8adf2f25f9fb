# Model sources for the enrichment stage (enrichment/): what OCR and later enrichers store.
target_sources(model PRIVATE
    pagetextstore.cpp pagetextstore.h
    casesettings.cpp casesettings.h
)
