//! Test helpers shared by the `client_*` tests: a raw HTTP/1.1 server that records every
//! request byte for byte, a tiny forwarding HTTP proxy, governor settings (`pacing`) and the emulator's fault
//! switch (`admin`).
#![allow(dead_code)]

pub mod admin;
pub mod pacing;

use std::sync::{Arc, Mutex};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// One request as it arrived on the wire.
#[derive(Debug, Clone)]
pub struct Seen {
    /// The request line, e.g. `GET /p?q HTTP/1.1`.
    pub line: String,
    /// Header lines, in order, as sent.
    pub headers: Vec<String>,
    /// The body bytes.
    pub body: Vec<u8>,
}

impl Seen {
    /// The request target.
    pub fn target(&self) -> &str {
        self.line.split(' ').nth(1).unwrap_or("")
    }

    /// The value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find_map(|h| {
            let (n, v) = h.split_once(':')?;
            n.trim().eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }
}

/// An answer: status, extra header lines, body.
pub type Answer = (u16, Vec<String>, String);

/// A server answering every request with `answer(&seen)`; returns its base URL and the log.
pub async fn raw_server(
    answer: impl Fn(&Seen) -> Answer + Send + Sync + 'static,
) -> (String, Arc<Mutex<Vec<Seen>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let log = Arc::new(Mutex::new(Vec::new()));
    let answer = Arc::new(answer);
    let shared = log.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let log = shared.clone();
            let answer = answer.clone();
            tokio::spawn(async move {
                // A client that hangs up early is not the test's concern.
                let _ = read_request(stream, &log, answer.as_ref()).await;
            });
        }
    });
    (base, log)
}

async fn read_request(
    mut stream: TcpStream,
    log: &Mutex<Vec<Seen>>,
    answer: &(dyn Fn(&Seen) -> Answer + Send + Sync),
) -> Option<()> {
    let mut data = Vec::new();
    let mut buf = [0u8; 8192];
    let head_end = loop {
        if let Some(i) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = stream.read(&mut buf).await.ok()?;
        if n == 0 {
            return None;
        }
        data.extend_from_slice(&buf[..n]);
    };
    let head = String::from_utf8_lossy(&data[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let line = lines.next().unwrap_or("").to_owned();
    let headers: Vec<String> = lines.map(str::to_owned).collect();
    let mut seen = Seen {
        line,
        headers,
        body: Vec::new(),
    };
    let length: usize = seen
        .header("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = data[head_end + 4..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut buf).await.ok()?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&buf[..n]);
    }
    seen.body = body;
    let (status, extra, text) = answer(&seen);
    log.lock().expect("lock").push(seen);
    let mut out = format!("HTTP/1.1 {status} X\r\n");
    for h in extra {
        out.push_str(&h);
        out.push_str("\r\n");
    }
    out.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n{text}",
        text.len()
    ));
    stream.write_all(out.as_bytes()).await.ok()?;
    Some(())
}

/// A forwarding HTTP proxy to `upstream` (`host:port`); returns its URL and the request lines
/// it forwarded (absolute-form targets, as clients send them to a proxy).
pub async fn forwarding_proxy(upstream: String) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let lines = Arc::new(Mutex::new(Vec::new()));
    let shared = lines.clone();
    tokio::spawn(async move {
        while let Ok((mut client, _)) = listener.accept().await {
            let upstream = upstream.clone();
            let lines = shared.clone();
            tokio::spawn(async move {
                let mut first = Vec::new();
                let mut buf = [0u8; 4096];
                while !first.windows(2).any(|w| w == b"\r\n") {
                    match client.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => first.extend_from_slice(&buf[..n]),
                    }
                }
                let text = String::from_utf8_lossy(&first);
                if let Some(line) = text.split("\r\n").next() {
                    lines.lock().expect("lock").push(line.to_owned());
                }
                // HTTP/1.1 servers accept absolute-form targets, so bytes pass through as is.
                let Ok(mut server) = TcpStream::connect(&upstream).await else {
                    return;
                };
                if server.write_all(&first).await.is_err() {
                    return;
                }
                let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
            });
        }
    });
    (url, lines)
}

/// A local port nothing listens on.
pub async fn closed_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    l.local_addr().expect("addr").port()
}
