//! Checks the webcast decoder against the sample set in `DOUYIN_WEBCAST_SAMPLES_DIR` (default
//! `shared/webcast-samples`): message payloads vs expected JSON, frames vs their envelope
//! description, acks and heartbeat byte for byte, signature vectors, and malformed input.

use douyin_webcast::{
    build_ack, decode_frame, heartbeat_frame, sign_x_ms_stub, signature_stub, verify_signature,
    x_ms_stub, AckStyle, DecodeLimits, LiveEvent, ProtoJson, SignatureDraws, WebcastErrorKind,
};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

fn samples_dir() -> PathBuf {
    let dir = std::env::var_os("DOUYIN_WEBCAST_SAMPLES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/webcast-samples")
        });
    assert!(
        dir.is_dir(),
        "webcast samples folder missing: {}",
        dir.display()
    );
    dir
}

/// The files of `dir` ending in `suffix`; a missing folder or one without such files fails.
fn files_with_suffix(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    let rd = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut v: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.ends_with(suffix))
        })
        .collect();
    v.sort();
    assert!(!v.is_empty(), "no *{suffix} samples in {}", dir.display());
    v
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&read(path)).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()))
}

fn sha256_hex(data: &[u8]) -> String {
    Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned()
}

/// Lists differing JSON paths to make a mismatch readable.
fn diff(path: &str, a: &Value, b: &Value, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                match y.get(k) {
                    Some(w) => diff(&format!("{path}.{k}"), v, w, out),
                    None => out.push(format!("{path}.{k}: only in decoded")),
                }
            }
            for k in y.keys().filter(|k| !x.contains_key(*k)) {
                out.push(format!("{path}.{k}: only in expected"));
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                diff(&format!("{path}[{i}]"), v, w, out);
            }
        }
        _ if a != b => out.push(format!("{path}: decoded {a} expected {b}")),
        _ => {}
    }
}

#[test]
fn message_payloads_decode_to_expected_json() {
    let dir = samples_dir().join("messages");
    let mut failures = Vec::new();
    let mut checked = 0;
    for payload_path in files_with_suffix(&dir, ".payload.bin") {
        let file = name_of(&payload_path);
        let stem = file.trim_end_matches(".payload.bin");
        let method = stem.strip_prefix("synthetic_").unwrap_or(stem);
        let expected = read_json(&dir.join(format!("{stem}.expected.json")));
        let payload = read(&payload_path);
        match LiveEvent::decode(method, payload.into()) {
            Ok(LiveEvent::Unknown { .. }) => {
                failures.push(format!("{file}: no decoder for method {method}"))
            }
            Ok(event) => {
                assert_eq!(event.method(), method);
                let got = event.to_proto_json();
                if got != expected {
                    let mut d = Vec::new();
                    diff("$", &got, &expected, &mut d);
                    failures.push(format!("{file}: JSON differs:\n  {}", d.join("\n  ")));
                }
            }
            Err(e) => failures.push(format!("{file}: decode error: {e}")),
        }
        checked += 1;
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} message samples failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    eprintln!("message samples checked: {checked}");
}

fn field_str(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => "0".to_owned(),
    }
}

