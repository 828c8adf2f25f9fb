# View sources for the enrichment stage: OCR after an import and on demand, in the status bar,
# and the pages OCR read badly or not at all (Document ▸ Pages to Check).
target_sources(views PRIVATE
    shell/recognitionrunner.cpp shell/recognitionrunner.h
    ocr/pagestocheckdialog.cpp ocr/pagestocheckdialog.h
    ocr/searchablecopyaction.cpp ocr/searchablecopyaction.h
)
# Only these see enrichment's headers; the other views sources keep their flags.
set_source_files_properties(shell/recognitionrunner.cpp ocr/pagestocheckdialog.cpp
    ocr/searchablecopyaction.cpp
    PROPERTIES INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}/enrichment")
target_link_libraries(views PUBLIC $<LINK_ONLY:Casebinder::Enrichment>)
