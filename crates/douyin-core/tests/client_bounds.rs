//! Body bounds: an API answer is read only up to `max_body_bytes`, as declared and after
//! decompression, so a gzip bomb, an oversized declared body and an endless JSON answer each
//! end in a classified error instead of filling memory. A tiny local server plays each fault.

mod client_support;

use client_support::pacing;
use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient};
use douyin_core::params::models::UserProfile;
use douyin_core::ErrorKind;
use std::io::Write as _;
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const LIMIT: u64 = 1024 * 1024;
const SEC: &str = "MS4wLjABAAAAVsneOf144eGDFf8Xp9QNb1VW6ovXnNT5SqJBhJfe8KQBKWKDTWK5Hh-_i9mJzb8C";

/// How the server answers API requests (token requests get `{}`).
#[derive(Clone, Copy)]
enum Fault {
    /// 16 MiB of JSON whitespace, gzip-compressed to a few KiB.
    GzipBomb,
    /// `Content-Length` far above the limit, then a little data.
    Declared,
    /// A JSON list that never ends (bounded at 64 MiB so the server stops by itself).
    Endless,
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(data).expect("compress");
    enc.finish().expect("compress")
}

async fn read_head(stream: &mut TcpStream) -> Option<String> {
    let mut data = Vec::new();
    let mut buf = [0u8; 4096];
    while !data.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut buf).await.ok()?;
        if n == 0 {
            return None;
        }
        data.extend_from_slice(&buf[..n]);
    }
    Some(String::from_utf8_lossy(&data).into_owned())
}

async fn answer(mut stream: TcpStream, fault: Fault, bomb: Arc<Vec<u8>>) -> Option<()> {
    let head = read_head(&mut stream).await?;
    if head.starts_with("POST /web/r/token") {
        let ok = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
        return stream.write_all(ok.as_bytes()).await.ok();
    }
    match fault {
        Fault::GzipBomb => {
            let h = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                bomb.len()
            );
            stream.write_all(h.as_bytes()).await.ok()?;
            stream.write_all(&bomb).await.ok()
        }
        Fault::Declared => {
            let h = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\nConnection: close\r\n\r\n{\"status_code\":0";
            stream.write_all(h.as_bytes()).await.ok()
        }
        Fault::Endless => {
            let h = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"status_code\":0,\"aweme_list\":[";
            stream.write_all(h.as_bytes()).await.ok()?;
            let item = b"{\"aweme_id\":\"7298145681699622182\",\"desc\":\"xxxxxxxxxxxxxxxx\"},";
            let chunk: Vec<u8> = item.iter().copied().cycle().take(64 * 1024).collect();
            // Bounded: at most 64 MiB, and it stops as soon as the client hangs up.
            for _ in 0..1024 {
                stream.write_all(&chunk).await.ok()?;
            }
            Some(())
        }
    }
}

async fn server(fault: Fault) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let bomb = Arc::new(gzip(&vec![b' '; 16 * 1024 * 1024]));
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(answer(stream, fault, bomb.clone()));
        }
    });
    base
}

fn client(base: &str) -> DouyinClient {
    let config = ClientConfig {
        base_url: Some(base.to_owned()),
        max_body_bytes: LIMIT,
        timeout_ms: 20_000,
        max_retries: 1,
        governor: pacing::unpaced(),
        ..ClientConfig::default()
    };
    DouyinClient::new(config, ClientWorld::system()).expect("client")
}

async fn refused(fault: Fault) -> douyin_core::Error {
    let base = server(fault).await;
    client(&base)
        .send(&UserProfile::new(SEC))
        .await
        .expect_err("an oversized answer is refused")
}

#[tokio::test]
async fn a_gzip_bomb_stops_at_the_decompressed_limit() {
    let err = refused(Fault::GzipBomb).await;
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
    assert!(
        err.to_string()
            .contains("larger than the 1 MiB limit (as received)"),
        "{err}"
    );
}

#[tokio::test]
async fn a_declared_oversized_body_is_refused_before_reading() {
    let err = refused(Fault::Declared).await;
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
    assert!(
        err.to_string()
            .contains("larger than the 1 MiB limit (as declared)"),
        "{err}"
    );
}

#[tokio::test]
async fn an_endless_json_answer_ends_in_a_classified_error() {
    let err = refused(Fault::Endless).await;
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
    assert!(
        err.to_string()
            .contains("larger than the 1 MiB limit (as received)"),
        "{err}"
    );
}
