# Model sources for search, claims, evidence links, proof matrix.
target_sources(model PRIVATE
)
