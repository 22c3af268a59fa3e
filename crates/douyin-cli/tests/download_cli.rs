//! `douyin download` against the emulator: F2's options produce the files F2's rules ask for,
//! byte for byte; `--json` prints one event per line; bad options are usage errors; and a
//! download killed with SIGKILL at ten different moments (mid-body, between a rename and its
//! record, mid-page) and restarted each time ends with every file complete exactly once, no
//! `.part` left, no duplicate row and an intact database.

#[path = "../../douyin-download/tests/support/mod.rs"]
mod support;

use douyin_emulator::{Emulator, EmulatorConfig, EmulatorHandle};
use douyin_store::{on_disk, FileState, HistoryStore};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

struct Running {
    handle: EmulatorHandle,
    runtime: tokio::runtime::Runtime,
}

fn start(config: EmulatorConfig) -> Running {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let handle = runtime
        .block_on(Emulator::start(EmulatorConfig {
            addr: std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
            ..config
        }))
        .expect("emulator");
    Running { handle, runtime }
}

fn env(cmd: &mut std::process::Command, base: &str) {
    cmd.env("DOUYIN_API_BASE", base)
        .env(
            "DOUYIN_DATA_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/no-login"),
        )
        .env("DOUYIN_SESSION_STORE", "file")
        .env_remove("DOUYIN_COOKIE")
        .env_remove("HTTP_PROXY");
}

fn douyin() -> std::process::Command {
    std::process::Command::new(assert_cmd::cargo::cargo_bin("douyin"))
}

fn dl_args(user: &str, root: &Path) -> Vec<String> {
    [
        "dl",
        "-M",
        "post",
        "-u",
        user,
        "-p",
        &root.to_string_lossy(),
        "-m",
        "yes",
        "-v",
        "yes",
        "-d",
        "yes",
        "-s",
        "10",
        "--rate",
        "0",
        "--min-free",
        "0",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect()
}

fn user_link(emu: &EmulatorHandle, i: usize) -> String {
    format!(
        "https://www.douyin.com/user/{}",
        emu.world().users[i].sec_uid
    )
}

/// Every post of user `i` saved once, byte-exact; no `.part`; database intact.
fn check_library(run: &Running, root: &Path, i: usize) -> usize {
    let store = HistoryStore::open_library(root).expect("library");
    let w = run.handle.world();
    let mut files = 0;
    for &p in &w.users[i].posts {
        files += run.runtime.block_on(support::assert_post_saved(
            &run.handle,
            &store,
            root,
            &w.posts[p].aweme_id,
        ));
    }
    assert!(
        support::part_files(root).is_empty(),
        "{:?}",
        support::part_files(root)
    );
    assert!(store.integrity_check().expect("check"));
    files
}

#[test]
fn f2_options_save_every_file_byte_exact_and_json_prints_events() {
    let run = start(EmulatorConfig {
        users: 2,
        posts_per_user: 6,
        ..EmulatorConfig::default()
    });
    let dir = tempfile::tempdir().expect("tmp");
    let mut cmd = douyin();
    env(&mut cmd, run.handle.base_url());
    let mut args = dl_args(&user_link(&run.handle, 0), dir.path());
    args.push("--json".into());
    let out = cmd.args(&args).output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let events: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON event per line"))
        .collect();
    let done: Vec<&Value> = events.iter().filter(|e| e["type"] == "job_done").collect();
    assert_eq!(done.len(), 1);
    assert_eq!(done[0]["job"]["state"], "done");
    let files = check_library(&run, dir.path(), 0);
    let file_done = events.iter().filter(|e| e["type"] == "file_done").count();
    assert_eq!(file_done, files, "a file_done event per file");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("x-signature"), "no signed URL in the events");

    // The same command again downloads nothing and still succeeds.
    let mut again = douyin();
    env(&mut again, run.handle.base_url());
    let served = run.handle.counters()["bytes_served"].as_u64().unwrap_or(0);
    let out = again.args(&args).output().expect("runs");
    assert!(out.status.success());
    let more = run.handle.counters()["bytes_served"].as_u64().unwrap_or(0) - served;
    assert!(more < 100_000, "{more} bytes on a run with nothing new");
}

