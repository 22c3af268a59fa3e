//! The library (history): search and filters, stats, export, verify against the disk, the
//! completeness report of a creator and "retry the gap", and acting on saved files (open,
//! reveal, thumbnail, QR of a link). Paths from the UI are relative to the library and are
//! checked to stay inside it.

use crate::error::CommandError;
use crate::state::{now_ms, AppState};
use douyin_core::ErrorKind;
use douyin_download::GapRetry;
use douyin_store::{CreatorReport, ExportFormat, SearchPage, SearchQuery, Stats, VerifyReport};
use serde::Serialize;
use std::path::PathBuf;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_opener::OpenerExt;
use ts_rs::TS;

/// Largest cover shown as a thumbnail (covers are tens of KB).
const MAX_THUMB_BYTES: u64 = 2 * 1024 * 1024;

/// Posts matching `query`, newest first.
#[tauri::command]
pub async fn library_search(
    state: State<'_, AppState>,
    query: SearchQuery,
) -> Result<SearchPage, CommandError> {
    let engine = state.services().engine.clone();
    // SQLite work runs off the async workers.
    tauri::async_runtime::spawn_blocking(move || engine.store().search(&query))
        .await
        .map_err(|e| CommandError::new(ErrorKind::Io, e.to_string()))?
        .map_err(Into::into)
}

/// Totals of the library.
#[tauri::command]
pub fn library_stats(state: State<'_, AppState>) -> Result<Stats, CommandError> {
    Ok(state.services().engine.store().stats()?)
}

/// Where an export went.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Exported {
    /// The file, inside the library's `exports/` folder.
    pub path: String,
    /// Posts written.
    pub posts: u64,
}

/// Writes the posts matching `query` as CSV or JSON into `<library>/exports/`.
#[tauri::command]
pub async fn library_export(
    state: State<'_, AppState>,
    query: SearchQuery,
    format: ExportFormat,
) -> Result<Exported, CommandError> {
    let dir = state.root().join("exports");
    let ext = match format {
        ExportFormat::Csv => "csv",
        ExportFormat::Json => "json",
    };
    let path = dir.join(format!("library-{}.{ext}", now_ms()));
    let engine = state.services().engine.clone();
    let target = path.clone();
    let posts = tauri::async_runtime::spawn_blocking(move || -> Result<u64, CommandError> {
        let io = |e: std::io::Error| {
            CommandError::new(ErrorKind::Io, format!("cannot write the export: {e}"))
        };
        std::fs::create_dir_all(&dir).map_err(io)?;
        // Written beside and renamed, so a half-written export never looks complete.
        let part = target.with_extension(format!("{ext}.part"));
        let mut out = std::io::BufWriter::new(std::fs::File::create(&part).map_err(io)?);
        let n = engine.store().export(&query, format, &mut out)?;
        std::io::Write::flush(&mut out).map_err(io)?;
        std::fs::rename(&part, &target).map_err(io)?;
        Ok(n)
    })
    .await
    .map_err(|e| CommandError::new(ErrorKind::Io, e.to_string()))??;
    Ok(Exported {
        path: path.display().to_string(),
        posts,
    })
}

/// Checks every saved file against the disk; the missing ones are marked for retrying.
#[tauri::command]
pub async fn library_verify(state: State<'_, AppState>) -> Result<VerifyReport, CommandError> {
    let (engine, root) = (state.services().engine.clone(), state.root());
    tauri::async_runtime::spawn_blocking(move || engine.store().verify(&root))
        .await
        .map_err(|e| CommandError::new(ErrorKind::Io, e.to_string()))?
        .map_err(Into::into)
}

/// How complete one creator is: expected vs listed vs saved, and the gap.
#[tauri::command]
pub fn library_report(
    state: State<'_, AppState>,
    creator: String,
) -> Result<CreatorReport, CommandError> {
    Ok(state.services().engine.store().report(&creator)?)
}

/// Queues again exactly what a creator is missing (the engine's `retry_gap`): failed or
/// missing files go back to the jobs that planned them, listed posts without files get
/// one-post jobs, and posts the profile counts but no listing saw get a fresh listing.
#[tauri::command]
pub async fn library_retry_gap(
    state: State<'_, AppState>,
    creator: String,
) -> Result<GapRetry, CommandError> {
    Ok(state.services().engine.retry_gap(&creator)?)
}

/// A saved file's absolute path, refusing anything outside the library.
fn library_file(state: &AppState, rel: &str) -> Result<PathBuf, CommandError> {
    let clean = douyin_store::relative(rel).map_err(CommandError::from)?;
    let path = state.library_path(&clean);
    if !state.inside_library(&path) {
        return Err(CommandError::invalid_input(
            "that file is not in the library",
        ));
    }
    Ok(path)
}

/// Opens a saved file with the system's program for it.
#[tauri::command]
pub fn library_open<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    rel: String,
) -> Result<(), CommandError> {
    let path = library_file(&state, &rel)?;
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|e| CommandError::new(ErrorKind::Io, format!("cannot open the file: {e}")))
}

/// Shows a saved file in the file manager.
#[tauri::command]
pub fn library_reveal<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    rel: String,
) -> Result<(), CommandError> {
    let path = library_file(&state, &rel)?;
    app.opener()
        .reveal_item_in_dir(&path)
        .map_err(|e| CommandError::new(ErrorKind::Io, format!("cannot show the file: {e}")))
}

/// A saved picture (a cover) as a `data:` URL for a thumbnail; `None` when it is not there.
#[tauri::command]
pub fn library_thumb(
    state: State<'_, AppState>,
    rel: String,
) -> Result<Option<String>, CommandError> {
    use base64::Engine as _;
    let path = library_file(&state, &rel)?;
    let Ok(meta) = std::fs::metadata(&path) else {
        return Ok(None);
    };
    if !meta.is_file() || meta.len() > MAX_THUMB_BYTES {
        return Ok(None);
    }
    let bytes =
        std::fs::read(&path).map_err(|e| CommandError::new(ErrorKind::Io, e.to_string()))?;
    let mime = match path.extension().and_then(|e| e.to_str()) {
        Some("webp") => "image/webp",
        Some("png") => "image/png",
        _ => "image/jpeg",
    };
    Ok(Some(format!(
        "data:{mime};base64,{}",
        base64::engine::general_purpose::STANDARD.encode(bytes)
    )))
}

/// A QR code of `text` (a post's link) as a PNG `data:` URL.
#[tauri::command]
pub fn library_qr(text: String) -> Result<String, CommandError> {
    if text.len() > 2048 {
        return Err(CommandError::invalid_input(
            "a link of at most 2048 characters fits a QR code",
        ));
    }
    Ok(douyin_auth::qr::png_data_url(&text, 6)?)
}
