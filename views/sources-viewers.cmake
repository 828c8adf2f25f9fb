# View sources for the document viewer, posts table, chronology view, review mode.
target_sources(views PRIVATE
)
