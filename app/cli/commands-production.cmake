# Productions (#18): Bates numbers, stamping, production folders.
target_sources(casebinder-cli PRIVATE
    cli/cmd_bates.cpp
    cli/cmd_produce.cpp
)
