# Model sources for court dockets (#17): the neutral Docket value type, its store, and the
# links between docket entries and the filings they list.
target_sources(model PRIVATE
    docket.h
    models/docketentriesmodel.cpp models/docketentriesmodel.h
    commands/docketcommands.cpp commands/docketcommands.h
    docketcasefill.cpp docketcasefill.h
    docketevents.cpp docketevents.h
    docketlinker.cpp docketlinker.h
    docketstore.cpp docketstore.h
    pacerstamp.cpp pacerstamp.h
)
