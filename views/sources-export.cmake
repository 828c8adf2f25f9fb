# View sources for the timeline painter and PDF exports.
target_sources(views PRIVATE
)
