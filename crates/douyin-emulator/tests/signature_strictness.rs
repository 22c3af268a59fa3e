//! Strictness of the signature checks: every F2 request of `vectors/requests.json` is accepted
//! as sent (at its signing time), and every single-character change, re-encoding, misplaced or
//! duplicated signature and stale timestamp is refused.

mod common;

use common::start_with;
use douyin_emulator::sign::{abogus, xbogus, SignatureError};
use douyin_emulator::{Clock, ManualClock};
use serde_json::Value;
use std::sync::Arc;

fn load(rel: &str) -> Value {
    let path = format!("{}/../../../shared/{rel}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).expect("vector json")
}

fn str_of<'a>(v: &'a Value, ptr: &str) -> &'a str {
    v.pointer(ptr)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{ptr}"))
}

/// Splits an F2 request URL into (signed query, signature name, signature value).
fn split(url: &str) -> (String, &'static str, String) {
    let query = url.split_once('?').map(|x| x.1).expect("query");
    for name in ["a_bogus", "X-Bogus"] {
        if let Some((q, v)) = query.rsplit_once(&format!("&{name}=")) {
            return (q.to_string(), name, v.to_string());
        }
    }
    panic!("no signature in {url}")
}

const SIGN_MS: u64 = 1_718_000_000_000;

#[tokio::test]
async fn every_f2_request_is_accepted_as_sent() {
    let doc = load("vectors/requests.json");
    let clock = ManualClock::new(SIGN_MS);
    let c2 = clock.clone();
    let env = start_with(move |cfg| cfg.clock = Arc::new(c2)).await;
    let mut replayed = 0;
    let mut skipped = 0;
    for case in doc["cases"].as_array().expect("cases") {
        let id = str_of(case, "/id");
        for variant in ["expected_request_abogus", "expected_request_xbogus"] {
            let req = &case[variant];
            if req.get("error").is_some() {
                // F2 itself failed to build this request (X-Bogus for the stats POST).
                skipped += 1;
                continue;
            }
            let url = str_of(req, "/url");
            let (_, rest) = url.split_once("://").expect("scheme");
            let path_and_query = &rest[rest.find('/').expect("path")..];
            let target = format!("{}{path_and_query}", env.base());
            let method = str_of(req, "/method");
            let mut rb = if method == "POST" {
                env.http.post(&target)
            } else {
                env.http.get(&target)
            };
            for h in req["headers"].as_array().expect("headers") {
                let (k, v) = (str_of(h, "/0"), str_of(h, "/1"));
                if !["Host", "Accept-Encoding", "Connection", "Content-Length"].contains(&k) {
                    rb = rb.header(k, v);
                }
            }
            if let Some(b) = req["body"].as_str().filter(|b| !b.is_empty()) {
                rb = rb.body(b.to_string());
            }
            let before = env.counters().await["signature_rejections"].as_u64();
            let r = rb.send().await.expect("send");
            let status = r.status().as_u16();
            let text = r.text().await.expect("body");
            let after = env.counters().await["signature_rejections"].as_u64();
            assert_eq!(before, after, "{id} {variant}: signature refused");
            assert_eq!(status, 200, "{id} {variant}");
            assert!(!text.trim().is_empty(), "{id} {variant}: empty body");
            replayed += 1;
        }
    }
    assert_eq!((replayed, skipped), (39, 1));
    let _ = Clock::now_ms(&clock);
}

/// Characters a mutation may put in place of another: all kinds a query holds.
const SWAPS: [char; 6] = ['a', '0', '%', '=', '&', 'Z'];

