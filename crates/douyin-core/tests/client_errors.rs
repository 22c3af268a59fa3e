//! Every error kind, produced by real failing requests where possible, tells the user what to
//! do and never shows the cookie, the msToken or a signed URL (Display and Debug).

mod client_support;

use client_support::{admin, pacing};
use client_support::{closed_port, raw_server, Seen};
use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient};
use douyin_core::params::models::{PostDetail, UserCollects, UserProfile};
use douyin_core::{Error, ErrorKind};
use douyin_emulator::{Emulator, EmulatorConfig, EmulatorHandle};
use serde_json::json;
use std::collections::BTreeMap;

const SECRET: &str = "SECRETCOOKIE4711";

fn config(base: &str) -> ClientConfig {
    ClientConfig {
        base_url: Some(base.to_owned()),
        cookie: format!("sessionid={SECRET}; passport_csrf_token={SECRET}"),
        timeout_ms: 2_000,
        max_retries: 2,
        retry_backoff_ms: 1,
        retry_backoff_max_ms: 1,
        governor: pacing::unpaced_with_cooldown(5, 10),
        ..ClientConfig::default()
    }
}

fn client(config: ClientConfig) -> DouyinClient {
    DouyinClient::new(config, ClientWorld::system()).expect("client")
}

async fn faults(emu: &EmulatorHandle, value: serde_json::Value) {
    admin::post_faults(emu, &value).await;
}

#[tokio::test]
async fn no_error_shows_credentials_or_signed_urls() {
    let emu = Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator");
    let c = client(config(emu.base_url()));
    let ms_token = c.param_config().await.base.ms_token;
    assert_eq!(ms_token.len(), 184);
    let world = emu.world();
    let profile = UserProfile::new(world.users[0].sec_uid.clone());
    let mut errors: Vec<Error> = Vec::new();

    // Login required: the cookie is not the account's.
    errors.push(c.send(&UserCollects::new(0, 10)).await.expect_err("login"));
    // Unavailable.
    errors.push(
        c.send(&PostDetail::new(world.deleted_aweme_id.clone()))
            .await
            .expect_err("deleted"),
    );
    // Decode.
    #[derive(Debug, serde::Deserialize)]
    struct Wrong {
        #[allow(dead_code)]
        user: Vec<u8>,
    }
    errors.push(c.send_typed::<Wrong>(&profile).await.expect_err("decode"));
    // Not found.
    errors.push(
        c.resolve_redirects("https://v.douyin.com/nosuch/?msToken=x&a_bogus=y")
            .await
            .expect_err("404"),
    );
    // Captcha.
    faults(&emu, json!({"captcha_next": 1})).await;
    errors.push(c.send(&profile).await.expect_err("captcha"));
    // 5xx exhausted.
    faults(&emu, json!({"error_5xx_next": 2})).await;
    errors.push(c.send(&profile).await.expect_err("5xx"));
    // 429 exhausted.
    faults(&emu, json!({"error_429_next": 2})).await;
    errors.push(c.send(&profile).await.expect_err("429"));
    // Risk control.
    faults(&emu, json!({"risk_control_rps": 1})).await;
    let _ = c.send(&profile).await;
    errors.push(c.send(&profile).await.expect_err("risk control"));
    // Timeout.
    faults(&emu, json!({"reset": true, "latency_ms": 500})).await;
    let slow = client(ClientConfig {
        timeout_ms: 100,
        max_retries: 1,
        ..config(emu.base_url())
    });
    errors.push(slow.send(&profile).await.expect_err("timeout"));
    faults(&emu, json!({"reset": true})).await;

    // Proxy and network failures.
    let dead = format!("http://127.0.0.1:{}", closed_port().await);
    let proxied = client(ClientConfig {
        proxy: Some(format!(
            "http://u:{SECRET}@127.0.0.1:{}",
            closed_port().await
        )),
        ..config(emu.base_url())
    });
    errors.push(proxied.send(&profile).await.expect_err("proxy"));
    errors.push(
        client(config(&dead))
            .send(&profile)
            .await
            .expect_err("network"),
    );

    // A refusal, a missing ttwid, an unsignable UA and a re-encoded query, from a raw server.
    let (base, _log) = raw_server(|seen: &Seen| {
        if seen.target().starts_with("/aweme/") {
            (
                200,
                Vec::new(),
                r#"{"status_code":5,"status_msg":"参数错误"}"#.into(),
            )
        } else {
            (200, Vec::new(), "{}".into())
        }
    })
    .await;
    let raw = client(config(&base));
    errors.push(raw.send(&profile).await.expect_err("refused"));
    errors.push(raw.ttwid().await.expect_err("no ttwid"));
    let mut prepared = raw.prepare(&profile).await;
    prepared.query.push_str("&x=\"<>\"");
    errors.push(raw.send_prepared(&prepared).await.expect_err("re-encoded"));
    let unsignable = client(ClientConfig {
        user_agent: "Mozilla/5.0 浏览器".into(),
        ..config(&base)
    });
    errors.push(unsignable.send(&profile).await.expect_err("unsignable UA"));

    let mut by_kind: BTreeMap<String, String> = BTreeMap::new();
    for e in &errors {
        let shown = format!("{e}\n{e:?}");
        for secret in [SECRET, ms_token.as_str(), "a_bogus", "X-Bogus", "msToken"] {
            assert!(
                !shown.contains(secret),
                "{:?} shows {secret}: {shown}",
                e.kind()
            );
        }
        by_kind.insert(format!("{:?}", e.kind()), e.to_string());
    }
    let want = [
        ErrorKind::InvalidInput,
        ErrorKind::EmptyResponse,
        ErrorKind::LoginRequired,
        ErrorKind::Captcha,
        ErrorKind::Unavailable,
        ErrorKind::NotFound,
        ErrorKind::RateLimited,
        ErrorKind::Network,
        ErrorKind::Timeout,
        ErrorKind::Proxy,
        ErrorKind::Decode,
        ErrorKind::ApiRefused,
        ErrorKind::HttpStatus,
        ErrorKind::Sign,
        ErrorKind::Token,
    ];
    for kind in want {
        assert!(
            by_kind.contains_key(&format!("{kind:?}")),
            "no {kind:?} error produced; got {by_kind:#?}"
        );
    }
    // Each message ends with advice.
    for (kind, message) in &by_kind {
        let advises = [
            "Log in",
            "log in",
            "Check",
            "check",
            "Retry",
            "retry",
            "Skip",
            "Slow down",
            "lower",
            "update",
            "raise",
            "re-enter",
            "re-encoded",
        ]
        .iter()
        .any(|w| message.contains(w));
        assert!(advises, "{kind}: {message}");
    }
}
