//! `douyin login`, `logout` and `whoami` against the emulator, as child processes: QR login end
//! to end (the test presses the emulator's scan), after which a login-only list works without
//! `--cookie`; a session expired by the emulator's admin switch turning `whoami` red and the next
//! login green; cookie imports;
//! logout; `--cookie` overriding the stored login. No output of any command holds the cookie.

use douyin_emulator::{Emulator, EmulatorConfig, EmulatorHandle};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// An emulator on its own runtime, and a data dir for the stored login.
struct World {
    handle: EmulatorHandle,
    data: tempfile::TempDir,
    _runtime: tokio::runtime::Runtime,
    /// Everything every command printed, to check for the cookie at the end.
    printed: std::cell::RefCell<String>,
    /// Session ids no output may hold.
    secrets: std::cell::RefCell<Vec<String>>,
}

impl World {
    fn start() -> Self {
        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        let handle = runtime
            .block_on(Emulator::start(EmulatorConfig::default()))
            .expect("emulator");
        let first = handle.world().account.sessionid.clone();
        Self {
            handle,
            data: tempfile::tempdir().expect("tmp"),
            _runtime: runtime,
            printed: Default::default(),
            secrets: std::cell::RefCell::new(vec![first]),
        }
    }

    fn secret(&self) -> String {
        self.handle.world().account.sessionid.clone()
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_douyin"));
        cmd.args(args)
            .env("DOUYIN_API_BASE", self.handle.base_url())
            .env("DOUYIN_DATA_DIR", self.data.path())
            .env("DOUYIN_SESSION_STORE", "file")
            .env_remove("DOUYIN_COOKIE")
            .stdin(Stdio::null());
        cmd
    }

    /// Runs `douyin ARGS` (with `stdin` fed in, if any) and keeps what it printed.
    fn run(&self, args: &[&str], stdin: Option<&str>) -> Output {
        let mut cmd = self.command(args);
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        if stdin.is_some() {
            cmd.stdin(Stdio::piped());
        }
        let mut child = cmd.spawn().expect("spawn douyin");
        if let Some(text) = stdin {
            let mut pipe = child.stdin.take().expect("stdin");
            pipe.write_all(text.as_bytes()).expect("write stdin");
        }
        let out = child.wait_with_output().expect("douyin runs");
        self.keep(&out);
        out
    }

    fn keep(&self, out: &Output) {
        let mut printed = self.printed.borrow_mut();
        printed.push_str(&String::from_utf8_lossy(&out.stdout));
        printed.push_str(&String::from_utf8_lossy(&out.stderr));
    }

    fn session_file(&self) -> PathBuf {
        self.data.path().join(douyin_auth::SESSION_FILE)
    }