#[test]
fn a_list_of_links_becomes_one_job_each() {
    let run = start(EmulatorConfig {
        users: 2,
        posts_per_user: 3,
        ..EmulatorConfig::default()
    });
    let dir = tempfile::tempdir().expect("tmp");
    let list = dir.path().join("links.txt");
    let w = run.handle.world();
    let share = |p: usize| {
        format!(
            "7.43 复制打开抖音，看看【{}】 https://www.douyin.com/video/{} 发布了",
            w.users[w.posts[p].author].nickname, w.posts[p].aweme_id
        )
    };
    std::fs::write(
        &list,
        format!("{}\n\n# a comment\n{}\n", share(0), share(4)),
    )
    .expect("write");
    let mut cmd = douyin();
    env(&mut cmd, run.handle.base_url());
    let root = dir.path().join("lib");
    let out = cmd
        .args(["dl", "-M", "one", "-u"])
        .arg(format!("@{}", list.display()))
        .args(["-p"])
        .arg(&root)
        .args([
            "-d",
            "yes",
            "-m",
            "1",
            "-v",
            "true",
            "--rate",
            "0",
            "--min-free",
            "0",
            "--json",
        ])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let store = HistoryStore::open_library(&root).expect("library");
    for p in [0, 4] {
        run.runtime.block_on(support::assert_post_saved(
            &run.handle,
            &store,
            &root,
            &w.posts[p].aweme_id,
        ));
    }
    let jobs = store
        .jobs(&douyin_store::JobFilter::default())
        .expect("jobs");
    assert_eq!(jobs.len(), 2);
}

#[test]
fn bad_options_are_usage_errors_that_say_what_to_fix() {
    let dir = tempfile::tempdir().expect("tmp");
    let root = dir.path().to_string_lossy().to_string();
    let cases: [(&[&str], &str); 5] = [
        (&["dl", "-u", "x", "-p", &root], "-M/--mode is required"),
        (
            &["dl", "-M", "films", "-u", "x", "-p", &root],
            "unknown mode",
        ),
        (&["dl", "-M", "post", "-p", &root], "-u/--url is required"),
        (
            &[
                "dl",
                "-M",
                "post",
                "-u",
                "MS4wLjABAAAA",
                "-n",
                "{title}",
                "-p",
                &root,
            ],
            "not a token",
        ),
        (
            &[
                "dl",
                "-M",
                "post",
                "-u",
                "MS4wLjABAAAA",
                "-i",
                "2024-02-30|x",
                "-p",
                &root,
            ],
            "interval",
        ),
    ];
    for (args, says) in cases {
        let mut cmd = douyin();
        env(&mut cmd, "http://127.0.0.1:9");
        let out = cmd.args(args).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    let mut cmd = douyin();
    env(&mut cmd, "http://127.0.0.1:9");
    let out = cmd
        .args(["dl", "-M", "post", "-u", "x", "-m", "maybe"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "a bad boolean is a usage error");
}

/// When to kill the child.
#[derive(Debug, Clone, Copy)]
enum Moment {
    /// After the k-th progress sample (bytes are flowing).
    MidBody(usize),
    /// As soon as a finished file appears on disk: the child then waits before recording it.
    AfterRename,
    /// Right after the k-th recorded page.
    MidPage(usize),
}

/// How one run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ended {
    /// It finished by itself.
    Finished,
    /// Killed at the asked moment.
    AtMoment,
    /// Killed mid-body because the asked moment could no longer come (a resumed job whose
    /// pages are all recorded lists nothing, so a page moment never arrives).
    Fallback,
}

/// Progress samples after which a run waiting for a page moment is killed anyway.
const FALLBACK_PROGRESS: usize = 6;

/// Runs the download once, killing it at `moment` (or letting it finish with `None`).
fn run_once(run: &Running, root: &Path, args: &[String], moment: Option<Moment>) -> Ended {
    let mut cmd = douyin();
    env(&mut cmd, run.handle.base_url());
    let mut child = cmd
        .args(args)
        .args(["--json", "--test-pause-after-rename-ms", "300"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawns");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel::<Value>();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Ok(v) = serde_json::from_str(&line) {
                let _ = tx.send(v);
            }
        }
    });
    let finals = |root: &Path| {
        let mut n = 0;
        let mut stack = vec![root.join("douyin")];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if !p.to_string_lossy().ends_with(".part") {
                    n += 1;
                }
            }
        }
        n
    };
    let before = finals(root);
    let (mut progress, mut pages) = (0, 0);
    let deadline = Instant::now() + Duration::from_secs(180);
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            assert!(
                status.success(),
                "an uninterrupted run succeeds: {status:?}"
            );
            return Ended::Finished;
        }
        assert!(Instant::now() < deadline, "the child hangs");
        let event = rx.recv_timeout(Duration::from_millis(5)).ok();
        if let Some(e) = &event {
            match e["type"].as_str() {
                Some("progress") => progress += 1,
                Some("job_expanded") => pages += 1,
                _ => {}
            }
        }
        let at_moment = match moment {
            None => false,
            Some(Moment::MidBody(k)) => progress >= k,
            Some(Moment::MidPage(k)) => pages >= k,
            Some(Moment::AfterRename) => finals(root) > before,
        };
        let fallback = matches!(moment, Some(Moment::MidPage(_))) && progress >= FALLBACK_PROGRESS;
        if at_moment || fallback {
            child.kill().expect("SIGKILL");
            let _ = child.wait();
            return if at_moment {
                Ended::AtMoment
            } else {
                Ended::Fallback
            };
        }
    }
}

