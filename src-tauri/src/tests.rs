//! Commands exercised over real IPC with Tauri's MockRuntime (no display needed).

use super::setup_builder;
use crate::state::LaunchSettings;
use douyin_emulator::{Emulator, EmulatorConfig};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;

fn invoke(cmd: &str, body: serde_json::Value) -> InvokeRequest {
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

fn call(cmd: &str, body: serde_json::Value) -> Result<serde_json::Value, serde_json::Value> {
    call_with(LaunchSettings::default(), cmd, body)
}

fn call_with(
    settings: LaunchSettings,
    cmd: &str,
    body: serde_json::Value,
) -> Result<serde_json::Value, serde_json::Value> {
    let state = crate::state::AppState::new(&settings).expect("state");
    let app = setup_builder(mock_builder(), state)
        .build(tauri::generate_context!())
        .expect("mock app with the real config");
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    get_ipc_response(&webview, invoke(cmd, body)).map(|b| b.deserialize().unwrap())
}

#[test]
fn app_info_reports_package_and_core_versions() {
    let info = call("app_info", serde_json::json!({})).expect("app_info answers");
    assert_eq!(info["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(info["coreVersion"], douyin_core::VERSION);
    assert_eq!(info["name"], "Douyin Archiver");
}

#[test]
fn unknown_commands_are_refused() {
    assert!(call("no_such_command", serde_json::json!({})).is_err());
}

#[test]
fn analyze_links_classifies_each_link_in_pasted_text() {
    let text =
        "看看 https://www.douyin.com/video/7298145681699622182 好\nhttps://v.douyin.com/iNUBcHxM/";
    let links = call("analyze_links", serde_json::json!({ "text": text })).expect("answers");
    let links = links.as_array().expect("a list");
    assert_eq!(links.len(), 2);
    assert_eq!(links[0]["target"]["kind"], "post");
    assert_eq!(links[0]["target"]["id"], "7298145681699622182");
    assert_eq!(links[1]["target"]["kind"], "short_link");
    assert_eq!(links[1]["url"], "https://v.douyin.com/iNUBcHxM/");
}

#[test]
fn analyze_links_refuses_oversized_text_with_a_classified_error() {
    let text = "x".repeat(5 * 1024 * 1024);
    let err = call("analyze_links", serde_json::json!({ "text": text })).expect_err("refused");
    assert_eq!(err["kind"], "invalid_input");
    assert!(err["message"].as_str().unwrap().contains("at most 4 MB"));
}

#[test]
fn short_links_resolve_and_previews_come_from_the_configured_origin() {
    let emu = tauri::async_runtime::block_on(Emulator::start(EmulatorConfig::default()))
        .expect("emulator");
    let settings = LaunchSettings {
        api_base: Some(emu.base_url().to_owned()),
    };
    let world = emu.world().clone();
    let (code, _) = world.short_links.first().expect("a short link").clone();
    let short = format!("https://v.douyin.com/{code}/");
    let report = call_with(
        settings.clone(),
        "resolve_link",
        serde_json::json!({ "url": short }),
    )
    .expect("resolves");
    assert_ne!(report["target"]["kind"], "short_link");
    assert!(report["target"]["id"].is_string(), "{report}");

    let post = &world.posts[0];
    let got = call_with(
        settings.clone(),
        "preview_link",
        serde_json::json!({ "target": { "kind": "post", "id": post.aweme_id } }),
    )
    .expect("preview");
    assert_eq!(got["title"], post.desc.as_str());
    assert_eq!(got["target"]["id"], post.aweme_id.as_str());

    let err = call_with(
        settings,
        "preview_link",
        serde_json::json!({ "target": { "kind": "short_link", "id": "x" } }),
    )
    .expect_err("refused");
    assert_eq!(err["kind"], "invalid_input");
}
