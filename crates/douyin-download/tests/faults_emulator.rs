//! The transfer path under faults: dropped bodies, 5xx and 429 bursts, bodies shorter than
//! announced, block pages and JSON where media should be, a server that ignores `Range`,
//! expired URLs, slow bandwidth with pauses, restarts, a full disk and cancellation. Every run
//! ends with each file complete and byte-exact or failed with a classified reason, and nothing
//! half-written looks complete.

mod support;

use douyin_download::{DiskProbe, Engine, Event, JobKind, JobOptions, JobSpec, Target};
use douyin_emulator::EmulatorConfig;
use douyin_store::{FileState, JobState};
use serde_json::json;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use support::*;

fn posts_of(emu: &douyin_emulator::EmulatorHandle, user: usize) -> JobSpec {
    JobSpec {
        kind: JobKind::Post,
        target: Target::User(emu.world().users[user].sec_uid.clone()),
        options: JobOptions {
            music: true,
            cover: true,
            desc: true,
            page_counts: 5,
            ..JobOptions::default()
        },
    }
}

async fn all_saved(
    emu: &douyin_emulator::EmulatorHandle,
    engine: &Engine,
    root: &std::path::Path,
    user: usize,
) {
    let w = emu.world();
    for &p in &w.users[user].posts {
        assert_post_saved(emu, engine.store(), root, &w.posts[p].aweme_id).await;
    }
    assert!(part_files(root).is_empty(), "{:?}", part_files(root));
}

#[tokio::test]
async fn bursts_of_broken_answers_end_byte_exact() {
    let emu = emulator_with(EmulatorConfig::default()).await;
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;
    faults(
        &emu,
        json!({"drop_mid_body_next": 4, "error_5xx_next": 3, "error_429_next": 2,
               "wrong_length_next": 5, "html_instead_of_media_next": 3,
               "json_instead_of_media_next": 3}),
    )
    .await;
    let snap = run(&engine, posts_of(&emu, 0)).await;
    assert_eq!(snap.state, JobState::Done, "{:#?}", snap.error);
    assert_eq!(snap.files_failed, 0, "{snap:#?}");
    all_saved(&emu, &engine, dir.path(), 0).await;
    assert!(
        emu.counters()["faults_injected"].as_u64().unwrap_or(0) >= 20,
        "every fault was met"
    );
}

