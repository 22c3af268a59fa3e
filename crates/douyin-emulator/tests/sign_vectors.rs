//! Known-answer checks of the signature verifiers against the shared F2 vectors.

use douyin_emulator::sign::{abogus, webcast, xbogus, SignatureError};
use serde_json::Value;

fn load(rel: &str) -> Value {
    let path = format!("{}/../../../shared/{rel}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).expect("vector json")
}

fn s(v: &Value, k: &str) -> String {
    match &v[k] {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn tweak(query: &str) -> String {
    // Change one character of the query: flip the last character to something else.
    let mut chars: Vec<char> = query.chars().collect();
    let last = chars.len() - 1;
    chars[last] = if chars[last] == 'x' { 'y' } else { 'x' };
    chars.into_iter().collect()
}

#[test]
fn xbogus_vectors_verify_and_reject_tweaks() {
    let doc = load("vectors/xbogus.json");
    let mut checked = 0;
    for case in doc["cases"].as_array().expect("cases") {
        if case.get("expected_error").is_some_and(|e| !e.is_null()) || case["quirk"] == true {
            continue;
        }
        let params = s(case, "params");
        if params.len() <= 32 {
            continue;
        }
        let ua = s(case, "effective_user_agent");
        let t: u64 = s(case, "timestamp_s").parse().expect("ts");
        let sig = s(case, "expected_xbogus");
        let id = s(case, "id");
        let d = xbogus::verify(&sig, &params, &ua, t, 60).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(u64::from(d.unix_seconds), t, "{id}");
        assert!(
            matches!(
                xbogus::verify(&sig, &tweak(&params), &ua, t, 60),
                Err(SignatureError::Mismatch(_))
            ),
            "{id} tweaked query"
        );
        assert!(
            xbogus::verify(&sig, &params, &format!("{ua}x"), t, 60).is_err(),
            "{id} ua"
        );
        assert_eq!(
            xbogus::verify(&sig, &params, &ua, t + 3600, 60),
            Err(SignatureError::Stale)
        );
        checked += 1;
    }
    assert!(checked >= 35, "checked {checked}");
}

#[test]
fn abogus_vectors_verify_and_reject_tweaks() {
    let doc = load("vectors/abogus.json");
    let mut checked = 0;
    for case in doc["cases"].as_array().expect("cases") {
        if case.get("expected_error").is_some_and(|e| !e.is_null()) {
            continue;
        }
        let id = s(case, "id");
        let params = s(case, "params");
        let body = s(case, "body");
        let ua = s(case, "effective_user_agent");
        let start: u64 = s(case, "start_ms").parse().expect("start");
        let end: u64 = s(case, "end_ms").parse().expect("end");
        let sig = s(case, "expected_abogus");
        let d = abogus::decode(&sig).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!((d.start_ms, d.end_ms), (start, end), "{id}");
        assert_eq!(d.fingerprint, s(case, "browser_fp"), "{id}");
        if end >= start && end - start <= 60_000 {
            abogus::verify(&sig, &params, &body, &ua, start, 60_000)
                .unwrap_or_else(|e| panic!("{id}: {e}"));
            assert!(
                matches!(
                    abogus::verify(&sig, &tweak(&params), &body, &ua, start, 60_000),
                    Err(SignatureError::Mismatch(_))
                ),
                "{id} tweaked"
            );
            assert_eq!(
                abogus::verify(&sig, &params, &body, &ua, start + 3_600_000, 60_000),
                Err(SignatureError::Stale),
                "{id} stale"
            );
        }
        checked += 1;
    }
    assert!(checked >= 40, "checked {checked}");
}

#[test]
fn webcast_signature_vectors_verify() {
    let doc = load("webcast-samples/signature/signature_vectors.json");
    let vectors = doc["vectors"].as_array().expect("vectors");
    for v in vectors {
        let (room, uid, sig) = (s(v, "room_id"), s(v, "user_unique_id"), s(v, "signature"));
        webcast::verify(&sig, &room, &uid).unwrap_or_else(|e| panic!("{sig}: {e}"));
        let other_room = format!("{}1", &room[..room.len() - 1]);
        if other_room != room {
            assert!(
                webcast::verify(&sig, &other_room, &uid).is_err() || {
                    // Two digest bytes collide for 1 in 65536 inputs; the tweak must not be one.
                    false
                }
            );
        }
    }
    assert_eq!(vectors.len(), 18);
}
