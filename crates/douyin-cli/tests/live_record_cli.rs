//! Crash safety of `douyin live --record`: a recorder SIGKILLed mid-segment is started again
//! with the same command; the segment it left open is cut back to its last whole tag and
//! renamed (the walker passes), the same job continues in a new segment, and every segment
//! has its danmaku beside it; a danmaku-only recorder (`--no-stream`) killed the same way gets
//! its JSONL cut to whole lines and its ASS rebuilt. Then `douyin watch` keeps a list and `watch run` records a room
//! that goes live and stops cleanly on SIGINT.

use douyin_download::live::{walk_file, Container};
use douyin_emulator::{Emulator, EmulatorConfig, EmulatorHandle};
use douyin_store::HistoryStore;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

async fn emulator(delays: Vec<(usize, u64)>) -> EmulatorHandle {
    Emulator::start(EmulatorConfig {
        ws_interval_ms: 20,
        live_bytes_per_s: 20_000,
        live_delays_s: delays,
        ..EmulatorConfig::default()
    })
    .await
    .expect("emulator")
}

fn douyin(emu: &EmulatorHandle, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_douyin"));
    c.args(args)
        .env("DOUYIN_API_BASE", emu.base_url())
        .env(
            "DOUYIN_DATA_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/no-login"),
        )
        .env("DOUYIN_SESSION_STORE", "file")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(files(&p));
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn named(dir: &Path, suffix: &str) -> Option<PathBuf> {
    files(dir)
        .into_iter()
        .find(|p| p.to_string_lossy().ends_with(suffix))
}