#[test]
fn frames_decode_to_expected_envelopes_and_acks() {
    let root = samples_dir();
    let dir = root.join("frames");
    let mut checked = 0;
    for frame_path in files_with_suffix(&dir, ".pushframe.bin") {
        let file = name_of(&frame_path);
        let stem = file.trim_end_matches(".pushframe.bin");
        let expected = read_json(&dir.join(format!("{stem}.expected.json")));
        let bytes = read(&frame_path);
        if let Some(sha) = expected.get("pushframe_sha256").and_then(Value::as_str) {
            assert_eq!(
                sha256_hex(&bytes),
                sha,
                "{file}: sample file itself differs from its description"
            );
        }
        let decoded = decode_frame(&bytes, &DecodeLimits::default())
            .unwrap_or_else(|e| panic!("{file}: frame decode failed: {e}"));

        let pf = &expected["push_frame"];
        let f = &decoded.frame;
        // Every envelope field the description lists must equal our proto-JSON view of it.
        check_listed_fields(
            &format!("{file}: push_frame"),
            pf,
            &f.to_proto_json(),
            &["payload_gzip_len", "payload_gunzipped_sha256"],
        );
        if let Some(n) = pf.get("payload_gzip_len").and_then(Value::as_u64) {
            assert_eq!(f.payload.len() as u64, n, "{file}: payload length");
        }
        if let Some(sha) = pf.get("payload_gunzipped_sha256").and_then(Value::as_str) {
            let gunzipped = douyin_webcast::gunzip_bounded(&f.payload, 1 << 24)
                .unwrap_or_else(|e| panic!("{file}: gunzip: {e}"));
            assert_eq!(
                sha256_hex(&gunzipped),
                sha,
                "{file}: gunzipped payload sha256"
            );
            let response_file = dir.join(format!("{stem}.response.bin"));
            if response_file.is_file() {
                assert_eq!(
                    gunzipped,
                    read(&response_file),
                    "{file}: gunzipped payload vs response.bin"
                );
            }
        }

        let rs = &expected["response"];
        let r = decoded
            .response
            .as_ref()
            .unwrap_or_else(|| panic!("{file}: no response"));
        check_listed_fields(
            &format!("{file}: response"),
            rs,
            &r.to_proto_json(),
            &["message_count"],
        );
        assert_eq!(
            decoded.messages.len() as u64,
            rs["message_count"].as_u64().unwrap_or(u64::MAX),
            "{file}: count"
        );

        let want_msgs = expected["messages"].as_array().cloned().unwrap_or_default();
        assert_eq!(
            decoded.messages.len(),
            want_msgs.len(),
            "{file}: messages listed"
        );
        for (m, w) in decoded.messages.iter().zip(&want_msgs) {
            let idx = w["index"].as_u64().unwrap_or(u64::MAX);
            let ctx = format!("{file} message {idx}");
            assert_eq!(
                m.method,
                w["method"].as_str().unwrap_or(""),
                "{ctx}: method"
            );
            assert_eq!(
                m.msg_id.to_string(),
                field_str(w, "msg_id"),
                "{ctx}: msg_id"
            );
            assert_eq!(
                m.payload.len() as u64,
                w["payload_len"].as_u64().unwrap_or(u64::MAX),
                "{ctx}: len"
            );
            assert_eq!(
                sha256_hex(&m.payload),
                w["payload_sha256"].as_str().unwrap_or(""),
                "{ctx}: sha256"
            );
            let event = m
                .event
                .as_ref()
                .unwrap_or_else(|e| panic!("{ctx}: decode error {e}"));
            assert!(
                !matches!(event, LiveEvent::Unknown { .. }),
                "{ctx}: no decoder for {}",
                m.method
            );
            if let Some(rel) = w.get("expected_json_file").and_then(Value::as_str) {
                let path = root.join(rel);
                if path.is_file() {
                    assert_eq!(
                        event.to_proto_json(),
                        read_json(&path),
                        "{ctx}: JSON vs {rel}"
                    );
                }
            }
        }

        for (key, style) in [
            ("ack_f2_style", AckStyle::F2),
            ("ack_payload_style", AckStyle::Payload),
        ] {
            let Some(desc) = expected.get(key) else {
                continue;
            };
            let built = build_ack(f.log_id, &r.internal_ext, style);
            let offered = decoded.ack(style);
            assert_eq!(
                offered,
                r.need_ack.then(|| built.clone()),
                "{file}: ack follows need_ack"
            );
            if let Some(rel) = desc.get("file").and_then(Value::as_str) {
                let path = root.join(rel);
                if path.is_file() {
                    assert_eq!(built, read(&path), "{file}: {key} bytes");
                }
            }
            if let Some(hex) = desc.get("hex").and_then(Value::as_str) {
                let got: String = built.iter().map(|b| format!("{b:02x}")).collect();
                assert_eq!(got, hex, "{file}: {key} hex");
            }
        }
        checked += 1;
    }
    eprintln!("frames checked: {checked}");
}

