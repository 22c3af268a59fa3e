//! What the library looks like on disk: hostile names from the emulator's world never lead a
//! file outside the root nor make an unusable name, and a creator who changes nickname gets
//! their folder really renamed, with the store following and nothing downloaded again.

mod support;

use douyin_download::{JobKind, JobOptions, JobSpec, Target};
use douyin_emulator::EmulatorConfig;
use douyin_store::{on_disk, FileState, JobState};
use std::path::{Component, Path};
use support::*;

fn posts_of(sec_uid: &str) -> JobSpec {
    JobSpec {
        kind: JobKind::Post,
        target: Target::User(sec_uid.to_owned()),
        options: JobOptions {
            music: true,
            cover: true,
            desc: true,
            page_counts: 10,
            ..JobOptions::default()
        },
    }
}

/// Every file below `dir`, as paths relative to it.
fn files_below(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("readable").flatten() {
            let p = e.path();
            let kind = e.file_type().expect("type");
            assert!(!kind.is_symlink(), "no link is made: {}", p.display());
            if kind.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).expect("below").to_path_buf());
            }
        }
    }
    out
}

/// Names Windows refuses as a file stem (any extension).
const RESERVED: [&str; 22] = [
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// A component usable on Linux, macOS and Windows alike.
fn assert_portable(component: &str, whole: &Path) {
    assert!(!component.is_empty(), "{}", whole.display());
    assert!(
        component.len() <= 255,
        "over 255 bytes: {}",
        whole.display()
    );
    assert!(
        !component
            .chars()
            .any(|c| c.is_control() || "<>:\"/\\|?*".contains(c)),
        "a character Windows or a terminal refuses in {:?}",
        component
    );
    assert!(
        !component.ends_with('.') && !component.ends_with(' '),
        "Windows drops a trailing dot or space: {component:?}"
    );
    let stem = component.split('.').next().unwrap_or_default().trim_end();
    assert!(
        !RESERVED.iter().any(|r| r.eq_ignore_ascii_case(stem)),
        "a reserved name: {component:?}"
    );
}

#[tokio::test]
async fn hostile_names_stay_inside_the_root_and_make_portable_names() {
    let emu = emulator_with(EmulatorConfig {
        hostile_names: true,
        ..EmulatorConfig::default()
    })
    .await;
    let w = emu.world();
    assert!(!w.hostile_users.is_empty(), "the world has hostile users");
    let dir = tempfile::tempdir().expect("tmp");
    let root = dir.path().join("library");
    let engine = engine(&emu, &root, false).await;
    let mut saved = 0;
    for &u in &w.hostile_users {
        let snap = run(&engine, posts_of(&w.users[u].sec_uid)).await;
        assert_eq!(snap.state, JobState::Done, "{snap:#?}");
        assert_eq!(snap.files_failed, 0, "{snap:#?}");
        for &p in &w.users[u].posts {
            saved += assert_post_saved(&emu, engine.store(), &root, &w.posts[p].aweme_id).await;
        }
    }
    assert!(saved > 0);
    engine.shutdown().await;
    // Nothing beside the library was created in its parent.
    let beside: Vec<_> = std::fs::read_dir(dir.path())
        .expect("tmp")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(beside, vec![std::ffi::OsString::from("library")]);
    let on_disk_files = files_below(&root);
    let media: Vec<_> = on_disk_files
        .iter()
        .filter(|p| !p.starts_with(".douyin"))
        .collect();
    assert_eq!(media.len(), saved, "exactly the recorded files are on disk");
    for p in media {
        for c in p.components() {
            match c {
                Component::Normal(s) => assert_portable(&s.to_string_lossy(), p),
                other => panic!("{other:?} in {}", p.display()),
            }
        }
    }
    // A hostile description is still saved whole in its .txt (names are sanitised, content not).
    let hostile_post = w
        .hostile_users
        .iter()
        .flat_map(|&u| w.users[u].posts.iter())
        .find(|p| w.hostile_posts.contains(p))
        .map(|&p| &w.posts[p])
        .expect("a downloaded post with a hostile description");
    let files = engine_store_files(&root, &hostile_post.aweme_id);
    let desc = files
        .iter()
        .find(|f| f.rel_path.ends_with("_desc.txt"))
        .expect("a description file");
    assert_eq!(
        std::fs::read_to_string(on_disk(&root, &desc.rel_path)).expect("desc"),
        hostile_post.desc
    );
}

fn engine_store_files(root: &Path, aweme_id: &str) -> Vec<douyin_store::FileRow> {
    douyin_store::HistoryStore::open_library(root)
        .expect("library")
        .files_of_post(aweme_id)
        .expect("files")
}

/// The creator folder of a file: its first three components (`douyin/<mode>/<creator>`).
fn creator_folder(rel_path: &str) -> String {
    rel_path.split('/').take(3).collect::<Vec<_>>().join("/")
}

#[tokio::test]
async fn a_nickname_change_renames_the_creator_folder_and_nothing_is_downloaded_again() {
    let emu = emulator_with(EmulatorConfig::default()).await;
    let w = emu.world();
    let user = &w.users[1];
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;
    let first = run(&engine, posts_of(&user.sec_uid)).await;
    assert_eq!(first.state, JobState::Done, "{first:#?}");
    let post0 = &w.posts[user.posts[0]].aweme_id;
    let before = engine.store().files_of_post(post0).expect("files");
    let old_folder = creator_folder(&before[0].rel_path);
    assert!(
        old_folder.ends_with(&user.nickname),
        "{old_folder} is named after {}",
        user.nickname
    );
    assert!(dir.path().join(&old_folder).is_dir());

    let new_name = "改名之后的作者";
    emu.rename_user(1, new_name).expect("rename");
    let served = emu.counters()["bytes_served"].as_u64().expect("counter");
    let second = run(&engine, posts_of(&user.sec_uid)).await;
    assert_eq!(second.state, JobState::Done, "{second:#?}");
    let again = emu.counters()["bytes_served"].as_u64().expect("counter") - served;
    assert!(
        again < 200_000,
        "{again} bytes served: media was downloaded again"
    );

    let new_folder = format!("douyin/post/{new_name}");
    assert!(
        dir.path().join(&new_folder).is_dir(),
        "the folder has the new name"
    );
    assert!(
        !dir.path().join(&old_folder).exists(),
        "the old folder is gone, not left beside the new one"
    );
    let mut checked = 0;
    for &p in &user.posts {
        let files = engine
            .store()
            .files_of_post(&w.posts[p].aweme_id)
            .expect("files");
        for f in files {
            assert!(
                f.rel_path.starts_with(&format!("{new_folder}/")),
                "the store follows the move: {}",
                f.rel_path
            );
            assert_eq!(f.state, FileState::Done);
            let len = std::fs::metadata(on_disk(dir.path(), &f.rel_path))
                .expect("the file is where the store says")
                .len();
            assert_eq!(Some(len), f.size);
            checked += 1;
        }
    }
    assert_eq!(checked as u64, first.files_done);
    engine.shutdown().await;
}