#[test]
fn every_single_character_change_is_refused() {
    let doc = load("vectors/requests.json");
    let case = &doc["cases"][0];
    let ua = str_of(case, "/a_bogus_inputs/user_agent");
    let (query, _, ab) = split(str_of(case, "/expected_request_abogus/url"));
    let (xquery, _, xb) = split(str_of(case, "/expected_request_xbogus/url"));
    assert_eq!(query, xquery);
    abogus::verify(&ab, &query, "", ua, SIGN_MS, 60_000).expect("original a_bogus");
    xbogus::verify(&xb, &query, ua, SIGN_MS / 1000, 60).expect("original X-Bogus");
    let chars: Vec<char> = query.chars().collect();
    let mut tried = 0;
    for i in 0..chars.len() {
        for &c in SWAPS.iter().filter(|&&c| c != chars[i]).take(2) {
            let mut m = chars.clone();
            m[i] = c;
            let m: String = m.into_iter().collect();
            assert!(
                abogus::verify(&ab, &m, "", ua, SIGN_MS, 60_000).is_err(),
                "a_bogus accepted a change at {i}"
            );
            assert!(
                xbogus::verify(&xb, &m, ua, SIGN_MS / 1000, 60).is_err(),
                "X-Bogus accepted a change at {i}"
            );
            tried += 1;
        }
        // Deleting the character is a change too.
        let mut d = chars.clone();
        d.remove(i);
        let d: String = d.into_iter().collect();
        assert!(
            abogus::verify(&ab, &d, "", ua, SIGN_MS, 60_000).is_err(),
            "deletion {i}"
        );
        assert!(
            xbogus::verify(&xb, &d, ua, SIGN_MS / 1000, 60).is_err(),
            "deletion {i}"
        );
    }
    assert!(tried > 1000, "{tried}");
    // Stale and future timestamps.
    for skew in [61_000, -61_000i64] {
        let now = SIGN_MS.saturating_add_signed(skew);
        assert_eq!(
            abogus::verify(&ab, &query, "", ua, now, 60_000).err(),
            Some(SignatureError::Stale)
        );
        assert_eq!(
            xbogus::verify(&xb, &query, ua, now / 1000, 60).err(),
            Some(SignatureError::Stale)
        );
    }
}

#[tokio::test]
async fn re_encoded_misplaced_and_duplicated_signatures_are_refused() {
    let doc = load("vectors/requests.json");
    let clock = ManualClock::new(SIGN_MS);
    let c2 = clock.clone();
    let env = start_with(move |cfg| cfg.clock = Arc::new(c2)).await;
    let ua = common::UA;
    // suggest_words carries pre-encoded text, im/fetch carries `%2C`, `%20`, `%3B` and `%28`.
    let mut mutated = 0;
    for case in doc["cases"].as_array().expect("cases") {
        let id = str_of(case, "/id");
        if case["expected_request_abogus"]["method"] != "GET" {
            continue;
        }
        let url = str_of(case, "/expected_request_abogus/url");
        let (query, name, sig) = split(url);
        let path = url.split_once("://").map(|x| x.1).expect("scheme");
        let path = &path[path.find('/').expect("/")..path.find('?').expect("?")];
        let mut variants: Vec<(String, String)> = Vec::new();
        // (A raw space cannot be tried: an HTTP request line cannot carry one.)
        let reenc = [
            ("%2C", ","),
            ("%20", "+"),
            ("%3D", "="),
            ("%3A", ":"),
            ("%2F", "/"),
        ];
        for (from, to) in reenc {
            if query.contains(from) {
                variants.push((
                    format!("{from}→{to}"),
                    format!("{}&{name}={sig}", query.replacen(from, to, 1)),
                ));
            }
        }
        for (from, to) in [("=", "%3D"), (",", "%2C")] {
            if let Some(pos) = query.find("msToken=") {
                let tail = &query[pos + 8..];
                if tail.contains(from) {
                    let q = format!("{}msToken={}", &query[..pos], tail.replacen(from, to, 1));
                    variants.push((
                        format!("{from}→{to} in msToken"),
                        format!("{q}&{name}={sig}"),
                    ));
                }
            }
        }
        let (first, rest) = query.split_once('&').expect("two params");
        variants.push(("signature first".into(), format!("{name}={sig}&{query}")));
        variants.push((
            "signature in the middle".into(),
            format!("{first}&{name}={sig}&{rest}"),
        ));
        variants.push((
            "signature twice".into(),
            format!("{query}&{name}={sig}&{name}={sig}"),
        ));
        variants.push((
            "signature lower-cased name".into(),
            format!("{query}&{}={sig}", name.to_lowercase()),
        ));
        variants.push((
            "signature percent-encoded".into(),
            format!(
                "{query}&{name}={}",
                sig.replace('/', "%2F").replace('=', "%3D")
            ),
        ));
        for (why, q) in variants {
            if q.ends_with(&format!("{name}={sig}")) && q == format!("{query}&{name}={sig}") {
                continue; // the mutation did not change anything
            }
            let r = env
                .http
                .get(format!("{}{path}?{q}", env.base()))
                .header("User-Agent", ua)
                .header("Referer", "https://www.douyin.com/")
                .send()
                .await
                .expect("send");
            assert_eq!(r.status(), 200, "{id} {why}");
            assert_eq!(r.text().await.expect("text"), "", "{id} {why}: accepted");
            mutated += 1;
        }
    }
    assert!(mutated >= 80, "{mutated}");
    let _ = Clock::now_ms(&clock);
}
