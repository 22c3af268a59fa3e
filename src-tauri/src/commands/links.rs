//! Link commands: the app's versions, recognising pasted links offline, following short links,
//! and previews of what a link points at.

use crate::error::CommandError;
use crate::state::AppState;
use douyin_core::link::{analyze_text, LinkReport, LinkTarget};
use douyin_core::preview::{preview, Preview};
use serde::Serialize;
use tauri::State;

/// Largest paste or dropped file the link box accepts (a text file of many thousands of URLs).
const MAX_TEXT_BYTES: usize = 4 * 1024 * 1024;

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

/// Every link in a pasted or dropped block of text, recognised offline.
#[tauri::command]
pub fn analyze_links(text: String) -> Result<Vec<LinkReport>, CommandError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(CommandError::invalid_input(format!(
            "the text is {} MB; paste or drop at most {} MB of links at a time",
            text.len() / (1024 * 1024),
            MAX_TEXT_BYTES / (1024 * 1024)
        )));
    }
    Ok(analyze_text(&text))
}

/// What a short link (or any link) points at, following redirects.
#[tauri::command]
pub async fn resolve_link(
    state: State<'_, AppState>,
    url: String,
) -> Result<LinkReport, CommandError> {
    let target = state.services().client.resolve_link(&url).await?;
    Ok(LinkReport::from_target(&url, target))
}

/// A short summary (title, author, cover, count) of what a recognised link points at; the UI
/// hands back the `target` the core gave it.
#[tauri::command]
pub async fn preview_link(
    state: State<'_, AppState>,
    target: LinkTarget,
) -> Result<Preview, CommandError> {
    Ok(preview(&state.services().api, &target).await?)
}
