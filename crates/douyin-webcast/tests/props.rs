//! Property tests over untrusted websocket input: arbitrary bytes, mutated real frames and
//! payloads from `shared/webcast-samples/` (or `DOUYIN_WEBCAST_SAMPLES_DIR`), and gzip bodies
//! near and over the limits. Decoding never panics, always gives a frame or a classified error,
//! and never produces more than the limits allow. 256 cases per property.

use douyin_webcast::schema::{Message, PushFrame, Response};
use douyin_webcast::{decode_frame, gunzip_bounded, DecodeLimits, LiveEvent, KNOWN_METHODS};
use flate2::write::GzEncoder;
use flate2::Compression;
use proptest::prelude::*;
use prost::Message as _;
use std::io::Write;
use std::path::PathBuf;

const CASES: u32 = 256;

/// Small limits, so that the bounds are reached by inputs of test size.
const LIMITS: DecodeLimits = DecodeLimits {
    max_frame_bytes: 64 << 10,
    max_payload_bytes: 32 << 10,
    max_messages: 16,
};

fn samples_dir() -> PathBuf {
    std::env::var_os("DOUYIN_WEBCAST_SAMPLES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/webcast-samples")
        })
}

/// Every sample file of `folder` ending in `suffix`; a missing folder or no such file fails.
fn samples(folder: &str, suffix: &str) -> Vec<(String, Vec<u8>)> {
    let dir = samples_dir().join(folder);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?.to_owned();
            let stem = name.strip_suffix(suffix)?.to_owned();
            Some((stem, std::fs::read(&p).expect("read sample")))
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no *{suffix} samples in {}", dir.display());
    out
}

fn frames() -> &'static [(String, Vec<u8>)] {
    static FRAMES: std::sync::OnceLock<Vec<(String, Vec<u8>)>> = std::sync::OnceLock::new();
    FRAMES.get_or_init(|| samples("frames", ".pushframe.bin"))
}

fn payloads() -> &'static [(String, Vec<u8>)] {
    static PAYLOADS: std::sync::OnceLock<Vec<(String, Vec<u8>)>> = std::sync::OnceLock::new();
    PAYLOADS.get_or_init(|| samples("messages", ".payload.bin"))
}

/// Decodes under [`LIMITS`]: a frame within them, or a classified error.
fn decode_within_limits(bytes: &[u8]) {
    match decode_frame(bytes, &LIMITS) {
        Ok(frame) => {
            assert!(frame.messages.len() <= LIMITS.max_messages);
            for m in &frame.messages {
                assert!(m.payload.len() <= LIMITS.max_payload_bytes);
            }
            let _ = (frame.need_ack(), frame.live_ended(), frame.events().count());
        }
        Err(e) => {
            let _ = (e.kind(), e.to_string());
        }
    }
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::fast());
    enc.write_all(data).expect("gzip in memory");
    enc.finish().expect("gzip in memory")
}

/// One edit of a byte string.
#[derive(Debug, Clone)]
enum Edit {
    Flip(usize, u8),
    Cut(usize),
    Insert(usize, Vec<u8>),
    Remove(usize, usize),
}

fn apply(bytes: &mut Vec<u8>, edit: &Edit) {
    let len = bytes.len().max(1);
    match edit {
        Edit::Flip(at, mask) => {
            if let Some(b) = bytes.get_mut(at % len) {
                *b ^= mask | 1;
            }
        }
        Edit::Cut(at) => bytes.truncate(at % len),
        Edit::Insert(at, more) => {
            let at = (at % len).min(bytes.len());
            bytes.splice(at..at, more.iter().copied());
        }
        Edit::Remove(at, n) => {
            let at = (at % len).min(bytes.len());
            let end = (at + n % 16).min(bytes.len());
            bytes.drain(at..end);
        }
    }
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(
        prop_oneof![
            (any::<usize>(), any::<u8>()).prop_map(|(a, m)| Edit::Flip(a, m)),
            any::<usize>().prop_map(Edit::Cut),
            (any::<usize>(), prop::collection::vec(any::<u8>(), 1..24))
                .prop_map(|(a, b)| Edit::Insert(a, b)),
            (any::<usize>(), any::<usize>()).prop_map(|(a, n)| Edit::Remove(a, n)),
        ],
        1..8,
    )
}

