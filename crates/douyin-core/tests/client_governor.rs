//! Retries, back-off and the governor through the client, on a frozen clock: the sleeps the
//! client asks for are exactly the cooldowns and back-offs its configuration implies.

mod client_support;

use client_support::pacing;
use client_support::{raw_server, Seen};
use douyin_core::client::{
    ClientConfig, ClientWorld, DouyinClient, GovernorConfig, ManualClock, SignerChoice,
};
use douyin_core::params::models::UserProfile;
use douyin_core::Error;
use std::sync::Arc;

const SEC: &str = "MS4wLjABAAAAVsneOf144eGDFf8Xp9QNb1VW6ovXnNT5SqJBhJfe8KQBKWKDTWK5Hh-_i9mJzb8C";

fn config(base: &str, governor: GovernorConfig) -> ClientConfig {
    ClientConfig {
        base_url: Some(base.to_owned()),
        signer: SignerChoice::XBogus,
        max_retries: 4,
        retry_backoff_ms: 100,
        retry_backoff_max_ms: 250,
        governor,
        ..ClientConfig::default()
    }
}

fn quiet_governor() -> GovernorConfig {
    GovernorConfig {
        cooldown_growth: 2.0,
        ..pacing::unpaced_with_cooldown(1_000, 3_000)
    }
}

fn frozen(config: ClientConfig) -> (DouyinClient, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::new(1_718_000_000_000));
    let world = ClientWorld::seeded(clock.clone(), 9);
    (DouyinClient::new(config, world).expect("client"), clock)
}

/// Answers API requests with `status` and `body`; the token endpoint issues nothing.
async fn api_answering(
    status: u16,
    extra: &'static [&'static str],
    body: &'static str,
) -> (String, Arc<std::sync::Mutex<Vec<Seen>>>) {
    raw_server(move |seen: &Seen| {
        if seen.target().starts_with("/aweme/") {
            (
                status,
                extra.iter().map(|h| (*h).to_owned()).collect(),
                body.to_owned(),
            )
        } else {
            (200, Vec::new(), "{}".into())
        }
    })
    .await
}

fn api_count(log: &std::sync::Mutex<Vec<Seen>>) -> usize {
    log.lock()
        .expect("lock")
        .iter()
        .filter(|s| s.target().starts_with("/aweme/"))
        .count()
}

#[tokio::test]
async fn empty_answers_are_retried_behind_a_growing_cooldown() {
    let (base, log) = api_answering(200, &[], "  ").await;
    let (c, clock) = frozen(config(&base, quiet_governor()));
    c.ms_token_source().await;
    let err = c.send(&UserProfile::new(SEC)).await.expect_err("blocked");
    assert!(
        matches!(err, Error::EmptyResponse { attempts: 4, .. }),
        "{err:?}"
    );
    assert_eq!(api_count(&log), 4);
    // Waits before attempts 2..4: the cooldown doubles from 1 s and is capped at 3 s.
    assert_eq!(clock.sleeps(), vec![1_000, 2_000, 3_000]);
    assert_eq!(c.governor().snapshot().cooldown_ms, 3_000);
}

#[tokio::test]
async fn server_errors_back_off_exponentially_up_to_the_cap() {
    let (base, log) = api_answering(502, &[], "").await;
    let (c, clock) = frozen(config(&base, quiet_governor()));
    c.ms_token_source().await;
    let err = c.send(&UserProfile::new(SEC)).await.expect_err("down");
    assert!(
        matches!(err, Error::HttpStatus { status: 502, .. }),
        "{err:?}"
    );
    assert_eq!(api_count(&log), 4);
    assert_eq!(clock.sleeps(), vec![100, 200, 250]);
    // A 5xx is no sign of throttling: no cooldown.
    assert_eq!(c.governor().snapshot().cooldown_ms, 0);
}

#[tokio::test]
async fn client_errors_are_not_retried() {
    let (base, log) = api_answering(403, &[], "").await;
    let (c, clock) = frozen(config(&base, quiet_governor()));
    let err = c.send(&UserProfile::new(SEC)).await.expect_err("forbidden");
    assert!(
        matches!(err, Error::HttpStatus { status: 403, .. }),
        "{err:?}"
    );
    assert_eq!(api_count(&log), 1);
    assert!(clock.sleeps().is_empty());
}

#[tokio::test]
async fn retry_after_sets_the_cooldown() {
    let (base, log) = api_answering(429, &["Retry-After: 7"], "").await;
    let (c, clock) = frozen(ClientConfig {
        max_retries: 2,
        ..config(&base, quiet_governor())
    });
    let err = c.send(&UserProfile::new(SEC)).await.expect_err("limited");
    match err {
        Error::RateLimited { wait_ms, .. } => assert_eq!(wait_ms, 7_000),
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(api_count(&log), 2);
    assert_eq!(clock.sleeps(), vec![7_000]);
}

#[tokio::test]
async fn the_bucket_paces_a_burst_of_requests() {
    let (base, _log) = api_answering(200, &[], r#"{"status_code":0}"#).await;
    let (c, clock) = frozen(config(
        &base,
        GovernorConfig {
            requests_per_s: 2.0,
            burst: 1,
            jitter_ms: 0,
            ..GovernorConfig::default()
        },
    ));
    let clone = c.clone();
    for client in [&c, &clone, &c] {
        client.send(&UserProfile::new(SEC)).await.expect("served");
    }
    // One free, then one every 500 ms, shared across clones.
    assert_eq!(clock.sleeps(), vec![500, 500]);
}
