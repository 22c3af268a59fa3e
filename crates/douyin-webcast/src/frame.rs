//! Websocket frame decoding: `PushFrame` → (bounded) gunzip → `Response` → one `LiveEvent` per
//! message. Every step is size-checked so hostile input costs an error, never a big allocation.

use super::ack::{build_ack, AckStyle};
use super::error::WebcastError;
use super::event::LiveEvent;
use super::schema::{PushFrame, Response};
use bytes::Bytes;
use flate2::bufread::GzDecoder;
use prost::Message as _;
use std::io::Read;

/// Size and count limits applied while decoding one frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodeLimits {
    /// Largest accepted websocket frame (F2's websocket library caps messages at 1 MiB).
    pub max_frame_bytes: usize,
    /// Largest accepted payload after decompression.
    pub max_payload_bytes: usize,
    /// Largest accepted number of messages in one response.
    pub max_messages: usize,
}

impl Default for DecodeLimits {
    fn default() -> Self {
        Self {
            max_frame_bytes: 1 << 20,
            max_payload_bytes: 16 << 20,
            max_messages: 10_000,
        }
    }
}

/// One message of a response, with its envelope fields and its decode result.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameMessage {
    /// `Message.method`.
    pub method: String,
    /// `Message.msg_id`.
    pub msg_id: i64,
    /// `Message.msg_type`.
    pub msg_type: i32,
    /// `Message.payload`, undecoded.
    pub payload: Bytes,
    /// The typed event; a malformed payload only spoils this message, not the frame.
    pub event: Result<LiveEvent, WebcastError>,
}

/// Result of decoding one websocket binary frame.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedFrame {
    /// The `PushFrame` as received (its `payload` still as sent, e.g. gzip).
    pub frame: PushFrame,
    /// The `Response` carried by the frame, with `messages` moved to [`DecodedFrame::messages`];
    /// `None` for frames without a payload (e.g. heartbeat answers).
    pub response: Option<Response>,
    /// The response's messages in order.
    pub messages: Vec<FrameMessage>,
}

impl DecodedFrame {
    /// True when the server asked for an acknowledgement of this frame.
    pub fn need_ack(&self) -> bool {
        self.response.as_ref().is_some_and(|r| r.need_ack)
    }

    /// The acknowledgement to send for this frame, if the server asked for one.
    pub fn ack(&self, style: AckStyle) -> Option<Vec<u8>> {
        let response = self.response.as_ref().filter(|r| r.need_ack)?;
        Some(build_ack(self.frame.log_id, &response.internal_ext, style))
    }

    /// The successfully decoded events, in order.
    pub fn events(&self) -> impl Iterator<Item = &LiveEvent> {
        self.messages.iter().filter_map(|m| m.event.as_ref().ok())
    }

    /// True when a control message in this frame announces the end of the live.
    pub fn live_ended(&self) -> bool {
        self.events().any(LiveEvent::is_live_ended)
    }
}

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// A reusable frame decoder: holds the limits and the inflater state, so a connection
/// decodes many frames without re-allocating it.
pub struct FrameDecoder {
    limits: DecodeLimits,
    inflater: libdeflater::Decompressor,
}

impl std::fmt::Debug for FrameDecoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FrameDecoder")
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

impl FrameDecoder {
    /// A decoder enforcing `limits`.
    pub fn new(limits: DecodeLimits) -> Self {
        Self {
            limits,
            inflater: libdeflater::Decompressor::new(),
        }
    }

    /// The limits this decoder enforces.
    pub fn limits(&self) -> &DecodeLimits {
        &self.limits
    }

    /// Decodes one websocket binary frame into its envelope and typed events.
    pub fn decode(&mut self, bytes: &[u8]) -> Result<DecodedFrame, WebcastError> {
        decode_with(bytes, &self.limits, &mut self.inflater)
    }

    /// Like [`FrameDecoder::decode`] for a frame already held as `Bytes` (as websocket
    /// libraries hand them out); the envelope then shares the buffer instead of copying it.
    pub fn decode_bytes(&mut self, bytes: Bytes) -> Result<DecodedFrame, WebcastError> {
        decode_with(bytes, &self.limits, &mut self.inflater)
    }
}