    /// `douyin whoami --json` and its exit code.
    fn whoami(&self, extra: &[&str]) -> (Value, i32) {
        let mut args = vec!["whoami", "--json"];
        args.extend_from_slice(extra);
        let out = self.run(&args, None);
        let v = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| {
            panic!(
                "whoami prints JSON: {}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
        (v, out.status.code().expect("exit code"))
    }

    /// The ids `douyin fetch collection` prints, or its exit code.
    fn collection(&self, extra: &[&str]) -> Result<Vec<String>, i32> {
        let mut args = vec!["fetch", "collection"];
        args.extend_from_slice(extra);
        let out = self.run(&args, None);
        if !out.status.success() {
            return Err(out.status.code().expect("exit code"));
        }
        Ok(String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| {
                let v: Value = serde_json::from_str(l).expect("JSON line");
                v["aweme_id"].as_str().expect("aweme_id").to_owned()
            })
            .collect())
    }

    fn want_collection(&self) -> Vec<String> {
        let w = self.handle.world();
        w.account
            .collection
            .iter()
            .map(|&p| w.posts[p].aweme_id.clone())
            .collect()
    }

    /// No command printed a session id.
    fn assert_no_cookie_printed(&self) {
        let printed = self.printed.borrow();
        assert!(!printed.is_empty());
        for secret in self.secrets.borrow().iter() {
            assert!(
                !printed.contains(secret.as_str()),
                "a command printed a session cookie"
            );
        }
    }
}

/// The `sessionid` value of a cookie header.
fn sessionid_of(cookie: &str) -> String {
    cookie
        .split("; ")
        .find_map(|c| c.strip_prefix("sessionid="))
        .expect("a sessionid")
        .to_owned()
}

/// Presses the emulator's scan for `token` (a plain HTTP POST).
fn press_scan(base: &str, token: &str) {
    let addr = base.trim_start_matches("http://");
    let mut tcp = std::net::TcpStream::connect(addr).expect("connect");
    write!(
        tcp,
        "POST /__login/scan?token={token} HTTP/1.1\r\nHost: {addr}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut answer = String::new();
    tcp.read_to_string(&mut answer).expect("read");
    assert!(answer.contains("\"ok\":true"), "scan refused: {answer}");
}

/// Runs `douyin login --qr`, reads the link it shows, presses scan, and waits for it to exit.
fn qr_login(world: &World) -> Output {
    let mut child = world
        .command(&["login", "--qr", "--poll-ms", "100", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn douyin login");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut all = String::new();
        for line in BufReader::new(stderr).lines() {
            let line = line.expect("stderr line");
            if let Some(url) = line.strip_prefix("Or open this link on the phone: ") {
                let _ = tx.send(url.to_owned());
            }
            all.push_str(&line);
            all.push('\n');
        }
        all
    });
    let url = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("douyin login shows the QR link");
    let token = url
        .split("token=")
        .nth(1)
        .expect("the link names the ticket");
    press_scan(world.handle.base_url(), token);
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("douyin login did not finish after the scan");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut stdout = Vec::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_end(&mut stdout)
        .expect("stdout");
    let stderr = reader.join().expect("reader").into_bytes();
    let out = Output {
        status,
        stdout,
        stderr,
    };
    world.keep(&out);
    out
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("exists")
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn qr_login_then_login_only_lists_work_without_cookie() {
    let world = World::start();
    assert_eq!(world.collection(&[]), Err(3), "logged out: login required");

    let out = qr_login(&world);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "login failed: {stderr}");
    assert!(
        stderr.contains('█') && stderr.contains("Confirmed."),
        "{stderr}"
    );
    let result: Value = serde_json::from_slice(&out.stdout).expect("login --json");
    let w = world.handle.world();
    assert_eq!(
        result["account"]["uid"],
        w.users[w.account.user].uid.as_str()
    );
    assert_eq!(result["stored_in"]["backend"], "file");
    #[cfg(unix)]
    assert_eq!(mode(&world.session_file()), 0o600);

    assert_eq!(world.collection(&[]), Ok(world.want_collection()));
    let (who, code) = world.whoami(&[]);
    assert_eq!(code, 0);
    assert_eq!(who["logged_in"], true);
    assert_eq!(who["health"]["light"], "green");
    assert_eq!(who["account"]["uid"], w.users[w.account.user].uid.as_str());

    // --cookie wins over the stored login.
    assert_eq!(
        world.collection(&["--cookie", "sessionid=someone-else"]),
        Err(3)
    );

    let out = world.run(&["logout"], None);
    assert!(out.status.success());
    assert!(!world.session_file().exists(), "logout deletes the file");
    assert_eq!(world.collection(&[]), Err(3));
    let (who, code) = world.whoami(&[]);
    assert_eq!(
        (code, &who["health"]["state"]),
        (3, &Value::from("logged_out"))
    );
    world.assert_no_cookie_printed();
}

#[test]
fn an_expired_session_is_red_and_the_next_login_green() {
    let world = World::start();
    let w = world.handle.world();
    // A session kept without a check is grey until someone asks Douyin.
    let out = world.run(
        &["login", "--cookie-file", "-", "--no-check"],
        Some(&w.account.cookie),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (who, code) = world.whoami(&["--offline"]);
    assert_eq!(
        (code, &who["health"]["state"]),
        (0, &Value::from("unchecked"))
    );
    assert_eq!(who["health"]["light"], "grey");
    let (who, code) = world.whoami(&[]);
    assert_eq!((code, &who["health"]["light"]), (0, &Value::from("green")));

    // Douyin ends the session (the emulator's admin switch): whoami turns red.
    let next_cookie = world.handle.expire_session();
    world.secrets.borrow_mut().push(sessionid_of(&next_cookie));
    let (who, code) = world.whoami(&[]);
    assert_eq!(code, 3);
    assert_eq!(who["health"]["state"], "expired");
    assert_eq!(who["health"]["light"], "red");
    assert_eq!(who["health"]["needs_login"], true);

    // A login-only list fails, and the answer is remembered for whoami and the app.
    assert_eq!(world.collection(&[]), Err(3));
    let (who, _) = world.whoami(&["--offline"]);
    assert_eq!(who["health"]["last_problem"]["kind"], "login_required");
    let message = who["health"]["last_problem"]["message"]
        .as_str()
        .expect("message");
    assert!(message.contains("listcollection"), "{message}");

    // The next login (QR: Douyin issues the new session) turns it green again.
    let out = qr_login(&world);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (who, code) = world.whoami(&[]);
    assert_eq!((code, &who["health"]["light"]), (0, &Value::from("green")));
    assert_eq!(world.collection(&[]), Ok(world.want_collection()));
    let kept = std::fs::read_to_string(world.session_file()).expect("session file");
    assert!(
        kept.contains(&sessionid_of(&next_cookie)),
        "the new session is kept"
    );
    world.assert_no_cookie_printed();
}

#[test]
fn cookie_files_import_and_bad_ones_are_refused() {
    let world = World::start();
    let w = world.handle.world();
    let mut txt = String::from("\u{feff}# Netscape HTTP Cookie File\r\n");
    for pair in w.account.cookie.split("; ") {
        let (name, value) = pair.split_once('=').expect("pair");
        txt.push_str(&format!(
            "#HttpOnly_.douyin.com\tTRUE\t/\tTRUE\t0\t{name}\t{value}\r\n"
        ));
    }
    txt.push_str(".example.com\tTRUE\t/\tFALSE\t0\tother\tx\r\n");
    let file = world.data.path().join("cookies.txt");
    std::fs::write(&file, &txt).expect("write");
    let path = file.to_string_lossy().into_owned();
    let out = world.run(&["login", "--cookie-file", &path, "--json"], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["imported"]["format"], "netscape");
    assert_eq!(v["imported"]["foreign_left_out"], 1);
    assert_eq!(
        v["imported"]["cookies"],
        w.account.cookie.split("; ").count()
    );
    assert_eq!(world.collection(&[]), Ok(world.want_collection()));

    // A malformed line: usage error naming the line, the stored login untouched.
    let bad = format!(".douyin.com TRUE / FALSE 0 sessionid {}\n", world.secret());
    std::fs::write(&file, bad).expect("write");
    let out = world.run(&["login", "--cookie-file", &path], None);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("line 1") && stderr.contains("tabs"),
        "{stderr}"
    );
    // Only other sites' cookies, and an empty file.
    std::fs::write(
        &file,
        r#"[{"domain":".google.com","name":"NID","value":"1"}]"#,
    )
    .expect("w");
    let out = world.run(&["login", "--cookie-file", &path], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no douyin.com cookie"));
    std::fs::write(&file, "").expect("w");
    let out = world.run(&["login", "--cookie-file", &path], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty"));
    assert_eq!(world.collection(&[]), Ok(world.want_collection()));

    // A session Douyin refuses is not kept.
    let out = world.run(&["login", "--cookie-header", "sessionid=nobody"], None);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(world.collection(&[]), Ok(world.want_collection()));
    world.assert_no_cookie_printed();
}
