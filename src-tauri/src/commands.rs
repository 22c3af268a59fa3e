//! Thin Tauri commands: each turns IPC arguments into one call on the core.

use serde::Serialize;

/// What the about view shows.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub name: String,
    pub version: String,
    pub core_version: String,
}

/// The app's name and versions, for the about view.
#[tauri::command]
pub fn app_info() -> AppInfo {
    AppInfo {
        name: "Douyin Archiver".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        core_version: douyin_core::VERSION.into(),
    }
}