/// Decodes one websocket binary frame into its envelope and typed events (one-off; a
/// connection should keep a [`FrameDecoder`]).
pub fn decode_frame(bytes: &[u8], limits: &DecodeLimits) -> Result<DecodedFrame, WebcastError> {
    decode_with(bytes, limits, &mut libdeflater::Decompressor::new())
}

fn decode_with(
    bytes: impl bytes::Buf,
    limits: &DecodeLimits,
    inflater: &mut libdeflater::Decompressor,
) -> Result<DecodedFrame, WebcastError> {
    if bytes.remaining() > limits.max_frame_bytes {
        return Err(WebcastError::FrameTooLarge {
            len: bytes.remaining(),
            limit: limits.max_frame_bytes,
        });
    }
    let frame = PushFrame::decode(bytes).map_err(|e| WebcastError::protobuf("PushFrame", e))?;
    if frame.payload.is_empty() {
        return Ok(DecodedFrame {
            frame,
            response: None,
            messages: Vec::new(),
        });
    }
    let body = payload_body(&frame, limits, inflater)?;
    let mut response = Response::decode(body).map_err(|e| WebcastError::protobuf("Response", e))?;
    if response.messages.len() > limits.max_messages {
        return Err(WebcastError::TooManyMessages {
            count: response.messages.len(),
            limit: limits.max_messages,
        });
    }
    let messages = std::mem::take(&mut response.messages)
        .into_iter()
        .map(|m| FrameMessage {
            event: LiveEvent::decode(&m.method, m.payload.clone()),
            method: m.method,
            msg_id: m.msg_id,
            msg_type: m.msg_type,
            payload: m.payload,
        })
        .collect();
    Ok(DecodedFrame {
        frame,
        response: Some(response),
        messages,
    })
}

/// The serialized `Response`: gunzipped when the frame says or looks gzip, else as sent.
/// F2 gunzips unconditionally; honouring an uncompressed body as well costs nothing.
fn payload_body(
    frame: &PushFrame,
    limits: &DecodeLimits,
    inflater: &mut libdeflater::Decompressor,
) -> Result<Bytes, WebcastError> {
    let declared_gzip = frame
        .headers_list
        .iter()
        .any(|h| h.key == "compress_type" && h.value.eq_ignore_ascii_case("gzip"));
    if declared_gzip || frame.payload.starts_with(&GZIP_MAGIC) {
        gunzip_with(&frame.payload, limits.max_payload_bytes, inflater).map(Bytes::from)
    } else if frame.payload.len() > limits.max_payload_bytes {
        Err(WebcastError::PayloadTooLarge {
            limit: limits.max_payload_bytes,
        })
    } else {
        Ok(frame.payload.clone())
    }
}

/// Inflates a gzip stream, failing as soon as the output would exceed `limit` bytes.
pub fn gunzip_bounded(data: &[u8], limit: usize) -> Result<Vec<u8>, WebcastError> {
    gunzip_with(data, limit, &mut libdeflater::Decompressor::new())
}

fn gunzip_with(
    data: &[u8],
    limit: usize,
    inflater: &mut libdeflater::Decompressor,
) -> Result<Vec<u8>, WebcastError> {
    if !data.starts_with(&GZIP_MAGIC) {
        return Err(WebcastError::Gzip("missing gzip magic".into()));
    }
    // Fast path: the trailer's ISIZE sizes a one-shot libdeflate inflate (about 1.5x faster
    // than streaming). ISIZE is untrusted: it only caps the buffer, and libdeflate checks it.
    if let Some(trailer) = data.len().checked_sub(4).and_then(|at| data.get(at..)) {
        let declared = trailer
            .try_into()
            .map(u32::from_le_bytes)
            .unwrap_or(u32::MAX);
        let declared = usize::try_from(declared).unwrap_or(usize::MAX);
        if declared <= limit {
            let mut out = vec![0u8; declared];
            match inflater.gzip_decompress(data, &mut out) {
                Ok(n) => {
                    out.truncate(n);
                    return Ok(out);
                }
                Err(libdeflater::DecompressionError::BadData) => {
                    return Err(WebcastError::Gzip("corrupt deflate data".into()));
                }
                // ISIZE lied (or several members): fall back to bounded streaming below.
                Err(libdeflater::DecompressionError::InsufficientSpace) => {}
            }
        }
    }
    gunzip_streaming(data, limit)
}

