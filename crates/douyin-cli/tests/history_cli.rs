//! `douyin history search|export|stats|verify` and `douyin report` over a library filled
//! through the store's API, checked as JSON and as tables.

use assert_cmd::Command;
use douyin_store::{
    on_disk, AssetKind, HistoryStore, PageCommit, PlannedFile, PostKind, PostRow, UserRow,
    POST_MODE,
};
use serde_json::Value;
use std::path::Path;

const SEC_UID: &str = "MS4wLjABAAAAhua";

/// A library with creator 阿花 (profile: 3 posts): two posts listed by a post job, saved
/// on disk; a third post of another creator.
fn library(root: &Path) {
    let store = HistoryStore::open_library(root).unwrap();
    let mut profile = UserRow {
        uid: "42".into(),
        ..UserRow::default()
    };
    profile.info.sec_user_id = Some(SEC_UID.into());
    profile.info.nickname_raw = Some("阿花".into());
    profile.info.aweme_count = Some(3);
    let post = |id: &str, uid: &str, ts: i64, desc: &str, kind: PostKind| {
        let mut p = PostRow::new(id, kind);
        p.author_uid = Some(uid.into());
        p.author_sec_uid = Some(if uid == "42" {
            SEC_UID.into()
        } else {
            format!("MS4{uid}")
        });
        p.author_nickname = Some(if uid == "42" {
            "阿花".into()
        } else {
            "路人".into()
        });
        p.create_ts = Some(ts);
        p.description = Some(desc.into());
        p
    };
    let job = store.create_job(POST_MODE, "{}").unwrap();
    let page = PageCommit {
        users: vec![profile],
        posts: vec![
            post(
                "7001",
                "42",
                1_700_000_000,
                "杭州西湖旅行日记",
                PostKind::Video,
            ),
            post(
                "7002",
                "42",
                1_700_086_400,
                "红烧肉的做法",
                PostKind::Images,
            ),
        ],
        listed: vec![("7001".into(), 0), ("7002".into(), 1)],
        files: ["7001", "7002"]
            .iter()
            .map(|id| PlannedFile {
                aweme_id: id.to_string(),
                asset: AssetKind::Video,
                index: 0,
                rel_path: format!("douyin/post/阿花/{id}_video.mp4"),
            })
            .collect(),
        listed_total: 2,
        exhausted: true,
        ..PageCommit::default()
    };
    for f in store.commit_page(job, &page).unwrap() {
        let path = on_disk(root, &f.rel_path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, b"0123456789").unwrap();
        store.file_done(f.id, &f.rel_path, 10).unwrap();
    }
    store
        .upsert_post(&post(
            "8001",
            "77",
            1_600_000_000,
            "西湖边的猫",
            PostKind::LivePhoto,
        ))
        .unwrap();
}

fn douyin(args: &[&str]) -> assert_cmd::assert::Assert {
    Command::new(env!("CARGO_BIN_EXE_douyin"))
        .args(args)
        .assert()
}

fn json(out: &assert_cmd::assert::Assert) -> Value {
    serde_json::from_slice(&out.get_output().stdout).expect("stdout is JSON")
}

#[test]
fn search_finds_chinese_text_with_filters_as_json_and_table() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_str().unwrap();
    library(dir.path());

    let out = douyin(&["history", "search", "西湖", "-p", root, "--json"]).success();
    let v = json(&out);
    assert_eq!(v["total"], 2);
    assert_eq!(v["hits"][0]["aweme_id"], "7001");
    assert_eq!(v["hits"][1]["aweme_id"], "8001");
    assert_eq!(
        v["hits"][0]["files"][0]["rel_path"],
        "douyin/post/阿花/7001_video.mp4"
    );

    let link = format!("https://www.douyin.com/user/{SEC_UID}");
    let out = douyin(&[
        "history",
        "search",
        "西湖旅行",
        "--creator",
        &link,
        "-p",
        root,
        "--json",
    ])
    .success();
    assert_eq!(json(&out)["total"], 1);
    let out = douyin(&[
        "history",
        "search",
        "-p",
        root,
        "--kind",
        "images",
        "-i",
        "2023-11-16|2023-11-16",
        "--json",
    ])
    .success();
    let v = json(&out);
    assert_eq!(v["total"], 1);
    assert_eq!(v["hits"][0]["aweme_id"], "7002");
    let out = douyin(&[
        "history", "search", "-p", root, "--mode", "post", "--state", "done", "--json",
    ])
    .success();
    assert_eq!(json(&out)["total"], 2);

    let out = douyin(&["history", "search", "-p", root, "--limit", "1"]).success();
    let table = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        table.lines().next().unwrap().starts_with("published"),
        "{table}"
    );
    assert!(
        table.contains("7002") && table.contains("红烧肉的做法"),
        "{table}"
    );
    assert!(table.contains("2023-11-16 06:13"), "UTC+8 times: {table}");
    assert!(
        table.contains("posts 1–1 of 3 (next page: --offset 1)"),
        "{table}"
    );
}

