//! `douyin fetch` against the emulator: every data method runs and prints JSON, lists print
//! one object per item matching the world, options shape paging, and each failure kind has its
//! own exit code.

use assert_cmd::Command;
use douyin_emulator::server::faults::Faults;
use douyin_emulator::{Emulator, EmulatorConfig, EmulatorHandle};
use serde_json::Value;
use std::process::Output;

/// An emulator on its own runtime (kept alive while the CLI runs in a child process).
struct Running {
    handle: EmulatorHandle,
    _runtime: tokio::runtime::Runtime,
}

fn start(faults: Faults) -> Running {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let handle = runtime
        .block_on(Emulator::start(EmulatorConfig {
            faults,
            ..EmulatorConfig::default()
        }))
        .expect("emulator");
    Running {
        handle,
        _runtime: runtime,
    }
}

fn douyin(base: &str) -> Command {
    let mut cmd = Command::cargo_bin("douyin").expect("binary");
    // A data dir with no stored login, so only --cookie logs in.
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

fn lines(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect()
}

/// The command succeeded; on failure its stderr (after `context`) explains why.
fn assert_success(out: &Output, context: &str) {
    assert!(
        out.status.success(),
        "{context}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn ids(values: &[Value], key: &str) -> Vec<String> {
    values
        .iter()
        .map(|v| v[key].as_str().expect("id").to_owned())
        .collect()
}

#[test]
fn posts_print_one_object_per_post_in_order() {
    let emu = start(Faults::default());
    let w = emu.handle.world();
    let user = &w.users[0];
    let want: Vec<String> = user
        .posts
        .iter()
        .map(|&p| w.posts[p].aweme_id.clone())
        .collect();

    let out = douyin(emu.handle.base_url())
        .args(["fetch", "posts", &user.sec_uid, "--page-counts", "5"])
        .output()
        .expect("run");
    assert_success(&out, "");
    assert_eq!(ids(&lines(&out.stdout), "aweme_id"), want);

    let out = douyin(emu.handle.base_url())
        .args([
            "fetch",
            "--max-counts",
            "3",
            "--page-counts",
            "2",
            "posts",
            &user.sec_uid,
        ])
        .output()
        .expect("run");
    assert!(out.status.success());
    assert_eq!(ids(&lines(&out.stdout), "aweme_id"), want[..3].to_vec());
}

#[test]
fn base_url_flag_overrides_the_environment() {
    let emu = start(Faults::default());
    let sec = emu.handle.world().users[1].sec_uid.clone();
    let out = douyin("http://127.0.0.1:1")
        .args([
            "fetch",
            "profile",
            &sec,
            "--base-url",
            emu.handle.base_url(),
        ])
        .output()
        .expect("run");
    assert_success(&out, "");
    let one = lines(&out.stdout);
    assert_eq!(one.len(), 1);
    assert_eq!(one[0]["user"]["sec_uid"], sec.as_str());
}

#[test]
fn login_only_methods_exit_3_without_cookie_and_work_with_it() {
    let emu = start(Faults::default());
    let w = emu.handle.world();
    let base = emu.handle.base_url();
    let out = douyin(base)
        .args(["fetch", "collection"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("login_required"), "{err}");

    let cookie = emu.handle.account_cookie();
    let out = douyin(base)
        .args(["fetch", "collection", "--cookie", cookie])
        .output()
        .expect("run");
    assert!(out.status.success());
    let want: Vec<String> = w
        .account
        .collection
        .iter()
        .map(|&p| w.posts[p].aweme_id.clone())
        .collect();
    assert_eq!(ids(&lines(&out.stdout), "aweme_id"), want);
    // The cookie may come from the environment instead of the command line.
    let out = douyin(base)
        .args(["fetch", "collection"])
        .env("DOUYIN_COOKIE", cookie)
        .output()
        .expect("run");
    assert!(out.status.success());
    assert_eq!(ids(&lines(&out.stdout), "aweme_id"), want);
    // Neither output stream ever shows the cookie.
    assert!(!String::from_utf8_lossy(&out.stderr).contains(&w.account.sessionid));
}

#[test]
fn unavailable_usage_network_and_risk_control_have_their_exit_codes() {
    let emu = start(Faults::default());
    let w = emu.handle.world();
    let base = emu.handle.base_url();

    let out = douyin(base)
        .args(["fetch", "post", &w.deleted_aweme_id])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(6));

    douyin(base)
        .args(["fetch", "no-such-method"])
        .assert()
        .code(2);
    douyin(base)
        .args(["fetch", "posts", "X", "--interval", "2024-13-01|2024-01-01"])
        .assert()
        .code(2);

    let sec = w.users[0].sec_uid.as_str();
    douyin("http://127.0.0.1:1")
        .args(["fetch", "--retries", "1", "profile", sec])
        .assert()
        .code(5);

    // A proxy that cannot be reached is a network failure too.
    douyin(base)
        .args([
            "fetch",
            "--retries",
            "1",
            "--proxy",
            "http://127.0.0.1:1",
            "profile",
            sec,
        ])
        .assert()
        .code(5);

    let risky = start(Faults {
        risk_control_rps: 1,
        ..Faults::default()
    });
    let sec = risky.handle.world().users[0].sec_uid.clone();
    let out = douyin(risky.handle.base_url())
        .args([
            "fetch",
            "--retries",
            "1",
            "--page-counts",
            "1",
            "posts",
            &sec,
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(4));
    // The pages before the refusal were still printed.
    assert!(!lines(&out.stdout).is_empty());
}

#[test]
fn help_documents_exit_codes_and_version_still_works() {
    let out = Command::cargo_bin("douyin")
        .expect("bin")
        .arg("--help")
        .output()
        .expect("run");
    let help = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "Exit codes",
        "2  usage error",
        "3  login required",
        "4  risk control",
        "5  network failure",
        "DOUYIN_API_BASE",
    ] {
        assert!(help.contains(needle), "help lacks {needle:?}");
    }
    let out = Command::cargo_bin("douyin")
        .expect("bin")
        .arg("version")
        .output()
        .expect("run");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["name"], "douyin");
}

#[test]
fn every_data_method_prints_json() {
    let emu = start(Faults::default());
    let w = emu.handle.world();
    let base = emu.handle.base_url();
    let cookie = emu.handle.account_cookie().to_owned();
    let user = &w.users[0];
    let post = w
        .posts
        .iter()
        .find(|p| p.comments.iter().any(|c| !c.replies.is_empty()))
        .expect("a post with replies");
    let comment = post
        .comments
        .iter()
        .find(|c| !c.replies.is_empty())
        .expect("reply thread");
    let room = &w.rooms[0];
    let room_id = room.room_id.to_string();
    let owner_uid = w.users[room.owner].uid.clone();
    let word: String = post.desc.chars().take(2).collect();
    let author_sec = w.users[post.author].sec_uid.clone();

    // (args, minimum number of JSON lines)
    let cases: Vec<(Vec<&str>, usize)> = vec![
        (vec!["profile", &user.sec_uid], 1),
        (vec!["post", &post.aweme_id], 1),
        (vec!["posts", &user.sec_uid], user.posts.len()),
        (
            vec![
                "posts",
                &user.sec_uid,
                "--interval",
                "2000-01-01|2100-01-01",
            ],
            1,
        ),
        (vec!["likes", &user.sec_uid], 1),
        (vec!["feed", &user.sec_uid], user.posts.len()),
        (vec!["music"], 1),
        (vec!["collection"], 1),
        (vec!["collects"], w.folders.len()),
        (vec!["collects-videos", &w.folders[0].id], 1),
        (vec!["mix", &w.mixes[0].mix_id], w.mixes[0].posts.len()),
        (vec!["live", &room.web_rid], 1),
        (vec!["live-room", &room_id], 1),
        (vec!["home-feed"], 1),
        (vec!["related", &post.aweme_id, "--max-counts", "5"], 5),
        (vec!["friend-feed"], 1),
        (vec!["follow-feed", "--max-counts", "3"], 3),
        (vec!["following", &user.sec_uid], 1),
        (vec!["followers", &user.sec_uid], 1),
        (vec!["query-user"], 1),
        (vec!["live-im", &room_id, &w.account.user_unique_id], 1),
        (vec!["following-lives"], 1),
        (vec!["comments", &post.aweme_id], post.comments.len()),
        (
            vec!["replies", &post.aweme_id, &comment.cid],
            comment.replies.len(),
        ),
        (vec!["stats", &post.aweme_id], 1),
        (vec!["search", &author_sec, &word], 1),
        (vec!["suggest", "旅行"], 1),
        (vec!["locate", &user.sec_uid, &post.aweme_id, "0"], 1),
        (vec!["live-status", &owner_uid], 1),
    ];
    for (args, min) in cases {
        let out = douyin(base)
            .arg("fetch")
            .args(&args)
            .args(["--cookie", &cookie])
            .output()
            .expect("run");
        assert_success(&out, &format!("{args:?}: "));
        let got = lines(&out.stdout);
        assert!(
            got.len() >= min,
            "{args:?}: {} lines, want >= {min}",
            got.len()
        );
        assert!(got.iter().all(Value::is_object), "{args:?}");
    }
}

#[test]
fn id_arguments_accept_links_and_short_links() {
    let emu = start(Faults::default());
    let w = emu.handle.world();
    let base = emu.handle.base_url();
    let (code, target) = &w.short_links[0];
    let sec = w
        .users
        .iter()
        .find(|u| target.contains(&u.sec_uid))
        .expect("link to a user");

    let share = format!("看看主页 https://v.douyin.com/{code}/ 复制此链接");
    let out = douyin(base)
        .args(["fetch", "profile", &share])
        .output()
        .expect("run");
    assert_success(&out, "");
    assert_eq!(
        lines(&out.stdout)[0]["user"]["sec_uid"],
        sec.sec_uid.as_str()
    );

    let post = &w.posts[0].aweme_id;
    let link = format!("https://www.douyin.com/video/{post}");
    let out = douyin(base)
        .args(["fetch", "post", &link])
        .output()
        .expect("run");
    assert!(out.status.success());
    assert_eq!(lines(&out.stdout)[0]["aweme_id"], post.as_str());

    // A link to a post of a mix names the mix (F2's mix mode does the same).
    let mix = &w.mixes[0];
    let in_mix = format!(
        "https://www.douyin.com/video/{}",
        w.posts[mix.posts[0]].aweme_id
    );
    let out = douyin(base)
        .args(["fetch", "mix", &in_mix])
        .output()
        .expect("run");
    assert_success(&out, "");
    let want: Vec<String> = mix
        .posts
        .iter()
        .map(|&p| w.posts[p].aweme_id.clone())
        .collect();
    assert_eq!(ids(&lines(&out.stdout), "aweme_id"), want);

    // A post link where a user is expected is a usage error.
    douyin(base)
        .args(["fetch", "profile", &link])
        .assert()
        .code(2);
}

#[test]
fn text_that_is_no_link_or_id_is_refused_before_any_request() {
    // Nothing listens at this origin: the refusal must come from reading the argument.
    let out = douyin("http://127.0.0.1:9")
        .args(["fetch", "post", "not a link"])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("the text is not a link or a post id"),
        "the message names the problem: {err}"
    );
    assert!(!err.contains("re-encoded"), "{err}");
    assert!(!err.contains("Settings"), "CLI hints name CLI steps: {err}");
}

