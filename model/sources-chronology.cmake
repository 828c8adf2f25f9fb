# Model sources for events, entities, tags, document edits, list models.
target_sources(model PRIVATE
    eventdate.cpp eventdate.h
    rowloop.h
    rowsnapshot.cpp rowsnapshot.h
    tagstore.cpp tagstore.h
    entitystore.cpp entitystore.h
    eventstore.cpp eventstore.h
    commands/eventcommands.cpp commands/eventcommands.h
    commands/entitycommands.cpp commands/entitycommands.h
    commands/tagcommands.cpp commands/tagcommands.h
    commands/documentcommands.cpp commands/documentcommands.h
    models/postsmodel.cpp models/postsmodel.h
    models/chronologymodel.cpp models/chronologymodel.h
    models/documentsmodel.cpp models/documentsmodel.h
    models/entitiesmodel.cpp models/entitiesmodel.h
    models/tagsmodel.cpp models/tagsmodel.h
)