#[test]
fn export_writes_csv_and_json_that_parse_back() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_str().unwrap();
    library(dir.path());
    let csv_path = dir.path().join("out.csv");
    douyin(&[
        "history",
        "export",
        "-p",
        root,
        "-o",
        csv_path.to_str().unwrap(),
    ])
    .success();
    let bytes = std::fs::read(&csv_path).unwrap();
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header = reader.headers().unwrap().clone();
    let id_col = header.iter().position(|h| h == "aweme_id").unwrap();
    let files_col = header.iter().position(|h| h == "files").unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(
        rows.iter()
            .map(|r| r[id_col].to_owned())
            .collect::<Vec<_>>(),
        vec!["7002", "7001", "8001"]
    );
    assert_eq!(&rows[1][files_col], "douyin/post/阿花/7001_video.mp4");

    let out = douyin(&[
        "history",
        "export",
        "-p",
        root,
        "--format",
        "json",
        "--text",
        "红烧肉",
    ])
    .success();
    let v = json(&out);
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["aweme_id"], "7002");
}

#[test]
fn stats_verify_and_report_follow_the_disk() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_str().unwrap();
    library(dir.path());
    let v = json(&douyin(&["history", "stats", "-p", root, "--json"]).success());
    assert_eq!(
        (v["users"].as_u64(), v["posts"].as_u64()),
        (Some(1), Some(3))
    );
    assert_eq!(v["files_by_state"]["done"], 2);
    assert_eq!(v["bytes_done"], 20);

    std::fs::remove_file(on_disk(dir.path(), "douyin/post/阿花/7002_video.mp4")).unwrap();
    let out = douyin(&["history", "verify", "-p", root]).success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.contains("checked 2 saved files: 1 ok, 1 missing, 0 wrong size"),
        "{text}"
    );
    assert!(
        text.contains("missing     douyin/post/阿花/7002_video.mp4"),
        "{text}"
    );

    let link = format!("https://www.douyin.com/user/{SEC_UID}");
    let v = json(&douyin(&["report", &link, "-p", root, "--json", "--gap"]).success());
    assert_eq!(v["profile_count"], 3);
    assert_eq!(v["listed"], 2);
    assert_eq!(v["saved"], 1);
    assert_eq!(v["not_listed"], 1);
    assert_eq!(v["not_saved"], serde_json::json!(["7002"]));
    assert_eq!(v["gap"][0]["rel_path"], "douyin/post/阿花/7002_video.mp4");
    assert_eq!(v["gap"][0]["state"], "missing");
    let out = douyin(&["report", "42", "-p", root]).success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.contains("creator    阿花 (uid 42"), "{text}");
    assert!(text.contains("not saved  1: 7002"), "{text}");
}

#[test]
fn missing_libraries_and_bad_arguments_fail_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("nothing-here");
    let out = douyin(&["history", "stats", "-p", empty.to_str().unwrap()]).code(6);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.starts_with("error [not_found]:"), "{err}");
    assert!(err.contains("pass -p/--path"), "{err}");
    assert!(!empty.exists(), "a read command creates no library");

    library(dir.path());
    let root = dir.path().to_str().unwrap();
    let out = douyin(&[
        "history",
        "search",
        "-p",
        root,
        "-i",
        "2024-02-30|2024-03-01",
    ])
    .code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("YYYY-MM-DD|YYYY-MM-DD"), "{err}");
    douyin(&["report", "nobody", "-p", root]).code(6);
    douyin(&["report", "https://www.douyin.com/video/7001", "-p", root]).code(2);

    // --db names the database directly.
    let db = dir.path().join(".douyin").join("library.sqlite3");
    let v = json(&douyin(&["history", "stats", "--db", db.to_str().unwrap(), "--json"]).success());
    assert_eq!(v["posts"], 3);
    let foreign = dir.path().join("notes.sqlite3");
    std::fs::write(&foreign, vec![1u8; 4096]).unwrap();
    let out = douyin(&["history", "stats", "--db", foreign.to_str().unwrap()]).code(1);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.starts_with("error [decode]:"), "{err}");
}
