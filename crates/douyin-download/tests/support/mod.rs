//! Shared setup of the engine tests: an emulator on port 0, a client pointed at it with a fast
//! governor, an engine over a temporary library, and an independent reading of what a post's
//! files must hold (F2's rules of live-dl-db-cli.md §4.3, applied to the emulator's JSON), so
//! a test compares the files on disk with bytes fetched straight from the emulator.

#![allow(dead_code)]

use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient, GovernorConfig};
use douyin_download::{Engine, EngineConfig, Event, EventReceiver, JobSnapshot, JobSpec};
use douyin_emulator::{Emulator, EmulatorConfig, EmulatorHandle};
use douyin_store::{on_disk, FileState, HistoryStore};
use serde_json::Value;
use std::path::Path;
use std::time::Duration;

/// A started emulator.
pub async fn emulator_with(config: EmulatorConfig) -> EmulatorHandle {
    Emulator::start(EmulatorConfig {
        addr: std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
        ..config
    })
    .await
    .expect("emulator starts")
}

/// The client the tests use: no pacing, short backoffs.
pub fn client(emu: &EmulatorHandle, logged_in: bool) -> DouyinClient {
    let config = ClientConfig {
        base_url: Some(emu.base_url().to_owned()),
        cookie: if logged_in {
            emu.account_cookie().to_owned()
        } else {
            String::new()
        },
        timeout_ms: 5_000,
        max_retries: 10,
        retry_backoff_ms: 10,
        retry_backoff_max_ms: 20,
        governor: GovernorConfig {
            requests_per_s: 0.0,
            burst: 1,
            jitter_ms: 0,
            cooldown_initial_ms: 10,
            cooldown_max_ms: 20,
            cooldown_growth: 2.0,
        },
        ..ClientConfig::default()
    };
    DouyinClient::new(config, ClientWorld::system()).expect("client")
}

/// Engine settings for tests: quick retries, no disk reserve.
pub fn engine_config(root: &Path) -> EngineConfig {
    EngineConfig {
        retry_backoff: Duration::from_millis(10),
        min_free_bytes: 0,
        progress_interval: Duration::from_millis(50),
        ..EngineConfig::new(root)
    }
}

/// An engine over `root`.
pub async fn engine(emu: &EmulatorHandle, root: &Path, logged_in: bool) -> Engine {
    Engine::open(engine_config(root), client(emu, logged_in))
        .await
        .expect("engine opens")
}

/// Enqueues `spec` and waits (at most four minutes: CI machines are slow) for the job to finish.
pub async fn run(engine: &Engine, spec: JobSpec) -> JobSnapshot {
    let id = engine.enqueue(spec).expect("enqueue");
    tokio::time::timeout(Duration::from_secs(240), engine.wait(id))
        .await
        .expect("the job finishes within four minutes")
        .expect("job")
}

/// Every event received so far.
pub fn drain(rx: &mut EventReceiver) -> Vec<Event> {
    let mut out = Vec::new();
    while let Some(e) = rx.try_recv() {
        out.push(e);
    }
    out
}

/// The bytes at `url`, fetched the way a browser on douyin.com would (Referer set).
pub async fn fetch(url: &str) -> Vec<u8> {
    let http = reqwest::Client::new();
    let resp = http
        .get(url)
        .header("Referer", "https://www.douyin.com/")
        .send()
        .await
        .expect("emulator answers");
    assert!(
        resp.status().is_success(),
        "{} for a media URL",
        resp.status()
    );
    resp.bytes().await.expect("body").to_vec()
}

/// What one file of a post must hold: bytes at a URL, or a text.
#[derive(Debug, Clone, PartialEq)]
pub enum Want {
    /// The bytes the emulator serves at this URL.
    Url(String),
    /// This text.
    Text(String),
}

fn first(v: &Value) -> Option<String> {
    v.get("url_list")?.get(0)?.as_str().map(str::to_owned)
}

