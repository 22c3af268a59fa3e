//! Shared helpers of the live tests (included with `#[path]`): an emulator tuned for fast
//! sessions, a wall clock, the HTTP live API on it, and the admin fault switch.
#![allow(dead_code)]

use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient, SystemClock};
use douyin_core::live::{ReconnectPolicy, SessionConfig};
use douyin_emulator::{Emulator, EmulatorConfig, EmulatorHandle};
use std::sync::Arc;
use std::time::Duration;

/// The tests' clock (the emulator checks signature times against the wall clock).
pub fn clock() -> Arc<SystemClock> {
    Arc::new(SystemClock)
}

pub async fn emulator(ws_interval_ms: u64, ws_idle_timeout_ms: u64) -> EmulatorHandle {
    Emulator::start(EmulatorConfig {
        ws_interval_ms,
        ws_idle_timeout_ms,
        live_bytes_per_s: 20_000,
        hls_segment_s: 1,
        ..EmulatorConfig::default()
    })
    .await
    .expect("emulator starts")
}

pub fn api(handle: &EmulatorHandle) -> Arc<DouyinClient> {
    let cfg = ClientConfig {
        base_url: Some(handle.base_url().to_owned()),
        max_retries: 2,
        ..ClientConfig::default()
    };
    Arc::new(DouyinClient::new(cfg, ClientWorld::seeded(clock(), 7)).expect("client"))
}

pub fn session_config() -> SessionConfig {
    SessionConfig {
        heartbeat: Duration::from_millis(100),
        idle_timeout: Duration::from_secs(5),
        connect_timeout: Duration::from_secs(5),
        reconnect: ReconnectPolicy {
            initial: Duration::from_millis(50),
            max: Duration::from_millis(400),
            max_attempts: 20,
        },
        ..SessionConfig::default()
    }
}

/// The session's injected world: the wall clock and a seeded generator.
pub fn world(seed: u64) -> ClientWorld {
    ClientWorld::seeded(clock(), seed)
}

pub async fn set_faults(handle: &EmulatorHandle, json: &str) {
    let r = reqwest::Client::new()
        .post(format!("{}/__admin/faults", handle.base_url()))
        .header("Content-Type", "application/json")
        .body(json.to_owned())
        .send()
        .await
        .expect("faults endpoint");
    assert!(r.status().is_success(), "faults: {}", r.status());
}

pub fn counter(handle: &EmulatorHandle, name: &str) -> u64 {
    handle.counters()[name].as_u64().unwrap_or(0)
}

/// A fresh, empty folder under the system temp dir for one test.
pub fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("douyin-live-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}
