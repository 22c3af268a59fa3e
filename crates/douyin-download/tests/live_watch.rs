//! The watch list against the emulator: a watched room that goes live later (the emulator's
//! per-room delay) gets exactly one recording — also when it is watched twice, by web_rid and
//! by room id — and the recording finishes when the live ends.

mod support;

use douyin_download::live::{WatchOptions, Watcher};
use douyin_download::{Engine, JobKind};
use douyin_emulator::EmulatorConfig;
use douyin_store::JobState;
use std::time::Duration;
use support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_room_going_live_gets_exactly_one_recording_that_ends_with_the_live() {
    let emu = emulator_with(EmulatorConfig {
        ws_interval_ms: 20,
        live_bytes_per_s: 20_000,
        live_delays_s: vec![(0, 2)],
        ..EmulatorConfig::default()
    })
    .await;
    let dir = tempfile::tempdir().expect("tmp");
    let mut config = engine_config(dir.path());
    config.live.reconnect_backoff = Duration::from_millis(50);
    config.live.end_grace = Duration::from_secs(3);
    let engine = Engine::open(config, client(&emu, false))
        .await
        .expect("engine");
    let room = emu.world().rooms[0].clone();
    let store = engine.store();
    store
        .watch_add("live", &room.web_rid, None)
        .expect("watch by web_rid");
    store
        .watch_add("live_room", &room.room_id.to_string(), None)
        .expect("watch by room id");
    let mut watcher = Watcher::new(
        engine.clone(),
        WatchOptions {
            interval: Duration::from_millis(100),
            jitter: Duration::from_millis(30),
            ..WatchOptions::default()
        },
    );
    let first = watcher.check_once().await.expect("pass");
    assert_eq!((first.checked, first.live), (2, 0), "not live yet");
    assert!(first.started.is_empty());
    let wait = watcher.next_wait();
    assert!(
        wait >= Duration::from_millis(100) && wait <= Duration::from_millis(130),
        "{wait:?}"
    );
    let mut started = Vec::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    // Keep polling past the start: later passes must not start a second recording.
    let mut passes_while_live = 0;
    let mut last_live = 0;
    while passes_while_live < 5 && tokio::time::Instant::now() < deadline {
        let pass = watcher.check_once().await.expect("pass");
        started.extend(pass.started);
        if pass.live > 0 {
            // The pass during which the room goes live may see it live on one entry only.
            last_live = pass.live;
            passes_while_live += 1;
        }
        tokio::time::sleep(watcher.next_wait()).await;
    }
    assert_eq!(passes_while_live, 5, "the room went live");
    assert_eq!(last_live, 2, "both entries see the room live");
    assert_eq!(started.len(), 1, "one recording per room: {started:?}");
    let live_jobs: Vec<_> = engine
        .jobs()
        .into_iter()
        .filter(|j| j.kind == JobKind::Live)
        .collect();
    assert_eq!(live_jobs.len(), 1);
    let entries = store.watch_list().expect("list");
    assert!(entries.iter().all(|e| e.live && e.checked_at.is_some()));
    assert_eq!(entries[0].label.as_deref(), Some(room_owner(&emu).as_str()));
    tokio::time::sleep(Duration::from_millis(600)).await;
    emu.end_room(0);
    let done = tokio::time::timeout(Duration::from_secs(20), engine.wait(started[0]))
        .await
        .expect("the recording ends with the live")
        .expect("job");
    assert_eq!(done.state, JobState::Done, "{:?}", done.error);
    let segs = engine.segments(started[0]).expect("segments");
    assert!(!segs.is_empty() && segs.iter().all(|s| s.done));
    let after = watcher.check_once().await.expect("pass");
    assert!(after.started.is_empty() && after.live == 0);
    engine.shutdown().await;
}

fn room_owner(emu: &douyin_emulator::EmulatorHandle) -> String {
    let world = emu.world();
    let owner = world.rooms[0].owner;
    world.users[owner].nickname.clone()
}
