//! What a live session yields: the typed danmaku events with their receive time, plus the
//! session's own milestones (connected, reconnecting with the gap, frame errors, ended), and
//! the one-line JSON form the CLI prints.

use super::room::LiveRoom;
use crate::webcast::{TimedEvent, WebcastErrorKind};
use serde_json::{json, Value};
use std::sync::Arc;

/// Why a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EndReason {
    /// The live ended (control message, or the room is no longer live).
    LiveEnded,
    /// The caller cancelled.
    Cancelled,
    /// Reconnecting failed this many times in a row.
    GaveUp {
        /// Attempts made.
        attempts: u32,
    },
}

impl EndReason {
    /// Stable label.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::LiveEnded => "live_ended",
            Self::Cancelled => "cancelled",
            Self::GaveUp { .. } => "gave_up",
        }
    }
}

/// One item of a session's event stream.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SessionEvent {
    /// The websocket is open (first connection: attempt 0).
    Connected {
        /// The room.
        room: Arc<LiveRoom>,
        /// Reconnect attempt that succeeded (0 for the first connection).
        attempt: u32,
        /// The cursor the connection resumed from.
        cursor: String,
        /// After a reconnect: ms since the last frame before the drop.
        gap_ms: Option<i64>,
    },
    /// A decoded danmaku message.
    Event(TimedEvent),
    /// The connection dropped; a reconnect follows after the backoff.
    Reconnecting {
        /// 1-based attempt number.
        attempt: u32,
        /// ms since the last frame received.
        gap_ms: i64,
        /// Why the previous connection ended (no URL).
        reason: String,
    },
    /// A frame or one message in it could not be decoded; the session continues.
    FrameError {
        /// Classification.
        kind: WebcastErrorKind,
        /// The decoder's reason.
        reason: String,
    },
    /// The session is over; nothing follows.
    Ended {
        /// Why.
        reason: EndReason,
    },
}

impl SessionEvent {
    /// One JSON object describing this item (`type` first).
    pub fn to_json(&self) -> Value {
        match self {
            Self::Connected {
                room,
                attempt,
                gap_ms,
                ..
            } => {
                json!({"type": "connected", "room_id": room.room_id, "attempt": attempt, "gap_ms": gap_ms})
            }
            Self::Event(e) => json!({
                "type": "event",
                "method": e.event.method(),
                "msg_id": e.msg_id.to_string(),
                "received_ms": e.received_ms,
                "data": e.event.to_proto_json(),
            }),
            Self::Reconnecting {
                attempt,
                gap_ms,
                reason,
            } => {
                json!({"type": "reconnecting", "attempt": attempt, "gap_ms": gap_ms, "reason": reason})
            }
            Self::FrameError { kind, reason } => {
                json!({"type": "frame_error", "kind": format!("{kind:?}"), "reason": reason})
            }
            Self::Ended { reason } => {
                let mut v = json!({"type": "ended", "reason": reason.as_str()});
                if let EndReason::GaveUp { attempts } = reason {
                    v["attempts"] = json!(attempts);
                }
                v
            }
        }
    }
}

/// Short names accepted by `--types` filters, mapped to webcast methods
/// (`chat` → `WebcastChatMessage`); a name already starting with `Webcast` is kept.
pub fn method_for_type_name(name: &str) -> String {
    let name = name.trim();
    if name.starts_with("Webcast") {
        return name.to_owned();
    }
    let wanted: String = name
        .chars()
        .filter(|c| !matches!(c, '_' | '-' | ' '))
        .flat_map(char::to_lowercase)
        .collect();
    let core = |m: &str| {
        let r = m.strip_prefix("Webcast").unwrap_or(m);
        let r = r
            .strip_suffix("Message")
            .or_else(|| r.strip_suffix("Method"))
            .unwrap_or(r);
        r.to_lowercase()
    };
    crate::webcast::KNOWN_METHODS
        .iter()
        .find(|m| core(m) == wanted || m.to_lowercase() == format!("webcast{wanted}"))
        .map_or_else(
            || {
                // Unknown names still map predictably, so `--types` can name new methods.
                let mut camel = String::new();
                for part in name.split(['_', '-']).filter(|p| !p.is_empty()) {
                    let mut c = part.chars();
                    if let Some(f) = c.next() {
                        camel.extend(f.to_uppercase());
                        camel.push_str(c.as_str());
                    }
                }
                format!("Webcast{camel}Message")
            },
            |m| (*m).to_owned(),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names_map_to_methods() {
        assert_eq!(method_for_type_name("chat"), "WebcastChatMessage");
        assert_eq!(method_for_type_name("gift"), "WebcastGiftMessage");
        assert_eq!(
            method_for_type_name("room_user_seq"),
            "WebcastRoomUserSeqMessage"
        );
        assert_eq!(method_for_type_name("linkmic"), "WebcastLinkMicMethod");
        assert_eq!(method_for_type_name("control"), "WebcastControlMessage");
        assert_eq!(
            method_for_type_name("WebcastLikeMessage"),
            "WebcastLikeMessage"
        );
        assert_eq!(method_for_type_name("Chat_Message"), "WebcastChatMessage");
        assert_eq!(method_for_type_name("new_thing"), "WebcastNewThingMessage");
    }

    #[test]
    fn ended_json_names_reason() {
        let v = SessionEvent::Ended {
            reason: EndReason::GaveUp { attempts: 3 },
        }
        .to_json();
        assert_eq!(v["reason"], "gave_up");
        assert_eq!(v["attempts"], 3);
    }
}
