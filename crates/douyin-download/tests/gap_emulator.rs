//! "Retry the gap" against the emulator: files that failed (expired media) or went missing
//! on disk (found by `verify`) are downloaded again — exactly those, byte for byte — posts
//! the profile counts but no listing saw are listed and saved, and the creator's report
//! ends with no gap. One file of a job can be retried alone.

mod support;

use douyin_download::{DownloadError, Event, JobKind, JobOptions, JobSpec, Target};
use douyin_emulator::EmulatorConfig;
use douyin_store::{on_disk, AssetKind, FileState, JobState};
use serde_json::json;
use std::collections::BTreeSet;
use std::time::Duration;
use support::*;

fn posts_of(sec_uid: &str, max_counts: Option<u64>) -> JobSpec {
    JobSpec {
        kind: JobKind::Post,
        target: Target::User(sec_uid.to_owned()),
        options: JobOptions {
            music: true,
            cover: true,
            desc: true,
            page_counts: 2,
            max_counts,
            ..JobOptions::default()
        },
    }
}

fn small_world() -> EmulatorConfig {
    EmulatorConfig {
        users: 1,
        posts_per_user: 4,
        ..EmulatorConfig::default()
    }
}

type Key = (String, AssetKind, u32);

/// The files the events say were really downloaded (not found saved).
fn downloaded(events: &[Event]) -> BTreeSet<Key> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::FileDone {
                file,
                skipped: false,
                ..
            } => Some((file.aweme_id.clone(), file.asset, file.index)),
            _ => None,
        })
        .collect()
}

async fn wait_all(engine: &douyin_download::Engine, jobs: &[i64]) {
    for &j in jobs {
        let snap = tokio::time::timeout(Duration::from_secs(120), engine.wait(j))
            .await
            .expect("the retried job finishes")
            .expect("job");
        assert_eq!(snap.state, JobState::Done, "{snap:#?}");
        assert_eq!(snap.files_failed, 0, "{snap:#?}");
    }
}

#[tokio::test]
async fn the_gap_of_failed_and_missing_files_is_downloaded_exactly_and_closes() {
    let emu = emulator_with(small_world()).await;
    let w = emu.world();
    let sec = w.users[0].sec_uid.clone();
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;

    // Every media URL answers 403 "expired": only the descriptions are saved.
    faults(&emu, json!({"expired_media": true})).await;
    let first = run(&engine, posts_of(&sec, None)).await;
    assert_eq!(first.state, JobState::Done, "{first:#?}");
    assert!(first.files_failed > 0, "{first:#?}");
    faults(&emu, json!({"expired_media": false})).await;

    // One saved description disappears from disk; verify marks it missing.
    let store = engine.store();
    let first_post = &w.posts[w.users[0].posts[0]].aweme_id;
    let desc = store
        .file_by_key(first_post, AssetKind::Desc, 0)
        .expect("db")
        .expect("desc planned");
    assert_eq!(desc.state, FileState::Done);
    std::fs::remove_file(on_disk(dir.path(), &desc.rel_path)).expect("rm");
    let verified = store.verify(dir.path()).expect("verify");
    assert_eq!(verified.missing, 1);

    let report = store.report(&sec).expect("report");
    let gap: BTreeSet<Key> = store
        .gap_files(&sec)
        .expect("gap")
        .into_iter()
        .map(|f| (f.aweme_id, f.asset, f.index))
        .collect();
    assert_eq!(report.gap_files, first.files_failed + 1);
    assert_eq!(gap.len() as u64, report.gap_files);
    assert!(gap.contains(&(first_post.clone(), AssetKind::Desc, 0)));

    let mut rx = engine.subscribe();
    let retry = engine.retry_gap(&sec).expect("retry the gap");
    assert_eq!(retry.files, gap.len());
    assert_eq!(retry.already_queued, 0);
    assert_eq!(
        retry.jobs,
        vec![first.id],
        "the job that planned them runs again"
    );
    assert_eq!(retry.relisting, None, "every post was listed");
    assert!(retry.posts.is_empty());
    wait_all(&engine, &retry.jobs).await;

    assert_eq!(
        downloaded(&drain(&mut rx)),
        gap,
        "exactly the gap was downloaded"
    );
    for &p in &w.users[0].posts {
        assert_post_saved(&emu, store, dir.path(), &w.posts[p].aweme_id).await;
    }
    let after = store.report(&sec).expect("report");
    assert_eq!(after.gap_files, 0);
    assert_eq!(after.saved, 4);
    assert!(after.not_saved.is_empty());
    assert!(part_files(dir.path()).is_empty());
    assert!(
        engine.retry_gap(&sec).expect("again").is_empty(),
        "nothing is left to queue"
    );
    assert!(store.integrity_check().expect("check"));
    engine.shutdown().await;
}

