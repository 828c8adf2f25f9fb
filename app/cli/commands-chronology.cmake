target_sources(casebinder-cli PRIVATE
    cli/subcommand.h
    cli/cmd_event.cpp
    cli/cmd_entity.cpp
    cli/cmd_tag.cpp
    cli/cmd_document.cpp
)
