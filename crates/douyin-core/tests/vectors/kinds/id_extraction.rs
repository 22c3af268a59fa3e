//! Vector kind `id_extraction`: finding the URL in share text and reading ids from it.
//!
//! Every case runs the product's resolver, `DouyinClient::resolve_id`, against a local HTTP
//! server answering with the case's redirects and statuses (every host routed to it), so the
//! product decides which final statuses each id kind accepts (http.md §8) and which links it
//! requests at all. Answers match F2's except where a rule (`corrected`, `expected`) says we
//! deliberately do better.

use super::{expect_eq, Outcome};
use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient, GovernorConfig, ManualClock};
use douyin_core::link::{
    extract_all_urls, extract_valid_urls, find_link, is_short_link_host, resolve_link, TargetKind,
};
use douyin_core::ErrorKind;
use regex::Regex;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn kind_of(function: &str) -> Option<TargetKind> {
    Some(match function {
        "sec_user_id" => TargetKind::User,
        "aweme_id" => TargetKind::Post,
        "mix_id" => TargetKind::Mix,
        "webcast_id" => TargetKind::Live,
        "room_id" => TargetKind::LiveRoom,
        _ => return None,
    })
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

/// Runs the product's resolver for `kind` on `input` through a local server playing the case's
/// redirects and statuses; returns its answer and the targets the server saw.
fn resolve_over_network(
    case: &Value,
    kind: TargetKind,
    input: &str,
) -> Result<(Result<String, douyin_core::Error>, Vec<String>), String> {
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
        let answer = client.resolve_id(kind, input).await;
        server.abort();
        let seen = seen.lock().expect("lock").clone();
        Ok((answer, seen))
    })
}

/// F2's exception type for an error of our resolver.
fn f2_error_of(e: &douyin_core::Error, input: &str) -> &'static str {
    match e.kind() {
        ErrorKind::InvalidInput if find_link(input).is_none() => "APINotFoundError",
        ErrorKind::InvalidInput
        | ErrorKind::NotFound
        | ErrorKind::HttpStatus
        | ErrorKind::RateLimited => "APIResponseError",
        _ => "unexpected error",
    }
}

/// F2's regexes on a final URL (http.md §8 table): the id F2 reads there at status 200.
fn f2_regex_id(kind: TargetKind, input_url: &str, url: &str) -> Option<String> {
    let short_input = url::Url::parse(input_url)
        .ok()
        .and_then(|u| u.host_str().map(is_short_link_host))
        .unwrap_or(false);
    let patterns: &[&str] = match kind {
        TargetKind::User if short_input => &[r"sec_uid=([^&]*)"],
        TargetKind::User => &[r"user/([^/?]*)"],
        TargetKind::Post => &[r"video/([^/?]*)", r"note/([^/?]*)"],
        TargetKind::Mix => &[r"collection/([^/?]*)"],
        TargetKind::Live => &[
            r"live/([^/?]*)",
            r"http[s]?://live.douyin.com/(\d+)",
            r"reflow/([^/?]*)",
        ],
        TargetKind::LiveRoom => &[r"reflow/([^/?]*)"],
        // F2 has no short-link fetcher; `kind_of` never yields this kind.
        TargetKind::ShortLink => &[],
    };
    patterns.iter().find_map(|p| capture(p, url))
}

/// What our resolver must answer, and whether it requests anything.
struct Want {
    answer: Result<String, String>,
    /// The targets F2 requested, ours must match; `None`: we make no request.
    requested: Option<Vec<String>>,
}

