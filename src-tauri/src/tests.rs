//! Commands exercised over real IPC with Tauri's MockRuntime (no display needed), against the
//! emulator playing Douyin, on temporary data and library folders.

use super::setup_builder;
use crate::events::Quiet;
use crate::state::LaunchSettings;
use douyin_emulator::{Emulator, EmulatorConfig, EmulatorHandle};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow};

fn invoke(cmd: &str, body: Value) -> InvokeRequest {
    InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        // tauri://localhost is the local origin on Linux; other URLs count as remote.
        url: "tauri://localhost".parse().unwrap(),
        body: InvokeBody::Json(body),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    }
}

/// A mock app over its own folders.
struct TestApp {
    app: App<MockRuntime>,
    webview: WebviewWindow<MockRuntime>,
}

impl TestApp {
    fn call(&self, cmd: &str, body: Value) -> Result<Value, Value> {
        get_ipc_response(&self.webview, invoke(cmd, body)).map(|b| b.deserialize().unwrap())
    }

    fn ok(&self, cmd: &str, body: Value) -> Value {
        self.call(cmd, body)
            .unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }

    /// Polls `jobs_list` until `done` holds for it (at most four minutes: CI is slow).
    fn wait_jobs(&self, what: &str, done: impl Fn(&[Value]) -> bool) -> Vec<Value> {
        let t0 = Instant::now();
        loop {
            let jobs = self.ok("jobs_list", json!({}));
            let jobs = jobs.as_array().expect("a list").clone();
            if done(&jobs) {
                return jobs;
            }
            assert!(t0.elapsed() < Duration::from_secs(240), "{what}: {jobs:?}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        use tauri::Manager;
        let state = self.app.state::<crate::state::AppState>();
        tauri::async_runtime::block_on(state.shutdown());
    }
}

fn launch(emu: Option<&EmulatorHandle>, data: &Path, root: &Path) -> LaunchSettings {
    LaunchSettings {
        api_base: emu.map(|e| e.base_url().to_owned()),
        data_dir: Some(data.to_path_buf()),
        download_dir: Some(root.to_path_buf()),
        session_store: Some(douyin_auth::StoreChoice::File),
    }
}

fn app_in(emu: Option<&EmulatorHandle>, data: &Path, root: &Path) -> TestApp {
    let app = setup_builder(mock_builder())
        .build(tauri::generate_context!())
        .expect("mock app with the real config");
    crate::init(app.handle(), launch(emu, data, root), Quiet).expect("the state opens");
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    TestApp { app, webview }
}

fn dirs() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().expect("tmp");
    let (data, root) = (tmp.path().join("data"), tmp.path().join("library"));
    (tmp, data, root)
}

fn emulator(config: EmulatorConfig) -> EmulatorHandle {
    tauri::async_runtime::block_on(Emulator::start(EmulatorConfig {
        addr: std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
        ..config
    }))
    .expect("emulator")
}

fn small_world() -> EmulatorConfig {
    EmulatorConfig {
        users: 2,
        posts_per_user: 3,
        ..EmulatorConfig::default()
    }
}

/// Settings that do not pace requests (the emulator does not mind).
fn fast(app: &TestApp) {
    let mut s = app.ok("settings_get", json!({}));
    s["requestsPerS"] = json!(20.0);
    let answer = app.ok("settings_set", json!({ "settings": s }));
    assert_eq!(answer["errors"], json!([]));
}

#[test]
fn app_info_reports_package_and_core_versions() {
    let (_t, data, root) = dirs();
    let app = app_in(None, &data, &root);
    let info = app.ok("app_info", json!({}));
    assert_eq!(info["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(info["coreVersion"], douyin_core::VERSION);
    assert_eq!(info["name"], "Douyin Archiver");
    assert!(app.call("no_such_command", json!({})).is_err());
}

#[test]
fn analyze_links_classifies_each_link_and_refuses_oversized_text() {
    let (_t, data, root) = dirs();
    let app = app_in(None, &data, &root);
    let text =
        "看看 https://www.douyin.com/video/7298145681699622182 好\nhttps://v.douyin.com/iNUBcHxM/";
    let links = app.ok("analyze_links", json!({ "text": text }));
    let links = links.as_array().expect("a list");
    assert_eq!(links.len(), 2);
    assert_eq!(links[0]["target"]["kind"], "post");
    assert_eq!(links[0]["target"]["id"], "7298145681699622182");
    assert_eq!(links[1]["target"]["kind"], "short_link");
    assert_eq!(links[1]["url"], "https://v.douyin.com/iNUBcHxM/");
    let err = app
        .call(
            "analyze_links",
            json!({ "text": "x".repeat(5 * 1024 * 1024) }),
        )
        .expect_err("refused");
    assert_eq!(err["kind"], "invalid_input");
    assert!(err["message"].as_str().unwrap().contains("at most 4 MB"));
}

#[test]
fn short_links_resolve_and_previews_come_from_the_configured_origin() {
    let emu = emulator(small_world());
    let (_t, data, root) = dirs();
    let app = app_in(Some(&emu), &data, &root);
    let world = emu.world().clone();
    let (code, _) = world.short_links.first().expect("a short link").clone();
    let report = app.ok(
        "resolve_link",
        json!({ "url": format!("https://v.douyin.com/{code}/") }),
    );
    assert_ne!(report["target"]["kind"], "short_link");
    assert!(report["target"]["id"].is_string(), "{report}");
    let post = &world.posts[0];
    let got = app.ok(
        "preview_link",
        json!({ "target": { "kind": "post", "id": post.aweme_id } }),
    );
    assert_eq!(got["title"], post.desc.as_str());
    assert_eq!(got["target"]["id"], post.aweme_id.as_str());
    let err = app
        .call(
            "preview_link",
            json!({ "target": { "kind": "short_link", "id": "x" } }),
        )
        .expect_err("refused");
    assert_eq!(err["kind"], "invalid_input");
}

#[test]
fn settings_are_validated_per_field_and_persisted_in_the_store_file() {
    let (_t, data, root) = dirs();
    let app = app_in(None, &data, &root);
    let defaults = app.ok("settings_get", json!({}));
    assert_eq!(defaults["naming"], "{create}_{desc}");
    let mut bad = defaults.clone();
    bad["naming"] = json!("{create}/{nope}");
    bad["proxy"] = json!("not a proxy");
    let answer = app.ok("settings_set", json!({ "settings": bad }));
    let fields: Vec<&str> = answer["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["naming", "proxy"]);
    assert_eq!(
        answer["settings"], defaults,
        "nothing is saved while a value is invalid"
    );
    let mut good = defaults.clone();
    good["theme"] = json!("dark");
    good["concurrency"] = json!(2);
    let answer = app.ok("settings_set", json!({ "settings": good }));
    assert_eq!(answer["errors"], json!([]));
    let file = std::fs::read_to_string(data.join("settings.json")).expect("the store file");
    let stored: Value = serde_json::from_str(&file).expect("json");
    assert_eq!(stored["settings"]["theme"], "dark");
    assert_eq!(stored["settings"]["concurrency"], 2);
    drop(app);
    let again = app_in(None, &data, &root);
    assert_eq!(
        again.ok("settings_get", json!({}))["theme"],
        "dark",
        "read back at the next start"
    );
}

#[test]
fn a_pasted_post_downloads_into_the_library_and_is_found_by_search() {
    let emu = emulator(small_world());
    let (_t, data, root) = dirs();
    let app = app_in(Some(&emu), &data, &root);
    fast(&app);
    let post = emu.world().posts[0].clone();
    let share = format!(
        "7.43 复制打开抖音 https://www.douyin.com/video/{} 看看",
        post.aweme_id
    );
    let results = app.ok(
        "jobs_enqueue",
        json!({ "items": [{ "link": share }, { "link": "https://example.com/nothing" }] }),
    );
    let id = results[0]["job"].as_i64().expect("queued");
    assert!(results[0]["error"].is_null());
    assert!(results[1]["job"].is_null());
    assert!(
        results[1]["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "{results}"
    );
    let jobs = app.wait_jobs("the job finishes", |jobs| {
        jobs.iter().any(|j| j["id"] == id && j["state"] == "done")
    });
    let job = jobs.iter().find(|j| j["id"] == id).unwrap();
    assert_eq!(job["kind"], "one");
    assert!(job["files_done"].as_u64().unwrap() >= 1);
    let files = app.ok("jobs_files", json!({ "job": id }));
    let video = files
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["asset"] == "video" || f["asset"] == "image")
        .expect("a media file");
    assert_eq!(video["state"], "done");
    let on_disk = root.join(video["path"].as_str().unwrap());
    assert_eq!(
        std::fs::metadata(&on_disk).expect("file on disk").len(),
        video["bytes"].as_u64().unwrap()
    );
    let word: String = post.desc.chars().take(4).collect();
    let page = app.ok(
        "library_search",
        json!({ "query": { "text": word, "limit": 10, "offset": 0 } }),
    );
    assert!(
        page["hits"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["aweme_id"] == post.aweme_id.as_str()),
        "{page}"
    );
    let exported = app.ok(
        "library_export",
        json!({ "query": { "offset": 0 }, "format": "csv" }),
    );
    assert_eq!(exported["posts"], 1);
    let csv = std::fs::read_to_string(exported["path"].as_str().unwrap()).expect("export");
    assert!(csv.contains(&post.aweme_id));
    assert!(exported["path"]
        .as_str()
        .unwrap()
        .starts_with(root.to_str().unwrap()));
    let verify = app.ok("library_verify", json!({}));
    assert_eq!(verify["missing"], 0);
    assert!(verify["checked"].as_u64().unwrap() >= 1);
    // A file lost on disk: verify marks it missing, and retrying that one file brings it back.
    let bytes = std::fs::read(&on_disk).expect("the video");
    std::fs::remove_file(&on_disk).expect("removed");
    let verify = app.ok("library_verify", json!({}));
    assert_eq!(verify["missing"], 1, "{verify}");
    let retried = app.ok(
        "jobs_retry_file",
        json!({ "job": id, "awemeId": video["aweme_id"], "asset": video["asset"], "index": video["index"] }),
    );
    assert_eq!(retried["path"], video["path"]);
    let t0 = Instant::now();
    while std::fs::read(&on_disk).ok().as_deref() != Some(bytes.as_slice()) {
        assert!(
            t0.elapsed() < Duration::from_secs(60),
            "the file did not come back"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    app.wait_jobs("the job is done again", |jobs| {
        jobs.iter().any(|j| j["id"] == id && j["state"] == "done")
    });
    let err = app
        .call(
            "jobs_retry_file",
            json!({ "job": id, "awemeId": video["aweme_id"], "asset": video["asset"], "index": video["index"] }),
        )
        .expect_err("a saved file is not retried");
    assert_eq!(err["kind"], "invalid_input");
    let preview = app.ok(
        "settings_naming_preview",
        json!({ "template": "{aweme_id}_{create}" }),
    );
    assert!(
        preview.as_str().unwrap().starts_with(&post.aweme_id),
        "{preview}"
    );
}

#[test]
fn job_controls_answer_for_unknown_jobs_and_bad_input_with_a_kind() {
    let (_t, data, root) = dirs();
    let app = app_in(None, &data, &root);
    let err = app
        .call("jobs_control", json!({ "job": 999, "action": "pause" }))
        .expect_err("no such job");
    assert_eq!(err["kind"], "invalid_input");
    assert!(err["message"].as_str().unwrap().contains("999"));
    assert_eq!(app.ok("jobs_control_all", json!({ "action": "pause" })), 0);
    let err = app
        .call("library_open", json!({ "rel": "../../etc/passwd" }))
        .expect_err("outside the library");
    assert_eq!(err["kind"], "invalid_input");
    let qr = app.ok(
        "library_qr",
        json!({ "text": "https://www.douyin.com/video/1" }),
    );
    assert!(qr.as_str().unwrap().starts_with("data:image/png;base64,"));
}

#[test]
fn the_queue_comes_back_after_a_restart_and_a_paused_job_stays_paused() {
    let emu = emulator(EmulatorConfig {
        users: 1,
        posts_per_user: 8,
        ..EmulatorConfig::default()
    });
    let (_t, data, root) = dirs();
    let user = emu.world().users[0].clone();
    let id = {
        let app = app_in(Some(&emu), &data, &root);
        fast(&app);
        let r = app.ok(
            "jobs_enqueue",
            json!({ "items": [{ "link": format!("https://www.douyin.com/user/{}", user.sec_uid) }] }),
        );
        let id = r[0]["job"].as_i64().expect("queued");
        app.ok("jobs_control", json!({ "job": id, "action": "pause" }));
        app.wait_jobs("paused", |jobs| jobs.iter().any(|j| j["state"] == "paused"));
        id
    };
    let app = app_in(Some(&emu), &data, &root);
    let jobs = app.ok("jobs_list", json!({}));
    let job = jobs
        .as_array()
        .unwrap()
        .iter()
        .find(|j| j["id"] == id)
        .expect("restored");
    assert_eq!(job["state"], "paused");
    assert_eq!(job["kind"], "post");
    app.ok("jobs_control", json!({ "job": id, "action": "resume" }));
    let jobs = app.wait_jobs("the resumed job finishes", |jobs| {
        jobs.iter().any(|j| j["id"] == id && j["state"] == "done")
    });
    let job = jobs.iter().find(|j| j["id"] == id).unwrap();
    assert!(job["files_done"].as_u64().unwrap() >= 8, "{job}");
    let report = app.ok("library_report", json!({ "creator": user.sec_uid }));
    assert_eq!(report["listed"], 8);
    assert_eq!(report["saved"], 8);
    assert_eq!(report["gap_files"], 0);
}

#[test]
fn cookie_import_logs_in_and_logout_forgets_the_session() {
    let emu = emulator(small_world());
    let (_t, data, root) = dirs();
    let app = app_in(Some(&emu), &data, &root);
    let status = app.ok("account_status", json!({}));
    assert_eq!(status["health"]["state"], "logged_out");
    let err = app
        .call("account_import", json!({ "text": "a=1; b=2" }))
        .expect_err("no session cookie");
    assert!(!err["message"].as_str().unwrap().is_empty());
    let cookie = emu.account_cookie().to_owned();
    let view = app.ok("account_import", json!({ "text": cookie }));
    assert_eq!(view["health"]["light"], "green");
    assert_eq!(view["storedIn"], "file");
    assert!(view["account"]["uid"].is_string());
    let session_file = std::fs::read_dir(&data)
        .unwrap()
        .filter_map(|e| e.ok())
        .find(|e| {
            e.file_name().to_string_lossy().contains("session")
                && !e.file_name().to_string_lossy().contains("health")
        })
        .expect("the session file");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        session_file.metadata().unwrap().permissions().mode() & 0o777,
        0o600
    );
    let checked = app.ok("account_check", json!({}));
    assert_eq!(checked["health"]["state"], "ok");
    let sid = cookie
        .split("; ")
        .find_map(|c| c.strip_prefix("sessionid="))
        .expect("a sessionid");
    for (name, text) in [
        ("status", app.ok("account_status", json!({}))),
        ("check", checked),
    ] {
        assert!(!text.to_string().contains(sid), "{name} shows the cookie");
    }
    let out = app.ok("account_logout", json!({}));
    assert_eq!(out["health"]["state"], "logged_out");
    assert!(out["account"].is_null());
}

#[test]
fn qr_login_draws_an_image_and_logs_in_once_confirmed() {
    let emu = emulator(EmulatorConfig {
        login_auto_scan_ms: Some(300),
        ..small_world()
    });
    let (_t, data, root) = dirs();
    let app = app_in(Some(&emu), &data, &root);
    let ticket = app.ok("account_qr_start", json!({}));
    assert!(ticket["image"]
        .as_str()
        .unwrap()
        .starts_with("data:image/png;base64,"));
    assert!(ticket["scanUrl"].as_str().unwrap().contains("token"));
    let t0 = Instant::now();
    let status = loop {
        let s = app.ok("account_qr_poll", json!({}));
        if s["progress"] == "confirmed" {
            break s;
        }
        assert!(t0.elapsed() < Duration::from_secs(30), "{s}");
        std::thread::sleep(Duration::from_millis(200));
    };
    assert_eq!(status["account"]["health"]["light"], "green");
    // A login-only list now works: the collection job is accepted and finishes.
    fast(&app);
    let me = app.ok("account_status", json!({}));
    let world = emu.world().clone();
    let sec = world.users[world.account.user].sec_uid.clone();
    let r = app.ok(
        "jobs_enqueue",
        json!({ "items": [{ "link": format!("https://www.douyin.com/user/{sec}"), "kind": "collection" }] }),
    );
    let id = r[0]["job"].as_i64().unwrap_or_else(|| panic!("{r} {me}"));
    let jobs = app.wait_jobs("the collection job finishes", |jobs| {
        jobs.iter()
            .any(|j| j["id"] == id && matches!(j["state"].as_str(), Some("done" | "failed")))
    });
    let job = jobs.iter().find(|j| j["id"] == id).unwrap();
    assert_eq!(job["state"], "done", "{job}");
    assert!(job["files_done"].as_u64().unwrap() > 0, "{job}");
}

#[test]
fn a_watched_live_room_is_recorded_once_and_the_list_is_the_librarys() {
    let emu = emulator(small_world());
    let (_t, data, root) = dirs();
    let app = app_in(Some(&emu), &data, &root);
    fast(&app);
    let world = emu.world().clone();
    let (i, room) = world
        .rooms
        .iter()
        .enumerate()
        .find(|(_, r)| r.live_at_start)
        .expect("a room live at start");
    let owner = world.users[room.owner].sec_uid.clone();
    let err = app
        .call(
            "live_watch_add",
            json!({ "link": format!("https://www.douyin.com/video/{}", world.posts[0].aweme_id) }),
        )
        .expect_err("a post cannot be watched");
    assert_eq!(err["kind"], "invalid_input");
    let list = app.ok(
        "live_watch_add",
        json!({ "link": format!("https://live.douyin.com/{}", room.web_rid) }),
    );
    assert_eq!(list[0]["kind"], "live");
    assert_eq!(list[0]["target"], room.web_rid.as_str());
    let list = app.ok("live_watch_add", json!({ "link": owner }));
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[1]["kind"], "user");
    // Passes run in the background too; however many run, the room gets one recording.
    let mut recording = None;
    let t0 = Instant::now();
    while recording.is_none() {
        let list = app.ok("live_watch_check", json!({}));
        recording = list[0]["recording"].as_i64();
        assert!(t0.elapsed() < Duration::from_secs(60), "{list}");
    }
    for _ in 0..3 {
        app.ok("live_watch_check", json!({}));
    }
    let jobs = app.ok("jobs_list", json!({}));
    let live: Vec<&Value> = jobs
        .as_array()
        .unwrap()
        .iter()
        .filter(|j| j["kind"] == "live")
        .collect();
    assert_eq!(live.len(), 1, "one recording per room: {jobs}");
    assert_eq!(live[0]["id"].as_i64(), recording);
    let list = app.ok("live_watch_list", json!({}));
    assert_eq!(
        list[1]["recording"].as_i64(),
        recording,
        "the creator's entry names the recording of their room: {list}"
    );
    // The same list the CLI's `douyin watch` edits: the library's store.
    let store = douyin_store::HistoryStore::open_library(&root).expect("the library's store");
    let entries = store.watch_list().expect("entries");
    assert_eq!(entries.len(), 2);
    assert!(entries[0].live && entries[0].checked_at.is_some());
    let id = list[0]["id"].as_i64().unwrap();
    let list = app.ok("live_watch_remove", json!({ "id": id }));
    assert_eq!(list.as_array().unwrap().len(), 1);
    emu.end_room(i);
    let jobs = app.wait_jobs("the recording ends with the live", |jobs| {
        jobs.iter().any(|j| {
            j["id"].as_i64() == recording && matches!(j["state"].as_str(), Some("done" | "failed"))
        })
    });
    let job = jobs.iter().find(|j| j["id"].as_i64() == recording).unwrap();
    assert_eq!(job["state"], "done", "{job}");
}

#[test]
fn a_job_refused_for_an_expired_login_turns_the_account_red_and_a_new_login_green() {
    let emu = emulator(small_world());
    let (_t, data, root) = dirs();
    let app = app_in(Some(&emu), &data, &root);
    fast(&app);
    let view = app.ok(
        "account_import",
        json!({ "text": emu.account_cookie().to_owned() }),
    );
    assert_eq!(view["health"]["light"], "green");
    // Douyin ends the session; nobody checks it, but the next login-only job is refused.
    let next_cookie = emu.expire_session();
    let world = emu.world().clone();
    let sec = world.users[world.account.user].sec_uid.clone();
    let r = app.ok(
        "jobs_enqueue",
        json!({ "items": [{ "link": format!("https://www.douyin.com/user/{sec}"), "kind": "collection" }] }),
    );
    let id = r[0]["job"].as_i64().expect("queued");
    let jobs = app.wait_jobs("the collection job is refused", |jobs| {
        jobs.iter()
            .any(|j| j["id"] == id && matches!(j["state"].as_str(), Some("failed" | "done")))
    });
    let job = jobs.iter().find(|j| j["id"] == id).unwrap();
    assert_eq!(job["state"], "failed", "{job}");
    assert_eq!(job["error"]["kind"], "login_required", "{job}");
    let status = app.ok("account_status", json!({}));
    assert_eq!(status["health"]["state"], "expired", "{status}");
    assert_eq!(status["health"]["light"], "red");
    assert_eq!(status["health"]["needs_login"], true);
    assert_eq!(status["health"]["last_problem"]["kind"], "login_required");
    // Logging in again (here: importing the new cookie) turns it green, without a restart.
    let view = app.ok("account_import", json!({ "text": next_cookie }));
    assert_eq!(view["health"]["light"], "green");
    app.ok(
        "jobs_control",
        json!({ "job": id, "action": "retry_failed" }),
    );
    let jobs = app.wait_jobs("the retried job finishes", |jobs| {
        jobs.iter().any(|j| j["id"] == id && j["state"] == "done")
    });
    assert!(jobs
        .iter()
        .any(|j| j["id"] == id && j["files_done"].as_u64() > Some(0)));
}
