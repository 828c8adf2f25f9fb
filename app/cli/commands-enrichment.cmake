target_sources(casebinder-cli PRIVATE
    cli/cmd_ocr.cpp
)
