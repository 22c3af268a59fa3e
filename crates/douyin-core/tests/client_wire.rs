//! What the client puts on the wire, checked against a raw TCP server: the signed URL byte for
//! byte, the API headers, the bare token and link requests, the re-encoding guard, the msToken
//! fallback, ttwid, and connection failures.

mod client_support;

use client_support::pacing;
use client_support::{closed_port, raw_server, Seen};
use douyin_core::client::{
    ClientConfig, ClientWorld, DouyinClient, ManualClock, MsTokenSource, SignerChoice,
};
use douyin_core::params::models::{PostStats, UserProfile};
use douyin_core::params::DEFAULT_REFERER;
use douyin_core::token::ms_token::MS_TOKEN_CHARSET;
use douyin_core::{Error, ErrorKind};
use std::sync::Arc;

const NOW_MS: u64 = 1_718_000_000_123;
const COOKIE: &str = "sessionid=abc; ttwid=1%7Cx";
const SEC: &str = "MS4wLjABAAAAVsneOf144eGDFf8Xp9QNb1VW6ovXnNT5SqJBhJfe8KQBKWKDTWK5Hh-_i9mJzb8C";

fn config(base: &str, signer: SignerChoice) -> ClientConfig {
    ClientConfig {
        base_url: Some(base.to_owned()),
        cookie: COOKIE.to_owned(),
        signer,
        timeout_ms: 2_000,
        max_retries: 2,
        retry_backoff_ms: 1,
        retry_backoff_max_ms: 1,
        governor: pacing::unpaced(),
        ..ClientConfig::default()
    }
}

fn frozen_client(config: ClientConfig) -> DouyinClient {
    let world = ClientWorld::seeded(Arc::new(ManualClock::new(NOW_MS)), 3);
    DouyinClient::new(config, world).expect("client")
}

/// A token endpoint that issues nothing, and `{"status_code":0}` for everything else.
fn plain_answer(seen: &Seen) -> client_support::Answer {
    if seen.target().starts_with("/web/r/token") {
        (200, Vec::new(), "{}".into())
    } else {
        (
            200,
            vec!["Content-Type: application/json".into()],
            r#"{"status_code":0}"#.into(),
        )
    }
}

fn api_requests(log: &[Seen]) -> Vec<Seen> {
    log.iter()
        .filter(|s| s.target().starts_with("/aweme/"))
        .cloned()
        .collect()
}

#[tokio::test]
async fn x_bogus_request_goes_out_byte_for_byte() {
    let (base, log) = raw_server(plain_answer).await;
    let c = frozen_client(config(&base, SignerChoice::XBogus));
    let model = UserProfile::new(SEC);
    let prepared = c.prepare(&model).await;
    // The expected URL comes from the request builder and the signer, not from the transport.
    let signature = prepared
        .sign_xbogus(u32::try_from(NOW_MS / 1000).expect("fits"))
        .expect("signable");
    let expected = prepared.signed_url(&signature);
    let body = c.send(&model).await.expect("answered");
    assert_eq!(body["status_code"], 0);

    let seen = api_requests(&log.lock().expect("lock"));
    assert_eq!(seen.len(), 1);
    let on_wire = format!("{base}{}", seen[0].target());
    assert_eq!(on_wire, expected);
    assert!(seen[0].line.starts_with("GET "));
    assert_eq!(
        seen[0].header("user-agent"),
        Some(c.config().user_agent.as_str())
    );
    assert_eq!(seen[0].header("referer"), Some(DEFAULT_REFERER));
    assert_eq!(seen[0].header("cookie"), Some(COOKIE));
}

#[tokio::test]
async fn a_bogus_is_appended_raw_after_the_exact_query() {
    let (base, log) = raw_server(plain_answer).await;
    let c = frozen_client(config(&base, SignerChoice::ABogus));
    let model = UserProfile::new(SEC);
    let prepared = c.prepare(&model).await;
    c.send(&model).await.expect("answered");
    let seen = api_requests(&log.lock().expect("lock"));
    let target = seen[0].target().to_owned();
    let prefix = format!("{}?{}&a_bogus=", model_path(&prepared.url), prepared.query);
    assert!(target.starts_with(&prefix), "{target}");
    let value = &target[prefix.len()..];
    assert!(!value.is_empty() && !value.contains('%') && !value.contains('&'));
    // The query carries the session's msToken at its base position.
    assert!(prepared.query.contains("&msToken="));
}

fn model_path(url: &str) -> &str {
    let after = url.find("://").map_or(0, |i| i + 3);
    url[after..].find('/').map_or("/", |i| &url[after + i..])
}

