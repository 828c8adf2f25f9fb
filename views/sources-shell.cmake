# View sources for the main window, navigator, inspector, claims board, dialogs.
target_sources(views PRIVATE
)
