# View sources for load-file imports (issue #18): the import dialog's field-mapping step.
target_sources(views PRIVATE
    loadfiles/loadfilemappingpanel.cpp loadfiles/loadfilemappingpanel.h
)