/// Streaming inflate with a hard output cap; used when the trailer cannot size the output.
fn gunzip_streaming(data: &[u8], limit: usize) -> Result<Vec<u8>, WebcastError> {
    // Start from a typical compression ratio; the declared size in the trailer is not trusted.
    let mut out = Vec::with_capacity(data.len().saturating_mul(4).min(limit));
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    GzDecoder::new(data)
        .take(cap)
        .read_to_end(&mut out)
        .map_err(|e| WebcastError::Gzip(e.to_string()))?;
    if out.len() > limit {
        return Err(WebcastError::PayloadTooLarge { limit });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{HeadersList, Message};
    use std::io::Write;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let _ = enc.write_all(data);
        enc.finish().unwrap_or_default()
    }

    fn response_with_chat(need_ack: bool) -> Vec<u8> {
        let chat = crate::schema::ChatMessage {
            content: crate::text::pb_string("hi"),
            ..Default::default()
        };
        Response {
            messages: vec![Message {
                method: "WebcastChatMessage".into(),
                payload: Bytes::from(chat.encode_to_vec()),
                msg_id: 9,
                ..Default::default()
            }],
            internal_ext: "ext".into(),
            need_ack,
            ..Default::default()
        }
        .encode_to_vec()
    }

    #[test]
    fn empty_payload_frame_has_no_response_and_no_ack() {
        let hb = crate::ack::heartbeat_frame();
        let d = decode_frame(&hb, &DecodeLimits::default());
        assert!(d
            .as_ref()
            .is_ok_and(|d| d.response.is_none() && d.messages.is_empty()));
        assert_eq!(d.ok().and_then(|d| d.ack(AckStyle::F2)), None);
    }

    #[test]
    fn uncompressed_payload_is_accepted_and_ack_follows_need_ack() {
        for need_ack in [false, true] {
            let frame = PushFrame {
                log_id: 5,
                payload: Bytes::from(response_with_chat(need_ack)),
                ..Default::default()
            };
            let d = FrameDecoder::new(DecodeLimits::default()).decode(&frame.encode_to_vec());
            let d = d.unwrap_or_else(|e| panic!("decode: {e}"));
            assert_eq!(d.messages.len(), 1);
            assert_eq!(d.messages[0].msg_id, 9);
            assert_eq!(
                d.events().next().map(LiveEvent::method),
                Some("WebcastChatMessage")
            );
            assert_eq!(
                d.ack(AckStyle::F2),
                need_ack.then(|| build_ack(5, "ext", AckStyle::F2))
            );
        }
    }

    #[test]
    fn declared_gzip_without_magic_is_gzip_error() {
        let frame = PushFrame {
            headers_list: vec![HeadersList {
                key: "compress_type".into(),
                value: "gzip".into(),
            }],
            payload: Bytes::from(response_with_chat(false)),
            ..Default::default()
        };
        let err = decode_frame(&frame.encode_to_vec(), &DecodeLimits::default()).err();
        assert_eq!(err.map(|e| e.kind()), Some(crate::WebcastErrorKind::Gzip));
    }

    #[test]
    fn gunzip_respects_limit_and_untrusted_trailer() {
        let data = vec![7u8; 10_000];
        let gz = gzip(&data);
        assert_eq!(gunzip_bounded(&gz, 10_000).ok(), Some(data.clone()));
        assert_eq!(
            gunzip_bounded(&gz, 9_999).err(),
            Some(WebcastError::PayloadTooLarge { limit: 9_999 })
        );
        // A trailer that under-declares the size: the one-shot path cannot fit the output, the
        // streaming path then rejects the mismatching trailer. No panic, bounded output.
        let mut lying = gz.clone();
        let n = lying.len();
        lying[n - 4..].copy_from_slice(&100u32.to_le_bytes());
        assert!(gunzip_bounded(&lying, 1 << 20).is_err());
        // A trailer that over-declares beyond the limit goes straight to the capped stream.
        let mut huge = gz;
        huge[n - 4..].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(gunzip_bounded(&huge, 1 << 20).is_err());
        assert!(gunzip_bounded(&[0x1f, 0x8b], 100).is_err());
        assert!(gunzip_bounded(b"plain", 100).is_err());
    }
}
