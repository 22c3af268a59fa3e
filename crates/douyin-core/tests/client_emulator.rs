//! The client against the emulator: signed requests with both signers, the session msToken,
//! login-only endpoints, unavailable posts, risk control and the governor, 5xx bursts, 429,
//! captcha, dropped bodies, timeouts, decode errors and short links.

mod client_support;

use client_support::{admin, pacing};
use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient, MsTokenSource, SignerChoice};
use douyin_core::link::{LinkTarget, TargetKind};
use douyin_core::models::{PostDetailResponse, Unavailable, UserProfileResponse};
use douyin_core::params::models::{FollowingUserLive, PostDetail, UserCollects, UserProfile};
use douyin_core::{Error, ErrorKind};
use douyin_emulator::{Emulator, EmulatorConfig, EmulatorHandle};
use serde_json::{json, Value};
use std::time::Instant;

/// A governor that barely slows tests down, and quick retries.
fn fast_config(base: &str) -> ClientConfig {
    ClientConfig {
        base_url: Some(base.to_owned()),
        timeout_ms: 5_000,
        max_retries: 3,
        retry_backoff_ms: 10,
        retry_backoff_max_ms: 50,
        governor: pacing::unpaced_with_cooldown(20, 200),
        ..ClientConfig::default()
    }
}

fn client(config: ClientConfig) -> DouyinClient {
    DouyinClient::new(config, ClientWorld::system()).expect("client builds")
}

async fn emulator() -> EmulatorHandle {
    Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator starts")
}

/// A ready client: its session (msToken) is fetched before faults are switched on, because the
/// emulator's 5xx/429 bursts also hit the token endpoint.
async fn warm_client(config: ClientConfig) -> DouyinClient {
    let c = client(config);
    assert_eq!(c.ms_token_source().await, MsTokenSource::Endpoint);
    c
}

/// Sets the emulator's faults; the emulator must accept them.
async fn set_faults(handle: &EmulatorHandle, faults: Value) {
    let answer = admin::post_faults(handle, &faults).await;
    assert!(
        answer.starts_with(b"HTTP/1.1 200"),
        "faults refused: {}",
        String::from_utf8_lossy(&answer)
    );
}

fn requests_to(handle: &EmulatorHandle, path: &str) -> u64 {
    handle.counters()["requests"][path].as_u64().unwrap_or(0)
}

const PROFILE_PATH: &str = "/aweme/v1/web/user/profile/other/";

fn profile(handle: &EmulatorHandle) -> UserProfile {
    UserProfile::new(handle.world().users[0].sec_uid.clone())
}

#[tokio::test]
async fn signed_profile_request_succeeds_with_both_signers() {
    let emu = emulator().await;
    for signer in [SignerChoice::ABogus, SignerChoice::XBogus] {
        let c = client(ClientConfig {
            signer,
            ..fast_config(emu.base_url())
        });
        let parsed = c
            .send_typed::<UserProfileResponse>(&profile(&emu))
            .await
            .unwrap_or_else(|e| panic!("{signer:?}: {e}"));
        let user = &emu.world().users[0];
        assert_eq!(
            parsed.raw["user"]["sec_uid"].as_str(),
            Some(user.sec_uid.as_str())
        );
        assert_eq!(
            parsed.raw["user"]["nickname"].as_str(),
            Some(user.nickname.as_str())
        );
        assert_eq!(c.ms_token_source().await, MsTokenSource::Endpoint);
        // The session token is the one the endpoint issued (184 characters, F2 HEAD).
        assert_eq!(c.param_config().await.base.ms_token.len(), 184);
    }
    // One token request per session, one API request per send, no signature rejected.
    assert_eq!(requests_to(&emu, "/web/r/token"), 2);
    assert_eq!(requests_to(&emu, PROFILE_PATH), 2);
    assert_eq!(emu.counters()["signature_rejections"], json!(0));
}

#[tokio::test]
async fn clones_share_the_session_token() {
    let emu = emulator().await;
    let c = client(fast_config(emu.base_url()));
    let other = c.clone();
    let model = profile(&emu);
    let (a, b) = tokio::join!(c.send(&model), other.send(&model));
    a.expect("first");
    b.expect("second");
    assert_eq!(requests_to(&emu, "/web/r/token"), 1);
}

#[tokio::test]
async fn login_only_endpoints_need_the_account_cookie() {
    let emu = emulator().await;
    let anonymous = client(fast_config(emu.base_url()));
    let err = anonymous
        .send(&UserCollects::new(0, 10))
        .await
        .expect_err("refused without cookie");
    assert_eq!(err.kind(), ErrorKind::LoginRequired, "{err}");
    assert!(err
        .to_string()
        .contains("Log in again (douyin login, or Account in the app)"));
    let err = anonymous
        .send(&FollowingUserLive::default())
        .await
        .expect_err("refused without cookie");
    assert!(
        matches!(err, Error::LoginRequired { code: 2483, .. }),
        "{err:?}"
    );

    let logged_in = client(ClientConfig {
        cookie: emu.account_cookie().to_owned(),
        ..fast_config(emu.base_url())
    });
    let body = logged_in
        .send(&UserCollects::new(0, 10))
        .await
        .expect("served with cookie");
    assert_eq!(body["status_code"], json!(0));
    let folders = body["collects_list"].as_array().map_or(0, Vec::len);
    assert_eq!(folders, emu.world().folders.len().min(10));
}

