//! Vector kind `requests`: per F2 crawler method, the model's ordered parameters, the query
//! text, and the exact request F2 sent signed with A-Bogus and with X-Bogus (method, URL with
//! signature, the headers our client sets, body). PyPI 0.0.1.7 variants are not checked: the
//! models follow F2 HEAD (see `douyin_core::params`).

use super::Outcome;
use douyin_core::endpoints::Method;
use douyin_core::params::models::*;
use douyin_core::params::{
    AbogusEntropy, ClientHeaders, ParamConfig, PreparedRequest, RequestErrorKind, RequestModel,
    DEFAULT_REFERER,
};
use percent_encoding::percent_decode_str;
use serde_json::{Map, Value};

/// The cookie the generator handed to DouyinCrawler (`cookie=COOKIE` in `how_generated`); an
/// input, like the UA, not an expected value.
const COOKIE: &str =
    "ttwid=1%7CTESTTTWID%7C1718000000%7Cabcdef; s_v_web_id=verify_lx8kuby8_TEST; sessionid=TESTSESSION";

/// Headers the HTTP library adds on its own; we do not model them.
const TRANSPORT_HEADERS: [&str; 4] = ["Host", "Accept", "Accept-Encoding", "Connection"];

type Check = Result<(), String>;

pub fn run(case: &Value) -> Outcome {
    match check(case) {
        Ok(()) => Outcome::Pass,
        Err(why) => Outcome::Fail(why),
    }
}

fn check(case: &Value) -> Check {
    let method = case["crawler_method"]
        .as_str()
        .ok_or("case lacks crawler_method")?;
    let dump = case["model_dump"]
        .as_object()
        .ok_or("case lacks model_dump")?;
    let ua = case["a_bogus_inputs"]["user_agent"]
        .as_str()
        .ok_or("case lacks a_bogus_inputs.user_agent")?;
    let config = config_for(dump, ua);
    let headers = ClientHeaders {
        user_agent: ua.to_owned(),
        referer: DEFAULT_REFERER.to_owned(),
        cookie: COOKIE.to_owned(),
    };
    let fields = Fields(dump);
    match method {
        "fetch_user_profile" => check_model(
            case,
            &UserProfile::new(fields.text("sec_user_id")?),
            &config,
            &headers,
        ),
        "fetch_user_post" => check_model(
            case,
            &UserPost::new(
                fields.text("sec_user_id")?,
                fields.int("max_cursor")?,
                fields.int("count")?,
            ),
            &config,
            &headers,
        ),
        "fetch_user_like" => check_model(
            case,
            &UserLike::new(
                fields.text("sec_user_id")?,
                fields.int("max_cursor")?,
                fields.int("count")?,
            ),
            &config,
            &headers,
        ),
        "fetch_user_collection" => check_model(
            case,
            &UserCollection::new(fields.int("cursor")?, fields.int("count")?),
            &config,
            &headers,
        ),
        "fetch_user_collects_video" => check_model(
            case,
            &UserCollectsVideo::new(
                fields.text("collects_id")?,
                fields.int("cursor")?,
                fields.int("count")?,
            ),
            &config,
            &headers,
        ),
        "fetch_user_music_collection" => check_model(
            case,
            &UserMusicCollection::new(fields.int("cursor")?, fields.int("count")?),
            &config,
            &headers,
        ),
        "fetch_post_detail" => check_model(
            case,
            &PostDetail::new(fields.text("aweme_id")?),
            &config,
            &headers,
        ),
        "fetch_post_comment" => check_model(
            case,
            &PostComment::new(
                fields.text("aweme_id")?,
                fields.int("cursor")?,
                fields.int("count")?,
            ),
            &config,
            &headers,
        ),
        "fetch_post_comment_reply" => check_model(
            case,
            &PostCommentReply::new(
                fields.text("item_id")?,
                fields.text("comment_id")?,
                fields.int("cursor")?,
                fields.int("count")?,
            ),
            &config,
            &headers,
        ),
        "fetch_follow_feed" => check_model(case, &FollowFeed::default(), &config, &headers),
        "fetch_friend_feed" => check_model(
            case,
            &FriendFeed::page(
                fields.int("cursor")?,
                fields.int("level")?,
                fields.int("pull_type")?,
            ),
            &config,
            &headers,
        ),
        "fetch_live" => check_model(
            case,
            &UserLive::new(fields.text("web_rid")?),
            &config,
            &headers,
        ),
        "fetch_live_room_id" => check_model(
            case,
            &UserLive2::new(fields.text("room_id")?),
            &config,
            &headers,
        ),
        "fetch_suggest_word" => check_model(
            case,
            &SuggestWord::new(&fields.decoded("query")?, fields.int("count")?),
            &config,
            &headers,
        ),
        "fetch_locate_post" => check_model(
            case,
            &PostLocate::new(
                fields.text("sec_user_id")?,
                fields.text("max_cursor")?,
                fields.text("locate_item_id")?,
                fields.text("locate_item_cursor")?,
            ),
            &config,
            &headers,
        ),
        "fetch_user_following" => check_model(
            case,
            &UserFollowing::for_sec_user_id(fields.text("sec_user_id")?),
            &config,
            &headers,
        ),
        "fetch_live_im_fetch" => check_model(
            case,
            &LiveImFetch::new(fields.text("room_id")?, fields.text("user_unique_id")?),
            &config,
            &headers,
        ),
        "fetch_user_live_status" => check_model(
            case,
            &UserLiveStatus::new(fields.text("user_ids")?),
            &config,
            &headers,
        ),
        "fetch_post_stats" => check_model(
            case,
            &PostStats::new(fields.text("item_id")?, fields.int("aweme_type")?),
            &config,
            &headers,
        ),
        "fetch_home_post_search" => check_model(
            case,
            &HomePostSearch::new(
                fields.text("from_user")?,
                &fields.decoded("keyword")?,
                fields.int("count")?,
            ),
            &config,
            &headers,
        ),
        other => Err(format!("no model for crawler method `{other}`")),
    }
}

