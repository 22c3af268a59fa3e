//! The proxy setting: every request (token, API, link resolution) goes through a local
//! forwarding proxy to the emulator, and a dead proxy is reported as a proxy problem.

mod client_support;

use client_support::pacing;
use client_support::{closed_port, forwarding_proxy};
use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient};
use douyin_core::params::models::UserProfile;
use douyin_core::ErrorKind;
use douyin_emulator::{Emulator, EmulatorConfig};

fn config(base: &str, proxy: &str) -> ClientConfig {
    ClientConfig {
        base_url: Some(base.to_owned()),
        proxy: Some(proxy.to_owned()),
        timeout_ms: 3_000,
        max_retries: 2,
        retry_backoff_ms: 1,
        governor: pacing::unpaced(),
        ..ClientConfig::default()
    }
}

#[tokio::test]
async fn requests_travel_through_the_configured_proxy() {
    let emu = Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator");
    let upstream = emu.base_url().trim_start_matches("http://").to_owned();
    let (proxy, lines) = forwarding_proxy(upstream).await;
    let c =
        DouyinClient::new(config(emu.base_url(), &proxy), ClientWorld::system()).expect("client");
    let sec = emu.world().users[1].sec_uid.clone();
    let body = c
        .send(&UserProfile::new(sec.clone()))
        .await
        .expect("served");
    assert_eq!(body["user"]["sec_uid"].as_str(), Some(sec.as_str()));
    let lines = lines.lock().expect("lock").clone();
    // A proxy gets absolute-form targets: the token POST first, then the signed GET.
    let base = emu.base_url();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("POST {base}/web/r/token?"))),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with(&format!(
            "GET {base}/aweme/v1/web/user/profile/other/?device_platform=webapp"
        )) && l.contains("&a_bogus=")),
        "{lines:?}"
    );
}

#[tokio::test]
async fn media_downloads_travel_through_the_same_proxy() {
    let emu = Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator");
    let upstream = emu.base_url().trim_start_matches("http://").to_owned();
    let (proxy, lines) = forwarding_proxy(upstream).await;
    let c =
        DouyinClient::new(config(emu.base_url(), &proxy), ClientWorld::system()).expect("client");
    let media = c.media_client();
    let url = format!("{}/media/no-such-file.mp4", emu.base_url());
    let resp = media
        .get(&url)
        .send()
        .await
        .expect("an answer through the proxy");
    assert!(resp.status().is_client_error(), "{}", resp.status());
    let lines = lines.lock().expect("lock").clone();
    assert_eq!(
        lines,
        [format!("GET {url} HTTP/1.1")],
        "the media request went via the proxy"
    );
}

#[tokio::test]
async fn a_dead_proxy_is_reported_as_a_proxy_problem() {
    let emu = Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator");
    let proxy = format!("http://user:hunter2@127.0.0.1:{}", closed_port().await);
    let c =
        DouyinClient::new(config(emu.base_url(), &proxy), ClientWorld::system()).expect("client");
    let sec = emu.world().users[0].sec_uid.clone();
    let err = c.send(&UserProfile::new(sec)).await.expect_err("no proxy");
    assert_eq!(err.kind(), ErrorKind::Proxy, "{err}");
    let shown = format!("{err} {err:?}");
    assert!(shown.contains("Check the proxy address"));
    assert!(!shown.contains("hunter2"));
    // Nothing reached Douyin.
    assert!(emu.counters()["requests"]
        .get("/aweme/v1/web/user/profile/other/")
        .is_none());
}

#[tokio::test]
async fn unsupported_proxy_schemes_are_refused_up_front() {
    let err = DouyinClient::new(
        config("http://127.0.0.1:1", "socks5://127.0.0.1:1080"),
        ClientWorld::system(),
    )
    .expect_err("refused");
    assert_eq!(err.kind(), ErrorKind::Proxy);
}
