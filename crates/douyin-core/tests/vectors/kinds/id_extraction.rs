//! Vector kind `id_extraction`: finding the URL in share text and reading ids from it.
//!
//! We run our production path: `find_link`, then `resolve_link` must say whether the link needs a
//! redirect; `extract_id` reads the final URL. Cases with `simulated_redirects` or
//! `simulated_status` go over the network: a local HTTP server answers with the case's redirects
//! and statuses, and `DouyinClient::follow_redirects` (the bare, redirect-following resolver,
//! with every host routed to that server) walks them. Answers match F2's except where
//! `corrected` says we deliberately do better.

use super::{expect_eq, Outcome};
use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient, GovernorConfig, ManualClock};
use douyin_core::link::{
    extract_all_urls, extract_id, extract_valid_urls, find_link, resolve_link, IdKind, LinkError,
    LinkTarget,
};
use regex::Regex;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn kind_of(function: &str) -> Option<IdKind> {
    Some(match function {
        "sec_user_id" => IdKind::SecUserId,
        "aweme_id" => IdKind::AwemeId,
        "mix_id" => IdKind::MixId,
        "webcast_id" => IdKind::WebcastId,
        "room_id" => IdKind::RoomId,
        _ => return None,
    })
}

/// F2's exception type for each of our errors.
fn f2_error(e: &LinkError) -> &'static str {
    match e {
        LinkError::NoUrl => "APINotFoundError",
        LinkError::IdNotFound(_) | LinkError::InvalidUrl => "APIResponseError",
        _ => "unexpected error",
    }
}

fn non_empty(case: &Value, key: &str) -> bool {
    case.get(key)
        .and_then(Value::as_object)
        .is_some_and(|m| !m.is_empty())
}

/// Whether the case's answer comes from HTTP: redirects to follow or a status to see.
fn needs_network(case: &Value) -> bool {
    non_empty(case, "simulated_redirects") || non_empty(case, "simulated_status")
}

/// The request target (path and query) a client sends for `url`, as the server sees it.
fn wire_target(url: &str) -> Option<String> {
    let u = url::Url::parse(url).ok()?;
    Some(match u.query() {
        Some(q) => format!("{}?{q}", u.path()),
        None => u.path().to_owned(),
    })
}

/// What the local server answers per request target: a status and an optional `Location`.
type Table = HashMap<String, (u16, Option<String>)>;

fn table_of(case: &Value) -> Result<Table, String> {
    let mut table = Table::new();
    let empty = serde_json::Map::new();
    let redirects = case["simulated_redirects"].as_object().unwrap_or(&empty);
    for (from, to) in redirects {
        let to = to.as_str().ok_or("redirect target is not text")?;
        let target = wire_target(from).ok_or_else(|| format!("bad URL {from}"))?;
        table.insert(target, (302, Some(to.to_owned())));
        // The short-link host answers a code the same whatever caption text F2 glued to it;
        // we request the link without that text.
        if let Some(trimmed) = find_link(from).and_then(wire_target) {
            table
                .entry(trimmed)
                .or_insert_with(|| (302, Some(to.to_owned())));
        }
    }
    let statuses = case["simulated_status"].as_object().unwrap_or(&empty);
    for (url, status) in statuses {
        let status = status
            .as_u64()
            .and_then(|s| u16::try_from(s).ok())
            .ok_or("status is not a number")?;
        let target = wire_target(url).ok_or_else(|| format!("bad URL {url}"))?;
        table.insert(target, (status, None));
    }
    Ok(table)
}

/// Serves `table` on `listener` (every other target answers 200), recording each target.
async fn serve(listener: tokio::net::TcpListener, table: Table, seen: Arc<Mutex<Vec<String>>>) {
    while let Ok((mut stream, _)) = listener.accept().await {
        let mut head = Vec::new();
        let mut buf = [0u8; 4096];
        while !head.windows(4).any(|w| w == b"\r\n\r\n") {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => head.extend_from_slice(&buf[..n]),
            }
        }
        let text = String::from_utf8_lossy(&head);
        let target = text.split(' ').nth(1).unwrap_or("").to_owned();
        seen.lock().expect("lock").push(target.clone());
        let (status, location) = table.get(&target).cloned().unwrap_or((200, None));
        let location = location
            .map(|l| format!("Location: {l}\r\n"))
            .unwrap_or_default();
        let answer = format!(
            "HTTP/1.1 {status} X\r\n{location}Content-Length: 0\r\nConnection: close\r\n\r\n"
        );
        let _ = stream.write_all(answer.as_bytes()).await;
    }
}

