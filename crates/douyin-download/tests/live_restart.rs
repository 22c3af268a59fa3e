//! A recording survives engine restarts: after `Engine::shutdown` the job is still unfinished
//! in the store with its open segment closed; a new engine over the library resumes it in a
//! new segment while the room is live, or shows it waiting for the live when the room went
//! off meanwhile, and records again when the room comes back. Every segment passes the
//! walker and the job ends with the live.

mod support;

use douyin_download::live::{walk_file, Container};
use douyin_download::{Engine, JobKind, JobOptions, JobSpec, LiveOptions, LivePhase, Target};
use douyin_emulator::{EmulatorConfig, EmulatorHandle};
use douyin_store::{on_disk, JobState};
use std::path::Path;
use std::time::Duration;
use support::*;

async fn live_engine(emu: &EmulatorHandle, root: &Path) -> Engine {
    let mut config = engine_config(root);
    config.live.poll_interval = Duration::from_millis(100);
    config.live.reconnect_backoff = Duration::from_millis(50);
    config.live.end_grace = Duration::from_secs(3);
    Engine::open(config, client(emu, false))
        .await
        .expect("engine opens")
}

/// Polls `f` every 50 ms for at most 20 s.
async fn until(what: &str, mut f: impl FnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while !f() {
        assert!(tokio::time::Instant::now() < deadline, "timed out: {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Segment `seq` of `job` is open with bytes written.
fn recording_segment(engine: &Engine, job: i64, seq: u32) -> bool {
    engine
        .job(job)
        .and_then(|j| j.live)
        .is_some_and(|l| l.phase == LivePhase::Recording && l.segment == seq && l.bytes > 0)
        && engine
            .segments(job)
            .is_ok_and(|s| s.iter().any(|s| s.seq == seq))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_recording_resumes_after_a_restart_or_waits_for_the_live() {
    let emu = emulator_with(EmulatorConfig {
        ws_interval_ms: 20,
        live_bytes_per_s: 20_000,
        ..EmulatorConfig::default()
    })
    .await;
    let room = emu.world().rooms[0].clone();
    let dir = tempfile::tempdir().expect("tmp");
    let spec = JobSpec {
        kind: JobKind::Live,
        target: Target::Live(room.web_rid.clone()),
        options: JobOptions {
            live: LiveOptions::default(),
            ..JobOptions::default()
        },
    };

    // 1. Recording, then the engine shuts down.
    let first = live_engine(&emu, dir.path()).await;
    let job = first.enqueue(spec.clone()).expect("enqueue");
    until("segment 1 records", || recording_segment(&first, job, 1)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    first.shutdown().await;
    let row = first.store().job(job).expect("db").expect("job");
    assert_eq!(
        row.state,
        JobState::Running,
        "a shutdown is not a user's stop"
    );
    let segs = first.segments(job).expect("segments");
    assert_eq!(segs.len(), 1);
    assert!(segs[0].done, "the shutdown closed the open segment");
    drop(first);

    // 2. A new engine resumes it while the room is live: a new segment.
    let second = live_engine(&emu, dir.path()).await;
    assert_eq!(second.jobs().len(), 1, "the recording came back");
    until("segment 2 records", || recording_segment(&second, job, 2)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    second.shutdown().await;
    drop(second);

    // 3. The room goes off while no engine runs: the job waits for the live.
    assert!(emu.end_room(0));
    let third = live_engine(&emu, dir.path()).await;
    until("waiting for the live", || {
        third
            .job(job)
            .and_then(|j| j.live)
            .is_some_and(|l| l.phase == LivePhase::WaitingForLive)
    })
    .await;
    assert_eq!(third.job(job).expect("job").state, JobState::Running);
    assert!(emu.start_room(0));
    until("segment 3 records", || recording_segment(&third, job, 3)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(emu.end_room(0));
    let done = tokio::time::timeout(Duration::from_secs(30), third.wait(job))
        .await
        .expect("the recording ends with the live")
        .expect("job");
    assert_eq!(done.state, JobState::Done, "{:?}", done.error);

    let segs = third.segments(job).expect("segments");
    let seqs: Vec<u32> = segs.iter().map(|s| s.seq).collect();
    assert_eq!(seqs, vec![1, 2, 3], "one segment per run, numbered on");
    for s in &segs {
        assert!(s.done);
        let path = on_disk(dir.path(), &s.rel_path);
        let walk = walk_file(&path, Container::Flv).expect("readable");
        assert!(walk.is_complete(), "segment {}: {walk:?}", s.seq);
        assert_eq!(walk.total_len, s.bytes);
        assert!(!s.recovered, "closed cleanly, nothing to recover");
    }
    assert!(part_files(dir.path()).is_empty());
    third.shutdown().await;
}
