# Model sources for documents, pages, posts and import sessions.
target_sources(model PRIVATE
)
