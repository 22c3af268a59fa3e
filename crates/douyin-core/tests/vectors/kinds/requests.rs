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
    let request = Case {
        case,
        fields: Fields(dump),
        config: config_for(dump, ua),
        headers: ClientHeaders {
            user_agent: ua.to_owned(),
            referer: DEFAULT_REFERER.to_owned(),
            cookie: COOKIE.to_owned(),
        },
    };
    let (_, run) = METHODS
        .iter()
        .find(|(name, _)| *name == method)
        .ok_or_else(|| format!("no model for crawler method `{method}`"))?;
    run(&request)
}

/// One case with its model dump, the session parameters and the client headers.
struct Case<'a> {
    case: &'a Value,
    fields: Fields<'a>,
    config: ParamConfig,
    headers: ClientHeaders,
}

impl Case<'_> {
    fn check(&self, model: &impl RequestModel) -> Check {
        check_model(self.case, model, &self.config, &self.headers)
    }
}

type Build = fn(&Case) -> Check;

/// Every crawler method of http.md §4 and the request model it sends. Each model is built from
/// the values F2's handler (or, for methods without a handler, the caller) passes in: the `REQ`
/// fields and the paging fields of §9, read from the dump. Every other field keeps our model's
/// default, so the dump comparison checks those defaults against F2's.
const METHODS: &[(&str, Build)] = &[
    ("fetch_user_profile", |c| {
        c.check(&UserProfile::new(c.fields.text("sec_user_id")?))
    }),
    ("fetch_user_post", |c| {
        let f = &c.fields;
        c.check(&UserPost::new(
            f.text("sec_user_id")?,
            f.int("max_cursor")?,
            f.int("count")?,
        ))
    }),
    ("fetch_user_like", |c| {
        let f = &c.fields;
        c.check(&UserLike::new(
            f.text("sec_user_id")?,
            f.int("max_cursor")?,
            f.int("count")?,
        ))
    }),
    ("fetch_user_collection", |c| {
        let f = &c.fields;
        c.check(&UserCollection::new(f.int("cursor")?, f.int("count")?))
    }),
    ("fetch_user_collects", |c| {
        let f = &c.fields;
        c.check(&UserCollects::new(f.int("cursor")?, f.int("count")?))
    }),
    ("fetch_user_collects_video", |c| {
        let f = &c.fields;
        c.check(&UserCollectsVideo::new(
            f.text("collects_id")?,
            f.int("cursor")?,
            f.int("count")?,
        ))
    }),
    ("fetch_user_music_collection", |c| {
        let f = &c.fields;
        c.check(&UserMusicCollection::new(f.int("cursor")?, f.int("count")?))
    }),
    ("fetch_user_mix", |c| {
        let f = &c.fields;
        c.check(&UserMix::new(
            f.text("mix_id")?,
            f.int("cursor")?,
            f.int("count")?,
        ))
    }),
    ("fetch_post_detail", |c| {
        c.check(&PostDetail::new(c.fields.text("aweme_id")?))
    }),
    ("fetch_post_comment", |c| {
        let f = &c.fields;
        c.check(&PostComment::new(
            f.text("aweme_id")?,
            f.int("cursor")?,
            f.int("count")?,
        ))
    }),
    ("fetch_post_comment_reply", |c| {
        let f = &c.fields;
        c.check(&PostCommentReply::new(
            f.text("item_id")?,
            f.text("comment_id")?,
            f.int("cursor")?,
            f.int("count")?,
        ))
    }),
    ("fetch_post_related", |c| {
        let f = &c.fields;
        // The handler passes `quote(",".join(ids))`; the model takes the ids and quotes them.
        let gids = f.decoded("filterGids")?;
        let ids: Vec<&str> = gids.split(',').collect();
        c.check(&PostRelated::new(
            f.text("aweme_id")?,
            &ids,
            f.int("count")?,
        ))
    }),
    ("fetch_friend_feed", |c| {
        let f = &c.fields;
        c.check(&FriendFeed {
            refresh_type: f.int("refresh_type")?,
            ..FriendFeed::page(f.int("cursor")?, f.int("level")?, f.int("pull_type")?)
        })
    }),
    ("fetch_user_following", |c| {
        let f = &c.fields;
        c.check(&UserFollowing {
            offset: f.int("offset")?,
            min_time: f.int("min_time")?,
            max_time: f.int("max_time")?,
            count: f.int("count")?,
            source_type: f.int("source_type")?,
            ..UserFollowing::new(f.text("user_id")?, f.text("sec_user_id")?)
        })
    }),
    ("fetch_user_follower", |c| {
        let f = &c.fields;
        c.check(&UserFollower {
            offset: f.int("offset")?,
            min_time: f.int("min_time")?,
            max_time: f.int("max_time")?,
            count: f.int("count")?,
            source_type: f.int("source_type")?,
            ..UserFollower::new(f.text("user_id")?, f.text("sec_user_id")?)
        })
    }),
    ("fetch_query_user", |c| c.check(&QueryUser::default())),
    ("fetch_post_stats", |c| {
        let f = &c.fields;
        c.check(&PostStats::new(f.text("item_id")?, f.int("aweme_type")?))
    }),
    ("fetch_home_post_search", |c| {
        let f = &c.fields;
        c.check(&HomePostSearch {
            search_id: f.text("search_id")?,
            offset: f.int("offset")?,
            ..HomePostSearch::new(
                f.text("from_user")?,
                &f.decoded("keyword")?,
                f.int("count")?,
            )
        })
    }),
    ("fetch_suggest_word", |c| {
        let f = &c.fields;
        c.check(&SuggestWord::new(&f.decoded("query")?, f.int("count")?))
    }),
    ("fetch_following_live", |c| {
        c.check(&FollowingUserLive::default())
    }),
    ("fetch_post_feed", |c| {
        let f = &c.fields;
        c.check(&PostFeed {
            count: f.int("count")?,
            refresh_index: f.int("refresh_index")?,
            ..PostFeed::default()
        })
    }),
    ("fetch_follow_feed", |c| {
        let f = &c.fields;
        c.check(&FollowFeed {
            cursor: f.int("cursor")?,
            count: f.int("count")?,
            ..FollowFeed::default()
        })
    }),
    ("fetch_locate_post", |c| {
        let f = &c.fields;
        c.check(&PostLocate {
            count: f.int("count")?,
            ..PostLocate::new(
                f.text("sec_user_id")?,
                f.text("max_cursor")?,
                f.text("locate_item_id")?,
                f.text("locate_item_cursor")?,
            )
        })
    }),
    ("fetch_live", |c| {
        let f = &c.fields;
        c.check(&UserLive {
            room_id_str: f.text("room_id_str")?,
            ..UserLive::new(f.text("web_rid")?)
        })
    }),
    ("fetch_live_room_id", |c| {
        c.check(&UserLive2::new(c.fields.text("room_id")?))
    }),
    ("fetch_user_live_status", |c| {
        let f = &c.fields;
        c.check(&UserLiveStatus {
            distribution_scenes: f.text("distribution_scenes")?,
            ..UserLiveStatus::new(f.text("user_ids")?)
        })
    }),
    ("fetch_live_im_fetch", |c| {
        let f = &c.fields;
        c.check(&LiveImFetch {
            cursor: f.text("cursor")?,
            internal_ext: f.text("internal_ext")?,
            ..LiveImFetch::new(f.text("room_id")?, f.text("user_unique_id")?)
        })
    }),
];

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

