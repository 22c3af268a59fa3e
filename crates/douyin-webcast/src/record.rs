//! Danmaku recording lines: one JSON object per event, stamped with its offset from the start
//! of a recording, written as JSON Lines so a recording can be appended to and replayed.

use super::event::LiveEvent;
use serde_json::{json, Value};

/// One received event with the wall-clock time (ms since the epoch) it arrived.
#[derive(Debug, Clone, PartialEq)]
pub struct TimedEvent {
    /// Receive time in ms since the Unix epoch (supplied by the caller; the core has no clock).
    pub received_ms: i64,
    /// `Message.msg_id` of the event (0 when unknown).
    pub msg_id: i64,
    /// The decoded event.
    pub event: LiveEvent,
}

/// The JSON record for one event: `{"offset_ms", "method", "msg_id", "data"}`, where
/// `data` is the event's proto-JSON view and `offset_ms` may be negative for events that
/// arrived before `start_ms`.
pub fn record_value(event: &TimedEvent, start_ms: i64) -> Value {
    json!({
        "offset_ms": event.received_ms.saturating_sub(start_ms),
        "method": event.event.method(),
        "msg_id": event.msg_id.to_string(),
        "data": event.event.to_proto_json(),
    })
}

/// One JSON Lines line (with its trailing `\n`) for `event`; embedded newlines are escaped by
/// the JSON encoder, so each record stays on one line.
pub fn jsonl_line(event: &TimedEvent, start_ms: i64) -> String {
    let mut line = record_value(event, start_ms).to_string();
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::ChatMessage;
    use crate::text::pb_string;

    #[test]
    fn line_is_single_json_object_with_offset() {
        let chat = ChatMessage {
            content: pb_string("hi\nthere"),
            ..ChatMessage::default()
        };
        let ev = TimedEvent {
            received_ms: 1_500,
            msg_id: 7_382_491_109_027_058_801,
            event: LiveEvent::Chat(Box::new(chat)),
        };
        let line = jsonl_line(&ev, 1_000);
        assert!(line.ends_with('\n'));
        assert_eq!(line.matches('\n').count(), 1);
        let v: Value = serde_json::from_str(line.trim_end()).unwrap_or(Value::Null);
        assert_eq!(v["offset_ms"], 500);
        assert_eq!(v["method"], "WebcastChatMessage");
        assert_eq!(v["msg_id"], "7382491109027058801");
        assert_eq!(v["data"]["content"], "hi\nthere");
    }
}
