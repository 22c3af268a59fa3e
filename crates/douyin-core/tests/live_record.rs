//! Recording against the emulator: the FLV (or HLS) bytes equal what the emulator serves, the
//! danmaku JSONL/ASS share the recording's time base, statistics add up, `.part` files are
//! renamed and nothing is written outside the folder.

#[path = "live_common/mod.rs"]
mod common;

use common::*;
use douyin_core::link::{LinkTarget, TargetKind};
use douyin_core::live::{
    record_session, EndReason, LiveSession, RecordOptions, SessionEvent, StreamEnd, StreamFormat,
};
use douyin_core::webcast::AssOptions;
use douyin_emulator::media::Content;
use serde_json::Value;
use std::time::Duration;

fn parse_ass_time(t: &str) -> i64 {
    let (h, rest) = t.split_once(':').expect("h");
    let (m, rest) = rest.split_once(':').expect("m");
    let (s, cs) = rest.split_once('.').expect("s");
    let n = |x: &str| x.parse::<i64>().expect("number");
    ((n(h) * 60 + n(m)) * 60 + n(s)) * 1000 + n(cs) * 10
}

/// Walks FLV tags; returns the payloads (after the one-byte video header).
fn flv_tags(bytes: &[u8]) -> Vec<&[u8]> {
    assert_eq!(&bytes[..3], b"FLV");
    let mut at = 13;
    let mut out = Vec::new();
    while at + 11 <= bytes.len() {
        let size = u32::from_be_bytes([0, bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as usize;
        let end = at + 11 + size;
        if end + 4 > bytes.len() {
            break;
        }
        let prev = u32::from_be_bytes(bytes[end..end + 4].try_into().expect("4 bytes")) as usize;
        assert_eq!(prev, 11 + size, "PreviousTagSize matches");
        out.push(&bytes[at + 12..end]);
        at = end + 4;
    }
    assert_eq!(at, bytes.len(), "the file ends on a tag boundary");
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn records_flv_and_aligned_danmaku() {
    let emu = emulator(20, 30_000).await;
    let room = emu.world().rooms[0].clone();
    let seed = emu.world().seed;
    let dir = temp_dir("flv");
    let session = LiveSession::start(
        api(&emu),
        &LinkTarget::new(TargetKind::Live, room.web_rid.clone()),
        session_config(),
    )
    .await
    .expect("session");
    let mut opts = RecordOptions::new(&dir);
    opts.stream = Some(StreamFormat::Flv);
    opts.quality = Some("HD1".into());
    opts.ass = AssOptions {
        include_gifts: true,
        ..AssOptions::default()
    };
    opts.end_grace = Duration::from_secs(3);
    let mut seen = 0u64;
    let recording = tokio::spawn(async move {
        record_session(session, &opts, |e| {
            if matches!(e, SessionEvent::Event(_)) {
                seen += 1;
            }
        })
        .await
        .map(|s| (s, seen))
    });
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    emu.end_live();
    let (summary, seen) = tokio::time::timeout(Duration::from_secs(20), recording)
        .await
        .expect("recording ends after the live")
        .expect("task")
        .expect("recording");
    assert_eq!(summary.end, Some(EndReason::LiveEnded));
    assert!(summary.stream_error.is_none(), "{:?}", summary.stream_error);
    assert_eq!(summary.stream.map(|s| s.end), Some(StreamEnd::Ended));
    assert_eq!(summary.events, seen, "on_event saw every recorded event");

    // Only finished files, all inside the folder.
    let names: Vec<String> = std::fs::read_dir(&dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 4, "{names:?}");
    assert!(names.iter().all(|n| !n.ends_with(".part")), "{names:?}");
    let video = summary.files.video.clone().expect("video file");
    for p in [
        &video,
        &summary.files.jsonl,
        &summary.files.ass,
        &summary.files.stats,
    ] {
        assert_eq!(p.parent(), Some(dir.as_path()));
        assert!(p.to_string_lossy().contains(&room.room_id.to_string()));
    }

    // FLV: every tag payload is the emulator's content for that tag index.
    let flv = std::fs::read(&video).expect("flv");
    assert_eq!(summary.stream.map(|s| s.bytes), Some(flv.len() as u64));
    assert_eq!(
        &flv[..13],
        &[b'F', b'L', b'V', 1, 5, 0, 0, 0, 9, 0, 0, 0, 0]
    );
    let tags = flv_tags(&flv);
    assert!(tags.len() >= 3, "recorded {} tags", tags.len());
    for (n, payload) in tags.iter().enumerate() {
        let expected = Content::new(
            seed,
            &format!("flv/{}/{n}", room.stream_id),
            payload.len() as u64,
        )
        .slice(0, payload.len() as u64);
        assert_eq!(*payload, expected.as_slice(), "tag {n}");
    }

    // JSONL: one record per event, offsets on the recording's time base, in order. Events
    // the session received before the recording started (it was started first) keep their
    // true, negative offset; no event is later than the end.
    let jsonl = std::fs::read_to_string(&summary.files.jsonl).expect("jsonl");
    let records: Vec<Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(records.len() as u64, summary.events);
    let duration = summary.end_ms - summary.start_ms;
    let mut last = i64::MIN;
    for r in &records {
        let off = r["offset_ms"].as_i64().expect("offset");
        assert!(
            off >= last && off <= duration,
            "offset {off} after {last}, <= {duration}"
        );
        assert!(
            off > -1_000,
            "only the few frames before the start are negative: {off}"
        );
        last = off;
    }
    assert!(
        last >= 1_000,
        "events span the recording: last offset {last}"
    );
    assert_eq!(
        records.last().map(|r| r["method"].clone()),
        Some(Value::from("WebcastControlMessage"))
    );

    // ASS: one dialogue per chat (and final gift) record, starting at its JSONL offset.
    let ass = std::fs::read_to_string(&summary.files.ass).expect("ass");
    let starts: Vec<i64> = ass
        .lines()
        .filter_map(|l| l.strip_prefix("Dialogue: 0,"))
        .map(|l| parse_ass_time(l.split(',').next().expect("start")))
        .collect();
    let chat_offsets: Vec<i64> = records
        .iter()
        .filter(|r| r["method"] == "WebcastChatMessage")
        .map(|r| r["offset_ms"].as_i64().expect("offset"))
        // Chat from before the recording start has no place in the subtitles.
        .filter(|off| *off >= 0)
        .map(|off| off / 10 * 10)
        .collect();
    assert!(!chat_offsets.is_empty());
    let mut chat_starts: Vec<i64> = ass
        .lines()
        .filter(|l| l.contains(",Danmaku,"))
        .filter_map(|l| l.strip_prefix("Dialogue: 0,"))
        .map(|l| parse_ass_time(l.split(',').next().expect("start")))
        .collect();
    chat_starts.sort_unstable();
    assert_eq!(chat_starts, chat_offsets);
    assert!(starts.len() >= chat_offsets.len());

    // Stats add up to the JSONL.
    let stats: Value =
        serde_json::from_str(&std::fs::read_to_string(&summary.files.stats).expect("stats"))
            .expect("stats JSON");
    assert_eq!(stats["total_messages"].as_u64(), Some(summary.events));
    let per_type: u64 = stats["messages_per_type"]
        .as_object()
        .expect("map")
        .values()
        .filter_map(Value::as_u64)
        .sum();
    assert_eq!(per_type, summary.events);
    let chats = records
        .iter()
        .filter(|r| r["method"] == "WebcastChatMessage")
        .count();
    assert_eq!(
        stats["messages_per_type"]["WebcastChatMessage"].as_u64(),
        Some(chats as u64)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn records_hls_segments_joined() {
    let emu = emulator(50, 30_000).await;
    let room = emu.world().rooms[0].clone();
    let dir = temp_dir("hls");
    let session = LiveSession::start(
        api(&emu),
        &LinkTarget::new(TargetKind::Live, room.web_rid.clone()),
        session_config(),
    )
    .await
    .expect("session");
    let mut opts = RecordOptions::new(&dir);
    opts.stream = Some(StreamFormat::Hls);
    opts.end_grace = Duration::from_secs(3);
    let recording = tokio::spawn(async move { record_session(session, &opts, |_| {}).await });
    tokio::time::sleep(Duration::from_millis(2_500)).await;
    emu.end_live();
    let summary = tokio::time::timeout(Duration::from_secs(20), recording)
        .await
        .expect("recording ends")
        .expect("task")
        .expect("recording");
    let stream = summary.stream.expect("stream outcome");
    let video = summary.files.video.expect("video");
    assert!(video.to_string_lossy().ends_with(".ts"));
    let ts = std::fs::read(&video).expect("ts");
    // The emulator's segments are 1 s at 20 kB/s cut to whole 188-byte TS packets.
    const SEGMENT: usize = 20_000 / 188 * 188;
    assert!(stream.segments >= 2, "{stream:?}");
    assert_eq!(ts.len() as u64, stream.segments * SEGMENT as u64);
    for seg in ts.chunks(SEGMENT) {
        assert!(seg.iter().step_by(188).all(|b| *b == 0x47), "TS sync bytes");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn danmaku_only_recording_stops_after_max_duration() {
    let emu = emulator(20, 30_000).await;
    let room = emu.world().rooms[0].clone();
    let dir = temp_dir("duration");
    let session = LiveSession::start(
        api(&emu),
        &LinkTarget::new(TargetKind::Live, room.web_rid.clone()),
        session_config(),
    )
    .await
    .expect("session");
    let mut opts = RecordOptions::new(&dir);
    opts.stream = None;
    opts.max_duration = Some(Duration::from_millis(800));
    let summary = tokio::time::timeout(
        Duration::from_secs(20),
        record_session(session, &opts, |_| {}),
    )
    .await
    .expect("stops by itself while the room is still live")
    .expect("recording");
    assert_eq!(summary.end, Some(EndReason::Cancelled));
    assert!(summary.files.video.is_none() && summary.stream.is_none());
    let elapsed = summary.end_ms - summary.start_ms;
    assert!(
        (800..5_000).contains(&elapsed),
        "stopped after {elapsed} ms"
    );
    assert!(summary.events > 0);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(names.iter().all(|n| !n.ends_with(".part")));
    let lines = std::fs::read_to_string(&summary.files.jsonl).expect("jsonl");
    assert_eq!(lines.lines().count() as u64, summary.events);
    let _ = std::fs::remove_dir_all(&dir);
}
