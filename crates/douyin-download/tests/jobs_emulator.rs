//! Every job kind end to end against the emulator: what the world holds is listed, every file
//! F2's rules ask for is on disk byte for byte as the emulator serves it, and the store holds
//! exactly one row per post and per file.

mod support;

use douyin_download::{JobKind, JobOptions, JobSpec, Target};
use douyin_emulator::EmulatorConfig;
use douyin_store::JobState;
use support::*;

fn all_files() -> JobOptions {
    JobOptions {
        music: true,
        cover: true,
        desc: true,
        page_counts: 5,
        ..JobOptions::default()
    }
}

#[tokio::test]
async fn a_creators_posts_are_saved_completely_and_byte_exact() {
    let emu = emulator_with(EmulatorConfig::default()).await;
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;
    let w = emu.world();
    let user = &w.users[0];
    let snap = run(
        &engine,
        JobSpec {
            kind: JobKind::Post,
            target: Target::User(user.sec_uid.clone()),
            options: all_files(),
        },
    )
    .await;
    assert_eq!(snap.state, JobState::Done, "{snap:#?}");
    assert_eq!(snap.listed, user.posts.len() as u64);
    assert_eq!(snap.files_failed, 0);
    let store = engine.store();
    let mut checked = 0;
    for &p in &user.posts {
        checked += assert_post_saved(store, dir.path(), &w.posts[p].aweme_id).await;
    }
    assert_eq!(snap.files_done as usize, checked);
    let listing = store.job_listing(snap.id).expect("listing");
    let listed: Vec<&str> = listing.iter().map(|(id, _)| id.as_str()).collect();
    let want: Vec<&str> = user
        .posts
        .iter()
        .map(|&p| w.posts[p].aweme_id.as_str())
        .collect();
    assert_eq!(listed, want, "listed in the creator's order");
    assert!(part_files(dir.path()).is_empty());
    assert!(store.integrity_check().expect("check"));
    engine.shutdown().await;
}
