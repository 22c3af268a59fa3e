//! Migrations from an empty file and from every earlier version, with data.
//!
//! `SEEDS[i]` inserts rows valid right after step `i`. For each earlier version `k` the test
//! applies steps and seeds one by one up to `k`, snapshots every ordinary table, migrates to
//! the latest version and checks that every row is still there (on the columns it had). A new
//! step must come with a seed (`every_step_has_a_seed`) and is then covered automatically.

use super::*;
use crate::{HistoryStore, SearchQuery};
use rusqlite::types::Value;
use std::collections::{BTreeMap, BTreeSet};

const SEEDS: &[&str] = &[
    r#"
    INSERT INTO users (uid, sec_user_id, nickname, nickname_raw, aweme_count, first_seen, last_seen)
        VALUES ('u1', 'MS4wLjABAAAAseed', 'seed', '种子', 12, 100, 100);
    INSERT INTO user_raw (uid, json) VALUES ('u1', '{"uid":"u1"}');
    INSERT INTO user_folders (uid, mode, rel_folder, updated_at)
        VALUES ('u1', 'post', 'douyin/post/种子', 100);
    INSERT INTO posts (aweme_id, kind, author_uid, author_sec_uid, author_nickname, create_ts,
                       description, music_title, hashtags, "desc", first_seen, last_seen)
        VALUES ('7001', 'video', 'u1', 'MS4wLjABAAAAseed', '种子', 1700000000,
                '第一版的旅行日记', '夏天的风', '["旅行"]', '第一版的旅行日记', 100, 100);
    INSERT INTO post_raw (post_id, json)
        VALUES ((SELECT id FROM posts WHERE aweme_id = '7001'), '{"aweme_id":"7001"}');
    INSERT INTO jobs (id, kind, spec_json, state, cursor_json, listed, exhausted, pages,
                      created_at, updated_at)
        VALUES (1, 'post', '{}', 'paused', '{"max_cursor":5}', 1, 0, 1, 100, 100);
    INSERT INTO job_posts (job_id, aweme_id, position) VALUES (1, '7001', 0);
    INSERT INTO files (id, aweme_id, asset, idx, rel_path, state, size, created_at, updated_at)
        VALUES (1, '7001', 'video', 0, 'douyin/post/种子/7001_video.mp4', 'done', 1234, 100, 100);
    INSERT INTO job_files (job_id, file_id, reused) VALUES (1, 1, 0);
    "#,
    r#"
    INSERT INTO posts (aweme_id, kind, author_uid, create_ts, description, hashtags,
                       first_seen, last_seen)
        VALUES ('7002', 'images', 'u1', 1700000100, '第二版的美食图集', '["美食"]', 200, 200);
    INSERT INTO job_posts (job_id, aweme_id, position) VALUES (1, '7002', 1);
    INSERT INTO files (id, aweme_id, asset, idx, rel_path, state, error_kind, error_message,
                       created_at, updated_at)
        VALUES (2, '7002', 'image', 1, 'douyin/post/种子/7002_image_1.webp', 'failed',
                'timeout', 'timed out', 200, 200);
    INSERT INTO job_files (job_id, file_id, reused) VALUES (1, 2, 0);
    "#,
    r#"
    INSERT INTO folder_moves (uid, mode, old_rel, new_rel, planned_at)
        VALUES ('u1', 'like', 'douyin/like/种子', 'douyin/like/新名字', 300);
    "#,
    r#"
    INSERT INTO files (id, aweme_id, asset, idx, rel_path, state, size, created_at, updated_at)
        VALUES (3, '7002', 'image', 2, 'douyin/post/种子/7002_image_2.webp', 'missing', 77,
                400, 400);
    INSERT INTO job_files (job_id, file_id, reused) VALUES (1, 3, 0);
    "#,
    r#"
    INSERT INTO jobs (id, kind, spec_json, state, created_at, updated_at)
        VALUES (2, 'live', '{}', 'running', 500, 500);
    INSERT INTO live_segments (job_id, seq, rel_path, format, quality, state, bytes, started_ms)
        VALUES (2, 1, 'douyin/live/主播/2024_001.flv', 'flv', 'HD1', 'open', 4096, 500000);
    INSERT INTO watch_list (kind, target, label, added_at) VALUES ('live', '77584', '主播', 500);
    "#,
    r#"
    INSERT INTO jobs (id, kind, spec_json, state, created_at, updated_at)
        VALUES (3, 'music', '{}', 'done', 600, 600);
    INSERT INTO posts (aweme_id, kind, description, music_title, first_seen, last_seen)
        VALUES ('6900000000000000001', 'music', '夏天的风', '夏天的风', 600, 600);
    INSERT INTO job_posts (job_id, aweme_id, position) VALUES (3, '6900000000000000001', 0);
    "#,
];

