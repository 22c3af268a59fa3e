//! Live recording jobs against the emulator: the quality ladder steps over a missing and a
//! failing FULL_HD1, FLV and HLS are both recorded, segments are cut by duration and a
//! stream drop starts a new one, and every file passes the walker with its danmaku beside it.

mod support;

use douyin_download::live::{walk_file, Container};
use douyin_download::{
    Engine, Event, EventReceiver, JobKind, JobOptions, JobSpec, LiveFormat, LiveOptions,
    SegmentInfo, Target,
};
use douyin_emulator::{EmulatorConfig, EmulatorHandle};
use douyin_store::{on_disk, JobState};
use std::path::Path;
use std::time::Duration;
use support::*;

fn live_emulator(extra: EmulatorConfig) -> EmulatorConfig {
    EmulatorConfig {
        ws_interval_ms: 20,
        live_bytes_per_s: 20_000,
        hls_segment_s: 1,
        ..extra
    }
}

async fn live_engine(emu: &EmulatorHandle, root: &Path) -> Engine {
    let mut config = engine_config(root);
    config.live.poll_interval = Duration::from_millis(100);
    config.live.reconnect_backoff = Duration::from_millis(50);
    config.live.end_grace = Duration::from_secs(3);
    Engine::open(config, client(emu, false))
        .await
        .expect("engine opens")
}

fn spec(web_rid: &str, live: LiveOptions) -> JobSpec {
    JobSpec {
        kind: JobKind::Live,
        target: Target::Live(web_rid.to_owned()),
        options: JobOptions {
            live,
            ..JobOptions::default()
        },
    }
}

/// Waits for `n` segments of `job` to close (at most 30 s).
async fn segments_done(rx: &mut EventReceiver, job: i64, n: usize) -> Vec<SegmentInfo> {
    let mut seen = Vec::new();
    tokio::time::timeout(Duration::from_secs(30), async {
        while seen.len() < n {
            match rx.recv().await {
                Some(Event::SegmentDone { job: j, segment }) if j == job => seen.push(segment),
                Some(_) => {}
                None => break,
            }
        }
    })
    .await
    .expect("segments close in time");
    seen
}

/// Checks every segment of `job`: done, renamed, whole by the walker, danmaku beside it
/// (JSONL lines in order with offsets from the segment start, an ASS file), and no `.part`.
fn check_segments(engine: &Engine, root: &Path, job: i64) -> Vec<douyin_store::LiveSegmentRow> {
    let segs = engine.segments(job).expect("segments");
    for s in &segs {
        assert!(s.done, "segment {} closed", s.seq);
        let path = on_disk(root, &s.rel_path);
        let container = if s.format == "ts" {
            Container::Ts
        } else {
            Container::Flv
        };
        let walk = walk_file(&path, container).expect("segment readable");
        assert!(walk.is_complete(), "segment {}: {walk:?}", s.seq);
        assert_eq!(walk.total_len, s.bytes, "the store has the size on disk");
        let stem = path
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .into_owned();
        let jsonl = path.with_file_name(format!("{stem}.danmaku.jsonl"));
        let ass = path.with_file_name(format!("{stem}.danmaku.ass"));
        let text = std::fs::read_to_string(&jsonl).expect("danmaku jsonl beside the segment");
        let span = s.ended_ms.expect("end") - s.started_ms;
        let mut last = i64::MIN;
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let off = v["offset_ms"].as_i64().expect("offset");
            assert!(off >= last, "offsets in order");
            assert!(
                off > -1_000 && off <= i64::try_from(span).expect("span") + 1_000,
                "offset {off} within segment {} ({span} ms)",
                s.seq
            );
            last = off;
        }
        assert!(std::fs::read_to_string(&ass)
            .expect("ass beside the segment")
            .starts_with("[Script Info]"));
    }
    let parts: Vec<_> = walkdir(root)
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with(".part"))
        .collect();
    assert!(parts.is_empty(), "no .part left: {parts:?}");
    segs
}

