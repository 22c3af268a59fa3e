//! Tokens Douyin expects besides the signature (spec http.md §5): msToken (real request and
//! F2's offline "false" token), ttwid, webid and verify_fp / s_v_web_id.
//!
//! Nothing here talks to the network: requests are plain data for the HTTP client to send, and
//! the parsers read what it got back. Time and randomness are parameters.

mod error;
pub mod ms_token;
mod python_json;
pub mod request;
pub mod ttwid;
pub mod verify_fp;
pub mod webid;

pub use error::{TokenError, TokenErrorKind};
pub use ms_token::{
    false_ms_token, false_ms_token_from_indexes, parse_real_ms_token, real_ms_token_request,
};
pub use request::{HttpMethod, TokenRequest};
pub use ttwid::{parse_ttwid, ttwid_request};
pub use verify_fp::{s_v_web_id, verify_fp};
pub use webid::{parse_webid_response, webid_request, WebId};

/// Which F2 release's token behaviour to follow where the two differ (spec §13).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum F2Release {
    /// Mirror HEAD 93a4e09, the reference.
    #[default]
    Head,
    /// The PyPI release f2 0.0.1.7.
    Pypi0017,
}