/// The session-level inputs F2 pinned (msToken, verifyFp) and the UA-derived webcast values.
fn config_for(dump: &Map<String, Value>, ua: &str) -> ParamConfig {
    let text = |key: &str| dump.get(key).and_then(Value::as_str).unwrap_or_default();
    ParamConfig::new(ua, text("msToken"), text("verifyFp"))
}

/// Caller-supplied values read from the vector's model (the values a handler passes in).
struct Fields<'a>(&'a Map<String, Value>);

impl Fields<'_> {
    fn text(&self, key: &str) -> Result<String, String> {
        self.0
            .get(key)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| format!("model_dump.{key} is not a string"))
    }

    fn int(&self, key: &str) -> Result<i64, String> {
        self.0
            .get(key)
            .and_then(Value::as_i64)
            .ok_or_else(|| format!("model_dump.{key} is not an integer"))
    }

    /// A value F2's handler pre-encoded with `quote`, decoded back to what the user typed, so
    /// the model's own encoding is what gets checked.
    fn decoded(&self, key: &str) -> Result<String, String> {
        let raw = self.text(key)?;
        percent_decode_str(&raw)
            .decode_utf8()
            .map(|s| s.into_owned())
            .map_err(|_| format!("model_dump.{key} is not percent-encoded UTF-8"))
    }
}

fn check_model(
    case: &Value,
    model: &impl RequestModel,
    config: &ParamConfig,
    headers: &ClientHeaders,
) -> Check {
    check_params(case, model, config)?;
    let request = PreparedRequest::new(model, config, headers, None);
    check_abogus(case, &request).map_err(|e| format!("A-Bogus request: {e}"))?;
    check_xbogus(case, &request).map_err(|e| format!("X-Bogus request: {e}"))
}

fn check_params(case: &Value, model: &impl RequestModel, config: &ParamConfig) -> Check {
    let dump = case["model_dump"]
        .as_object()
        .ok_or("case lacks model_dump")?;
    let want: Vec<(String, String)> = dump
        .iter()
        .map(|(k, v)| {
            Ok((
                k.clone(),
                value_text(v).ok_or(format!("model_dump.{k}: not text or integer"))?,
            ))
        })
        .collect::<Result<_, String>>()?;
    let params = model.params(config);
    let got: Vec<(String, String)> = params
        .text_pairs()
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
    if got != want {
        return Err(format!(
            "model_dump mismatch: {}",
            first_difference(&got, &want)
        ));
    }
    let want_query = case["param_string"]
        .as_str()
        .ok_or("case lacks param_string")?;
    eq("param_string", &params.query_text(), want_query)
}

/// A JSON value as F2 renders it into the query: strings verbatim, integers in decimal.
fn value_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) if n.is_i64() || n.is_u64() => Some(n.to_string()),
        _ => None,
    }
}

fn first_difference(got: &[(String, String)], want: &[(String, String)]) -> String {
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        if g != w {
            return format!("at #{i}: got {g:?}, want {w:?}");
        }
    }
    format!("got {} pairs, want {}", got.len(), want.len())
}