#[test]
fn logged_request_lines_hold_no_secret() {
    let emu = start(Faults::default());
    let w = emu.handle.world();
    let out = douyin(emu.handle.base_url())
        .env_remove("RUST_LOG")
        .args([
            "-vv",
            "fetch",
            "--cookie",
            "sessionid=COOKIESECRET; ttwid=1%7CTTWIDSECRET",
        ])
        .args(["profile", w.users[0].sec_uid.as_str()])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let log = String::from_utf8_lossy(&out.stderr);
    let line = log
        .lines()
        .find(|l| l.contains("/aweme/v1/web/user/profile/other/") && l.contains("request"))
        .unwrap_or_else(|| panic!("-vv logs the request line: {log}"));
    assert!(
        line.contains("sec_user_id="),
        "parameter names stay readable: {line}"
    );
    assert!(line.contains("msToken=<redacted>"), "{line}");
    assert!(line.contains("a_bogus=<redacted>"), "{line}");
    for secret in ["COOKIESECRET", "TTWIDSECRET"] {
        assert!(!log.contains(secret), "{secret} logged: {log}");
    }
    // Every msToken and signature in the whole log is masked, not only on that line.
    for name in ["msToken=", "a_bogus=", "verifyFp="] {
        for (i, _) in log.match_indices(name) {
            assert!(
                log[i + name.len()..].starts_with("<redacted>"),
                "{name} unmasked in {log}"
            );
        }
    }
}
