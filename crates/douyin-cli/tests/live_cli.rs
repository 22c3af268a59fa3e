//! `douyin live` against the emulator: room JSON first, then one JSON line per (filtered)
//! event, exit 0 when the live ends; `--record DIR` records through the engine into DIR as a
//! library; an ended room exits with the "unavailable" code.

use douyin_emulator::{Emulator, EmulatorConfig, EmulatorHandle};
use serde_json::Value;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

async fn emulator() -> EmulatorHandle {
    Emulator::start(EmulatorConfig {
        ws_interval_ms: 20,
        live_bytes_per_s: 20_000,
        ..EmulatorConfig::default()
    })
    .await
    .expect("emulator")
}

/// Runs `douyin live ARGS`, ending the emulator's live after `end_after`.
async fn run_live(emu: &EmulatorHandle, args: &[&str], end_after: Duration) -> Output {
    let child = Command::new(env!("CARGO_BIN_EXE_douyin"))
        .arg("live")
        .args(args)
        .env("DOUYIN_API_BASE", emu.base_url())
        .env(
            "DOUYIN_DATA_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/no-login"),
        )
        .env("DOUYIN_SESSION_STORE", "file")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn douyin");
    let waiting = tokio::task::spawn_blocking(move || child.wait_with_output());
    tokio::time::sleep(end_after).await;
    emu.end_live();
    tokio::time::timeout(Duration::from_secs(30), waiting)
        .await
        .expect("douyin exits after the live ends")
        .expect("join")
        .expect("output")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prints_room_then_filtered_events_and_exits_0() {
    let emu = emulator().await;
    let room = emu.world().rooms[0].clone();
    let link = format!("https://live.douyin.com/{}", room.web_rid);
    let out = run_live(
        &emu,
        &[&link, "--types", "chat,control"],
        Duration::from_millis(1_500),
    )
    .await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "exit {:?}: {stderr}", out.status);
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each stdout line is JSON"))
        .collect();
    assert_eq!(lines[0]["type"], "room");
    assert_eq!(lines[0]["room_id"], room.room_id.to_string());
    assert_eq!(lines[0]["status"], 2);
    let events = &lines[1..];
    assert!(events.len() >= 3, "{} events", events.len());
    for e in events {
        assert_eq!(e["type"], "event");
        let m = e["method"].as_str().unwrap_or("");
        assert!(
            m == "WebcastChatMessage" || m == "WebcastControlMessage",
            "filtered out: {m}"
        );
    }
    assert_eq!(
        events.last().map(|e| e["method"].clone()),
        Some(Value::from("WebcastControlMessage"))
    );
    assert!(
        stderr.contains(r#""type":"ended","reason":"live_ended""#),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn record_writes_stream_and_danmaku_into_the_folder() {
    let emu = emulator().await;
    let rid = emu.world().rooms[0].web_rid.clone();
    let dir = std::env::temp_dir().join(format!("douyin-cli-live-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let dir_text = dir.to_string_lossy().into_owned();
    let out = run_live(
        &emu,
        &[&rid, "--record", &dir_text, "--types", "chat"],
        Duration::from_millis(3_000),
    )
    .await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The folder is a library: the store in .douyin, the files under douyin/live/<anchor>/.
    assert!(dir.join(".douyin").is_dir());
    let anchor = std::fs::read_dir(dir.join("douyin").join("live"))
        .expect("live folder")
        .next()
        .expect("one anchor folder")
        .expect("entry")
        .path();
    let dir = anchor;
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("record dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let suffixes: Vec<&str> = names
        .iter()
        .map(|n| n.rsplit_once('_').map_or("", |(_, s)| s))
        .collect();
    let mut kinds: Vec<&str> = suffixes
        .iter()
        .map(|s| s.split_once('.').map_or("", |(_, e)| e))
        .collect();
    kinds.sort_unstable();
    assert_eq!(
        kinds,
        ["danmaku.ass", "danmaku.jsonl", "flv", "stats.json"],
        "{names:?}"
    );
    assert!(names.iter().any(|n| n.ends_with("_001.flv")), "{names:?}");
    let flv = std::fs::read(dir.join(names.iter().find(|n| n.ends_with(".flv")).expect("flv")))
        .expect("read flv");
    assert!(flv.starts_with(b"FLV") && flv.len() > 13);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn record_without_the_stream_writes_only_the_danmaku() {
    let emu = emulator().await;
    let rid = emu.world().rooms[0].web_rid.clone();
    let dir = tempfile::tempdir().expect("tmp");
    let dir_text = dir.path().to_string_lossy().into_owned();
    let out = run_live(
        &emu,
        &[&rid, "--record", &dir_text, "--no-stream"],
        Duration::from_millis(2_000),
    )
    .await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let anchor = std::fs::read_dir(dir.path().join("douyin").join("live"))
        .expect("live folder")
        .next()
        .expect("one anchor folder")
        .expect("entry")
        .path();
    let names: Vec<String> = std::fs::read_dir(&anchor)
        .expect("record dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| !n.ends_with(".flv") && !n.ends_with(".ts") && !n.ends_with(".part")),
        "no stream, nothing partial: {names:?}"
    );
    for suffix in ["_001.danmaku.jsonl", "_001.danmaku.ass", ".stats.json"] {
        assert!(
            names.iter().any(|n| n.ends_with(suffix)),
            "{suffix}: {names:?}"
        );
    }
    let jsonl = names
        .iter()
        .find(|n| n.ends_with(".danmaku.jsonl"))
        .expect("jsonl");
    let text = std::fs::read_to_string(anchor.join(jsonl)).expect("read");
    assert!(text.lines().count() > 0, "danmaku were recorded");
    for line in text.lines() {
        let v: Value = serde_json::from_str(line).expect("a JSON line");
        assert!(v["offset_ms"].as_i64().is_some(), "{line}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ended_room_exits_unavailable() {
    let emu = emulator().await;
    let rid = emu.world().rooms[1].web_rid.clone();
    let out = run_live(&emu, &[&rid], Duration::ZERO).await;
    assert_eq!(out.status.code(), Some(6));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not_live"));
    assert!(out.stdout.is_empty());
}
