//! Vector kind `id_extraction`: finding the URL in share text and reading ids from it offline.
//!
//! We run our production path: `find_link`, then `resolve_link` must say whether the link needs a
//! redirect; short links follow the case's `simulated_redirects` table (a lookup, no network)
//! and `extract_id` reads the final URL. Cases whose answer depends on an HTTP status belong to
//! the HTTP client. Answers match F2's except where `corrected` says we deliberately do better.

use super::{expect_eq, Outcome};
use douyin_core::link::{
    extract_all_urls, extract_id, extract_valid_urls, find_link, resolve_link, IdKind, LinkError,
    LinkTarget,
};
use regex::Regex;
use serde_json::Value;

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

fn needs_http_status(case: &Value) -> bool {
    case.get("simulated_status")
        .and_then(Value::as_object)
        .is_some_and(|m| !m.is_empty())
}

/// Where following `url` through the case's redirect table ends (the HTTP client's job, here a
/// table lookup).
fn follow_redirects(case: &Value, url: &str) -> Result<String, String> {
    let mut current = url.to_owned();
    for _ in 0..10 {
        match case["simulated_redirects"]
            .get(&current)
            .and_then(Value::as_str)
        {
            Some(next) => current = next.to_owned(),
            None => return Ok(current),
        }
    }
    Err("redirect loop".into())
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
    if needs_http_status(case) {
        return Outcome::NotHandled("needs HTTP status");
    }
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
    let final_url = match resolve_link(input) {
        Ok(LinkTarget::NeedsRedirect(short)) => {
            // We request the same short link F2 requested, unless F2's had caption text glued on.
            let first = case["requested_urls"][0].as_str();
            if f2_url == Some(url) && first != Some(short.as_str()) {
                return Outcome::Fail(format!("requests {short}, F2 requested {first:?}"));
            }
            match follow_redirects(case, &short) {
                Ok(u) => u,
                Err(why) => return Outcome::Fail(why),
            }
        }
        _ if case["simulated_redirects"].get(url).is_some() => {
            return Outcome::Fail(format!(
                "{url} redirects but resolve_link did not ask for it"
            ));
        }
        _ => url.to_owned(),
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