#[tokio::test]
async fn deleted_and_private_posts_are_classified() {
    let emu = emulator().await;
    let c = client(fast_config(emu.base_url()));
    let world = emu.world();
    let err = c
        .send(&PostDetail::new(world.deleted_aweme_id.clone()))
        .await
        .expect_err("deleted");
    assert_eq!(err.kind(), ErrorKind::Unavailable);
    assert!(
        matches!(
            &err,
            Error::Unavailable {
                detail: Unavailable::Deleted { .. },
                ..
            }
        ),
        "{err:?}"
    );
    let err = c
        .send(&PostDetail::new(world.private_aweme_id.clone()))
        .await
        .expect_err("private");
    assert!(
        matches!(
            &err,
            Error::Unavailable {
                detail: Unavailable::Private { .. },
                ..
            }
        ),
        "{err:?}"
    );
    let post = &world.posts[0];
    let parsed = c
        .send_typed::<PostDetailResponse>(&PostDetail::new(post.aweme_id.clone()))
        .await
        .expect("a public post");
    let aweme = parsed.typed.availability().expect("available");
    assert_eq!(
        aweme.aweme_id.as_ref().map(|i| i.to_string()),
        Some(post.aweme_id.clone())
    );
}

#[tokio::test]
async fn risk_control_is_classified_and_cools_the_governor_down() {
    let emu = emulator().await;
    let c = warm_client(fast_config(emu.base_url())).await;
    set_faults(&emu, json!({"risk_control_rps": 1})).await;
    c.send(&profile(&emu))
        .await
        .expect("the first request is let through");
    let started = Instant::now();
    let err = c.send(&profile(&emu)).await.expect_err("blocked");
    assert!(
        matches!(err, Error::EmptyResponse { attempts: 3, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("lower the request rate"));
    // Three empty answers: cooldowns of 20 and 40 ms were waited out between them, and the
    // cooldown is now 80 ms.
    assert!(started.elapsed().as_millis() >= 60);
    assert_eq!(c.governor().snapshot().cooldown_ms, 80);
    assert_eq!(requests_to(&emu, PROFILE_PATH), 4);

    // Douyin lets requests through again: success shrinks the cooldown.
    set_faults(&emu, json!({"reset": true})).await;
    c.send(&profile(&emu)).await.expect("unblocked");
    assert_eq!(c.governor().snapshot().cooldown_ms, 40);
}

#[tokio::test]
async fn a_5xx_burst_is_retried_then_succeeds() {
    let emu = emulator().await;
    let c = warm_client(fast_config(emu.base_url())).await;
    set_faults(&emu, json!({"error_5xx_next": 2})).await;
    c.send(&profile(&emu))
        .await
        .expect("third attempt succeeds");
    assert_eq!(requests_to(&emu, PROFILE_PATH), 3);

    set_faults(&emu, json!({"error_5xx_next": 5})).await;
    let err = c.send(&profile(&emu)).await.expect_err("exhausted");
    assert!(
        matches!(err, Error::HttpStatus { status: 503, .. }),
        "{err:?}"
    );
    assert_eq!(requests_to(&emu, PROFILE_PATH), 6);
}

#[tokio::test]
async fn rate_limits_cool_down_and_retry() {
    let emu = emulator().await;
    let c = warm_client(fast_config(emu.base_url())).await;
    set_faults(&emu, json!({"error_429_next": 1})).await;
    c.send(&profile(&emu))
        .await
        .expect("retried after the cooldown");
    assert_eq!(requests_to(&emu, PROFILE_PATH), 2);

    set_faults(&emu, json!({"error_429_next": 3})).await;
    let err = c.send(&profile(&emu)).await.expect_err("still limited");
    assert_eq!(err.kind(), ErrorKind::RateLimited);
    assert!(err.to_string().contains("Slow down"), "{err}");
    assert!(c.governor().snapshot().cooldown_ms > 0);
}

#[tokio::test]
async fn captcha_pages_are_not_retried() {
    let emu = emulator().await;
    let c = warm_client(fast_config(emu.base_url())).await;
    set_faults(&emu, json!({"captcha_next": 1})).await;
    let err = c.send(&profile(&emu)).await.expect_err("captcha");
    assert_eq!(err.kind(), ErrorKind::Captcha);
    assert_eq!(requests_to(&emu, PROFILE_PATH), 1);
    assert!(c.governor().snapshot().cooldown_ms > 0);
}

#[tokio::test]
async fn a_dropped_body_is_retried() {
    let emu = emulator().await;
    let c = warm_client(fast_config(emu.base_url())).await;
    set_faults(&emu, json!({"drop_mid_body_next": 1})).await;
    let body = c.send(&profile(&emu)).await.expect("second attempt reads");
    assert!(body["user"].is_object());
    assert_eq!(requests_to(&emu, PROFILE_PATH), 2);
}

#[tokio::test]
async fn slow_answers_time_out() {
    let emu = emulator().await;
    let c = warm_client(ClientConfig {
        timeout_ms: 150,
        max_retries: 2,
        ..fast_config(emu.base_url())
    })
    .await;
    set_faults(&emu, json!({"latency_ms": 1_000})).await;
    let started = Instant::now();
    let err = c.send(&profile(&emu)).await.expect_err("too slow");
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err}");
    assert!(started.elapsed().as_millis() < 900);
    assert!(err.to_string().contains("raise the timeout"));
}

#[tokio::test]
async fn a_body_that_does_not_fit_names_the_json_path() {
    #[derive(Debug, serde::Deserialize)]
    struct Wrong {
        #[allow(dead_code)]
        user: Inner,
    }
    #[derive(Debug, serde::Deserialize)]
    struct Inner {
        #[allow(dead_code)]
        nickname: u64,
    }
    let emu = emulator().await;
    let c = client(fast_config(emu.base_url()));
    let err = c
        .send_typed::<Wrong>(&profile(&emu))
        .await
        .expect_err("mismatch");
    match err {
        Error::Decode { endpoint, path, .. } => {
            assert_eq!(endpoint, PROFILE_PATH);
            assert_eq!(path, "user.nickname");
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn short_links_resolve_through_the_emulator_redirects() {
    let emu = emulator().await;
    let c = client(fast_config(emu.base_url()));
    let world = emu.world();
    for (code, target) in &world.short_links {
        let text = format!("看看 https://v.douyin.com/{code}/ 复制此链接，打开Dou音搜索");
        let got = c
            .resolve_link(&text)
            .await
            .unwrap_or_else(|e| panic!("{code}: {e}"));
        // The expected id is read from the emulator's own redirect table.
        let segs: Vec<&str> = target
            .split('?')
            .next()
            .unwrap_or("")
            .split('/')
            .filter(|s| !s.is_empty())
            .collect();
        let want = match segs.as_slice() {
            ["share", "user", id] => LinkTarget::new(TargetKind::User, (*id).to_owned()),
            ["share", "video" | "note", id] => LinkTarget::new(TargetKind::Post, (*id).to_owned()),
            ["douyin", "webcast", "reflow", id] => {
                LinkTarget::new(TargetKind::LiveRoom, (*id).to_owned())
            }
            ["collection", id] => LinkTarget::new(TargetKind::Mix, (*id).to_owned()),
            other => panic!("unknown short-link target {other:?}"),
        };
        assert_eq!(got, want, "{code}");
    }
    // A pasted list: each link resolved on its own, a bad one does not sink the others.
    let (user_code, user_target) = &world.short_links[0];
    let list = format!(
        "https://v.douyin.com/{user_code}/ https://v.douyin.com/nosuchcode/ https://www.douyin.com/video/7298145681699622182"
    );
    let got = c.resolve_links(&list).await;
    assert_eq!(got.len(), 3);
    assert!(
        matches!(&got[0], Ok(t) if t.kind == TargetKind::User && user_target.contains(t.id.as_str()))
    );
    assert_eq!(
        got[1].as_ref().map_err(Error::kind),
        Err(ErrorKind::NotFound)
    );
    assert_eq!(
        got[2].as_ref().ok(),
        Some(&LinkTarget::new(TargetKind::Post, "7298145681699622182"))
    );
    // Ids of a requested kind, through a short link or straight from a long one.
    let post_code = world
        .short_links
        .iter()
        .find(|(_, t)| t.starts_with("/share/video/"))
        .map(|(c, t)| (c.clone(), t.clone()))
        .expect("a video short link");
    let id = c
        .resolve_id(
            TargetKind::Post,
            &format!("https://v.douyin.com/{}/", post_code.0),
        )
        .await
        .expect("aweme id");
    assert!(post_code.1.starts_with(&format!("/share/video/{id}/")));
    let err = c
        .resolve_id(
            TargetKind::Mix,
            "https://www.douyin.com/video/7298145681699622182",
        )
        .await
        .expect_err("not a mix");
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    let sec = &world.users[2].sec_uid;
    assert_eq!(
        c.resolve_id(TargetKind::User, sec).await.expect("bare id"),
        *sec
    );

    let missing = c
        .resolve_redirects("https://v.douyin.com/nosuchcode/")
        .await
        .expect_err("unknown code");
    assert_eq!(missing.kind(), ErrorKind::NotFound);
}
