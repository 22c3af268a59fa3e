-- Version 4: "posts having a file in state X" (a search filter) reads the post ids of the
-- files in one state; with the post id in the index that is one range scan, no table lookups.

CREATE INDEX files_state_aweme_id ON files (state, aweme_id);
DROP INDEX files_state;
