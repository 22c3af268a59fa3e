//! The binary's options: the old ones still start it (the benchmark world among them), the
//! new ones (`--hostile-names`, `--live-delay-s`, media faults in `--faults`) reach the world.

mod common;

use std::process::Command;

use common::run_binary as run;
use serde_json::Value;

async fn get(base: &str, path: &str) -> Value {
    reqwest::get(format!("{base}{path}"))
        .await
        .expect("get")
        .json()
        .await
        .expect("json")
}

#[tokio::test]
async fn new_options_reach_the_world() {
    let emu = run(&[
        "--users",
        "4",
        "--posts-per-user",
        "3",
        "--hostile-names",
        "--live-delay-s",
        "1=5",
        "--live-delay-s",
        "0=60",
        "--live-seconds",
        "100",
        "--media-ttl-s",
        "30",
        "--faults",
        r#"{"ignore_range": true, "wrong_length_next": 2}"#,
    ]);
    let w = get(&emu.base, "/__admin/world").await;
    assert_eq!(w["users"][1]["nickname"], "../../etc/passwd");
    assert_eq!(w["hostile"]["users"], serde_json::json!([1, 2, 3]));
    assert_eq!(w["live_now"], serde_json::json!([false, false, true, true]));
    let f = get(&emu.base, "/__admin/faults").await;
    assert_eq!(f["ignore_range"], true);
    assert_eq!(f["wrong_length_next"], 2);
}

#[tokio::test]
async fn the_benchmark_world_starts() {
    let emu = run(common::BENCHMARK_WORLD);
    let w = get(&emu.base, "/__admin/world").await;
    assert_eq!(w["users"][0]["aweme_count"], 200);
}

#[test]
fn a_malformed_live_delay_is_refused() {
    let out = Command::new(env!("CARGO_BIN_EXE_douyin-emulator"))
        .args(["--addr", "127.0.0.1:0", "--live-delay-s", "one=5"])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("live-delay-s"));
}