#[tokio::test]
async fn posts_no_listing_saw_are_listed_again_and_only_they_are_downloaded() {
    let emu = emulator_with(small_world()).await;
    let w = emu.world();
    let sec = w.users[0].sec_uid.clone();
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;
    let first = run(&engine, posts_of(&sec, Some(2))).await;
    assert_eq!(first.state, JobState::Done);
    assert_eq!(first.listed, 2);
    let store = engine.store();
    let report = store.report(&sec).expect("report");
    assert_eq!(report.profile_count, Some(4));
    assert_eq!(report.not_listed, Some(2));
    assert_eq!(report.gap_files, 0);

    let mut rx = engine.subscribe();
    let retry = engine.retry_gap(&sec).expect("retry the gap");
    assert_eq!(retry.not_listed, 2);
    let relisting = retry.relisting.expect("a fresh listing");
    assert_eq!(retry.jobs, vec![relisting]);
    wait_all(&engine, &retry.jobs).await;

    let unseen: BTreeSet<&str> = w.users[0].posts[2..]
        .iter()
        .map(|&p| w.posts[p].aweme_id.as_str())
        .collect();
    let got = downloaded(&drain(&mut rx));
    assert!(!got.is_empty());
    let got_posts: BTreeSet<&str> = got.iter().map(|(id, _, _)| id.as_str()).collect();
    assert_eq!(got_posts, unseen, "saved posts are not downloaded again");
    for &p in &w.users[0].posts {
        assert_post_saved(&emu, store, dir.path(), &w.posts[p].aweme_id).await;
    }
    let after = store.report(&sec).expect("report");
    assert_eq!((after.listed, after.saved, after.gap_files), (4, 4, 0));
    assert_eq!(after.not_listed, Some(0));
    engine.shutdown().await;
}

#[tokio::test]
async fn one_failed_file_is_retried_alone() {
    let emu = emulator_with(EmulatorConfig {
        users: 1,
        posts_per_user: 2,
        ..EmulatorConfig::default()
    })
    .await;
    let w = emu.world();
    let sec = w.users[0].sec_uid.clone();
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;
    faults(&emu, json!({"expired_media": true})).await;
    let first = run(&engine, posts_of(&sec, None)).await;
    faults(&emu, json!({"expired_media": false})).await;
    let failed: Vec<_> = engine
        .job_files(first.id)
        .expect("files")
        .into_iter()
        .filter(|f| f.state == FileState::Failed)
        .collect();
    assert!(failed.len() >= 2, "{failed:#?}");
    let pick = &failed[0];

    let mut rx = engine.subscribe();
    let queued = engine
        .retry_file(first.id, &pick.aweme_id, pick.asset, pick.index)
        .expect("retry one file");
    assert_eq!(queued.state, FileState::Planned);
    assert_eq!(queued.path, pick.path);
    let snap = tokio::time::timeout(Duration::from_secs(60), engine.wait(first.id))
        .await
        .expect("finishes")
        .expect("job");
    assert_eq!(snap.files_failed as usize, failed.len() - 1, "{snap:#?}");
    let got = downloaded(&drain(&mut rx));
    assert_eq!(
        got,
        BTreeSet::from([(pick.aweme_id.clone(), pick.asset, pick.index)]),
        "only that file was downloaded"
    );
    // Byte-exact with what the emulator serves for that asset now.
    let row = engine
        .store()
        .file_by_key(&pick.aweme_id, pick.asset, pick.index)
        .expect("db")
        .expect("row");
    assert_eq!(row.state, FileState::Done);
    let api = douyin_core::api::Douyin::new(client(&emu, false));
    let post = api.post_detail(&pick.aweme_id).await.expect("detail").raw;
    let want = expected_files(&post)
        .into_iter()
        .find(|(s, _)| row.rel_path.ends_with(s.as_str()))
        .map(|(_, w)| w)
        .expect("an expected file");
    let Want::Url(url) = want else {
        panic!("a failed file is media");
    };
    let bytes = std::fs::read(on_disk(dir.path(), &row.rel_path)).expect("on disk");
    assert!(bytes == fetch(&url).await, "byte-exact");

    // A done file is not downloaded twice; a file the job did not plan is refused.
    let err = engine
        .retry_file(first.id, &pick.aweme_id, pick.asset, pick.index)
        .expect_err("done");
    assert!(matches!(err, DownloadError::InvalidInput(_)), "{err:?}");
    let err = engine
        .retry_file(first.id, "7000000000000000000", AssetKind::Video, 0)
        .expect_err("unknown file");
    assert!(matches!(err, DownloadError::InvalidInput(_)), "{err:?}");
    let err = engine
        .retry_file(first.id + 100, &pick.aweme_id, pick.asset, pick.index)
        .expect_err("unknown job");
    assert!(matches!(err, DownloadError::InvalidInput(_)), "{err:?}");
    engine.shutdown().await;
}
