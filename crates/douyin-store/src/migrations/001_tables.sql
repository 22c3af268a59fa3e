-- Version 1: users, posts, jobs, files and the links between them.
-- users and posts hold F2's user_info_web / video_info columns (its names and meanings) plus
-- our own typed columns; raw API JSON sits in side tables so scans of the wide tables stay
-- small. Enum-like columns are text checked by the application (no CHECK constraints: a newer
-- value must not need a table rebuild).

CREATE TABLE users (
    uid TEXT PRIMARY KEY NOT NULL,
    avatar_url TEXT,
    aweme_count INTEGER,
    city TEXT,
    country TEXT,
    favoriting_count INTEGER,
    follower_count INTEGER,
    following_count INTEGER,
    gender INTEGER,
    ip_location TEXT,
    is_ban INTEGER,
    is_block INTEGER,
    is_blocked INTEGER,
    is_star INTEGER,
    live_status INTEGER,
    mix_count INTEGER,
    mplatform_followers_count INTEGER,
    nickname TEXT,
    nickname_raw TEXT,
    room_id TEXT,
    school_name TEXT,
    sec_user_id TEXT,
    short_id TEXT,
    signature TEXT,
    signature_raw TEXT,
    total_favorited INTEGER,
    unique_id TEXT,
    user_age INTEGER,
    last_aweme_id TEXT,
    first_seen INTEGER NOT NULL,
    last_seen INTEGER NOT NULL
);
CREATE INDEX users_sec_user_id ON users (sec_user_id);

CREATE TABLE user_raw (
    uid TEXT PRIMARY KEY NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    json TEXT NOT NULL
);

-- The folder of a user per mode (`douyin/<mode>/<name>`), relative to the library root.
CREATE TABLE user_folders (
    uid TEXT NOT NULL REFERENCES users (uid) ON DELETE CASCADE,
    mode TEXT NOT NULL,
    rel_folder TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (uid, mode)
);

CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    aweme_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    author_uid TEXT,
    author_sec_uid TEXT,
    author_nickname TEXT,
    create_ts INTEGER,
    description TEXT,
    music_title TEXT,
    hashtags TEXT NOT NULL DEFAULT '[]',
    api_status_code INTEGER,
    aweme_type INTEGER,
    nickname TEXT,
    nickname_raw TEXT,
    sec_user_id TEXT,
    short_id TEXT,
    uid TEXT,
    unique_id TEXT,
    can_comment INTEGER,
    can_forward INTEGER,
    can_share INTEGER,
    can_show_comment INTEGER,
    comment_gid TEXT,
    create_time TEXT,
    "desc" TEXT,
    desc_raw TEXT,
    duration INTEGER,
    is_ads INTEGER,
    is_story INTEGER,
    is_top INTEGER,
    video_bit_rate TEXT,
    video_play_addr TEXT,
    images TEXT,
    animated_cover TEXT,
    cover TEXT,
    part_see INTEGER,
    private_status INTEGER,
    is_delete INTEGER,
    is_prohibited INTEGER,
    is_long_video INTEGER,
    media_type INTEGER,
    mix_desc TEXT,
    mix_desc_raw TEXT,
    mix_create_time TEXT,
    mix_id TEXT,
    mix_name TEXT,
    mix_pic_type INTEGER,
    mix_type INTEGER,
    mix_share_url TEXT,
    mix_update_time TEXT,
    is_commerce_music INTEGER,
    is_original INTEGER,
    is_original_sound INTEGER,
    is_pgc INTEGER,
    music_author TEXT,
    music_author_raw TEXT,
    music_author_deleted INTEGER,
    music_duration INTEGER,
    music_id TEXT,
    music_mid TEXT,
    pgc_author TEXT,
    pgc_author_raw TEXT,
    pgc_author_title TEXT,
    pgc_author_title_raw TEXT,
    pgc_music_type INTEGER,
    music_status INTEGER,
    music_owner_handle TEXT,
    music_owner_handle_raw TEXT,
    music_owner_id TEXT,
    music_owner_nickname TEXT,
    music_owner_nickname_raw TEXT,
    music_play_url TEXT,
    position TEXT,
    region TEXT,
    seo_ocr_content TEXT,
    allow_douplus INTEGER,
    download_setting INTEGER,
    allow_share INTEGER,
    admire_count INTEGER,
    collect_count INTEGER,
    comment_count INTEGER,
    digg_count INTEGER,
    share_count INTEGER,
    hashtag_ids TEXT,
    hashtag_names TEXT,
    first_seen INTEGER NOT NULL,
    last_seen INTEGER NOT NULL
);
CREATE INDEX posts_create_ts ON posts (create_ts DESC, aweme_id DESC);
CREATE INDEX posts_author_uid ON posts (author_uid, create_ts);
CREATE INDEX posts_author_sec_uid ON posts (author_sec_uid, create_ts);

CREATE TABLE post_raw (
    post_id INTEGER PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
    json TEXT NOT NULL
);

CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    spec_json TEXT NOT NULL,
    state TEXT NOT NULL,
    cursor_json TEXT,
    listed INTEGER NOT NULL DEFAULT 0,
    exhausted INTEGER NOT NULL DEFAULT 0,
    pages INTEGER NOT NULL DEFAULT 0,
    error_kind TEXT,
    error_message TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX jobs_state ON jobs (state);

-- The items a job listed, with their place in the listing (mix order, reports).
CREATE TABLE job_posts (
    job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    aweme_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (job_id, aweme_id)
) WITHOUT ROWID;
CREATE INDEX job_posts_aweme_id ON job_posts (aweme_id);

-- One row per asset of an item: the dedupe key is (aweme_id, asset, idx), never a title.
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    aweme_id TEXT NOT NULL,
    asset TEXT NOT NULL,
    idx INTEGER NOT NULL,
    rel_path TEXT NOT NULL,
    state TEXT NOT NULL,
    size INTEGER,
    expected_total INTEGER,
    etag TEXT,
    error_kind TEXT,
    error_message TEXT,
    retryable INTEGER NOT NULL DEFAULT 1,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (aweme_id, asset, idx)
);
CREATE INDEX files_rel_path ON files (rel_path);
CREATE INDEX files_state ON files (state);

-- Which jobs planned which files; `reused` = the file was already done when the job listed it.
CREATE TABLE job_files (
    job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    file_id INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
    reused INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (job_id, file_id)
) WITHOUT ROWID;
CREATE INDEX job_files_file_id ON job_files (file_id);
