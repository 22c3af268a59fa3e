//! Frames the client sends back: the per-frame acknowledgement (two styles) and the `hb`
//! heartbeat.

use super::schema::PushFrame;
use prost::Message as _;

/// How acknowledgements are encoded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum AckStyle {
    /// F2's form: `PushFrame{logId, payloadType = internal_ext}` (the default, known to work
    /// with F2).
    #[default]
    F2,
    /// The browser-derived form: `PushFrame{logId, payloadType = "ack", payload = internal_ext}`.
    Payload,
}

/// Builds the acknowledgement for a frame with `log_id` whose response carried `internal_ext`.
pub fn build_ack(log_id: i64, internal_ext: &str, style: AckStyle) -> Vec<u8> {
    let frame = match style {
        AckStyle::F2 => PushFrame {
            log_id,
            payload_type: internal_ext.to_owned(),
            ..PushFrame::default()
        },
        AckStyle::Payload => PushFrame {
            log_id,
            payload_type: "ack".to_owned(),
            payload: bytes::Bytes::copy_from_slice(internal_ext.as_bytes()),
            ..PushFrame::default()
        },
    };
    frame.encode_to_vec()
}

/// The heartbeat frame `PushFrame{payloadType = "hb"}` (bytes `3a 02 68 62`).
pub fn heartbeat_frame() -> Vec<u8> {
    PushFrame {
        payload_type: "hb".to_owned(),
        ..PushFrame::default()
    }
    .encode_to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heartbeat_is_four_documented_bytes() {
        assert_eq!(heartbeat_frame(), [0x3a, 0x02, 0x68, 0x62]);
    }

    #[test]
    fn default_style_is_f2() {
        assert_eq!(AckStyle::default(), AckStyle::F2);
    }
}
