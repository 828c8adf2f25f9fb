# The storage seam: the posts list's pager and worker, SQLite's cancellation guard.
target_sources(model PRIVATE
    postpager.cpp postpager.h
    sqlite/cancelguard.h
    jobs/postidsjob.cpp jobs/postidsjob.h
)
