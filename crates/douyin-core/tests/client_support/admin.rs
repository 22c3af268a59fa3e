//! The emulator's admin endpoint as the client tests drive it: set faults with a raw
//! HTTP/1.1 request, so no second HTTP client is needed.

use douyin_emulator::EmulatorHandle;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// `POST /__admin/faults` with `faults`; returns the raw answer for callers that check it.
pub async fn post_faults(handle: &EmulatorHandle, faults: &Value) -> Vec<u8> {
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
    answer
}