/// Follows `start` through a local server playing the case's redirects and statuses; returns
/// the final URL, its status, and the targets the server saw.
fn follow_over_network(case: &Value, start: &str) -> Result<(String, u16, Vec<String>), String> {
    let table = table_of(case)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|e| e.to_string())?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        let seen = Arc::new(Mutex::new(Vec::new()));
        let server = tokio::spawn(serve(listener, table, seen.clone()));
        let config = ClientConfig {
            base_url: Some(format!("http://{addr}")),
            max_retries: 1,
            governor: GovernorConfig {
                requests_per_s: 0.0,
                jitter_ms: 0,
                ..GovernorConfig::default()
            },
            ..ClientConfig::default()
        };
        let world = ClientWorld::seeded(Arc::new(ManualClock::new(1_700_000_000_000)), 1);
        let client = DouyinClient::new(config, world).map_err(|e| e.to_string())?;
        let done = client
            .follow_redirects(start)
            .await
            .map_err(|e| e.to_string());
        server.abort();
        let seen = seen.lock().expect("lock").clone();
        done.map(|d| (d.final_url, d.status, seen))
    })
}

/// F2's verdict on the final status (http.md §8): the user fetcher accepts 200 and 444, the
/// others any 2xx; anything else fails with `APIResponseError`.
fn f2_accepts_status(kind: IdKind, status: u16) -> bool {
    match kind {
        IdKind::SecUserId => status == 200 || status == 444,
        _ => (200..300).contains(&status),
    }
}

/// The first capture of `pattern` in `text`.
fn capture(pattern: &str, text: &str) -> Option<String> {
    Regex::new(pattern)
        .ok()?
        .captures(text)?
        .get(1)
        .map(|m| m.as_str().to_owned())
}

/// The id we give where we deliberately differ from F2, derived from the case by a rule that is
/// independent of our extractor; `None` where F2's answer stands.
fn corrected(case: &Value, kind: IdKind, final_url: &str) -> Option<String> {
    let f2_value = case["expected"].as_str();
    let f2_failed = case["expected_error"].as_str() == Some("APIResponseError");
    let path = final_url.split(['?', '#']).next().unwrap_or(final_url);
    match kind {
        // F2 keeps caption text glued to the link and returns it percent-encoded as part of the
        // id (http.md §8 step 3); no API accepts that, so the id ends where the glued text begins.
        _ if f2_value.is_some_and(|v| v.contains('%')) => f2_value
            .and_then(|v| v.split('%').next())
            .map(str::to_owned),
        // `?modal_id=` links (discover/jingxuan/user pages with a post open) are what users copy
        // from the address bar; F2 fails on them (http.md §8; peers-and-users.md (b):
        // nexmoe/VidBee#160).
        IdKind::AwemeId if f2_failed && final_url.contains("modal_id=") => {
            capture(r"[?&]modal_id=(\d+)", final_url)
        }
        // `/share/slides/<id>/` (image posts) and `/vsdetail/<id>` name posts; F2's regex only
        // knows video/ and note/ (http.md §8; peers-and-users.md (b): tonhowtf/omniget#136,
        // nexmoe/VidBee#318).
        IdKind::AwemeId if f2_failed => capture(r"/(?:slides|vsdetail)/(\d+)", path),
        // F2's unanchored `video/([^/?]*)` also matches inside the query string (http.md §8);
        // the path says which post it is.
        IdKind::AwemeId => {
            capture(r"/(?:video|note)/(\d+)", path).filter(|p| Some(p.as_str()) != f2_value)
        }
        // `iesdouyin.com/share/mix/detail/<id>/` names a mix; F2 needs a detour through the post
        // (http.md §8).
        IdKind::MixId if f2_failed => capture(r"/mix/detail/(\d+)", path),
        // After a short link F2 reads only `sec_uid=` (http.md §8), so a short link that lands
        // on `www.douyin.com/user/<sec_uid>` fails although the final URL names the user.
        IdKind::SecUserId if f2_failed => capture(r"/user/([A-Za-z0-9_-]+)", path),
        _ => None,
    }
}

