target_sources(casebinder-cli PRIVATE
    cli/cmd_import.cpp
)