/// A frame carrying `messages` as a (gzipped, when asked) Response payload.
fn frame_with(messages: Vec<Message>, gzipped: bool) -> Vec<u8> {
    let body = Response {
        messages,
        ..Response::default()
    }
    .encode_to_vec();
    let mut frame = PushFrame {
        payload: if gzipped { gzip(&body) } else { body }.into(),
        ..PushFrame::default()
    };
    if gzipped {
        frame
            .headers_list
            .push(douyin_webcast::schema::HeadersList {
                key: "compress_type".into(),
                value: "gzip".into(),
            });
    }
    frame.encode_to_vec()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn arbitrary_bytes_decode_or_fail_classified(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        decode_within_limits(&bytes);
    }

    #[test]
    fn mutated_sample_frames_decode_or_fail_classified(which in any::<usize>(), changes in edits()) {
        let all = frames();
        let mut bytes = all[which % all.len()].1.clone();
        for change in &changes {
            apply(&mut bytes, change);
        }
        decode_within_limits(&bytes);
    }

    #[test]
    fn mutated_sample_payloads_decode_or_fail_classified(
        which in any::<usize>(),
        method in prop::sample::select(KNOWN_METHODS),
        changes in edits(),
    ) {
        let all = payloads();
        let (stem, original) = &all[which % all.len()];
        let mut bytes = original.clone();
        for change in &changes {
            apply(&mut bytes, change);
        }
        // The payload under its own method and under any other known one.
        let own = stem.strip_prefix("synthetic_").unwrap_or(stem);
        for m in [own, method] {
            if let Err(e) = LiveEvent::decode(m, bytes.clone().into()) {
                let _ = e.kind();
            }
        }
    }

    #[test]
    fn arbitrary_messages_in_a_frame_decode_or_fail_classified(
        messages in prop::collection::vec(
            (prop::sample::select(KNOWN_METHODS), prop::collection::vec(any::<u8>(), 0..256)),
            0..24,
        ),
        gzipped in any::<bool>(),
    ) {
        let messages: Vec<Message> = messages
            .into_iter()
            .map(|(method, payload)| Message {
                method: method.into(),
                payload: payload.into(),
                ..Message::default()
            })
            .collect();
        let count = messages.len();
        let bytes = frame_with(messages, gzipped);
        match decode_frame(&bytes, &LIMITS) {
            Ok(frame) => prop_assert_eq!(frame.messages.len(), count),
            Err(e) => prop_assert!(
                count > LIMITS.max_messages || bytes.len() > LIMITS.max_frame_bytes,
                "{count} messages in {} bytes refused: {e}", bytes.len()
            ),
        }
    }

    #[test]
    fn gunzip_never_returns_more_than_its_limit(
        data in prop::collection::vec(any::<u8>(), 0..2048),
        repeat in 1usize..64,
        limit in 0usize..65536,
        lie in any::<Option<u32>>(),
    ) {
        // Repetition makes small inputs inflate far beyond their compressed size.
        let original: Vec<u8> = data.iter().copied().cycle().take(data.len() * repeat).collect();
        let mut gz = gzip(&original);
        if let Some(isize) = lie {
            // A trailer that lies about the inflated size must not size the output.
            let at = gz.len() - 4;
            gz[at..].copy_from_slice(&isize.to_le_bytes());
        }
        match gunzip_bounded(&gz, limit) {
            Ok(out) => {
                prop_assert!(out.len() <= limit);
                prop_assert_eq!(out, original);
            }
            Err(e) => {
                let _ = e.kind();
                prop_assert!(original.len() > limit || lie.is_some(), "refused a valid body: {e}");
            }
        }
    }
}

#[test]
fn a_gzip_bomb_is_refused_at_the_payload_limit() {
    let bomb = vec![Message {
        method: "WebcastChatMessage".into(),
        payload: vec![0u8; 8 << 20].into(),
        ..Message::default()
    }];
    let bytes = frame_with(bomb, true);
    assert!(
        bytes.len() < LIMITS.max_frame_bytes,
        "the bomb is small on the wire"
    );
    let err = decode_frame(&bytes, &LIMITS).expect_err("8 MiB inflated is over the limit");
    assert_eq!(
        err.kind(),
        douyin_webcast::WebcastErrorKind::LimitExceeded,
        "{err}"
    );
}