fn run_extract_valid_urls(case: &Value) -> Outcome {
    let got = match &case["input"] {
        Value::String(s) => extract_valid_urls(s).map_or(Value::Null, |u| Value::String(u.into())),
        Value::Array(items) => Value::Array(
            items
                .iter()
                .filter_map(Value::as_str)
                .flat_map(extract_all_urls)
                .map(|u| Value::String(u.into()))
                .collect(),
        ),
        other => return Outcome::Fail(format!("unexpected input {other}")),
    };
    expect_eq("urls", &got, &case["expected"])
}

pub fn run(case: &Value) -> Outcome {
    let function = case["function"].as_str().unwrap_or_default();
    if function == "extract_valid_urls" {
        return run_extract_valid_urls(case);
    }
    let Some(kind) = kind_of(function) else {
        return Outcome::Fail(format!("unknown function {function:?}"));
    };
    let Some(input) = case["input"].as_str() else {
        return Outcome::Fail("input is not text".into());
    };
    // The URL F2 found must be the one our finder starts from.
    let f2_url = extract_valid_urls(input);
    if let Outcome::Fail(why) = expect_eq("extracted_url", f2_url, case["extracted_url"].as_str()) {
        return Outcome::Fail(why);
    }
    let Some(url) = find_link(input) else {
        return expect_eq(
            "error",
            f2_error(&LinkError::NoUrl),
            case["expected_error"].as_str().unwrap_or("<none>"),
        );
    };
    let short = match resolve_link(input) {
        Ok(LinkTarget::NeedsRedirect(short)) => {
            // We request the same short link F2 requested, unless F2's had caption text glued on.
            let first = case["requested_urls"][0].as_str();
            if f2_url == Some(url) && first != Some(short.as_str()) {
                return Outcome::Fail(format!("requests {short}, F2 requested {first:?}"));
            }
            Some(short)
        }
        // `DouyinClient::resolve_link` also fetches a long link of a shape it does not know.
        Err(LinkError::Unrecognised) => Some(url.to_owned()),
        _ if non_empty(case, "simulated_redirects")
            && case["simulated_redirects"].get(url).is_some() =>
        {
            return Outcome::Fail(format!(
                "{url} redirects but resolve_link did not ask for it"
            ));
        }
        _ => None,
    };
    let final_url = if needs_network(case) {
        // A long link with a scripted status is fetched too: F2 always GETs, and the status is
        // what the case is about.
        let start = short.unwrap_or_else(|| url.to_owned());
        let (final_url, status, seen) = match follow_over_network(case, &start) {
            Ok(done) => done,
            Err(why) => return Outcome::Fail(why),
        };
        // The server saw the hops F2 made (after F2's own first request, which may have had
        // caption text glued on).
        let f2_seen: Vec<String> = case["requested_urls"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .filter_map(wire_target)
                    .collect()
            })
            .unwrap_or_default();
        let skip = usize::from(f2_url != Some(url));
        if let Outcome::Fail(why) = expect_eq(
            "requested",
            &seen[skip.min(seen.len())..],
            &f2_seen[skip.min(f2_seen.len())..],
        ) {
            return Outcome::Fail(why);
        }
        if !f2_accepts_status(kind, status) {
            return match case["expected_error"].as_str() {
                Some(want) => expect_eq("error", "APIResponseError", want),
                None => Outcome::Fail(format!("final status {status}, F2 expected an id")),
            };
        }
        final_url
    } else {
        short.unwrap_or_else(|| url.to_owned())
    };
    let got = extract_id(kind, &final_url);
    if let Some(want) = corrected(case, kind, &final_url) {
        return expect_eq("corrected id", got, Ok(want));
    }
    match (case.get("expected"), case.get("expected_error")) {
        (Some(Value::String(want)), _) => expect_eq("id", got, Ok(want.clone())),
        (_, Some(Value::String(want))) => match got {
            Ok(v) => Outcome::Fail(format!("got {v:?}, want {want}")),
            Err(e) => expect_eq("error", f2_error(&e), want.as_str()),
        },
        _ => Outcome::Fail("case has neither expected nor expected_error".into()),
    }
}
