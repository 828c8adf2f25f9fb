target_sources(casebinder-cli PRIVATE
    cli/cmd_backup.cpp
)
