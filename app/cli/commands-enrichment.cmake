target_sources(casebinder-cli PRIVATE
    cli/cmd_ocr.cpp
    cli/cmd_searchable.cpp
)
