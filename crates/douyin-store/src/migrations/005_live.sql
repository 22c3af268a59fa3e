-- Version 5: live recordings and the watch list.
-- live_segments: the segments of a live recording job, one row per file, written `open` when
-- the segment's `.part` is created and `done` once it was renamed into place; an `open` row
-- after a crash is the segment recovery cuts back and renames.
-- watch_list: rooms (or creators) whose lives are recorded automatically.

CREATE TABLE live_segments (
    job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    rel_path TEXT NOT NULL,
    format TEXT NOT NULL,
    quality TEXT NOT NULL,
    state TEXT NOT NULL,
    bytes INTEGER NOT NULL DEFAULT 0,
    started_ms INTEGER NOT NULL,
    ended_ms INTEGER,
    recovered INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (job_id, seq)
);

CREATE TABLE watch_list (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    label TEXT,
    added_at INTEGER NOT NULL,
    checked_at INTEGER,
    live INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, target)
);
