# Model sources for events, entities, tags, document edits, list models.
target_sources(model PRIVATE
)