/// Waits (at most 20 s) until `f` holds.
async fn until(mut f: impl FnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while !f() {
        assert!(tokio::time::Instant::now() < deadline, "timed out");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn wait_exit(child: Child) -> std::process::Output {
    tokio::time::timeout(
        Duration::from_secs(30),
        tokio::task::spawn_blocking(move || child.wait_with_output()),
    )
    .await
    .expect("exits")
    .expect("join")
    .expect("output")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_recorder_killed_mid_segment_recovers_it_and_continues() {
    let emu = emulator(Vec::new()).await;
    let rid = emu.world().rooms[0].web_rid.clone();
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().to_path_buf();
    let dir_text = dir.to_string_lossy().into_owned();
    let args = ["live", &rid, "--record", &dir_text, "--segment", "1"];
    let mut child = douyin(&emu, &args).spawn().expect("spawn");
    // Segment 1 closed (at the 2 s keyframe), segment 2 well under way.
    until(|| {
        named(&dir, "_002.flv.part")
            .and_then(|p| std::fs::metadata(p).ok())
            .is_some_and(|m| m.len() > 13 + 3 * 4_000)
    })
    .await;
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    let part = named(&dir, "_002.flv.part").expect("the open segment is left as .part");
    let killed_len = std::fs::metadata(&part).expect("part").len();
    assert!(named(&dir, "_001.flv").is_some_and(|p| !p.to_string_lossy().ends_with(".part")));
    assert!(named(&dir, "_002.danmaku.jsonl.part").is_some());

    let child = douyin(&emu, &args).spawn().expect("restart");
    until(|| named(&dir, "_003.flv.part").is_some() || named(&dir, "_003.flv").is_some()).await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    emu.end_live();
    let out = wait_exit(child).await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");

    let all = files(&dir);
    assert!(
        all.iter().all(|p| !p.to_string_lossy().ends_with(".part")),
        "{all:?}"
    );
    let store = HistoryStore::open_library(&dir).expect("store");
    let jobs = store.jobs(&Default::default()).expect("jobs");
    assert_eq!(jobs.len(), 1, "the restart continued the same job");
    let segs = store.segments(jobs[0].id).expect("segments");
    assert!(segs.len() >= 3, "{segs:?}");
    assert_eq!(
        segs.iter().map(|s| s.seq).collect::<Vec<_>>(),
        (1..=segs.len() as u32).collect::<Vec<_>>()
    );
    for s in &segs {
        let path = dir.join(&s.rel_path);
        let walk = walk_file(&path, Container::Flv).expect("walk");
        assert!(walk.is_complete(), "segment {}: {walk:?}", s.seq);
        assert_eq!(walk.total_len, s.bytes);
        let stem = path
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .into_owned();
        let jsonl = std::fs::read_to_string(path.with_file_name(format!("{stem}.danmaku.jsonl")))
            .expect("jsonl beside the segment");
        for line in jsonl.lines() {
            serde_json::from_str::<serde_json::Value>(line).expect("whole JSON lines");
        }
        assert!(path.with_file_name(format!("{stem}.danmaku.ass")).exists());
    }
    let recovered = &segs[1];
    assert!(recovered.recovered && !segs[0].recovered && !segs[2].recovered);
    assert!(
        recovered.bytes <= killed_len && recovered.bytes > 13,
        "cut back to whole tags: {} of {killed_len}",
        recovered.bytes
    );
    assert_eq!(
        files(&dir)
            .iter()
            .filter(|p| p.to_string_lossy().ends_with(".stats.json"))
            .count(),
        1,
        "one stats file per recording"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_danmaku_only_recorder_killed_recovers_whole_lines_and_continues() {
    let emu = emulator(Vec::new()).await;
    let rid = emu.world().rooms[0].web_rid.clone();
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().to_path_buf();
    let dir_text = dir.to_string_lossy().into_owned();
    let args = ["live", &rid, "--record", &dir_text, "--no-stream"];
    let mut child = douyin(&emu, &args).spawn().expect("spawn");
    until(|| {
        named(&dir, "_001.danmaku.jsonl.part")
            .and_then(|p| std::fs::metadata(p).ok())
            .is_some_and(|m| m.len() > 2_000)
    })
    .await;
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    let part = named(&dir, "_001.danmaku.jsonl.part").expect("left open as .part");
    // A torn last line, as a crash mid-write leaves it.
    let mut torn = std::fs::read(&part).expect("part");
    let killed_len = torn.len() as u64;
    torn.extend_from_slice(b"{\"method\":\"WebcastChatMess");
    std::fs::write(&part, &torn).expect("tear");

    let child = douyin(&emu, &args).spawn().expect("restart");
    until(|| named(&dir, "_002.danmaku.jsonl.part").is_some()).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    emu.end_live();
    let out = wait_exit(child).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let all = files(&dir);
    assert!(
        all.iter().all(|p| {
            let n = p.to_string_lossy();
            !n.ends_with(".part") && !n.ends_with(".flv")
        }),
        "{all:?}"
    );
    let store = HistoryStore::open_library(&dir).expect("store");
    let jobs = store.jobs(&Default::default()).expect("jobs");
    assert_eq!(jobs.len(), 1, "the restart continued the same job");
    let segs = store.segments(jobs[0].id).expect("segments");
    assert_eq!(
        segs.iter().map(|s| s.seq).collect::<Vec<_>>(),
        (1..=segs.len() as u32).collect::<Vec<_>>()
    );
    assert!(segs.len() >= 2, "{segs:?}");
    for s in &segs {
        assert_eq!(s.format, "danmaku");
        let text = std::fs::read_to_string(dir.join(&s.rel_path)).expect("jsonl");
        assert_eq!(text.len() as u64, s.bytes);
        assert!(text.is_empty() || text.ends_with('\n'));
        for line in text.lines() {
            serde_json::from_str::<serde_json::Value>(line).expect("whole JSON lines");
        }
        let ass = dir.join(s.rel_path.replace(".danmaku.jsonl", ".danmaku.ass"));
        assert!(std::fs::read_to_string(ass)
            .expect("ass beside")
            .starts_with("[Script Info]"));
    }
    assert!(segs[0].recovered && !segs[1].recovered);
    assert!(
        segs[0].bytes >= killed_len.saturating_sub(4_096) && segs[0].bytes <= killed_len,
        "the torn line is cut, whole lines kept: {} of {killed_len}",
        segs[0].bytes
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_list_commands_and_a_foreground_run() {
    // Room 0 goes live 2 s after the emulator starts.
    let emu = emulator(vec![(0, 2)]).await;
    let room = emu.world().rooms[0].clone();
    let tmp = tempfile::tempdir().expect("tmp");
    let lib = tmp.path().to_string_lossy().into_owned();
    let link = format!("https://live.douyin.com/{}", room.web_rid);
    let run = |args: &[&str]| douyin(&emu, args).output().expect("douyin watch");
    let added = run(&["watch", "add", &link, "-p", &lib]);
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    let entry: serde_json::Value =
        serde_json::from_slice(&added.stdout).expect("the entry as JSON");
    assert_eq!(
        (entry["kind"].as_str(), entry["target"].as_str()),
        (Some("live"), Some(room.web_rid.as_str()))
    );
    assert!(
        run(&["watch", "add", "not a link at all", "-p", &lib])
            .status
            .code()
            == Some(2)
    );
    let room_id = room.room_id.to_string();
    assert!(run(&["watch", "add", &room_id, "-p", &lib])
        .status
        .success());
    let listed = run(&["watch", "list", "-p", &lib]);
    assert_eq!(String::from_utf8_lossy(&listed.stdout).lines().count(), 2);
    assert!(run(&["watch", "remove", &room_id, "-p", &lib])
        .status
        .success());
    assert_eq!(
        run(&["watch", "remove", &room_id, "-p", &lib])
            .status
            .code(),
        Some(6)
    );

    let child = douyin(
        &emu,
        &[
            "watch",
            "run",
            "-p",
            &lib,
            "--interval",
            "1",
            "--jitter",
            "0",
        ],
    )
    .spawn()
    .expect("watch run");
    let dir = tmp.path().to_path_buf();
    until(|| named(&dir, "_001.flv.part").is_some()).await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    // Ctrl-C: every open segment is closed before the process exits.
    let pid = i32::try_from(child.id()).expect("pid");
    assert!(Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .expect("kill")
        .success());
    let out = wait_exit(child).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let seg = named(&dir, "_001.flv").expect("the segment is closed");
    assert!(!seg.to_string_lossy().ends_with(".part"));
    assert!(walk_file(&seg, Container::Flv).expect("walk").is_complete());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(r#""type":"segment_done""#), "{stdout}");
    let store = HistoryStore::open_library(&dir).expect("store");
    assert_eq!(store.jobs(&Default::default()).expect("jobs").len(), 1);
}
