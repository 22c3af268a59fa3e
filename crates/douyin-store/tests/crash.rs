//! Crash safety with real processes: a child commits listing pages in a loop and is killed
//! with SIGKILL at ten different moments; after each kill the store is intact and holds whole
//! pages only, with the cursor exactly at the last recorded page, and the next child goes on
//! from there.
//!
//! The test binary is its own child: run with `CRASH_CHILD_DB` set, this test commits pages
//! until it is killed (or a bound is reached).

use douyin_store::{
    AssetKind, HistoryStore, JobFilter, PageCommit, PlannedFile, PostKind, PostRow,
};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

const PER_PAGE: u32 = 20;
const CHILD_ENV: &str = "CRASH_CHILD_DB";

fn cursor_page(cursor: Option<&str>) -> u32 {
    cursor
        .and_then(|c| serde_json::from_str::<serde_json::Value>(c).ok())
        .and_then(|v| v["page"].as_u64())
        .map_or(0, |p| p as u32)
}

fn page(n: u32) -> PageCommit {
    let ids: Vec<String> = (n * PER_PAGE..(n + 1) * PER_PAGE)
        .map(|i| format!("7{i:018}"))
        .collect();
    PageCommit {
        posts: ids
            .iter()
            .map(|id| {
                let mut p = PostRow::new(id, PostKind::Video);
                p.description = Some(format!("第{n}页的作品 {id}"));
                p.raw_json = Some(format!("{{\"aweme_id\":\"{id}\"}}"));
                p
            })
            .collect(),
        listed: ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), n * PER_PAGE + i as u32))
            .collect(),
        files: ids
            .iter()
            .flat_map(|id| {
                [AssetKind::Video, AssetKind::Cover].map(|asset| PlannedFile {
                    aweme_id: id.clone(),
                    asset,
                    index: 0,
                    rel_path: format!("douyin/post/x/{id}_{asset}"),
                })
            })
            .collect(),
        cursor_json: Some(format!("{{\"page\":{}}}", n + 1)),
        listed_total: u64::from((n + 1) * PER_PAGE),
        exhausted: false,
        users: Vec::new(),
    }
}

/// The child: continue the job from its cursor, one page after another, marking files done
/// in between, until killed (bounded so it stops by itself).
fn child(db: &Path) {
    let store = HistoryStore::open(db).unwrap();
    let job = store.jobs(&JobFilter::default()).unwrap()[0].clone();
    let first = cursor_page(job.cursor_json.as_deref());
    for next in first..first + 20_000 {
        let files = store.commit_page(job.id, &page(next)).unwrap();
        for f in files.iter().step_by(3) {
            store.file_started(f.id, Some(1_000), None).unwrap();
            store.file_done(f.id, &f.rel_path, 1_000).unwrap();
        }
    }
}

/// Every page up to the cursor is there whole, nothing after it; returns the cursor page.
fn check(db: &Path) -> u32 {
    let store = HistoryStore::open(db).unwrap();
    assert!(store.integrity_check().unwrap());
    let job = store.jobs(&JobFilter::default()).unwrap()[0].clone();
    let pages = cursor_page(job.cursor_json.as_deref());
    assert_eq!(
        job.pages,
        u64::from(pages),
        "one page commit per cursor step"
    );
    assert_eq!(job.listed, u64::from(pages * PER_PAGE));
    let listing = store.job_listing(job.id).unwrap();
    assert_eq!(listing.len() as u32, pages * PER_PAGE);
    let stats = store.stats().unwrap();
    assert_eq!(
        stats.posts,
        u64::from(pages * PER_PAGE),
        "no post of a half page"
    );
    assert_eq!(
        stats.files,
        u64::from(pages * PER_PAGE * 2),
        "no file of a half page"
    );
    let c = store.job_counters(job.id).unwrap();
    assert_eq!(c.files_total, stats.files);
    assert_eq!(
        c.done * 1_000,
        c.bytes_done,
        "a done file always has its size"
    );
    for (id, position) in listing.iter().step_by(97) {
        assert_eq!(
            store.files_of_post(id).unwrap().len(),
            2,
            "post {id} at {position}"
        );
        assert!(store.post_raw(id).unwrap().is_some());
    }
    pages
}

#[test]
fn pages_survive_sigkill_whole_or_not_at_all() {
    if let Ok(db) = std::env::var(CHILD_ENV) {
        child(Path::new(&db));
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("library.sqlite3");
    HistoryStore::open(&db)
        .unwrap()
        .create_job("post", "{}")
        .unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut seen = Vec::new();
    for round in 0..10u64 {
        let mut kid = Command::new(&exe)
            .args([
                "--exact",
                "pages_survive_sigkill_whole_or_not_at_all",
                "--nocapture",
            ])
            .env(CHILD_ENV, &db)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(200 + round * 61));
        kid.kill().unwrap(); // SIGKILL
        let status = kid.wait().unwrap();
        assert!(
            !status.success(),
            "round {round}: the child was killed, not finished"
        );
        seen.push(check(&db));
    }
    eprintln!("cursor page after each kill: {seen:?}");
    assert!(
        seen.windows(2).all(|w| w[0] <= w[1]),
        "the cursor never goes back: {seen:?}"
    );
    assert!(
        *seen.last().unwrap() > 0,
        "the children committed pages: {seen:?}"
    );
}
