//! The small interface a live session needs from Douyin's HTTP side (resolve the room, a
//! guest identity, the im/fetch bootstrap); the session is written against it so it runs on
//! the crate's client and on fakes alike.

use super::room::LiveRoom;
use crate::client::ClientWorld;
use crate::link::LinkTarget;
use crate::Error;
use serde_json::Value;
use std::future::Future;

/// The settings a live session shares with the HTTP client it runs on, so origin, user agent,
/// proxy (through the media client) and clock are given once.
#[derive(Clone)]
pub struct LiveContext {
    /// One origin for every Douyin host (the emulator), or `None` for Douyin's hosts.
    pub base_url: Option<String>,
    /// The User-Agent of the websocket handshake (the one the API requests send).
    pub user_agent: String,
    /// Time and randomness.
    pub world: ClientWorld,
    /// The HTTP client for the live stream (the client's proxy and user agent).
    pub media: reqwest::Client,
}

impl std::fmt::Debug for LiveContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiveContext")
            .field("base_url", &self.base_url)
            .field("user_agent", &self.user_agent)
            .finish_non_exhaustive()
    }
}

/// A guest viewer: the ttwid cookie and the web device id `query/user` gives for it.
#[derive(Clone, PartialEq, Eq)]
pub struct GuestIdentity {
    /// The guest `ttwid` cookie value (a credential: never printed).
    pub ttwid: String,
    /// The viewer's web device id (`user_unique_id`).
    pub user_unique_id: String,
}

impl std::fmt::Debug for GuestIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GuestIdentity")
            .field("ttwid", &format_args!("<{} bytes>", self.ttwid.len()))
            .field("user_unique_id", &self.user_unique_id)
            .finish()
    }
}

/// What im/fetch hands the websocket: where to resume and the opaque extension string.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImBootstrap {
    /// `$.extra.cursor`.
    pub cursor: String,
    /// `$.internal_ext`.
    pub internal_ext: String,
    /// `$.extra.now` (server time, ms), when present.
    pub now_ms: Option<i64>,
}

/// Reads the JSON im/fetch answer.
///
/// # Errors
/// [`Error::ApiRefused`] for a non-zero `status_code`, [`Error::Decode`] when it is missing (an
/// unsigned or emptied answer).
pub fn im_bootstrap_from_json(body: &Value) -> Result<ImBootstrap, Error> {
    const EP: &str = "/webcast/im/fetch/";
    match body.get("status_code").and_then(Value::as_i64) {
        Some(0) => {}
        Some(code) => {
            return Err(Error::ApiRefused {
                endpoint: EP.into(),
                code,
                message: body["status_msg"].as_str().unwrap_or("").to_owned(),
            })
        }
        None => {
            return Err(Error::Decode {
                endpoint: EP.into(),
                path: "status_code".into(),
                reason: "missing (an empty or unsigned answer)".into(),
            })
        }
    }
    let now_ms = match &body["extra"]["now"] {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    };
    Ok(ImBootstrap {
        cursor: body["extra"]["cursor"].as_str().unwrap_or("").to_owned(),
        internal_ext: body["internal_ext"].as_str().unwrap_or("").to_owned(),
        now_ms,
    })
}

/// Douyin's HTTP side as the live session uses it.
pub trait LiveApi: Send + Sync {
    /// The settings the session reuses (origin, user agent, clock, media client).
    fn context(&self) -> LiveContext;

    /// Resolves a target (following short links) to the room, whatever its status.
    fn resolve_room(
        &self,
        target: &LinkTarget,
    ) -> impl Future<Output = Result<LiveRoom, Error>> + Send;

    /// A fresh guest identity (ttwid, then `query/user` for the device id).
    fn guest_identity(&self) -> impl Future<Output = Result<GuestIdentity, Error>> + Send;

    /// The im/fetch bootstrap for `room_id` as `guest`.
    fn im_fetch(
        &self,
        room_id: &str,
        guest: &GuestIdentity,
    ) -> impl Future<Output = Result<ImBootstrap, Error>> + Send;
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn im_fetch_answer_gives_cursor_ext_and_now() {
        let v = json!({"status_code": 0, "internal_ext": "internal_src:dim|seq:1",
            "extra": {"cursor": "d-1_u-1", "now": "1721106114633"}});
        assert_eq!(
            im_bootstrap_from_json(&v).ok(),
            Some(ImBootstrap {
                cursor: "d-1_u-1".into(),
                internal_ext: "internal_src:dim|seq:1".into(),
                now_ms: Some(1_721_106_114_633),
            })
        );
        assert!(im_bootstrap_from_json(&json!({})).is_err());
        assert!(im_bootstrap_from_json(&json!({"status_code": 10011})).is_err());
    }

    #[test]
    fn guest_debug_hides_ttwid() {
        let g = GuestIdentity {
            ttwid: "1%7Csecret".into(),
            user_unique_id: "7".into(),
        };
        assert!(!format!("{g:?}").contains("secret"));
    }
}
