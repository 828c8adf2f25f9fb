# Model sources for data gathered for exports.
target_sources(model PRIVATE
)