#[tokio::test]
async fn a_pause_stops_the_bytes_and_a_resume_continues_even_when_range_is_ignored() {
    let emu = emulator_with(EmulatorConfig {
        video_bytes: 1_048_576,
        bandwidth: 400_000,
        users: 1,
        posts_per_user: 3,
        ..EmulatorConfig::default()
    })
    .await;
    for ignore_range in [false, true] {
        faults(&emu, json!({"ignore_range": ignore_range})).await;
        let dir = tempfile::tempdir().expect("tmp");
        let engine = engine(&emu, dir.path(), false).await;
        let mut rx = engine.subscribe();
        let id = engine.enqueue(posts_of(&emu, 0)).expect("enqueue");
        // Wait until a video is well under way.
        wait_for(&mut rx, |e| match e {
            Event::Progress { files, .. } => files.iter().any(|f| f.bytes > 200_000),
            _ => false,
        })
        .await;
        engine.pause(id).expect("pause");
        wait_for(&mut rx, |e| {
            matches!(
                e,
                Event::JobState {
                    state: JobState::Paused,
                    ..
                }
            )
        })
        .await;
        let parts = part_files(dir.path());
        assert!(!parts.is_empty(), "a paused transfer keeps its .part");
        let sizes: Vec<u64> = parts
            .iter()
            .map(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
            .collect();
        tokio::time::sleep(Duration::from_millis(400)).await;
        let later: Vec<u64> = parts
            .iter()
            .map(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
            .collect();
        assert_eq!(sizes, later, "no byte moves while paused");
        assert_eq!(engine.job(id).map(|j| j.state), Some(JobState::Paused));
        engine.resume(id).expect("resume");
        let snap = tokio::time::timeout(Duration::from_secs(60), engine.wait(id))
            .await
            .expect("finishes")
            .expect("job");
        assert_eq!(snap.state, JobState::Done, "{snap:#?}");
        all_saved(&emu, &engine, dir.path(), 0).await;
        engine.shutdown().await;
    }
}

#[tokio::test]
async fn expired_urls_are_replaced_by_fresh_ones_and_bytes_already_there_are_kept() {
    // The emulator's clock is ours to move: the job is paused after its first file, two
    // hours pass (media URLs live ten minutes), and the resumed job meets expired URLs only.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .expect("clock");
    let clock = douyin_emulator::ManualClock::new(now);
    let emu = emulator_with(EmulatorConfig {
        media_ttl_s: 600,
        signature_max_age_s: 100_000,
        clock: Arc::new(clock.clone()),
        video_bytes: 1_048_576,
        bandwidth: 1_000_000,
        users: 1,
        posts_per_user: 6,
        ..EmulatorConfig::default()
    })
    .await;
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;
    let mut rx = engine.subscribe();
    let id = engine.enqueue(posts_of(&emu, 0)).expect("enqueue");
    wait_for(&mut rx, |e| {
        matches!(e, Event::FileDone { skipped: false, .. })
    })
    .await;
    engine.pause(id).expect("pause");
    wait_for(&mut rx, |e| {
        matches!(
            e,
            Event::JobState {
                state: JobState::Paused,
                ..
            }
        )
    })
    .await;
    clock.advance(2 * 3_600_000);
    let details = requests(&emu, "/aweme/v1/web/aweme/detail/");
    let refused = emu.counters()["media_refusals"].as_u64().unwrap_or(0);
    engine.resume(id).expect("resume");
    let snap = tokio::time::timeout(Duration::from_secs(120), engine.wait(id))
        .await
        .expect("finishes")
        .expect("job");
    assert_eq!(snap.state, JobState::Done, "{snap:#?}");
    let failed: Vec<_> = engine
        .job_files(snap.id)
        .expect("files")
        .into_iter()
        .filter(|f| f.error.is_some())
        .collect();
    assert_eq!(snap.files_failed, 0, "{failed:#?}");
    assert!(
        emu.counters()["media_refusals"].as_u64().unwrap_or(0) > refused,
        "the old URLs were refused"
    );
    assert!(
        requests(&emu, "/aweme/v1/web/aweme/detail/") > details,
        "the post was fetched again for fresh URLs"
    );
    all_saved(&emu, &engine, dir.path(), 0).await;
}

#[tokio::test]
async fn media_that_stays_forbidden_fails_classified_and_leaves_no_complete_looking_file() {
    let emu = emulator_with(EmulatorConfig {
        users: 1,
        posts_per_user: 2,
        ..EmulatorConfig::default()
    })
    .await;
    faults(&emu, json!({"expired_media": true})).await;
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;
    let snap = run(&engine, posts_of(&emu, 0)).await;
    assert_eq!(snap.state, JobState::Done);
    assert!(snap.files_failed > 0);
    let files = engine.job_files(snap.id).expect("files");
    for f in &files {
        let path = douyin_store::on_disk(dir.path(), &f.path);
        match f.state {
            FileState::Failed => {
                let e = f.error.as_ref().expect("a failure keeps its reason");
                assert_eq!(e.kind, douyin_core::ErrorKind::HttpStatus, "{e:?}");
                assert!(e.message.contains("expired"), "{}", e.message);
                assert!(!path.exists(), "a failed file is not at its final name");
            }
            // Descriptions need no network.
            FileState::Done => assert!(f.path.ends_with("_desc.txt"), "{f:?}"),
            other => panic!("unexpected state {other:?} for {f:?}"),
        }
    }
}

#[tokio::test]
async fn a_restarted_engine_continues_the_queue_from_its_saved_cursor() {
    let emu = emulator_with(EmulatorConfig {
        bandwidth: 2_000_000,
        users: 1,
        posts_per_user: 15,
        ..EmulatorConfig::default()
    })
    .await;
    let dir = tempfile::tempdir().expect("tmp");
    let list_path = "/aweme/v1/web/aweme/post/";
    let first = engine(&emu, dir.path(), false).await;
    let mut rx = first.subscribe();
    let id = first.enqueue(posts_of(&emu, 0)).expect("enqueue");
    wait_for(&mut rx, |e| {
        matches!(e, Event::FileDone { skipped: false, .. })
    })
    .await;
    first.shutdown().await;
    let pages_before = requests(&emu, list_path);
    assert_eq!(
        first.store().job(id).expect("db").expect("job").state,
        JobState::Running,
        "a shutdown is not a user's pause"
    );
    drop(first);

    let second = engine(&emu, dir.path(), false).await;
    assert_eq!(second.jobs().len(), 1, "the queue came back");
    let snap = tokio::time::timeout(Duration::from_secs(60), second.wait(id))
        .await
        .expect("finishes")
        .expect("job");
    assert_eq!(snap.state, JobState::Done, "{snap:#?}");
    all_saved(&emu, &second, dir.path(), 0).await;
    // 15 posts in pages of 5: three pages in all, none fetched twice by the second run
    // (it may need the page after the last one it recorded).
    let total = requests(&emu, list_path);
    assert!(
        total <= 4,
        "{pages_before} list requests before the restart, {total} in all"
    );
    assert!(second.store().integrity_check().expect("check"));
}

struct Disk(Arc<AtomicU64>);
impl DiskProbe for Disk {
    fn available(&self, _: &std::path::Path) -> std::io::Result<u64> {
        Ok(self.0.load(Ordering::Relaxed))
    }
}

#[tokio::test]
async fn a_full_disk_pauses_the_job_with_the_reason_and_a_resume_finishes_it() {
    let emu = emulator_with(EmulatorConfig {
        users: 1,
        posts_per_user: 3,
        ..EmulatorConfig::default()
    })
    .await;
    let dir = tempfile::tempdir().expect("tmp");
    let free = Arc::new(AtomicU64::new(10_000_000));
    let config = douyin_download::EngineConfig {
        min_free_bytes: 50_000_000,
        disk: Arc::new(Disk(Arc::clone(&free))),
        ..engine_config(dir.path())
    };
    let engine = Engine::open(config, client(&emu, false))
        .await
        .expect("engine");
    let mut rx = engine.subscribe();
    let id = engine.enqueue(posts_of(&emu, 0)).expect("enqueue");
    let paused = wait_for(&mut rx, |e| {
        matches!(
            e,
            Event::JobState {
                state: JobState::Paused,
                ..
            }
        )
    })
    .await;
    let Event::JobState {
        error: Some(error), ..
    } = paused
    else {
        panic!("a disk-full pause says why: {paused:?}")
    };
    assert_eq!(error.kind, douyin_core::ErrorKind::DiskFull);
    assert!(
        error.message.contains("Free some space"),
        "{}",
        error.message
    );
    free.store(10_000_000_000, Ordering::Relaxed);
    engine.resume(id).expect("resume");
    let snap = tokio::time::timeout(Duration::from_secs(60), engine.wait(id))
        .await
        .expect("finishes")
        .expect("job");
    assert_eq!(snap.state, JobState::Done, "{snap:#?}");
    all_saved(&emu, &engine, dir.path(), 0).await;
}

#[tokio::test]
async fn a_cancel_stops_at_once_and_removes_partial_files() {
    let emu = emulator_with(EmulatorConfig {
        video_bytes: 2_000_000,
        bandwidth: 300_000,
        users: 1,
        posts_per_user: 3,
        ..EmulatorConfig::default()
    })
    .await;
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;
    let mut rx = engine.subscribe();
    let id = engine.enqueue(posts_of(&emu, 0)).expect("enqueue");
    wait_for(&mut rx, |e| match e {
        Event::Progress { files, .. } => files.iter().any(|f| f.bytes > 100_000),
        _ => false,
    })
    .await;
    engine.cancel(id).expect("cancel");
    let snap = tokio::time::timeout(Duration::from_secs(20), engine.wait(id))
        .await
        .expect("stops quickly")
        .expect("job");
    assert_eq!(snap.state, JobState::Cancelled);
    assert!(
        part_files(dir.path()).is_empty(),
        "{:?}",
        part_files(dir.path())
    );
    for f in engine.job_files(id).expect("files") {
        if f.state == FileState::Done {
            let len = std::fs::metadata(douyin_store::on_disk(dir.path(), &f.path))
                .map(|m| m.len())
                .ok();
            assert_eq!(len, f.total, "only complete files remain: {f:?}");
        }
    }
}
