//! The SSO QR login calls against the emulator: a ticket with a scan link, "1" until the scan,
//! "3" with the session cookies (shown by `Debug` only as a count), "5" for an unknown ticket.

use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient};
use douyin_emulator::{Emulator, EmulatorConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::test]
async fn ticket_poll_scan_and_cookies() {
    let handle = Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator");
    let config = ClientConfig {
        base_url: Some(handle.base_url().to_owned()),
        ..ClientConfig::default()
    };
    let client = DouyinClient::new(config, ClientWorld::system()).expect("client");
    let code = client.sso_get_qrcode().await.expect("ticket");
    assert!(
        code.index_url.contains(&code.token),
        "the scan link names the ticket"
    );
    assert!(code.expire_time_s.is_some());
    assert!(
        !format!("{code:?}").contains(&code.token),
        "Debug hides the ticket"
    );

    let first = client.sso_check_qrconnect(&code.token).await.expect("poll");
    assert_eq!(first.status, "1");
    assert!(first.set_cookies.is_empty());

    let addr = handle.base_url().trim_start_matches("http://").to_owned();
    let mut tcp = tokio::net::TcpStream::connect(&addr)
        .await
        .expect("connect");
    let req = format!(
        "POST /__login/scan?token={} HTTP/1.1\r\nHost: {addr}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        code.token
    );
    tcp.write_all(req.as_bytes()).await.expect("scan");
    let mut answer = String::new();
    tcp.read_to_string(&mut answer).await.expect("answer");
    assert!(answer.contains("\"ok\":true"), "{answer}");

    let done = client.sso_check_qrconnect(&code.token).await.expect("poll");
    assert_eq!(done.status, "3");
    let session = &handle.world().account.sessionid;
    assert!(done
        .set_cookies
        .iter()
        .any(|c| c.starts_with(&format!("sessionid={session};"))));
    let shown = format!("{done:?}");
    assert!(!shown.contains(session.as_str()), "{shown}");

    let unknown = client.sso_check_qrconnect("unknown").await.expect("poll");
    assert_eq!(unknown.status, "5");
}
