//! The watch list in the app: the library's list (kept by `douyin-store`, the same list
//! `douyin watch` edits) polled by the engine's `Watcher` in a background task, which records
//! a watched room as a queue job the moment it goes live and announces it with a native
//! notification. Commands list, add, remove and check now; the UI hears of every pass through
//! the [`WATCH`] event.

use crate::error::CommandError;
use crate::state::AppState;
use douyin_core::link::{LinkTarget, TargetKind};
use douyin_download::live::{entry_recording, WatchOptions, Watcher};
use douyin_store::JobId;
use serde::Serialize;
use std::collections::HashMap;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use ts_rs::TS;

/// A watch pass ran (payload: the list as [`WatchedRoom`]s).
pub const WATCH: &str = "watch";

/// The watcher of the running engine, and a nudge for an immediate pass.
#[derive(Default)]
pub struct WatchState {
    watcher: tokio::sync::Mutex<Option<Watcher>>,
    poke: tokio::sync::Notify,
    /// Entry id → the room its last lookup named, copied after each pass so the list can be
    /// answered while a pass holds the watcher.
    entry_rooms: std::sync::Mutex<HashMap<i64, String>>,
}

impl WatchState {
    fn entry_rooms(&self) -> std::sync::MutexGuard<'_, HashMap<i64, String>> {
        self.entry_rooms
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// One watched room or creator, as the live view shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WatchedRoom {
    /// The entry's id (what `live_watch_remove` takes).
    pub id: i64,
    /// `live` (a web_rid), `live_room` (a room id) or `user` (a creator's sec_user_id).
    pub kind: String,
    /// The id.
    pub target: String,
    /// The anchor's nickname, once a pass has seen it.
    pub label: Option<String>,
    /// Live at the last pass.
    pub live: bool,
    /// The last pass that read it, unix seconds; `None` before the first.
    pub checked_at: Option<i64>,
    /// The recording job of this room (a creator's: of the room they are live in), while one
    /// is unfinished.
    pub recording: Option<JobId>,
}

/// The list now, each entry with its unfinished recording.
fn rooms(state: &AppState) -> Result<Vec<WatchedRoom>, CommandError> {
    let engine = state.services().engine.clone();
    let entries = engine.store().watch_list()?;
    let entry_rooms = state.watch.entry_rooms().clone();
    Ok(entries
        .iter()
        .map(|e| WatchedRoom {
            id: e.id,
            kind: e.kind.clone(),
            target: e.target.clone(),
            label: e.label.clone(),
            live: e.live,
            checked_at: e.checked_at,
            recording: entry_recording(&engine, e, entry_rooms.get(&e.id).map(String::as_str)),
        })
        .collect())
}

/// One pass of the current watcher; announces the recordings it started.
async fn pass<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> std::time::Duration {
    let mut slot = state.watch.watcher.lock().await;
    let watcher = slot.get_or_insert_with(|| {
        Watcher::new(
            state.services().engine.clone(),
            WatchOptions {
                live: state.settings().job_options().live,
                ..WatchOptions::default()
            },
        )
    });
    match watcher.check_once().await {
        Ok(found) if !found.started.is_empty() && state.settings().notifications => {
            let engine = state.services().engine.clone();
            for job in found.started {
                let name = engine.job(job).map(|j| j.title).unwrap_or_default();
                crate::notify::send(
                    app,
                    &format!("{name} 开播了，正在录制 · is live, recording"),
                    "抖音存档 · Douyin Archiver",
                );
            }
        }
        Ok(_) => {}
        Err(e) => tracing::warn!("watch pass failed: {e}"),
    }
    let wait = watcher.next_wait();
    state.watch.entry_rooms().clone_from(watcher.entry_rooms());
    drop(slot);
    if let Ok(list) = rooms(state) {
        let _ = app.emit(WATCH, &list);
    }
    wait
}

/// Starts the background task: a pass, then the watcher's wait (interval, jitter, backoff),
/// or sooner when nudged; a new watcher whenever the services are swapped.
pub fn start<R: Runtime>(app: AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        let state = app.state::<AppState>();
        let mut generations = state.generations();
        loop {
            let wait = pass(&app, &state).await;
            tokio::select! {
                changed = generations.changed() => {
                    if changed.is_err() { return; }
                    *state.watch.watcher.lock().await = None;
                }
                () = state.watch.poke.notified() => {}
                () = tokio::time::sleep(wait) => {}
            }
        }
    });
}

/// What a pasted link or id names for the watch list (short links are followed).
async fn watch_target(state: &AppState, text: &str) -> Result<LinkTarget, CommandError> {
    let target = douyin_download::live::watch_target(text)?;
    if !target.is_short_link() {
        return Ok(target);
    }
    let followed = state.services().client.resolve_link(&target.id).await?;
    match followed.kind {
        TargetKind::Live | TargetKind::LiveRoom | TargetKind::User => Ok(followed),
        _ => Err(CommandError::invalid_input(
            "the short link leads to a post, not a live room or a creator",
        )),
    }
}

/// The watch list.
#[tauri::command]
pub fn live_watch_list(state: State<'_, AppState>) -> Result<Vec<WatchedRoom>, CommandError> {
    rooms(&state)
}

/// Adds a room or creator (a link, share text or id) and checks it at once.
#[tauri::command]
pub async fn live_watch_add(
    state: State<'_, AppState>,
    link: String,
) -> Result<Vec<WatchedRoom>, CommandError> {
    let target = watch_target(&state, &link).await?;
    state
        .services()
        .engine
        .store()
        .watch_add(target.kind.as_str(), &target.id, None)?;
    state.watch.poke.notify_one();
    rooms(&state)
}

/// Removes an entry (a recording it started goes on until stopped from the queue).
#[tauri::command]
pub fn live_watch_remove(
    state: State<'_, AppState>,
    id: i64,
) -> Result<Vec<WatchedRoom>, CommandError> {
    let engine = state.services().engine.clone();
    if let Some(e) = engine.store().watch_entry(id)? {
        engine.store().watch_remove(&e.kind, &e.target)?;
    }
    rooms(&state)
}

/// Runs a pass now and answers the list after it.
#[tauri::command]
pub async fn live_watch_check<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Vec<WatchedRoom>, CommandError> {
    pass(&app, &state).await;
    rooms(&state)
}
