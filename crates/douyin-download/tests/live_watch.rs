//! The watch list against the emulator: a watched room that goes live later (the emulator's
//! per-room delay) gets exactly one recording — also when it is watched twice, by web_rid and
//! by room id — and the recording finishes when the live ends; a watched creator (a user
//! link) going live gets a recording of their room; risk control on the lookups makes the
//! next poll wait longer (doubling up to a cap) until a clean pass.

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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn risk_control_on_the_room_lookup_makes_the_next_poll_wait_longer() {
    let emu = emulator_with(EmulatorConfig {
        live_delays_s: vec![(0, 3_600)],
        ..EmulatorConfig::default()
    })
    .await;
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;
    let room = emu.world().rooms[0].clone();
    engine
        .store()
        .watch_add("live", &room.web_rid, None)
        .expect("watch");
    let interval = Duration::from_millis(100);
    let mut watcher = Watcher::new(
        engine.clone(),
        WatchOptions {
            interval,
            jitter: Duration::ZERO,
            backoff_max: Duration::from_millis(500),
            ..WatchOptions::default()
        },
    );
    let calm = watcher.check_once().await.expect("pass");
    assert_eq!((calm.checked, calm.throttled), (1, 0));
    assert_eq!(watcher.next_wait(), interval);

    // Every API answer is Douyin's verify (captcha) page now.
    faults(&emu, serde_json::json!({"captcha_next": 100_000})).await;
    let before = emu.counters()["faults_injected"].as_u64().unwrap_or(0);
    let refused = watcher.check_once().await.expect("pass");
    assert_eq!(refused.throttled, 1, "{refused:?}");
    assert!(
        emu.counters()["faults_injected"].as_u64().unwrap_or(0) > before,
        "the lookup met the captcha"
    );
    assert_eq!(
        watcher.next_wait(),
        interval * 2,
        "one throttled pass doubles the wait"
    );
    watcher.check_once().await.expect("pass");
    assert_eq!(
        watcher.next_wait(),
        interval * 4,
        "a second one doubles again"
    );
    watcher.check_once().await.expect("pass");
    assert_eq!(
        watcher.next_wait(),
        Duration::from_millis(500),
        "up to the cap"
    );

    faults(&emu, serde_json::json!({"reset": true})).await;
    let again = watcher.check_once().await.expect("pass");
    assert_eq!((again.throttled, again.live), (0, 0));
    assert_eq!(
        watcher.next_wait(),
        interval,
        "a clean pass ends the backoff"
    );

    // Risk control's other face: more than one API request a second answers an empty `{}`.
    faults(&emu, serde_json::json!({"risk_control_rps": 1})).await;
    let http = reqwest::Client::new();
    for _ in 0..2 {
        let _ = http
            .get(format!("{}/webcast/room/web/enter/", emu.base_url()))
            .send()
            .await;
    }
    let empty = watcher.check_once().await.expect("pass");
    assert_eq!(empty.throttled, 1, "{empty:?}");
    assert_eq!(
        watcher.next_wait(),
        interval * 2,
        "empty answers back off too"
    );
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_watched_creator_going_live_gets_a_recording() {
    let emu = emulator_with(EmulatorConfig {
        ws_interval_ms: 20,
        live_bytes_per_s: 20_000,
        live_delays_s: vec![(0, 1)],
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
    let world = emu.world();
    let room = world.rooms[0].clone();
    let owner = &world.users[room.owner];
    engine
        .store()
        .watch_add("user", &owner.sec_uid, None)
        .expect("watch the creator");
    let mut watcher = Watcher::new(
        engine.clone(),
        WatchOptions {
            interval: Duration::from_millis(100),
            jitter: Duration::ZERO,
            ..WatchOptions::default()
        },
    );
    let first = watcher.check_once().await.expect("pass");
    assert_eq!((first.checked, first.live), (1, 0), "not live yet");
    let mut started = Vec::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    let mut live_passes = 0;
    while live_passes < 3 && tokio::time::Instant::now() < deadline {
        let pass = watcher.check_once().await.expect("pass");
        started.extend(pass.started);
        live_passes += usize::from(pass.live > 0);
        tokio::time::sleep(watcher.next_wait()).await;
    }
    assert_eq!(live_passes, 3, "the creator went live");
    assert_eq!(started.len(), 1, "one recording: {started:?}");
    let job = engine.job(started[0]).expect("job");
    assert_eq!(job.kind, JobKind::Live);
    assert_eq!(
        job.target,
        room.room_id.to_string(),
        "the creator's room is recorded"
    );
    let entry = &engine.store().watch_list().expect("list")[0];
    assert!(entry.live);
    let seen = watcher.entry_rooms().get(&entry.id).map(String::as_str);
    assert_eq!(seen, Some(room.room_id.to_string().as_str()));
    assert_eq!(
        douyin_download::live::entry_recording(&engine, entry, seen),
        Some(started[0]),
        "the creator's entry names its recording"
    );
    assert_eq!(
        douyin_download::live::entry_recording(&engine, entry, None),
        None,
        "a creator no lookup has seen live names none"
    );
    assert_eq!(entry.label.as_deref(), Some(owner.nickname.as_str()));
    tokio::time::sleep(Duration::from_millis(600)).await;
    emu.end_room(0);
    let done = tokio::time::timeout(Duration::from_secs(20), engine.wait(started[0]))
        .await
        .expect("the recording ends with the live")
        .expect("job");
    assert_eq!(done.state, JobState::Done, "{:?}", done.error);
    let segs = engine.segments(started[0]).expect("segments");
    assert!(!segs.is_empty() && segs.iter().all(|s| s.done && s.bytes > 0));
    engine.shutdown().await;
}
