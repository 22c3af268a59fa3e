//! The websocket push endpoint `/webcast/im/push/v2/`: checks `signature` against the URL's
//! `room_id` and `user_unique_id`, pushes gzip'd PushFrames at the configured rate, counts acks
//! (F2 style `payloadType = internal_ext`, or `payloadType = "ack"` with the payload) and `hb`
//! heartbeats, closes idle connections, and sends the live-end control message when the live ends.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::{Message as WsFrame, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use futures::{SinkExt, StreamExt};
use prost::Message;

use super::messages::{end_message, gzip, response, tick_messages};
use super::proto::{HeadersList, PushFrame};
use crate::server::query::{parse, Params};
use crate::server::{lock, Shared};
use crate::sign::webcast;

/// Handshake: refuses (empty 200, no upgrade) on a bad signature or unknown room.
pub async fn upgrade(State(sh): State<Arc<Shared>>, uri: Uri, ws: WebSocketUpgrade) -> Response {
    let q = parse(uri.query().unwrap_or(""));
    let (room_id, did) = (
        q.s("room_id").to_string(),
        q.s("user_unique_id").to_string(),
    );
    let checked = match q.get("signature") {
        None => Err(crate::sign::SignatureError::Missing),
        Some(sig) => webcast::verify(sig, &room_id, &did),
    };
    if let Err(e) = checked {
        sh.count(|c| {
            c.signature_rejections += 1;
            *c.signature_rejections_by_kind
                .entry(e.kind().to_string())
                .or_default() += 1;
        });
        return StatusCode::OK.into_response();
    }
    let Some(r) = sh.world().room_by_id(&room_id) else {
        return StatusCode::OK.into_response();
    };
    ws.on_upgrade(move |socket| session(sh, r, did, socket))
}

fn frame(log_id: i64, seq: u64, payload: Vec<u8>, resp_cursor: &str, ext: &str) -> PushFrame {
    PushFrame {
        seq_id: seq as i64,
        log_id,
        service: 88_888,
        method: 8,
        headers_list: vec![
            HeadersList {
                key: "compress_type".into(),
                value: "gzip".into(),
            },
            HeadersList {
                key: "im-cursor".into(),
                value: resp_cursor.into(),
            },
            HeadersList {
                key: "im-internal_ext".into(),
                value: ext.into(),
            },
        ],
        payload_encoding: "pb".into(),
        payload_type: "msg".into(),
        payload: gzip(&payload),
        lod_id_new: String::new(),
    }
}

async fn session(sh: Arc<Shared>, r: usize, did: String, socket: WebSocket) {
    let (mut tx, mut rx) = socket.split();
    let room = sh.world().rooms[r].clone();
    let mut tick: u64 = 0;
    let mut last_client = tokio::time::Instant::now();
    let interval = Duration::from_millis(sh.cfg.ws_interval_ms.max(10));
    let idle = Duration::from_millis(sh.cfg.ws_idle_timeout_ms.max(50));
    let mut pending: Vec<(i64, String)> = Vec::new();
    let mut next_push = tokio::time::Instant::now();
    loop {
        tokio::select! {
            incoming = rx.next() => {
                match incoming {
                    Some(Ok(WsFrame::Binary(b))) => {
                        last_client = tokio::time::Instant::now();
                        if let Ok(f) = PushFrame::decode(b.as_ref()) {
                            if f.payload_type == "hb" {
                                sh.count(|c| c.ws_heartbeats += 1);
                            } else {
                                let ext = if f.payload_type == "ack" { String::from_utf8_lossy(&f.payload).into_owned() } else { f.payload_type.clone() };
                                if let Some(i) = pending.iter().position(|(id, e)| *id == f.log_id && *e == ext) {
                                    pending.remove(i);
                                    sh.count(|c| c.ws_acks += 1);
                                }
                            }
                        }
                    }
                    Some(Ok(WsFrame::Ping(_))) => {
                        last_client = tokio::time::Instant::now();
                        sh.count(|c| c.ws_heartbeats += 1);
                    }
                    Some(Ok(WsFrame::Close(_))) | None | Some(Err(_)) => return,
                    Some(Ok(_)) => last_client = tokio::time::Instant::now(),
                }
            }
            _ = tokio::time::sleep_until(next_push) => {
                if last_client.elapsed() > idle {
                    let _ = tx.send(WsFrame::Close(None)).await;
                    return;
                }
                let (delay, truncate) = {
                    let f = lock(&sh.faults);
                    (f.ws_frame_delay_ms, f.ws_truncate_frames)
                };
                if delay > 0 {
                    tokio::time::sleep(Duration::from_millis(delay)).await;
                }
                let now = sh.now_ms();
                let live = sh.room_live(r);
                tick += 1;
                let msgs = if live { tick_messages(&sh.world(), &room, now, tick) } else { vec![end_message(&room, now, tick)] };
                let resp = response(&room, &did, now, tick, msgs, live);
                let log_id = (room.room_id as i64 & 0x0fff_ffff_ffff) * 1000 + tick as i64;
                if resp.need_ack {
                    pending.push((log_id, resp.internal_ext.clone()));
                    if pending.len() > 256 {
                        pending.remove(0);
                    }
                }
                let mut bytes = frame(log_id, tick, resp.encode_to_vec(), &resp.cursor, &resp.internal_ext).encode_to_vec();
                if truncate {
                    bytes.truncate(bytes.len() / 2);
                }
                if tx.send(WsFrame::Binary(bytes.into())).await.is_err() {
                    return;
                }
                sh.count(|c| c.ws_frames_sent += 1);
                if !live {
                    let _ = tx.send(WsFrame::Close(None)).await;
                    return;
                }
                next_push = tokio::time::Instant::now() + interval;
            }
        }
    }
}
