//! Memory over a long emulated live recording: the engine records room 0 of a local emulator
//! (FLV, `BENCH_LIVE_BYTES_PER_S`, default 2 MB/s, danmaku every 20 ms) in 2-second segments
//! for `BENCH_LIVE_SECONDS` (default 30), and prints the process's resident memory every
//! second with the bytes and segments written. Flat memory = the RSS after warm-up does not
//! grow with the bytes recorded.
//!
//! `cargo bench -p douyin-download --bench live_record` (env vars to change the load).

use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient, GovernorConfig};
use douyin_download::{Engine, EngineConfig, JobKind, JobOptions, JobSpec, LiveOptions, Target};
use douyin_emulator::{Emulator, EmulatorConfig};
use std::time::{Duration, Instant};

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Resident and peak resident memory of this process, KiB (Linux `/proc/self/status`).
fn rss_kib() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let seconds = env_u64("BENCH_LIVE_SECONDS", 30);
    let rate = env_u64("BENCH_LIVE_BYTES_PER_S", 2_000_000);
    let emu = Emulator::start(EmulatorConfig {
        addr: std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
        ws_interval_ms: 20,
        live_bytes_per_s: rate,
        ..EmulatorConfig::default()
    })
    .await
    .expect("emulator");
    let dir = tempfile::tempdir().expect("tmp");
    let client = DouyinClient::new(
        ClientConfig {
            base_url: Some(emu.base_url().to_owned()),
            governor: GovernorConfig {
                requests_per_s: 0.0,
                jitter_ms: 0,
                ..GovernorConfig::default()
            },
            ..ClientConfig::default()
        },
        ClientWorld::system(),
    )
    .expect("client");
    let engine = Engine::open(
        EngineConfig {
            min_free_bytes: 0,
            ..EngineConfig::new(dir.path())
        },
        client,
    )
    .await
    .expect("engine");
    let web_rid = emu.world().rooms[0].web_rid.clone();
    let job = engine
        .enqueue(JobSpec {
            kind: JobKind::Live,
            target: Target::Live(web_rid),
            options: JobOptions {
                live: LiveOptions {
                    segment_s: Some(2),
                    ..LiveOptions::default()
                },
                ..JobOptions::default()
            },
        })
        .expect("enqueue");
    println!("live_record: {rate} B/s for {seconds} s, 2 s segments, danmaku every 20 ms");
    println!(
        "{:>4} {:>10} {:>8} {:>9} {:>9}",
        "s", "MB", "segments", "RSS MiB", "peak MiB"
    );
    let start = Instant::now();
    let mut samples = Vec::new();
    for s in 1..=seconds {
        tokio::time::sleep_until((start + Duration::from_secs(s)).into()).await;
        let snap = engine.job(job).expect("job");
        let live = snap.live.clone();
        let (rss, peak) = rss_kib();
        samples.push(rss);
        println!(
            "{s:>4} {:>10.1} {:>8} {:>9.1} {:>9.1}",
            snap.bytes_done as f64 / 1e6,
            live.map_or(0, |l| l.segments_done),
            rss as f64 / 1024.0,
            peak as f64 / 1024.0
        );
    }
    emu.end_live();
    let done = engine.wait(job).await.expect("job");
    let segs = engine.segments(job).expect("segments");
    engine.shutdown().await;
    let warm = samples.len() / 4;
    let after: &[u64] = &samples[warm.min(samples.len().saturating_sub(1))..];
    let (lo, hi) = (
        after.iter().min().copied().unwrap_or(0),
        after.iter().max().copied().unwrap_or(0),
    );
    println!(
        "recorded {:.1} MB in {} segments ({:?}); RSS after warm-up {:.1}–{:.1} MiB (spread {:.1} MiB)",
        done.bytes_done as f64 / 1e6,
        segs.len(),
        done.state,
        lo as f64 / 1024.0,
        hi as f64 / 1024.0,
        (hi - lo) as f64 / 1024.0
    );
}
