target_sources(casebinder-cli PRIVATE
    cli/cmd_docket.cpp
)