/// F2's files of a post with music, cover and description on (§4.3), keyed by the file-name
/// suffix, read from the post JSON. The video is the largest H.264 rendition.
pub fn expected_files(post: &Value) -> Vec<(String, Want)> {
    let mut out = Vec::new();
    if let Some(u) = post.pointer("/music/play_url").and_then(first) {
        out.push(("_music.mp3".to_owned(), Want::Url(u)));
    }
    if let Some(u) = post.pointer("/video/animated_cover").and_then(first) {
        out.push(("_cover.webp".to_owned(), Want::Url(u)));
    } else if let Some(u) = post
        .pointer("/video/origin_cover")
        .and_then(first)
        .or_else(|| post.pointer("/video/cover").and_then(first))
    {
        out.push(("_cover.jpeg".to_owned(), Want::Url(u)));
    }
    out.push((
        "_desc.txt".to_owned(),
        Want::Text(post["desc"].as_str().unwrap_or_default().to_owned()),
    ));
    let images = post["images"].as_array().cloned().unwrap_or_default();
    if images.is_empty() && post["aweme_type"].as_i64() != Some(68) {
        let best = post
            .pointer("/video/bit_rate")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter(|r| {
                r["is_h265"].as_i64().unwrap_or(0) == 0
                    && r["is_bytevc1"].as_i64().unwrap_or(0) == 0
            })
            .max_by_key(|r| {
                r.pointer("/play_addr/data_size")
                    .and_then(Value::as_u64)
                    .unwrap_or(0)
            })
            .and_then(|r| r.get("play_addr").and_then(first));
        if let Some(u) = best {
            out.push(("_video.mp4".to_owned(), Want::Url(u)));
        }
    }
    for (i, image) in images.iter().enumerate() {
        let n = i + 1;
        if let Some(u) = first(image) {
            out.push((format!("_image_{n}.webp"), Want::Url(u)));
        }
        if let Some(u) = image.pointer("/video/play_addr").and_then(first) {
            out.push((format!("_live_{n}.mp4"), Want::Url(u)));
        }
    }
    out
}

/// Checks that every expected file of post `aweme_id` is recorded done exactly once and holds
/// exactly what the emulator serves (read from a fresh detail, so URLs have not expired).
/// Returns how many files were checked.
pub async fn assert_post_saved(
    emu: &EmulatorHandle,
    store: &HistoryStore,
    root: &Path,
    aweme_id: &str,
) -> usize {
    assert!(
        store.post(aweme_id).expect("store").is_some(),
        "post {aweme_id} is recorded"
    );
    let api = douyin_core::api::Douyin::new(client(emu, false));
    let post: Value = api.post_detail(aweme_id).await.expect("fresh detail").raw;
    let files = store.files_of_post(aweme_id).expect("files");
    let want = expected_files(&post);
    assert!(!want.is_empty());
    for (suffix, what) in &want {
        let matching: Vec<_> = files
            .iter()
            .filter(|f| f.rel_path.ends_with(suffix.as_str()))
            .collect();
        assert_eq!(
            matching.len(),
            1,
            "post {aweme_id}: one {suffix} file, got {files:#?}"
        );
        let f = matching[0];
        assert_eq!(f.state, FileState::Done, "{suffix} of {aweme_id}");
        let path = on_disk(root, &f.rel_path);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(
            f.size,
            Some(bytes.len() as u64),
            "recorded size of {suffix}"
        );
        match what {
            Want::Text(t) => assert_eq!(String::from_utf8(bytes).expect("utf-8"), *t),
            Want::Url(u) => {
                let served = fetch(u).await;
                assert!(
                    bytes == served,
                    "{suffix} of {aweme_id} differs from what the emulator serves ({} vs {} bytes)",
                    bytes.len(),
                    served.len()
                );
            }
        }
        assert!(
            !douyin_download::transfer::part_path(&path).exists(),
            "no .part left"
        );
    }
    assert_eq!(
        files.len(),
        want.len(),
        "no other file is recorded for {aweme_id}"
    );
    want.len()
}

/// Files under `root` whose name ends with `.part`.
pub fn part_files(root: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.to_string_lossy().ends_with(".part") {
                out.push(p);
            }
        }
    }
    out
}

/// Switches emulator faults (`POST /__admin/faults` with a partial JSON).
pub async fn faults(emu: &EmulatorHandle, patch: serde_json::Value) {
    let resp = reqwest::Client::new()
        .post(format!("{}/__admin/faults", emu.base_url()))
        .header("Content-Type", "application/json")
        .body(patch.to_string())
        .send()
        .await
        .expect("admin answers");
    assert!(resp.status().is_success());
}

/// Requests the emulator got for `path`.
pub fn requests(emu: &EmulatorHandle, path: &str) -> u64 {
    emu.counters()["requests"][path].as_u64().unwrap_or(0)
}

/// Waits (at most 30 s) for an event that `pick` accepts.
pub async fn wait_for(rx: &mut EventReceiver, mut pick: impl FnMut(&Event) -> bool) -> Event {
    tokio::time::timeout(Duration::from_secs(30), async {
        loop {
            let e = rx.recv().await.expect("engine alive");
            if pick(&e) {
                return e;
            }
        }
    })
    .await
    .expect("the event comes within 30 s")
}
