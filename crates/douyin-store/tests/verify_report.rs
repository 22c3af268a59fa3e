//! `verify` against real files (deleted, truncated, intact), the completeness report of a
//! creator and the gap to queue again.

mod common;

use common::{planned, post, user};
use douyin_core::ErrorKind;
use douyin_store::{
    on_disk, AssetKind, FileState, HistoryStore, PageCommit, VerifyProblem, POST_MODE,
};
use std::path::Path;

/// Creator u1 with profile count 5; a post-mode job lists posts 1–4, all with video + cover
/// files written to disk and recorded done, except post 4's cover (failed).
fn library(root: &Path) -> (HistoryStore, Vec<i64>) {
    let store = HistoryStore::open_library(root).unwrap();
    let mut profile = user("u1", "MS4wLjABAAAAu1", "阿花");
    profile.info.aweme_count = Some(5);
    store.upsert_user(&profile).unwrap();
    let job = store.create_job(POST_MODE, "{}").unwrap();
    let ids = ["1", "2", "3", "4"];
    let page = PageCommit {
        posts: ids
            .iter()
            .enumerate()
            .map(|(i, id)| post(id, "u1", 1_700_000_000 + i as i64, "x"))
            .collect(),
        listed: ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.to_string(), i as u32))
            .collect(),
        files: ids
            .iter()
            .flat_map(|id| {
                [
                    planned(
                        id,
                        AssetKind::Video,
                        0,
                        &format!("douyin/post/阿花/{id}_video.mp4"),
                    ),
                    planned(
                        id,
                        AssetKind::Cover,
                        0,
                        &format!("douyin/post/阿花/{id}_cover.jpeg"),
                    ),
                ]
            })
            .collect(),
        exhausted: true,
        listed_total: 4,
        ..PageCommit::default()
    };
    let files = store.commit_page(job, &page).unwrap();
    for f in &files {
        if f.aweme_id == "4" && f.asset == AssetKind::Cover {
            store
                .file_failed(f.id, ErrorKind::Timeout, "timed out")
                .unwrap();
            continue;
        }
        let path = on_disk(root, &f.rel_path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let body = vec![7u8; 1000 + f.id as usize];
        std::fs::write(&path, &body).unwrap();
        store
            .file_done(f.id, &f.rel_path, body.len() as u64)
            .unwrap();
    }
    // A post of the same creator seen in like mode only: known, not listed by post mode.
    store
        .upsert_post(&post("9", "u1", 1_600_000_000, "liked"))
        .unwrap();
    (store, files.iter().map(|f| f.id).collect())
}

#[test]
fn verify_marks_deleted_and_truncated_files_missing() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let (store, ids) = library(root);
    let deleted = store.file(ids[0]).unwrap();
    std::fs::remove_file(on_disk(root, &deleted.rel_path)).unwrap();
    let truncated = store.file(ids[3]).unwrap();
    let path = on_disk(root, &truncated.rel_path);
    let full = std::fs::read(&path).unwrap();
    std::fs::write(&path, &full[..full.len() / 2]).unwrap();

    let report = store.verify(root).unwrap();
    assert_eq!(report.checked, 7);
    assert_eq!((report.ok, report.missing, report.wrong_size), (5, 1, 1));
    assert_eq!(report.issues.len(), 2);
    assert_eq!(report.issues[0].file_id, deleted.id);
    assert_eq!(report.issues[0].problem, VerifyProblem::Missing);
    assert_eq!(
        report.issues[1].problem,
        VerifyProblem::WrongSize {
            expected: full.len() as u64,
            actual: (full.len() / 2) as u64
        }
    );
    assert_eq!(store.file(deleted.id).unwrap().state, FileState::Missing);
    assert_eq!(store.file(truncated.id).unwrap().state, FileState::Missing);
    assert_eq!(store.file(ids[1]).unwrap().state, FileState::Done);

    // A second run checks only what is still recorded done.
    let again = store.verify(root).unwrap();
    assert_eq!((again.checked, again.ok, again.issues.len()), (5, 5, 0));
}

#[test]
fn report_counts_profile_listed_saved_and_the_gap() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let (store, ids) = library(root);
    std::fs::remove_file(on_disk(root, &store.file(ids[2]).unwrap().rel_path)).unwrap();
    store.verify(root).unwrap();

    let report = store.report("u1").unwrap();
    assert_eq!(report.profile_count, Some(5));
    assert_eq!(report.listed, 4);
    assert_eq!(report.saved, 2, "posts 1 and 3 are whole");
    assert_eq!(report.not_listed, Some(1));
    assert_eq!(report.not_saved, vec!["4", "2"], "newest first");
    assert_eq!(report.gap_files, 2);
    assert_eq!(report.known_posts, 5);
    assert_eq!(report.nickname.as_deref(), Some("阿花"));
    assert_eq!(
        store.report("MS4wLjABAAAAu1").unwrap(),
        report,
        "by sec_uid too"
    );

    let gap = store.gap_files("u1").unwrap();
    let keys: Vec<(&str, AssetKind, FileState)> = gap
        .iter()
        .map(|f| (f.aweme_id.as_str(), f.asset, f.state))
        .collect();
    assert_eq!(
        keys,
        vec![
            ("2", AssetKind::Video, FileState::Missing),
            ("4", AssetKind::Cover, FileState::Failed),
        ]
    );
    // Retry the gap: back to planned, then pending for the job that planned them.
    let gap_ids: Vec<i64> = gap.iter().map(|f| f.id).collect();
    assert_eq!(store.reset_files(&gap_ids).unwrap(), 2);
    let job = store.jobs(&Default::default()).unwrap()[0].id;
    assert_eq!(
        store.jobs_of_file(gap_ids[0]).unwrap(),
        vec![job],
        "the gap goes back to the job that planned it"
    );
    let pending: Vec<i64> = store
        .pending_files(job)
        .unwrap()
        .iter()
        .map(|f| f.id)
        .collect();
    assert_eq!(pending, gap_ids);
    assert_eq!(
        store.report("nobody").unwrap_err().kind(),
        ErrorKind::NotFound
    );
}

#[test]
fn a_creator_known_only_from_posts_still_reports() {
    let store = common::store();
    store.upsert_post(&post("5", "u7", 1, "x")).unwrap();
    let report = store.report("u7").unwrap();
    assert_eq!(report.uid.as_deref(), Some("u7"));
    assert_eq!(report.profile_count, None);
    assert_eq!((report.listed, report.known_posts), (0, 1));
}

#[test]
fn stats_count_the_library() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = library(dir.path());
    let s = store.stats().unwrap();
    assert_eq!((s.users, s.posts, s.files, s.jobs), (1, 5, 8, 1));
    assert_eq!(s.files_by_state["done"], 7);
    assert_eq!(s.files_by_state["failed"], 1);
    assert_eq!(s.posts_by_kind["video"], 5);
    assert_eq!(s.jobs_by_state["queued"], 1);
    // Sizes written by `library`: 1000 + id for each done file (ids 1..=8, 8 failed).
    assert_eq!(s.bytes_done, (1..=7).map(|id| 1000 + id).sum::<u64>());
}
