-- Version 3: user-folder renames in flight. A row is written before the engine renames the
-- folder on disk and removed in the transaction that rewrites the file paths, so a crash in
-- between is finished (or dropped) the next time the library is opened.

CREATE TABLE folder_moves (
    uid TEXT NOT NULL,
    mode TEXT NOT NULL,
    old_rel TEXT NOT NULL,
    new_rel TEXT NOT NULL,
    planned_at INTEGER NOT NULL,
    PRIMARY KEY (uid, mode)
);