/// Our answer derived from F2's by rule.
///
/// Rule (http.md §8 step 2, "F2 never short-circuits long URLs"): a link whose shape already
/// names its id is read without a request, so a status F2 saw on it does not matter: the answer
/// is the id F2's regex reads in the link (with the `corrected` rules). A short link (and a link
/// of an unknown shape) is followed as F2 follows it, and the product decides the final status.
fn expected(case: &Value, kind: TargetKind, input: &str, link: &str) -> Want {
    let f2_value = case["expected"].as_str();
    let f2_error = case["expected_error"].as_str();
    let offline = matches!(resolve_link(input), Ok(t) if !t.is_short_link());
    if offline {
        let read = f2_value
            .map(str::to_owned)
            .or_else(|| f2_regex_id(kind, link, link));
        let fixed = corrected(kind, link, read.as_deref(), read.is_none()).or(read);
        return Want {
            answer: fixed.ok_or_else(|| f2_error.unwrap_or("APIResponseError").to_owned()),
            requested: None,
        };
    }
    let f2_requested: Vec<String> = case["requested_urls"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let final_url = f2_requested.last().map_or(link, String::as_str);
    // F2 failed on its regexes (not on the final status) when they find nothing in the final
    // URL; only then do the `corrected` readings apply.
    let failed =
        f2_error == Some("APIResponseError") && f2_regex_id(kind, link, final_url).is_none();
    let answer = match corrected(kind, final_url, f2_value, failed) {
        Some(id) => Ok(id),
        None => match (f2_value, f2_error) {
            (Some(id), _) => Ok(id.to_owned()),
            (_, Some(e)) => Err(e.to_owned()),
            _ => Err("case has neither expected nor expected_error".into()),
        },
    };
    // The server sees the hops F2 made, after F2's own first request when F2 requested the
    // link with caption text glued on (we request it without).
    let skip = usize::from(extract_valid_urls(input) != Some(link));
    Want {
        answer,
        requested: Some(
            f2_requested
                .iter()
                .skip(skip)
                .filter_map(|u| wire_target(u))
                .collect(),
        ),
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
fn corrected(
    kind: TargetKind,
    final_url: &str,
    f2_value: Option<&str>,
    f2_failed: bool,
) -> Option<String> {
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
        TargetKind::Post if f2_failed && final_url.contains("modal_id=") => {
            capture(r"[?&]modal_id=(\d+)", final_url)
        }
        // `/share/slides/<id>/` (image posts) and `/vsdetail/<id>` name posts; F2's regex only
        // knows video/ and note/ (http.md §8; peers-and-users.md (b): tonhowtf/omniget#136,
        // nexmoe/VidBee#318).
        TargetKind::Post if f2_failed => capture(r"/(?:slides|vsdetail)/(\d+)", path),
        // F2's unanchored `video/([^/?]*)` also matches inside the query string (http.md §8);
        // the path says which post it is.
        TargetKind::Post if f2_value.is_some() => {
            capture(r"/(?:video|note)/(\d+)", path).filter(|p| Some(p.as_str()) != f2_value)
        }
        // `iesdouyin.com/share/mix/detail/<id>/` names a mix; F2 needs a detour through the post
        // (http.md §8).
        TargetKind::Mix if f2_failed => capture(r"/mix/detail/(\d+)", path),
        // After a short link F2 reads only `sec_uid=` (http.md §8), so a short link that lands
        // on `www.douyin.com/user/<sec_uid>` fails although the final URL names the user.
        TargetKind::User if f2_failed => capture(r"/user/([A-Za-z0-9_-]+)", path),
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
    let (answer, seen) = match resolve_over_network(case, kind, input) {
        Ok(done) => done,
        Err(why) => return Outcome::Fail(why),
    };
    let Some(link) = find_link(input) else {
        let got = answer.map_err(|e| f2_error_of(&e, input).to_owned());
        let want = case["expected_error"]
            .as_str()
            .unwrap_or("<none>")
            .to_owned();
        return expect_eq("answer", got, Err(want));
    };
    let want = expected(case, kind, input, link);
    match &want.requested {
        None if !seen.is_empty() => {
            return Outcome::Fail(format!("{link} names its id, yet we requested {seen:?}"))
        }
        Some(hops) => {
            if let Outcome::Fail(why) = expect_eq("requested", &seen, hops) {
                return Outcome::Fail(why);
            }
        }
        None => {}
    }
    let got = answer.map_err(|e| f2_error_of(&e, input).to_owned());
    expect_eq("answer", got, want.answer)
}