#[test]
fn every_step_has_a_seed() {
    assert_eq!(
        SEEDS.len(),
        STEPS.len(),
        "add a seed for the new migration step"
    );
    assert_eq!(SCHEMA_VERSION as usize, STEPS.len());
}

/// Every ordinary table (not FTS shadow or virtual tables): its rows, each as column → value.
fn snapshot(conn: &Connection) -> BTreeMap<String, BTreeSet<Vec<(String, String)>>> {
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
             AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let mut out = BTreeMap::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let names: Vec<String> = stmt.column_names().map(str::to_owned).collect();
        let rows: BTreeSet<Vec<(String, String)>> = stmt
            .query_map([], |r| {
                names
                    .iter()
                    .enumerate()
                    .map(|(i, n)| Ok((n.clone(), format!("{:?}", r.get::<_, Value>(i)?))))
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        out.insert(table, rows);
    }
    out
}

/// Each old row, restricted to its old columns, is among the new rows restricted likewise.
fn assert_survived(
    old: &BTreeMap<String, BTreeSet<Vec<(String, String)>>>,
    new: &BTreeMap<String, BTreeSet<Vec<(String, String)>>>,
    from: u32,
) {
    for (table, rows) in old {
        let after = new
            .get(table)
            .unwrap_or_else(|| panic!("table {table} vanished migrating from v{from}"));
        for row in rows {
            let cols: BTreeSet<&String> = row.iter().map(|(c, _)| c).collect();
            let found = after.iter().any(|r| {
                let projected: Vec<&(String, String)> =
                    r.iter().filter(|(c, _)| cols.contains(c)).collect();
                projected.len() == row.len() && projected.iter().zip(row).all(|(a, b)| *a == b)
            });
            assert!(
                found,
                "a row of {table} was lost migrating from v{from}: {row:?}"
            );
        }
    }
}

#[test]
fn an_empty_file_migrates_to_the_latest_schema() {
    let dir = tempfile::tempdir().unwrap();
    let store = HistoryStore::open(&dir.path().join("h.sqlite3")).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert!(store.integrity_check().unwrap());
    let conn = store.lock();
    let app: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(app, APPLICATION_ID);
    let columns = |table: &str| -> BTreeSet<String> {
        conn.prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    };
    // The row structs and the schema cannot drift apart without a migration.
    let users = columns("users");
    for c in crate::UserInfoWeb::COLUMNS {
        assert!(users.contains(*c), "users lacks {c}");
    }
    let posts = columns("posts");
    for c in crate::VideoInfo::COLUMNS {
        assert!(posts.contains(*c), "posts lacks {c}");
    }
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = conn
        .pragma_query_value(None, "foreign_keys", |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 1);
}

#[test]
fn every_earlier_version_migrates_keeping_its_rows() {
    for from in 0..SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite3");
        let before = {
            let mut conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "foreign_keys", true).unwrap();
            for step in 0..from {
                migrate_to(&mut conn, step + 1).unwrap();
                conn.execute_batch(SEEDS[step as usize]).unwrap();
            }
            assert_eq!(version(&conn).unwrap(), from);
            snapshot(&conn)
        };
        let store = HistoryStore::open(&path).unwrap();
        assert_eq!(
            store.schema_version().unwrap(),
            SCHEMA_VERSION,
            "from v{from}"
        );
        assert!(store.integrity_check().unwrap(), "from v{from}");
        let after = snapshot(&store.lock());
        assert_survived(&before, &after, from);
        let fk_problems: i64 = store
            .lock()
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(fk_problems, 0, "from v{from}");
        if from >= 1 {
            // Version 1 rows read back through the API, and became searchable at version 2.
            let hits = store
                .search(&SearchQuery {
                    text: Some("旅行日记".into()),
                    ..SearchQuery::default()
                })
                .unwrap();
            assert_eq!(hits.total, 1, "from v{from}");
            assert_eq!(hits.hits[0].aweme_id, "7001");
            assert_eq!(store.file(1).unwrap().size, Some(1234));
            let job = store.job(1).unwrap().unwrap();
            assert_eq!(job.cursor_json.as_deref(), Some("{\"max_cursor\":5}"));
            assert_eq!(
                store.user("u1").unwrap().unwrap().info.aweme_count,
                Some(12)
            );
        }
        if from >= 2 {
            let failed = store.file(2).unwrap();
            assert_eq!(failed.error.unwrap().kind, douyin_core::ErrorKind::Timeout);
        }
        if from >= 4 {
            let missing = SearchQuery {
                file_state: Some(crate::FileState::Missing),
                ..SearchQuery::default()
            };
            assert_eq!(store.search(&missing).unwrap().hits[0].aweme_id, "7002");
        }
    }
}

