# Productions (#18): Bates numbers and stamping.
target_sources(casebinder-cli PRIVATE
    cli/cmd_bates.cpp
)
