# Model sources for productions (#18): Bates numbers and their undo command, production records.
target_sources(model PRIVATE
    batesstore.cpp batesstore.h
    commands/batescommands.cpp commands/batescommands.h
    privilegelogdata.cpp privilegelogdata.h
    productionstore.cpp productionstore.h
)