/// The crawler methods of http.md §4, read from the endpoint table at test time: the first
/// `fetch_…` word of each row's second column (the websocket row names none; it is not signed
/// with A-Bogus or X-Bogus and has its own vectors).
fn spec_crawler_methods() -> Vec<String> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/spec/http.md");
    let spec = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("spec {} unreadable: {e}", path.display()));
    let section = spec
        .split("\n## 4. Endpoint catalogue")
        .nth(1)
        .and_then(|rest| rest.split("\n## 5.").next())
        .expect("http.md has a §4 endpoint catalogue");
    section
        .lines()
        .filter(|line| line.starts_with("| ") && !line.starts_with("|---"))
        .filter_map(|row| row.split('|').nth(2))
        .filter_map(|cell| cell.split_whitespace().next())
        .filter(|word| word.starts_with("fetch_"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_crawler_method_of_the_spec_has_a_model() {
    let spec = spec_crawler_methods();
    assert!(
        spec.len() >= 26,
        "only {} methods read from §4: {spec:?}",
        spec.len()
    );
    let ours: Vec<&str> = METHODS.iter().map(|(name, _)| *name).collect();
    let missing: Vec<&String> = spec
        .iter()
        .filter(|m| !ours.contains(&m.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "§4 methods without a model: {missing:?}"
    );
    let extra: Vec<&&str> = ours
        .iter()
        .filter(|m| !spec.iter().any(|s| s == **m))
        .collect();
    assert!(extra.is_empty(), "methods that are not in §4: {extra:?}");
}
