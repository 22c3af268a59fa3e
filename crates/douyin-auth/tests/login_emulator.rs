//! QR login and session health against the emulator: a ticket, a scan, the confirmed cookies
//! logging `query/user` in as the world's account (health green); the session expired by the
//! emulator's admin switch turning health red; the next login (a new session) turning it green;
//! and an unscanned ticket expiring on the injected clock.

use douyin_auth::qr::{QrLogin, QrOptions, QrProgress};
use douyin_auth::{
    verify, AuthError, CookieSink, HealthState, Light, ProblemKind, Session, SessionHealth,
};
use douyin_core::api::Douyin;
use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient, GovernorConfig, ManualClock};
use douyin_emulator::{Emulator, EmulatorConfig, EmulatorHandle};
use futures::StreamExt;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn config(base: &str, cookie: &str) -> ClientConfig {
    ClientConfig {
        base_url: Some(base.to_owned()),
        cookie: cookie.to_owned(),
        max_retries: 1,
        governor: GovernorConfig {
            requests_per_s: 0.0,
            jitter_ms: 0,
            ..GovernorConfig::default()
        },
        ..ClientConfig::default()
    }
}

fn client(base: &str, cookie: &str) -> DouyinClient {
    DouyinClient::new(config(base, cookie), ClientWorld::system()).expect("client")
}

async fn emulator() -> EmulatorHandle {
    Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator starts")
}

