//! User folders: a move rewrites every path under the folder in one transaction, and an
//! interrupted rename is finished or dropped when the library is opened again.

mod common;

use common::{planned, post, user};
use douyin_core::ErrorKind;
use douyin_store::{on_disk, AssetKind, FolderRecovery, HistoryStore, PageCommit};
use std::path::Path;

fn library(root: &Path) -> HistoryStore {
    let store = HistoryStore::open_library(root).unwrap();
    store
        .upsert_user(&user("u1", "MS4wLjABAAAAu1", "old"))
        .unwrap();
    store
        .set_user_folder("u1", "post", "douyin/post/old")
        .unwrap();
    let job = store.create_job("post", "{}").unwrap();
    let page = PageCommit {
        posts: vec![post("1", "u1", 1, "x")],
        files: vec![
            planned("1", AssetKind::Video, 0, "douyin/post/old/1_video.mp4"),
            planned("1", AssetKind::Cover, 0, "douyin/post/old/sub/1_cover.jpeg"),
            // A sibling whose name starts like the folder's: not inside it.
            planned("2", AssetKind::Video, 0, "douyin/post/old-fan/2_video.mp4"),
            planned("3", AssetKind::Video, 0, "douyin/like/old/3_video.mp4"),
        ],
        ..PageCommit::default()
    };
    store.commit_page(job, &page).unwrap();
    std::fs::create_dir_all(on_disk(root, "douyin/post/old/sub")).unwrap();
    store
}

fn paths(store: &HistoryStore) -> Vec<String> {
    let mut out: Vec<String> = ["1", "2", "3"]
        .iter()
        .flat_map(|id| store.files_of_post(id).unwrap())
        .map(|f| f.rel_path)
        .collect();
    out.sort();
    out
}

const MOVED: [&str; 4] = [
    "douyin/like/old/3_video.mp4",
    "douyin/post/old-fan/2_video.mp4",
    "douyin/post/新名字/1_video.mp4",
    "douyin/post/新名字/sub/1_cover.jpeg",
];

#[test]
fn a_move_rewrites_exactly_the_paths_inside_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let store = library(dir.path());
    let n = store
        .move_user_folder("u1", "post", "douyin/post/old", "douyin/post/新名字")
        .unwrap();
    assert_eq!(n, 2);
    assert_eq!(paths(&store), MOVED);
    assert_eq!(
        store.user_folder("u1", "post").unwrap().as_deref(),
        Some("douyin/post/新名字")
    );
    // A move that does not start from the recorded folder changes nothing.
    let err = store
        .move_user_folder("u1", "post", "douyin/post/other", "douyin/post/x")
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert_eq!(paths(&store), MOVED);
    let err = store
        .move_user_folder("u1", "post", "douyin/post/新名字", "../outside")
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert_eq!(
        store
            .set_user_folder("nobody", "post", "a")
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
}

#[test]
fn a_rename_interrupted_after_the_disk_step_is_finished_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    {
        let store = library(root);
        store
            .plan_user_folder_move("u1", "post", "douyin/post/old", "douyin/post/新名字")
            .unwrap();
        std::fs::rename(
            on_disk(root, "douyin/post/old"),
            on_disk(root, "douyin/post/新名字"),
        )
        .unwrap();
        // The process dies here, before move_user_folder.
    }
    let store = HistoryStore::open_library(root).unwrap();
    assert_eq!(paths(&store), MOVED);
    assert_eq!(
        store.user_folder("u1", "post").unwrap().as_deref(),
        Some("douyin/post/新名字")
    );
    assert!(
        store.recover_folder_moves(root).unwrap().is_empty(),
        "settled once"
    );
}

#[test]
fn a_rename_interrupted_before_the_disk_step_is_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let store = library(root);
    store
        .plan_user_folder_move("u1", "post", "douyin/post/old", "douyin/post/新名字")
        .unwrap();
    let before = paths(&store);
    let outcome = store.recover_folder_moves(root).unwrap();
    assert_eq!(
        outcome,
        vec![FolderRecovery::Dropped {
            uid: "u1".into(),
            mode: "post".into()
        }]
    );
    assert_eq!(paths(&store), before);
    assert_eq!(
        store.user_folder("u1", "post").unwrap().as_deref(),
        Some("douyin/post/old")
    );

    // Both folders present: left alone and reported.
    store
        .plan_user_folder_move("u1", "post", "douyin/post/old", "douyin/post/新名字")
        .unwrap();
    std::fs::create_dir_all(on_disk(root, "douyin/post/新名字")).unwrap();
    let outcome = store.recover_folder_moves(root).unwrap();
    assert!(
        matches!(outcome[0], FolderRecovery::Unresolved { .. }),
        "{outcome:?}"
    );
    assert_eq!(paths(&store), before);
}

#[test]
fn a_folder_renamed_by_hand_is_repaired() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let store = library(root);
    let err = store
        .repair_user_folder(root, "u1", "post", "douyin/post/新名字")
        .unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::InvalidInput,
        "the old folder still exists"
    );
    std::fs::rename(
        on_disk(root, "douyin/post/old"),
        on_disk(root, "douyin/post/新名字"),
    )
    .unwrap();
    assert_eq!(
        store
            .repair_user_folder(root, "u1", "post", "douyin/post/新名字")
            .unwrap(),
        2
    );
    assert_eq!(paths(&store), MOVED);
}