#[test]
fn a_download_killed_ten_times_ends_complete_exactly_once() {
    let run = start(EmulatorConfig {
        users: 1,
        posts_per_user: 50,
        video_bytes: 400_000,
        bandwidth: 200_000,
        ..EmulatorConfig::default()
    });
    let dir = tempfile::tempdir().expect("tmp");
    let args = dl_args(&user_link(&run.handle, 0), dir.path());
    let moments = [
        Moment::MidPage(1),
        Moment::MidBody(3),
        Moment::AfterRename,
        Moment::MidBody(8),
        Moment::MidPage(2),
        Moment::AfterRename,
        Moment::MidBody(2),
        Moment::AfterRename,
        Moment::MidPage(1),
        Moment::MidBody(5),
    ];
    let mut ends = Vec::new();
    for m in moments {
        ends.push((m, run_once(&run, dir.path(), &args, Some(m))));
    }
    // The workload (about 20 s of transfers) outlasts the ten interrupted runs.
    assert!(
        ends.iter().all(|(_, e)| *e != Ended::Finished),
        "every run was really interrupted: {ends:?}"
    );
    for kind in ["MidPage", "MidBody", "AfterRename"] {
        assert!(
            ends.iter()
                .any(|(m, e)| *e == Ended::AtMoment && format!("{m:?}").starts_with(kind)),
            "a kill {kind} really happened: {ends:?}"
        );
    }
    assert_eq!(
        run_once(&run, dir.path(), &args, None),
        Ended::Finished,
        "the last run finishes"
    );
    let files = check_library(&run, dir.path(), 0);
    let store = HistoryStore::open_library(dir.path()).expect("library");
    let jobs = store
        .jobs(&douyin_store::JobFilter::default())
        .expect("jobs");
    assert_eq!(jobs.len(), 1, "every restart continued the same job");
    let rows = store.files_of_job(jobs[0].id).expect("files");
    assert_eq!(rows.len(), files, "one row per file, no duplicate");
    assert!(rows.iter().all(|f| f.state == FileState::Done));
    for f in &rows {
        let len = std::fs::metadata(on_disk(dir.path(), &f.rel_path))
            .expect("on disk")
            .len();
        assert_eq!(Some(len), f.size);
    }
}
