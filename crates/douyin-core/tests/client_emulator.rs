//! The client against the emulator: signed requests with both signers, the session msToken,
//! login-only endpoints, risk control, 5xx bursts, 429, captcha, timeouts and short links.

use douyin_core::client::{
    ClientConfig, ClientWorld, DouyinClient, GovernorConfig, MsTokenSource, SignerChoice,
};
use douyin_core::link::LinkTarget;
use douyin_core::models::{PostDetailResponse, UserProfileResponse};
use douyin_core::params::models::{PostDetail, UserCollects, UserProfile};
use douyin_core::ErrorKind;
use douyin_emulator::{Emulator, EmulatorConfig, EmulatorHandle};
use serde_json::{json, Value};

/// A governor that does not slow tests down, and quick retries.
fn fast_config(base: &str) -> ClientConfig {
    ClientConfig {
        base_url: Some(base.to_owned()),
        timeout_ms: 5_000,
        max_retries: 3,
        retry_backoff_ms: 10,
        retry_backoff_max_ms: 50,
        governor: GovernorConfig {
            requests_per_s: 0.0,
            jitter_ms: 0,
            cooldown_initial_ms: 20,
            cooldown_max_ms: 200,
            ..GovernorConfig::default()
        },
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

/// `POST /__admin/faults` with a raw HTTP/1.1 request (no extra HTTP client needed).
async fn set_faults(handle: &EmulatorHandle, faults: Value) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = handle.base_url().trim_start_matches("http://").to_owned();
    let body = faults.to_string();
    let mut s = tokio::net::TcpStream::connect(&addr)
        .await
        .expect("connect");
    let req = format!(
        "POST /__admin/faults HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).await.expect("write");
    let mut answer = Vec::new();
    s.read_to_end(&mut answer).await.expect("read");
    assert!(
        answer.starts_with(b"HTTP/1.1 200"),
        "faults refused: {}",
        String::from_utf8_lossy(&answer)
    );
}

fn first_user(handle: &EmulatorHandle) -> String {
    handle.world().users[0].sec_uid.clone()
}

#[tokio::test]
async fn signed_profile_request_succeeds_with_both_signers() {
    let emu = emulator().await;
    for signer in [SignerChoice::ABogus, SignerChoice::XBogus] {
        let c = client(ClientConfig {
            signer,
            ..fast_config(emu.base_url())
        });
        let sec = first_user(&emu);
        let parsed = c
            .send_typed::<UserProfileResponse>(&UserProfile::new(sec.clone()))
            .await
            .unwrap_or_else(|e| panic!("{signer:?}: {e}"));
        assert_eq!(
            parsed.raw["user"]["sec_uid"].as_str(),
            Some(sec.as_str()),
            "{signer:?}"
        );
        assert_eq!(
            parsed.raw["user"]["nickname"].as_str(),
            Some(emu.world().users[0].nickname.as_str())
        );
        assert_eq!(c.ms_token_source().await, MsTokenSource::Endpoint);
    }
    let counters = emu.counters();
    assert_eq!(counters["requests"]["/web/r/token"], json!(2), "{counters}");
}
