//! `douyin report <creator> --retry-gap` against the emulator: files deleted from a library
//! (found by `douyin history verify`) are downloaded again by the command, byte for byte, and
//! the report it prints has no gap left.

#[path = "../../douyin-download/tests/support/mod.rs"]
mod support;

use douyin_emulator::{Emulator, EmulatorConfig};
use douyin_store::{on_disk, FileState, HistoryStore};
use serde_json::Value;

fn douyin(base: &str) -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("douyin"));
    cmd.env("DOUYIN_API_BASE", base)
        .env(
            "DOUYIN_DATA_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/no-login"),
        )
        .env("DOUYIN_SESSION_STORE", "file")
        .env_remove("DOUYIN_COOKIE")
        .env_remove("HTTP_PROXY");
    cmd
}

fn ok(out: &std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn retry_gap_downloads_the_files_verify_found_missing() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let emu = runtime
        .block_on(Emulator::start(EmulatorConfig {
            addr: std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
            users: 1,
            posts_per_user: 3,
            ..EmulatorConfig::default()
        }))
        .expect("emulator");
    let base = emu.base_url().to_owned();
    let w = emu.world();
    let link = format!("https://www.douyin.com/user/{}", w.users[0].sec_uid);
    let dir = tempfile::tempdir().expect("tmp");
    let root = dir.path().to_string_lossy().into_owned();
    ok(&douyin(&base)
        .args(["dl", "-M", "post", "-u", &link, "-p", &root])
        .args(["-m", "yes", "-v", "yes", "-d", "yes", "--rate", "0"])
        .args(["--min-free", "0"])
        .output()
        .expect("runs"));

    // Two saved files disappear.
    let store = HistoryStore::open_library(dir.path()).expect("library");
    let gone: Vec<_> = w.users[0]
        .posts
        .iter()
        .take(2)
        .map(|&p| {
            let files = store.files_of_post(&w.posts[p].aweme_id).expect("files");
            let f = files
                .into_iter()
                .find(|f| f.state == FileState::Done && !f.rel_path.ends_with(".txt"))
                .expect("a media file");
            std::fs::remove_file(on_disk(dir.path(), &f.rel_path)).expect("rm");
            f
        })
        .collect();
    ok(&douyin(&base)
        .args(["history", "verify", "-p", &root])
        .output()
        .expect("runs"));
    let before: Value = serde_json::from_str(&ok(&douyin(&base)
        .args(["report", &link, "-p", &root, "--json"])
        .output()
        .expect("runs")))
    .expect("json");
    assert_eq!(before["gap_files"], 2, "{before}");

    let out = ok(&douyin(&base)
        .args(["report", &link, "-p", &root, "--json", "--retry-gap"])
        .args(["--min-free", "0"])
        .output()
        .expect("runs"));
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    let queued = lines
        .iter()
        .find(|l| l["event"] == "gap_queued")
        .expect("gap_queued");
    assert_eq!(queued["gap"]["files"], 2, "{queued}");
    let report = lines
        .iter()
        .find(|l| l["event"] == "report")
        .expect("report");
    assert_eq!(report["report"]["gap_files"], 0, "{report}");
    assert_eq!(report["report"]["saved"], 3, "{report}");

    for f in &gone {
        let row = store.file(f.id).expect("row");
        assert_eq!(row.state, FileState::Done);
    }
    for &p in &w.users[0].posts {
        runtime.block_on(support::assert_post_saved(
            &emu,
            &store,
            dir.path(),
            &w.posts[p].aweme_id,
        ));
    }
    assert!(support::part_files(dir.path()).is_empty());
}
