//! Live rooms in the app: open a room and stream its danmaku to the window that asked
//! through a Tauri `Channel` (request-scoped, so closing the view ends it), and recording
//! through the engine's live jobs (the watch list is `watch.rs`).

use crate::error::CommandError;
use crate::state::AppState;
use douyin_core::live::{
    parse_live_target, CancelHandle, LiveRoom, LiveSession, SessionConfig, SessionEvent,
};
use douyin_download::{JobKind, JobSpec, Target};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use tauri::ipc::Channel;
use tauri::State;
use ts_rs::TS;

/// Open rooms by handle.
#[derive(Default)]
pub struct LiveRooms {
    next: AtomicU32,
    open: Mutex<HashMap<u32, CancelHandle>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl LiveRooms {
    /// Ends every open room (quitting).
    pub fn stop_all(&self) {
        for (_, c) in lock(&self.open).drain() {
            c.cancel();
        }
    }
}

/// A room as the live view shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoomView {
    /// The handle to close the room with.
    pub handle: u32,
    /// 19-digit room id.
    pub room_id: String,
    /// The web id.
    pub web_rid: Option<String>,
    /// Live title.
    pub title: String,
    /// The anchor.
    pub nickname: String,
    /// Viewers as Douyin shows them.
    pub user_count: String,
    /// Whether it is live.
    pub live: bool,
    /// Quality ids offered (FULL_HD1, HD1, …).
    pub qualities: Vec<String>,
}

fn room_view(handle: u32, room: &LiveRoom) -> RoomView {
    RoomView {
        handle,
        room_id: room.room_id.clone(),
        web_rid: room.web_rid.clone(),
        title: room.title.clone(),
        nickname: room.nickname.clone(),
        user_count: room.user_count.clone(),
        live: room.is_live(),
        qualities: room.flv_pull_urls.iter().map(|(q, _)| q.clone()).collect(),
    }
}

/// One item of a room's feed.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum DanmakuMessage {
    /// Connected (again, after a drop: `attempt` > 0).
    Connected {
        /// Reconnect attempt.
        attempt: u32,
    },
    /// A danmaku message.
    Event {
        /// The webcast method (`WebcastChatMessage`, …).
        method: String,
        /// Receive time, unix ms.
        received_ms: i64,
        /// The message as proto-JSON.
        #[ts(type = "Record<string, unknown>")]
        data: serde_json::Value,
    },
    /// The connection dropped; reconnecting.
    Reconnecting {
        /// Attempt.
        attempt: u32,
    },
    /// The feed is over.
    Ended {
        /// `live_ended`, `cancelled` or `gave_up`.
        reason: String,
    },
}

fn message(ev: &SessionEvent) -> Option<DanmakuMessage> {
    Some(match ev {
        SessionEvent::Connected { attempt, .. } => DanmakuMessage::Connected { attempt: *attempt },
        SessionEvent::Event(t) => DanmakuMessage::Event {
            method: t.event.method().to_owned(),
            received_ms: t.received_ms,
            data: t.event.to_proto_json(),
        },
        SessionEvent::Reconnecting { attempt, .. } => {
            DanmakuMessage::Reconnecting { attempt: *attempt }
        }
        SessionEvent::Ended { reason } => DanmakuMessage::Ended {
            reason: reason.as_str().to_owned(),
        },
        _ => return None,
    })
}

/// Opens a live room and streams its danmaku into `on_event` until the live ends, the room
/// is closed, or the window stops listening.
#[tauri::command]
pub async fn live_open(
    state: State<'_, AppState>,
    link: String,
    on_event: Channel<DanmakuMessage>,
) -> Result<RoomView, CommandError> {
    let target = parse_live_target(&link)?;
    let client = state.services().client.clone();
    let mut session =
        LiveSession::start(Arc::new(client), &target, SessionConfig::default()).await?;
    let handle = state.live.next.fetch_add(1, Ordering::Relaxed) + 1;
    let view = room_view(handle, session.room());
    let cancel = session.cancel_handle();
    lock(&state.live.open).insert(handle, cancel.clone());
    tauri::async_runtime::spawn(async move {
        while let Some(ev) = session.next_event().await {
            if let Some(m) = message(&ev) {
                if on_event.send(m).is_err() {
                    cancel.cancel();
                }
            }
        }
    });
    Ok(view)
}

/// Closes an open room.
#[tauri::command]
pub fn live_close(state: State<'_, AppState>, handle: u32) -> bool {
    lock(&state.live.open)
        .remove(&handle)
        .map(|c| c.cancel())
        .is_some()
}

/// Starts recording a room as a queue job (its progress arrives with the other jobs').
#[tauri::command]
pub async fn live_record_start(
    state: State<'_, AppState>,
    link: String,
) -> Result<i64, CommandError> {
    let mut link = parse_live_target(&link)?;
    if link.is_short_link() {
        link = state.services().client.resolve_link(&link.id).await?;
    }
    let target = Target::from_link(JobKind::Live, &link).map_err(CommandError::invalid_input)?;
    let spec = JobSpec {
        kind: JobKind::Live,
        target,
        options: state.settings().job_options(),
    };
    Ok(state.services().engine.enqueue(spec)?)
}

/// Stops a recording (the file so far stays).
#[tauri::command]
pub fn live_record_stop(state: State<'_, AppState>, job: i64) -> Result<(), CommandError> {
    Ok(state.services().engine.cancel(job)?)
}
