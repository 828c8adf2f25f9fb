# Model sources for court dockets (#17): the neutral Docket value type and its store.
target_sources(model PRIVATE
    docket.h
    docketstore.cpp docketstore.h
)