/// Presses the emulator's "scan and confirm" for the ticket in `scan_url`.
async fn press_scan(handle: &EmulatorHandle, scan_url: &str) {
    let token = scan_url
        .split("token=")
        .nth(1)
        .expect("the scan link carries the ticket");
    let addr = handle.base_url().trim_start_matches("http://").to_owned();
    let mut tcp = tokio::net::TcpStream::connect(&addr)
        .await
        .expect("connect");
    let request = format!(
        "POST /__login/scan?token={token} HTTP/1.1\r\nHost: {addr}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
    tcp.write_all(request.as_bytes()).await.expect("send");
    let mut answer = String::new();
    tcp.read_to_string(&mut answer).await.expect("read");
    assert!(answer.contains("\"ok\":true"), "scan refused: {answer}");
}

/// Records what a running client would be told to send.
#[derive(Default)]
struct RecordingSink(Mutex<Vec<String>>);

impl CookieSink for RecordingSink {
    fn set_cookie(&self, cookie_header: &str) {
        self.0.lock().expect("lock").push(cookie_header.to_owned());
    }
}

async fn qr_login(handle: &EmulatorHandle) -> Session {
    let guest = client(handle.base_url(), "");
    let login = QrLogin::start(&guest).await.expect("ticket");
    assert!(login.scan_url().contains("token="));
    assert!(login
        .png_data_url(4)
        .expect("png")
        .starts_with("data:image/png;base64,"));
    let first = login.poll().await.expect("poll");
    assert_eq!(first.err(), Some(QrProgress::Waiting));
    press_scan(handle, login.scan_url()).await;
    let mut seen = Vec::new();
    let options = QrOptions {
        poll_every: Duration::from_millis(50),
        max_wait: Duration::from_secs(20),
    };
    let session = login
        .wait(options, |p| seen.push(p))
        .await
        .expect("confirmed");
    assert_eq!(seen.last(), Some(&QrProgress::Confirmed));
    session
}

#[tokio::test]
async fn qr_login_logs_in_as_the_account_and_health_goes_green() {
    let handle = emulator().await;
    let session = qr_login(&handle).await;
    assert!(session.jar().has_session_cookie());
    let world = handle.world();
    assert!(
        session
            .cookie_header()
            .contains(&format!("sessionid={}", world.account.sessionid)),
        "the confirmed cookies carry the account's session"
    );
    let sink = RecordingSink::default();
    session.apply_to(&sink);
    assert_eq!(*sink.0.lock().expect("lock"), [session.cookie_header()]);

    // The running (logged-out) client takes the login as it is: no new client.
    let running = client(handle.base_url(), "");
    session.apply_to(&running);
    assert_eq!(running.cookie(), session.cookie_header());
    let api = Douyin::new(running.clone());
    let checked = verify(&api, session.obtained_at_ms()).await;
    let account = checked.as_ref().expect("logged in");
    assert_eq!(account.uid, world.users[world.account.user].uid);
    assert_eq!(
        account.user_unique_id.as_deref(),
        Some(world.account.user_unique_id.as_str())
    );
    let mut health = SessionHealth::unchecked();
    health.record_check(&checked, 1_000);
    assert_eq!(
        (health.state, health.light()),
        (HealthState::Ok, Light::Green)
    );
    // A login-only list works with it.
    let mut folders = std::pin::pin!(api.collects(Default::default()));
    let first = folders.next().await.expect("a page");
    assert!(first.is_ok(), "collects with the QR session: {first:?}");
}

#[tokio::test]
async fn an_expired_session_turns_health_red_and_the_next_login_green() {
    let handle = emulator().await;
    let old = qr_login(&handle).await;
    let old_api = Douyin::new(client(handle.base_url(), &old.cookie_header()));
    let mut health = SessionHealth::unchecked();
    health.record_check(&verify(&old_api, old.obtained_at_ms()).await, 1_000);
    assert_eq!(health.light(), Light::Green);

    // Douyin ends the session (the emulator's admin switch).
    let next_cookie = handle.expire_session();
    let checked = verify(&old_api, 0).await;
    assert!(
        matches!(checked, Err(AuthError::SessionRejected)),
        "{checked:?}"
    );
    health.record_check(&checked, 2_000);
    assert_eq!(
        (health.state, health.light()),
        (HealthState::Expired, Light::Red)
    );
    assert!(health.needs_login());
    let problem = health.last_problem.as_ref().expect("problem");
    assert_eq!(
        (problem.kind, problem.at_ms),
        (ProblemKind::LoginRequired, 2_000)
    );
    // A login-only list answers 2483, and folding it keeps the session red.
    let mut music = std::pin::pin!(old_api.music_collection(Default::default()));
    let err = music
        .next()
        .await
        .expect("a page")
        .expect_err("login required");
    assert!(health.record_error(&err, 2_500));
    assert_eq!(health.light(), Light::Red);

    // A bare session id Douyin never issued is refused the same way (no guest ttwid beside it).
    let never = Douyin::new(client(handle.base_url(), "sessionid=0000never0000"));
    assert!(matches!(
        verify(&never, 0).await,
        Err(AuthError::SessionRejected)
    ));

    // The next login gets the new session and turns health green.
    let session = qr_login(&handle).await;
    let new_id = next_cookie
        .split("; ")
        .find_map(|c| c.strip_prefix("sessionid="))
        .expect("the next session id");
    assert!(session
        .cookie_header()
        .contains(&format!("sessionid={new_id}")));
    assert_ne!(session.cookie_header(), old.cookie_header());
    let api = Douyin::new(client(handle.base_url(), &session.cookie_header()));
    health.record_check(&verify(&api, session.obtained_at_ms()).await, 3_000);
    assert_eq!(
        (health.state, health.light()),
        (HealthState::Ok, Light::Green)
    );
    assert_eq!(health.checked_at_ms, Some(3_000));
}

#[tokio::test]
async fn an_unscanned_ticket_expires_on_the_injected_clock() {
    let handle = emulator().await;
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let world = ClientWorld::seeded(clock.clone(), 7);
    let client = DouyinClient::new(config(handle.base_url(), ""), world).expect("client");
    let login = QrLogin::start(&client).await.expect("ticket");
    let options = QrOptions {
        poll_every: Duration::from_secs(2),
        max_wait: Duration::from_secs(10),
    };
    let mut seen = Vec::new();
    let err = login
        .wait(options, |p| seen.push(p))
        .await
        .expect_err("expires");
    assert!(matches!(err, AuthError::QrExpired), "{err}");
    assert_eq!(seen, [QrProgress::Waiting], "told once, not every poll");
    // Every poll slept on the injected clock: 10 s of waiting in 2 s steps.
    assert_eq!(clock.sleeps().iter().filter(|&&ms| ms == 2_000).count(), 5);
}