#[test]
fn music_recorded_as_video_before_version_6_becomes_music() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v5.sqlite3");
    {
        let mut conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "foreign_keys", true).unwrap();
        migrate_to(&mut conn, 5).unwrap();
        conn.execute_batch(
            r#"
            INSERT INTO jobs (id, kind, spec_json, state, created_at, updated_at)
                VALUES (1, 'music', '{}', 'done', 100, 100), (2, 'post', '{}', 'done', 100, 100);
            INSERT INTO posts (aweme_id, kind, description, first_seen, last_seen) VALUES
                ('6900000000000000001', 'video', '夏天的风', 100, 100),
                ('7001', 'video', '旅行日记', 100, 100),
                ('7002', 'images', '美食图集', 100, 100);
            INSERT INTO job_posts (job_id, aweme_id, position) VALUES
                (1, '6900000000000000001', 0), (2, '7001', 0), (2, '7002', 1);
            "#,
        )
        .unwrap();
    }
    let store = HistoryStore::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let kind = |id: &str| store.post(id).unwrap().unwrap().kind;
    assert_eq!(kind("6900000000000000001"), crate::PostKind::Music);
    assert_eq!(
        kind("7001"),
        crate::PostKind::Video,
        "posts keep their kind"
    );
    assert_eq!(kind("7002"), crate::PostKind::Images);
    let music = SearchQuery {
        kind: Some(crate::PostKind::Music),
        ..SearchQuery::default()
    };
    let hits = store.search(&music).unwrap();
    assert_eq!(hits.total, 1);
    assert_eq!(hits.hits[0].aweme_id, "6900000000000000001");
}

#[test]
fn a_newer_schema_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.sqlite3");
    {
        let mut conn = Connection::open(&path).unwrap();
        migrate(&mut conn).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 5)
            .unwrap();
    }
    let err = HistoryStore::open(&path).unwrap_err();
    assert_eq!(err.kind(), douyin_core::ErrorKind::Decode);
    assert!(err.to_string().contains("Update the app"), "{err}");
    let conn = Connection::open(&path).unwrap();
    assert_eq!(version(&conn).unwrap(), SCHEMA_VERSION + 5);
}

#[test]
fn foreign_files_are_refused_as_decode_errors() {
    let dir = tempfile::tempdir().unwrap();
    let other_app = dir.path().join("other.sqlite3");
    Connection::open(&other_app)
        .unwrap()
        .execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x');")
        .unwrap();
    let err = HistoryStore::open(&other_app).unwrap_err();
    assert_eq!(err.kind(), douyin_core::ErrorKind::Decode);
    assert!(matches!(err, StoreError::Foreign { .. }), "{err}");
    let rows: i64 = Connection::open(&other_app)
        .unwrap()
        .query_row("SELECT count(*) FROM notes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 1, "the foreign file is left as it was");

    let not_sqlite = dir.path().join("video.mp4");
    std::fs::write(&not_sqlite, vec![0x5a_u8; 8192]).unwrap();
    let err = HistoryStore::open(&not_sqlite).unwrap_err();
    assert_eq!(err.kind(), douyin_core::ErrorKind::Decode, "{err}");
}