fn check_abogus(case: &Value, request: &PreparedRequest) -> Check {
    let inputs = &case["a_bogus_inputs"];
    let body_signed = inputs["body_signed"].as_str().ok_or("lacks body_signed")?;
    eq("signed body", request.abogus_body(), body_signed)?;
    let fingerprint = inputs["browser_fp"].as_str().ok_or("lacks browser_fp")?;
    let random: Vec<u32> = inputs["random_rd"]
        .as_array()
        .ok_or("lacks random_rd")?
        .iter()
        .map(|v| v.as_u64().and_then(|n| u32::try_from(n).ok()))
        .collect::<Option<_>>()
        .ok_or("random_rd is not a list of integers")?;
    let random: [u32; 3] = random.try_into().map_err(|_| "random_rd needs 3 values")?;
    let entropy = AbogusEntropy {
        fingerprint,
        start_ms: inputs["start_ms"].as_u64().ok_or("lacks start_ms")?,
        end_ms: inputs["end_ms"].as_u64().ok_or("lacks end_ms")?,
        random,
    };
    let signature = request.sign_abogus(&entropy).map_err(|e| e.to_string())?;
    check_sent(
        &case["expected_request_abogus"],
        request,
        &request.signed_url(&signature),
    )
}

fn check_xbogus(case: &Value, request: &PreparedRequest) -> Check {
    let expected = &case["expected_request_xbogus"];
    let seconds = case["x_bogus_inputs"]["timestamp_s"]
        .as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .ok_or("lacks x_bogus_inputs.timestamp_s")?;
    let signed = request.sign_xbogus(seconds);
    if let Some(error) = expected.get("error") {
        // F2 HEAD fails here (the form-body stats POST); we refuse the same request.
        return match signed {
            Err(e) if e.kind() == RequestErrorKind::BodyNotSignable => Ok(()),
            Err(e) => Err(format!("F2 failed ({error}); we failed differently: {e}")),
            Ok(_) => Err(format!("F2 failed ({error}) but we signed the request")),
        };
    }
    let signature = signed.map_err(|e| e.to_string())?;
    check_sent(expected, request, &request.signed_url(&signature))
}

/// Method, URL, body, and the headers our client is meant to send, against what F2 sent.
fn check_sent(expected: &Value, request: &PreparedRequest, url: &str) -> Check {
    let want_method = expected["method"].as_str().ok_or("lacks method")?;
    eq("method", request.method.as_str(), want_method)?;
    eq("url", url, expected["url"].as_str().ok_or("lacks url")?)?;
    eq(
        "body",
        &request.body,
        expected["body"].as_str().ok_or("lacks body")?,
    )?;

    let sent: Vec<(String, String)> = expected["headers"]
        .as_array()
        .ok_or("lacks headers")?
        .iter()
        .map(|h| match (h[0].as_str(), h[1].as_str()) {
            (Some(n), Some(v)) => Ok((n.to_owned(), v.to_owned())),
            _ => Err("header is not a [name, value] pair".to_owned()),
        })
        .collect::<Result<_, _>>()?;
    let ours: Vec<(String, String)> = sent
        .iter()
        .filter(|(n, _)| !TRANSPORT_HEADERS.contains(&n.as_str()) && n != "Content-Length")
        .cloned()
        .collect();
    let got: Vec<(String, String)> = request
        .headers
        .iter()
        .map(|(n, v)| ((*n).to_owned(), v.clone()))
        .collect();
    if got != ours {
        let names = |h: &[(String, String)]| h.iter().map(|p| p.0.clone()).collect::<Vec<_>>();
        if names(&got) != names(&ours) {
            return Err(format!(
                "header names differ: ours {:?}, F2's {:?}",
                names(&got),
                names(&ours)
            ));
        }
        // Same names, so some value differs; the Cookie value is never printed.
        let name = got
            .iter()
            .zip(&ours)
            .find(|(g, o)| g.1 != o.1)
            .map_or("?", |(g, _)| g.0.as_str());
        return Err(format!("value of header {name} differs"));
    }
    let header = |name: &str| {
        sent.iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    let host = url
        .split_once("://")
        .and_then(|(_, rest)| rest.split('/').next())
        .ok_or("url has no host")?;
    eq("Host", host, header("Host").ok_or("no Host header")?)?;
    let length = request.body.len().to_string();
    match (request.method, header("Content-Length")) {
        (Method::Post, Some(sent_length)) => eq("Content-Length", &length, sent_length),
        (Method::Post, None) => Err("F2 sent a POST without Content-Length".into()),
        (Method::Get, Some(_)) => Err("F2 sent Content-Length on a GET".into()),
        (Method::Get, None) => Ok(()),
    }
}

fn eq(what: &str, got: &str, want: &str) -> Check {
    if got == want {
        Ok(())
    } else if what == "url" || what == "body" || what.contains("param") {
        // URLs and bodies hold msToken and signatures: report where, not the text.
        let at = got
            .bytes()
            .zip(want.bytes())
            .position(|(g, w)| g != w)
            .unwrap_or(got.len().min(want.len()));
        Err(format!(
            "{what} differs at byte {at} (got {} bytes, want {})",
            got.len(),
            want.len()
        ))
    } else {
        Err(format!("{what}: got {got:?}, want {want:?}"))
    }
}