#[tokio::test]
async fn form_post_sends_its_body_with_content_type() {
    let (base, log) = raw_server(plain_answer).await;
    let c = frozen_client(config(&base, SignerChoice::ABogus));
    let model = PostStats::new("7298145681699622182", 0);
    let prepared = c.prepare(&model).await;
    c.send(&model).await.expect("answered");
    let seen = api_requests(&log.lock().expect("lock"));
    assert!(seen[0].line.starts_with("POST "));
    assert_eq!(
        seen[0].header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(seen[0].body, prepared.body.as_bytes());

    // X-Bogus cannot cover a body: refused before anything is sent.
    let x = frozen_client(config(&base, SignerChoice::XBogus));
    let err = x.send(&model).await.expect_err("unsignable");
    assert!(matches!(err, Error::Request(_)), "{err:?}");
    assert_eq!(api_requests(&log.lock().expect("lock")).len(), 1);
}

#[tokio::test]
async fn token_and_link_requests_use_the_bare_client() {
    let (base, log) = raw_server(|seen: &Seen| {
        if seen.target() == "/short/" {
            (302, vec!["Location: https://www.iesdouyin.com/share/video/7298145681699622182/?region=CN".into()], String::new())
        } else {
            plain_answer(seen)
        }
    })
    .await;
    let c = frozen_client(config(&base, SignerChoice::ABogus));
    // Link resolution needs no session; the token request is made when the session starts.
    assert_eq!(c.ms_token_source().await, MsTokenSource::Generated);
    let final_url = c
        .resolve_redirects("https://v.douyin.com/short/")
        .await
        .expect("resolved");
    // The final URL keeps the host Douyin named; only the wire went to the base URL.
    assert_eq!(
        final_url,
        "https://www.iesdouyin.com/share/video/7298145681699622182/?region=CN"
    );
    let log = log.lock().expect("lock").clone();
    let token = log
        .iter()
        .find(|s| {
            s.target()
                .starts_with("/web/r/token?ms_appid=6383&msToken=")
        })
        .expect("the token endpoint was asked");
    assert!(token.line.starts_with("POST "));
    assert_eq!(token.header("cookie"), None);
    assert_eq!(token.header("referer"), None);
    assert_eq!(
        token.header("content-type"),
        Some("application/json; charset=utf-8")
    );
    let body = String::from_utf8_lossy(&token.body);
    assert!(body.starts_with(r#"{"magic": 538969122, "version": 1, "dataType": 8, "strData": ""#));
    assert!(body.ends_with(&format!(r#""ulr": 0, "tspFromClient": {NOW_MS}}}"#)));

    let hops: Vec<&Seen> = log.iter().filter(|s| s.line.starts_with("GET ")).collect();
    assert_eq!(hops.len(), 2);
    assert_eq!(hops[0].target(), "/short/");
    assert_eq!(
        hops[1].target(),
        "/share/video/7298145681699622182/?region=CN"
    );
    for hop in hops {
        assert_eq!(hop.header("user-agent"), None);
        assert_eq!(hop.header("cookie"), None);
        assert_eq!(hop.header("referer"), None);
    }
}

#[tokio::test]
async fn a_failing_token_endpoint_falls_back_to_a_generated_token() {
    let (base, _log) = raw_server(plain_answer).await;
    let c = frozen_client(config(&base, SignerChoice::ABogus));
    assert_eq!(c.ms_token_source().await, MsTokenSource::Generated);
    let token = c.param_config().await.base.ms_token;
    assert_eq!(token.len(), 184);
    assert!(token.ends_with("=="));
    assert!(token[..182].chars().all(|ch| MS_TOKEN_CHARSET.contains(ch)));
}

#[tokio::test]
async fn an_issued_token_is_used_in_the_query() {
    let issued = "T".repeat(182) + "==";
    let cookie = format!("Set-Cookie: msToken={issued}; Path=/");
    let (base, log) = raw_server(move |seen: &Seen| {
        if seen.target().starts_with("/web/r/token") {
            (200, vec![cookie.clone()], "{}".into())
        } else {
            plain_answer(seen)
        }
    })
    .await;
    let c = frozen_client(config(&base, SignerChoice::XBogus));
    c.send(&UserProfile::new(SEC)).await.expect("answered");
    assert_eq!(c.ms_token_source().await, MsTokenSource::Endpoint);
    let seen = api_requests(&log.lock().expect("lock"));
    assert!(seen[0].target().contains(&format!("&msToken={issued}&")));
}

#[tokio::test]
async fn ttwid_comes_from_its_cookie() {
    let (base, _log) = raw_server(|seen: &Seen| {
        if seen.target() == "/ttwid/union/register/" {
            (
                200,
                vec!["Set-Cookie: ttwid=1%7Cabc; Path=/".into()],
                "{}".into(),
            )
        } else {
            (200, Vec::new(), String::new())
        }
    })
    .await;
    let c = frozen_client(config(&base, SignerChoice::ABogus));
    assert_eq!(c.ttwid().await.expect("issued"), "1%7Cabc");

    let (base, _log) = raw_server(|_: &Seen| (200, Vec::new(), "{}".into())).await;
    let c = frozen_client(config(&base, SignerChoice::ABogus));
    let err = c.ttwid().await.expect_err("no cookie");
    assert_eq!(err.kind(), ErrorKind::Token);
}

#[tokio::test]
async fn a_query_that_would_be_re_encoded_is_not_sent() {
    let (base, log) = raw_server(plain_answer).await;
    let c = frozen_client(config(&base, SignerChoice::XBogus));
    let mut prepared = c.prepare(&UserProfile::new(SEC)).await;
    prepared.query.push_str("&keyword=a\"b c");
    let err = c.send_prepared(&prepared).await.expect_err("guarded");
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert!(err.to_string().contains("re-encoded"));
    assert!(api_requests(&log.lock().expect("lock")).is_empty());
}

#[tokio::test]
async fn an_unreachable_host_is_a_network_error() {
    let port = closed_port().await;
    let c = frozen_client(config(
        &format!("http://127.0.0.1:{port}"),
        SignerChoice::XBogus,
    ));
    let err = c.send(&UserProfile::new(SEC)).await.expect_err("refused");
    assert_eq!(err.kind(), ErrorKind::Network, "{err}");
    assert!(err.to_string().contains("Check your internet connection"));
    assert_eq!(c.ms_token_source().await, MsTokenSource::Generated);
}

#[tokio::test]
async fn an_unknown_long_link_is_fetched_in_case_it_redirects() {
    let (base, log) = raw_server(|seen: &Seen| {
        if seen.target() == "/discover" {
            (
                302,
                vec!["Location: /video/7298145681699622182?previous_page=app".into()],
                String::new(),
            )
        } else {
            (200, Vec::new(), String::new())
        }
    })
    .await;
    let c = frozen_client(config(&base, SignerChoice::ABogus));
    let target = c
        .resolve_link("https://www.douyin.com/discover")
        .await
        .expect("followed");
    assert_eq!(
        target,
        douyin_core::link::LinkTarget::new(
            douyin_core::link::TargetKind::Post,
            "7298145681699622182"
        )
    );
    // A link whose id is readable offline costs no request.
    let n = log.lock().expect("lock").len();
    c.resolve_link("https://www.douyin.com/video/1234567890123456789")
        .await
        .expect("offline");
    assert_eq!(log.lock().expect("lock").len(), n);
}

#[tokio::test]
async fn trait_object_models_are_sent_from_send_futures() {
    fn assert_send<T: Send>(t: T) -> T {
        t
    }
    let (base, log) = raw_server(plain_answer).await;
    let c = frozen_client(config(&base, SignerChoice::XBogus));
    let model = UserProfile::new(SEC);
    let dynamic: &(dyn douyin_core::params::RequestModel + Sync) = &model;
    // Spawnable: the future is Send, so streams and tasks can drive it.
    let body = tokio::spawn({
        let c = c.clone();
        let model = model.clone();
        async move { c.send(&model).await }
    })
    .await
    .expect("task")
    .expect("answered");
    assert_eq!(body["status_code"], 0);
    assert_send(c.send(dynamic)).await.expect("answered");
    let seen = api_requests(&log.lock().expect("lock"));
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].target(), seen[1].target());
}

/// The msToken a signed API request carried.
fn ms_token_of(seen: &Seen) -> String {
    let target = seen.target();
    let start = target.find("msToken=").expect("an msToken") + "msToken=".len();
    target[start..]
        .split('&')
        .next()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn set_cookie_swaps_the_cookie_for_every_clone_and_starts_a_new_session() {
    let (base, log) = raw_server(plain_answer).await;
    let c = frozen_client(config(&base, SignerChoice::ABogus));
    let model = UserProfile::new(SEC);
    c.send(&model).await.expect("answered");
    // A login elsewhere hands the running client its cookie (a clone, as the app shares it).
    c.clone().set_cookie("sessionid=NEWLOGIN");
    assert_eq!(c.cookie(), "sessionid=NEWLOGIN");
    c.send(&model).await.expect("answered");
    c.set_cookie("");
    c.send(&model).await.expect("answered");

    let all = log.lock().expect("lock").clone();
    let seen = api_requests(&all);
    assert_eq!(seen.len(), 3);
    let cookies: Vec<Option<&str>> = seen.iter().map(|s| s.header("cookie")).collect();
    // No cookie is sent as an empty header, as before any login (F2 sends its empty setting).
    assert_eq!(
        cookies,
        [Some(COOKIE), Some("sessionid=NEWLOGIN"), Some("")]
    );
    let tokens: Vec<String> = seen.iter().map(ms_token_of).collect();
    assert!(
        tokens[0] != tokens[1] && tokens[1] != tokens[2],
        "each cookie gets its own session msToken: {tokens:?}"
    );
    let token_requests = all
        .iter()
        .filter(|s| s.target().starts_with("/web/r/token"))
        .count();
    assert_eq!(token_requests, 3, "one token request per session");
    // The settings copy never holds the live cookie, and Debug never shows it.
    assert!(c.config().cookie.is_empty());
    c.set_cookie("sessionid=NEWLOGIN");
    assert!(!format!("{c:?}").contains("NEWLOGIN"));
}
