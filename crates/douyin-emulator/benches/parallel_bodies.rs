//! What serving media costs the emulator: starts the binary with the benchmark world
//! (`--users 1 --posts-per-user 200 --video-bytes 1048576 --latency-ms 50 --bandwidth
//! 4194304`), downloads videos over P parallel connections for a few seconds, and prints the
//! emulator process's CPU time (from /proc) next to the bytes it served.
//!
//! `cargo bench -p douyin-emulator --bench parallel_bodies` (release), or with
//! `--profile dev` for the debug build tests run in-process. `BENCH_PARALLEL` (default 5 and
//! 10) and `BENCH_SECONDS` (default 8) tune it; `BENCH_EMULATOR_BIN` runs another binary.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::Value;

/// utime + stime of `pid`, in clock ticks (100 per second on Linux).
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("/proc stat");
    let after = &stat[stat.rfind(')').expect("comm") + 2..];
    let f: Vec<&str> = after.split_whitespace().collect();
    f[11].parse::<u64>().expect("utime") + f[12].parse::<u64>().expect("stime")
}

fn signed(base: &str, path: &str, extra: &str) -> String {
    let query = format!("{}&{extra}", common::BASE);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0);
    common::ab_signed(&format!("{base}{path}"), &query, "", now)
}

async fn video_urls(http: &reqwest::Client, base: &str, n: usize) -> Vec<String> {
    let w: Value = http
        .get(format!("{base}/__admin/world"))
        .send()
        .await
        .expect("world")
        .json()
        .await
        .expect("json");
    let ids: Vec<String> = w["posts"]["video"]
        .as_array()
        .expect("videos")
        .iter()
        .take(n)
        .map(|v| v.as_str().expect("id").to_string())
        .collect();
    let mut urls = Vec::new();
    for id in ids {
        let url = signed(
            base,
            "/aweme/v1/web/aweme/detail/",
            &format!("aweme_id={id}"),
        );
        let d: Value = http
            .get(url)
            .header("User-Agent", common::UA)
            .send()
            .await
            .expect("detail")
            .json()
            .await
            .expect("json");
        let rates = d["aweme_detail"]["video"]["bit_rate"]
            .as_array()
            .expect("bit_rate");
        let top = rates
            .iter()
            .max_by_key(|r| r["play_addr"]["data_size"].as_u64().unwrap_or(0))
            .expect("a rendition");
        urls.push(
            top["play_addr"]["url_list"][0]
                .as_str()
                .expect("url")
                .to_string(),
        );
    }
    urls
}

async fn round(http: &reqwest::Client, urls: &[String], parallel: usize, secs: u64, pid: u32) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    let ticks0 = cpu_ticks(pid);
    let t0 = Instant::now();
    let mut tasks = Vec::new();
    for k in 0..parallel {
        let http = http.clone();
        let urls = urls.to_vec();
        tasks.push(tokio::spawn(async move {
            let (mut bytes, mut files) = (0u64, 0u64);
            let mut i = k;
            while Instant::now() < deadline {
                let r = http
                    .get(&urls[i % urls.len()])
                    .header("Referer", "https://www.douyin.com/")
                    .send()
                    .await
                    .expect("media");
                bytes += r.bytes().await.expect("body").len() as u64;
                files += 1;
                i += parallel;
            }
            (bytes, files)
        }));
    }
    let (mut bytes, mut files) = (0u64, 0u64);
    for t in tasks {
        let (b, f) = t.await.expect("task");
        bytes += b;
        files += f;
    }
    let wall = t0.elapsed().as_secs_f64();
    let cpu = (cpu_ticks(pid) - ticks0) as f64 / 100.0;
    let mb = bytes as f64 / 1_048_576.0;
    println!(
        "parallel={parallel:2} files={files:4} served={mb:7.1} MiB in {wall:5.2} s = {:6.2} MiB/s ({:5.2} MiB/s per body) | emulator CPU {cpu:5.2} s = {:5.1}% of one core, {:6.2} ms per MiB",
        mb / wall,
        mb / wall / parallel as f64,
        100.0 * cpu / wall,
        1000.0 * cpu / mb.max(1e-9),
    );
}

#[tokio::main]
async fn main() {
    let secs: u64 = std::env::var("BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(8);
    let parallels: Vec<usize> = std::env::var("BENCH_PARALLEL")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![5, 10]);
    // BENCH_EMULATOR_BIN measures another build (e.g. an older emulator) the same way.
    let emu = match std::env::var("BENCH_EMULATOR_BIN") {
        Ok(path) => common::run_binary_at(&path, common::BENCHMARK_WORLD),
        Err(_) => common::run_binary(common::BENCHMARK_WORLD),
    };
    let (pid, base) = (emu.child.id(), emu.base.clone());
    let http = reqwest::Client::new();
    let urls = video_urls(&http, &base, 20).await;
    println!(
        "benchmark world at {base}: {} videos of 1 MiB, 50 ms latency, 4 MiB/s per body",
        urls.len()
    );
    for p in parallels {
        round(&http, &urls, p, secs, pid).await;
    }
    drop(emu);
}