/// Compares each field listed in `want` (except `skip`) with `got`; a field absent from `got`
/// is at its default, so the listed value must be a default too.
fn check_listed_fields(ctx: &str, want: &Value, got: &Value, skip: &[&str]) {
    let Some(want) = want.as_object() else {
        panic!("{ctx}: description is not an object")
    };
    for (k, v) in want.iter().filter(|(k, _)| !skip.contains(&k.as_str())) {
        match got.get(k) {
            Some(g) => assert_eq!(g, v, "{ctx}: field {k}"),
            None => {
                let is_default = matches!(v, Value::Null | Value::Bool(false))
                    || v.as_str().is_some_and(|s| s.is_empty() || s == "0")
                    || v.as_f64() == Some(0.0)
                    || v.as_array().is_some_and(Vec::is_empty)
                    || v.as_object().is_some_and(serde_json::Map::is_empty);
                assert!(
                    is_default,
                    "{ctx}: field {k} = {v} but decoded as default/absent"
                );
            }
        }
    }
}

#[test]
fn heartbeat_matches_sample() {
    let path = samples_dir().join("frames/heartbeat_hb.bin");
    if path.is_file() {
        assert_eq!(heartbeat_frame(), read(&path));
    }
}

#[test]
fn signature_vectors_pass() {
    let path = samples_dir().join("signature/signature_vectors.json");
    if !path.is_file() {
        return;
    }
    let doc = read_json(&path);
    let vectors = doc["vectors"].as_array().cloned().unwrap_or_default();
    assert!(!vectors.is_empty(), "no vectors in {}", path.display());
    let mut failures = Vec::new();
    for (i, v) in vectors.iter().enumerate() {
        let s = |k: &str| {
            v[k].as_str()
                .unwrap_or_else(|| panic!("vector {i}: missing {k}"))
                .to_owned()
        };
        let n = |k: &str| {
            v[k].as_u64()
                .unwrap_or_else(|| panic!("vector {i}: missing {k}"))
        };
        let stub = signature_stub(&s("room_id"), &s("user_unique_id"));
        if stub != s("stub_input") {
            failures.push(format!("vector {i}: stub differs"));
        }
        let xms = x_ms_stub(&s("stub_input"));
        if xms != s("x_ms_stub") {
            failures.push(format!("vector {i}: x_ms_stub {xms}"));
        }
        let draws = SignatureDraws {
            counter: u32::try_from(n("counter")).unwrap_or(u32::MAX),
            flag_bit: u8::try_from(n("flag_bit")).unwrap_or(u8::MAX),
            tail_byte: u8::try_from(n("tail_byte")).unwrap_or(u8::MAX),
            key_byte: u8::try_from(n("key_byte")).unwrap_or(u8::MAX),
        };
        match sign_x_ms_stub(&s("x_ms_stub"), draws) {
            Ok(sig) if sig == s("signature") => {}
            other => failures.push(format!(
                "vector {i}: got {other:?}, want {}",
                s("signature")
            )),
        }
        let back = verify_signature(&s("signature"), &s("x_ms_stub"));
        if back
            != Ok(SignatureDraws {
                counter: draws.counter & 63,
                ..draws
            })
        {
            failures.push(format!("vector {i}: verify gave {back:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    eprintln!("signature vectors checked: {}", vectors.len());
}

/// A minimal protobuf writer for building hostile frames.
fn varint(mut v: u64, out: &mut Vec<u8>) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(data).unwrap_or_else(|e| panic!("gzip: {e}"));
    enc.finish().unwrap_or_else(|e| panic!("gzip: {e}"))
}

fn push_frame_with_payload(payload: &[u8]) -> Vec<u8> {
    let mut f = vec![0x08, 0x01, 0x3a, 0x03];
    f.extend_from_slice(b"msg");
    f.push(0x42);
    varint(payload.len() as u64, &mut f);
    f.extend_from_slice(payload);
    f
}

/// A valid frame (one chat message) for folders without frame samples.
fn synthetic_frame() -> Vec<u8> {
    let mut chat = vec![0x1a, 0x02];
    chat.extend_from_slice(b"hi");
    let mut msg = vec![0x0a, 0x12];
    msg.extend_from_slice(b"WebcastChatMessage");
    msg.push(0x12);
    varint(chat.len() as u64, &mut msg);
    msg.extend_from_slice(&chat);
    let mut response = vec![0x0a];
    varint(msg.len() as u64, &mut response);
    response.extend_from_slice(&msg);
    response.extend_from_slice(&[0x48, 0x01]);
    let frame = push_frame_with_payload(&gzip(&response));
    let decoded = decode_frame(&frame, &DecodeLimits::default())
        .unwrap_or_else(|e| panic!("synthetic frame: {e}"));
    assert_eq!(
        decoded.events().next().map(|e| e.to_proto_json()),
        Some(serde_json::json!({"content": "hi"}))
    );
    frame
}

#[test]
fn malformed_frames_are_classified_errors() {
    let limits = DecodeLimits::default();
    let sample = samples_dir().join("frames/frame_public.pushframe.bin");
    let good = if sample.is_file() {
        read(&sample)
    } else {
        synthetic_frame()
    };

    // Truncated at every length: never a panic; a cut inside the envelope is a protobuf error.
    for cut in 0..good.len() {
        let _ = decode_frame(&good[..cut], &limits);
    }
    let kind = decode_frame(&good[..good.len() / 2], &limits)
        .map(|_| ())
        .map_err(|e| e.kind());
    assert_eq!(kind, Err(WebcastErrorKind::Protobuf));

    // Wrong wire type: field 2 (logId, varint) sent as length-delimited.
    let kind = decode_frame(&[0x12, 0x01, 0x00], &limits)
        .map(|_| ())
        .map_err(|e| e.kind());
    assert_eq!(kind, Err(WebcastErrorKind::Protobuf));

    // Huge declared length: payload field claims 2^40 bytes; must fail without allocating.
    let mut huge = vec![0x42];
    varint(1 << 40, &mut huge);
    huge.extend_from_slice(&[0x1f, 0x8b, 0x08]);
    let kind = decode_frame(&huge, &limits)
        .map(|_| ())
        .map_err(|e| e.kind());
    assert_eq!(kind, Err(WebcastErrorKind::Protobuf));

    // Gzip bomb: 64 MiB of zeros compresses to ~64 KiB; the default limit is 16 MiB.
    let bomb = gzip(&vec![0u8; 64 << 20]);
    let err = decode_frame(&push_frame_with_payload(&bomb), &limits).err();
    assert!(
        matches!(
            err,
            Some(douyin_webcast::WebcastError::PayloadTooLarge { .. })
        ),
        "{err:?}"
    );
    assert_eq!(err.map(|e| e.kind()), Some(WebcastErrorKind::LimitExceeded));

    // Corrupt gzip (magic, then garbage).
    let kind = decode_frame(
        &push_frame_with_payload(&[0x1f, 0x8b, 0xff, 0xff, 0x00]),
        &limits,
    )
    .map(|_| ())
    .map_err(|e| e.kind());
    assert_eq!(kind, Err(WebcastErrorKind::Gzip));

    // A frame larger than the frame limit.
    let tight = DecodeLimits {
        max_frame_bytes: good.len() - 1,
        ..limits
    };
    let kind = decode_frame(&good, &tight)
        .map(|_| ())
        .map_err(|e| e.kind());
    assert_eq!(kind, Err(WebcastErrorKind::LimitExceeded));

    // A response with a message whose payload is malformed spoils only that message.
    let mut msg = Vec::new();
    msg.extend_from_slice(&[0x0a, 0x12]);
    msg.extend_from_slice(b"WebcastChatMessage");
    msg.extend_from_slice(&[0x12, 0x03, 0x0a, 0x10, 0x00]);
    let mut response = vec![0x0a];
    varint(msg.len() as u64, &mut response);
    response.extend_from_slice(&msg);
    let decoded = decode_frame(&push_frame_with_payload(&gzip(&response)), &limits)
        .unwrap_or_else(|e| panic!("frame with one bad message should decode: {e}"));
    assert_eq!(decoded.messages.len(), 1);
    assert_eq!(
        decoded.messages[0].event.as_ref().err().map(|e| e.kind()),
        Some(WebcastErrorKind::Protobuf)
    );
}
