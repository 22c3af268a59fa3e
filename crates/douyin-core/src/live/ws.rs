//! The danmaku websocket transport: the push URL's origin, the handshake with F2's headers
//! (User-Agent, `Cookie: ttwid=…;`), size limits, and handshake errors without the URL.

use crate::endpoints::Endpoint;
use crate::token::ttwid::ttwid_cookie_header;
use crate::Error;
use std::time::Duration;
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;
use tokio_tungstenite::tungstenite::http::{HeaderValue, Uri};
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::Error as WsError;

/// An open danmaku websocket.
pub type WsStream =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// The push endpoint as errors name it.
const PUSH_PATH: &str = Endpoint::LiveImPush.path();

/// The push endpoint ([`Endpoint::LiveImPush`]): Douyin's wss host, or `ws(s)://` on the
/// configured origin.
pub fn push_base(base_url: Option<&str>) -> String {
    match base_url {
        None => Endpoint::LiveImPush.url(),
        Some(b) => {
            let b = b.trim_end_matches('/');
            let b = if let Some(rest) = b.strip_prefix("https://") {
                format!("wss://{rest}")
            } else if let Some(rest) = b.strip_prefix("http://") {
                format!("ws://{rest}")
            } else {
                b.to_owned()
            };
            Endpoint::LiveImPush.url_on(&b)
        }
    }
}

/// The URL as sent: raw like F2 (`|`, `:`, `/`, `+` unencoded) when the HTTP URI parser takes
/// it, otherwise with only the characters it refuses percent-encoded.
fn request_uri(url: &str) -> Result<Uri, Error> {
    if let Ok(u) = url.parse::<Uri>() {
        return Ok(u);
    }
    let mut out = String::with_capacity(url.len() + 16);
    for c in url.chars() {
        if c.is_ascii_graphic()
            && !matches!(c, '|' | '{' | '}' | '^' | '`' | '"' | '<' | '>' | '\\')
        {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out.parse::<Uri>()
        .map_err(|_| Error::InvalidInput("the websocket URL does not parse".into()))
}

/// Connects to `url` as F2 does, within `timeout`; frames above `max_frame_bytes` are refused
/// by the transport before they are buffered.
pub async fn connect(
    url: &str,
    user_agent: &str,
    ttwid: &str,
    max_frame_bytes: usize,
    timeout: Duration,
) -> Result<WsStream, Error> {
    let mut request = request_uri(url)?
        .into_client_request()
        .map_err(|e| Error::WsHandshake {
            reason: describe(&e),
        })?;
    let headers = request.headers_mut();
    let bad = |_| Error::InvalidInput("header value is not valid".into());
    headers.insert(
        "User-Agent",
        HeaderValue::from_str(user_agent).map_err(bad)?,
    );
    headers.insert(
        "Cookie",
        HeaderValue::from_str(&ttwid_cookie_header(ttwid)).map_err(bad)?,
    );
    let config = WebSocketConfig::default()
        .max_message_size(Some(max_frame_bytes))
        .max_frame_size(Some(max_frame_bytes));
    let connecting = tokio_tungstenite::connect_async_with_config(request, Some(config), true);
    match tokio::time::timeout(timeout, connecting).await {
        Err(_) => Err(Error::Network {
            endpoint: PUSH_PATH.into(),
            reason: "the websocket handshake timed out".into(),
        }),
        Ok(Err(e)) => Err(match &e {
            WsError::Io(_) | WsError::Tls(_) => Error::Network {
                endpoint: PUSH_PATH.into(),
                reason: describe(&e),
            },
            _ => Error::WsHandshake {
                reason: describe(&e),
            },
        }),
        Ok(Ok((ws, _))) => Ok(ws),
    }
}

/// A transport error as text, without the request URL.
pub(crate) fn describe(e: &WsError) -> String {
    match e {
        WsError::Http(resp) => format!(
            "HTTP {} instead of a websocket upgrade",
            resp.status().as_u16()
        ),
        WsError::Url(_) => "the websocket URL is not usable".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_base_follows_the_origin() {
        assert_eq!(
            push_base(None),
            "wss://webcast5-ws-web-hl.douyin.com/webcast/im/push/v2/"
        );
        assert_eq!(
            push_base(Some("http://127.0.0.1:9/")),
            "ws://127.0.0.1:9/webcast/im/push/v2/"
        );
        assert_eq!(push_base(Some("https://h")), "wss://h/webcast/im/push/v2/");
    }

    #[test]
    fn request_uri_keeps_f2_characters() {
        let url = "ws://h/p/?internal_ext=a:b|c&signature=x+/y";
        let uri = request_uri(url).map(|u| u.to_string()).unwrap_or_default();
        assert!(uri.contains("a:b"), "{uri}");
        assert!(uri.contains("x+/y"), "{uri}");
        assert!(uri.contains("c&"), "{uri}");
    }
}
