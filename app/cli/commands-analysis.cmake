target_sources(casebinder-cli PRIVATE
    cli/cmd_search.cpp
    cli/cmd_claim.cpp
    cli/cmd_link.cpp
    cli/cmd_matrix.cpp
)
