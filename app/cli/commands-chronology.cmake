target_sources(casebinder-cli PRIVATE
)