fn walkdir(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walkdir(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_ladder_steps_over_a_missing_and_a_failing_full_hd1() {
    let emu = emulator_with(live_emulator(EmulatorConfig::default())).await;
    let dir = tempfile::tempdir().expect("tmp");
    let engine = live_engine(&emu, dir.path()).await;
    let mut rx = engine.subscribe();
    let rooms = emu.world().rooms.clone();
    // Room 2 lists no FULL_HD1; room 3 lists it but its CDN answers 404.
    let absent = engine
        .enqueue(spec(&rooms[2].web_rid, LiveOptions::default()))
        .expect("enqueue");
    let failing = engine
        .enqueue(spec(&rooms[3].web_rid, LiveOptions::default()))
        .expect("enqueue");
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    emu.end_room(2);
    emu.end_room(3);
    let mut finished = Vec::new();
    for job in [absent, failing] {
        let done = tokio::time::timeout(Duration::from_secs(20), engine.wait(job))
            .await
            .expect("the recording ends with the live")
            .expect("job");
        finished.push((job, done));
    }
    for (job, done) in finished {
        assert_eq!(done.state, JobState::Done, "{:?}", done.error);
        let status = done.live.expect("live status");
        assert_eq!(status.quality.as_deref(), Some("HD1"), "job {job}");
        assert_eq!(status.format.as_deref(), Some("flv"));
        let segs = check_segments(&engine, dir.path(), job);
        assert!(!segs.is_empty());
        assert!(segs.iter().all(|s| s.quality == "HD1" && s.format == "flv"));
        assert!(done.bytes_done > 13, "bytes reported: {}", done.bytes_done);
    }
    let events = drain(&mut rx);
    assert!(events.iter().any(|e| matches!(e,
        Event::LiveStatus { job, status } if *job == failing && status.quality.as_deref() == Some("HD1"))));
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hls_is_recorded_as_whole_ts_segments() {
    let emu = emulator_with(live_emulator(EmulatorConfig::default())).await;
    let dir = tempfile::tempdir().expect("tmp");
    let engine = live_engine(&emu, dir.path()).await;
    let room = emu.world().rooms[0].clone();
    let job = engine
        .enqueue(spec(
            &room.web_rid,
            LiveOptions {
                format: LiveFormat::Hls,
                quality: Some("SD1".into()),
                ..LiveOptions::default()
            },
        ))
        .expect("enqueue");
    tokio::time::sleep(Duration::from_millis(3_200)).await;
    emu.end_room(0);
    let done = tokio::time::timeout(Duration::from_secs(20), engine.wait(job))
        .await
        .expect("ends")
        .expect("job");
    assert_eq!(done.state, JobState::Done, "{:?}", done.error);
    let segs = check_segments(&engine, dir.path(), job);
    let seg = &segs[0];
    assert_eq!((seg.format.as_str(), seg.quality.as_str()), ("ts", "SD1"));
    let path = on_disk(dir.path(), &seg.rel_path);
    assert!(path.to_string_lossy().ends_with("_001.ts"));
    let bytes = std::fs::read(&path).expect("ts");
    let walk = douyin_download::live::walk::walk_ts(bytes.as_slice()).expect("walk");
    // Every HLS segment the emulator serves is 19 928 bytes (106 packets) with one PAT.
    let per = usize::try_from(douyin_emulator::live::ts::segment_len(20_000)).expect("len");
    assert_eq!(bytes.len() % per, 0, "whole HLS segments: {}", bytes.len());
    assert!(walk.pat_packets >= 2, "{walk:?}");
    assert_eq!(walk.pat_packets, (bytes.len() / per) as u64);
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn segments_by_duration_and_a_drop_starts_a_new_one() {
    let emu = emulator_with(live_emulator(EmulatorConfig::default())).await;
    let dir = tempfile::tempdir().expect("tmp");
    let engine = live_engine(&emu, dir.path()).await;
    let mut rx = engine.subscribe();
    let room = emu.world().rooms[0].clone();
    let job = engine
        .enqueue(spec(
            &room.web_rid,
            LiveOptions {
                segment_s: Some(1),
                ..LiveOptions::default()
            },
        ))
        .expect("enqueue");
    // Keyframes come every 2 s: 1-second segments close at the next keyframe.
    let by_duration = segments_done(&mut rx, job, 2).await;
    assert_eq!(by_duration.len(), 2);
    assert_eq!(
        by_duration.iter().map(|s| s.seq).collect::<Vec<_>>(),
        [1, 2]
    );
    assert!(emu.drop_room(0));
    let third = segments_done(&mut rx, job, 1).await;
    assert_eq!(third[0].seq, 3, "the drop closes the open segment");
    let snapshot = engine.job(job).expect("job");
    tokio::time::sleep(Duration::from_millis(700)).await;
    let reconnected = engine.job(job).expect("job").live.expect("status");
    assert_eq!(
        reconnected.segment, 4,
        "the reconnect records into a new segment"
    );
    assert!(snapshot.state == JobState::Running);
    emu.end_room(0);
    let done = tokio::time::timeout(Duration::from_secs(20), engine.wait(job))
        .await
        .expect("ends")
        .expect("job");
    assert_eq!(done.state, JobState::Done);
    let segs = check_segments(&engine, dir.path(), job);
    assert!(segs.len() >= 4, "{segs:?}");
    for s in &segs[..2] {
        let walk = douyin_download::live::walk::walk_flv(
            std::fs::File::open(on_disk(dir.path(), &s.rel_path)).expect("open"),
        )
        .expect("walk");
        assert!(walk.keyframes >= 1 && walk.first_ts == Some(0), "{walk:?}");
        assert!(
            walk.last_ts.expect("ts") >= 1_000,
            "at least a second: {walk:?}"
        );
    }
    let stats_file = walkdir(dir.path())
        .into_iter()
        .find(|p| p.to_string_lossy().ends_with(".stats.json"))
        .expect("one stats file");
    let stats: serde_json::Value =
        serde_json::from_slice(&std::fs::read(stats_file).expect("read")).expect("json");
    assert_eq!(stats["segments"].as_array().map(Vec::len), Some(segs.len()));
    assert!(stats["total_messages"].as_u64().expect("total") > 0);
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn max_duration_stops_and_a_room_not_live_fails_unless_waited_for() {
    let emu = emulator_with(live_emulator(EmulatorConfig::default())).await;
    let dir = tempfile::tempdir().expect("tmp");
    let engine = live_engine(&emu, dir.path()).await;
    let rooms = emu.world().rooms.clone();
    let job = engine
        .enqueue(spec(
            &rooms[0].web_rid,
            LiveOptions {
                max_duration_s: Some(1),
                danmaku: false,
                ..LiveOptions::default()
            },
        ))
        .expect("enqueue");
    let done = tokio::time::timeout(Duration::from_secs(20), engine.wait(job))
        .await
        .expect("stops by itself")
        .expect("job");
    assert_eq!(done.state, JobState::Done);
    let segs = engine.segments(job).expect("segments");
    assert_eq!(segs.len(), 1);
    let walk = walk_file(&on_disk(dir.path(), &segs[0].rel_path), Container::Flv).expect("walk");
    assert!(walk.is_complete());
    // Room 1 is not live: a plain job fails with not_live, a waiting one waits.
    let ended = engine
        .enqueue(spec(&rooms[1].web_rid, LiveOptions::default()))
        .expect("enqueue");
    let failed = engine.wait(ended).await.expect("job");
    assert_eq!(failed.state, JobState::Failed);
    assert_eq!(
        failed.error.map(|e| e.kind),
        Some(douyin_core::ErrorKind::NotLive)
    );
    let waiting = engine
        .enqueue(spec(
            &rooms[1].web_rid,
            LiveOptions {
                wait_for_live: true,
                ..LiveOptions::default()
            },
        ))
        .expect("enqueue");
    tokio::time::sleep(Duration::from_millis(400)).await;
    let snap = engine.job(waiting).expect("job");
    assert_eq!(
        snap.live.map(|l| l.phase),
        Some(douyin_download::LivePhase::WaitingForLive)
    );
    engine.cancel(waiting).expect("stop");
    let stopped = engine.wait(waiting).await.expect("job");
    assert_eq!(
        stopped.state,
        JobState::Done,
        "a stopped recording is over, not lost"
    );
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_danmaku_only_recording_writes_the_danmaku_and_no_stream() {
    let emu = emulator_with(live_emulator(EmulatorConfig::default())).await;
    let dir = tempfile::tempdir().expect("tmp");
    let engine = live_engine(&emu, dir.path()).await;
    let room = emu.world().rooms[0].clone();
    let job = engine
        .enqueue(spec(
            &room.web_rid,
            LiveOptions {
                danmaku_only: true,
                ..LiveOptions::default()
            },
        ))
        .expect("enqueue");
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while engine
        .job(job)
        .and_then(|j| j.live)
        .is_none_or(|l| l.danmaku < 5)
    {
        assert!(tokio::time::Instant::now() < deadline, "danmaku arrive");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    emu.end_room(0);
    let done = tokio::time::timeout(Duration::from_secs(30), engine.wait(job))
        .await
        .expect("ends with the live")
        .expect("job");
    assert_eq!(done.state, JobState::Done, "{:?}", done.error);
    let segs = engine.segments(job).expect("segments");
    assert!(!segs.is_empty());
    let files = walkdir(dir.path());
    assert!(
        !files.iter().any(|p| {
            let n = p.to_string_lossy();
            n.ends_with(".flv") || n.ends_with(".ts")
        }),
        "no stream recorded: {files:?}"
    );
    let counters = emu.counters();
    let streams: Vec<&String> = counters["requests"]
        .as_object()
        .expect("requests")
        .keys()
        .filter(|k| k.contains("stream-"))
        .collect();
    assert!(
        streams.is_empty(),
        "the stream was never pulled: {streams:?}"
    );
    let mut events = 0;
    for s in &segs {
        assert!(s.done);
        assert_eq!(s.format, "danmaku");
        assert!(s.rel_path.ends_with(".danmaku.jsonl"), "{}", s.rel_path);
        let jsonl = on_disk(dir.path(), &s.rel_path);
        let text = std::fs::read_to_string(&jsonl).expect("jsonl");
        assert_eq!(s.bytes, text.len() as u64);
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            assert!(v["offset_ms"].as_i64().is_some(), "{line}");
            events += 1;
        }
        let ass = jsonl.with_file_name(
            jsonl
                .file_name()
                .expect("name")
                .to_string_lossy()
                .replace(".jsonl", ".ass"),
        );
        assert!(std::fs::read_to_string(&ass)
            .expect("ass beside")
            .starts_with("[Script Info]"));
    }
    assert!(events >= 5, "{events} danmaku recorded");
    assert!(
        files
            .iter()
            .any(|p| p.to_string_lossy().ends_with(".stats.json")),
        "{files:?}"
    );
    assert!(files
        .iter()
        .all(|p| !p.to_string_lossy().ends_with(".part")));
    engine.shutdown().await;
}
