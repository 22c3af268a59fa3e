//! What a client session is configured with: origin override, identity (UA, cookie), transport
//! (proxy, timeout, retries), signer and request governor. Serde-friendly for settings files.

use crate::params::DEFAULT_USER_AGENT;
use serde::{Deserialize, Serialize};

/// Which signature the API requests carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignerChoice {
    /// `a_bogus` (F2's default).
    #[default]
    ABogus,
    /// `X-Bogus`.
    XBogus,
}

/// The request governor: a token bucket with jitter and a cooldown that grows on risk-control
/// answers (empty 200) and 429, and shrinks on success.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GovernorConfig {
    /// Sustained requests per second; `0` disables the bucket.
    pub requests_per_s: f64,
    /// How many requests may go out back to back.
    pub burst: u32,
    /// Up to this many ms of random delay added to each request.
    pub jitter_ms: u64,
    /// The first cooldown after a risk-control answer or 429, ms.
    pub cooldown_initial_ms: u64,
    /// The longest cooldown, ms.
    pub cooldown_max_ms: u64,
    /// How much each further refusal multiplies the cooldown by.
    pub cooldown_growth: f64,
}

impl Default for GovernorConfig {
    fn default() -> Self {
        Self {
            requests_per_s: 1.0,
            burst: 3,
            jitter_ms: 400,
            cooldown_initial_ms: 10_000,
            cooldown_max_ms: 600_000,
            cooldown_growth: 2.0,
        }
    }
}

/// Everything a [`super::DouyinClient`] session needs besides its clock and randomness.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClientConfig {
    /// One origin that serves every Douyin host (the emulator); `None` = the real hosts.
    pub base_url: Option<String>,
    /// The User-Agent of API and token requests (both signers cover it).
    pub user_agent: String,
    /// The user's cookie string, sent verbatim on API requests.
    pub cookie: String,
    /// An `http://` or `https://` proxy for all traffic; `None` or empty = direct.
    pub proxy: Option<String>,
    /// Timeout of one request (connect to last body byte), ms. F2: 10 s.
    pub timeout_ms: u64,
    /// Attempts per request on transient failures (at least 1). F2: 5.
    pub max_retries: u32,
    /// First retry back-off, ms; doubled per attempt.
    pub retry_backoff_ms: u64,
    /// The longest retry back-off, ms.
    pub retry_backoff_max_ms: u64,
    /// Most redirects followed when resolving a link.
    pub max_redirects: u32,
    /// Largest API, token or redirect answer read, in bytes, as declared and after
    /// decompression (Douyin's largest list pages are a few MiB).
    pub max_body_bytes: u64,
    /// The signature algorithm.
    pub signer: SignerChoice,
    /// The request governor.
    pub governor: GovernorConfig,
}

impl Default for ClientConfig {
    fn default() -> Self {
        Self {
            base_url: None,
            user_agent: DEFAULT_USER_AGENT.to_owned(),
            cookie: String::new(),
            proxy: None,
            timeout_ms: 10_000,
            max_retries: 5,
            retry_backoff_ms: 1_000,
            retry_backoff_max_ms: 30_000,
            max_redirects: 10,
            max_body_bytes: 32 * 1024 * 1024,
            signer: SignerChoice::ABogus,
            governor: GovernorConfig::default(),
        }
    }
}

impl std::fmt::Debug for ClientConfig {
    // The cookie is a credential and a proxy URL may carry a password: show only their shape.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientConfig")
            .field("base_url", &self.base_url)
            .field("user_agent", &self.user_agent)
            .field("cookie", &format_args!("<{} bytes>", self.cookie.len()))
            .field("proxy", &self.proxy.as_ref().map(|_| "<set>"))
            .field("timeout_ms", &self.timeout_ms)
            .field("max_retries", &self.max_retries)
            .field("retry_backoff_ms", &self.retry_backoff_ms)
            .field("retry_backoff_max_ms", &self.retry_backoff_max_ms)
            .field("max_redirects", &self.max_redirects)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("signer", &self.signer)
            .field("governor", &self.governor)
            .finish()
    }
}

impl ClientConfig {
    /// The proxy, if one is set (an empty string means none, as in F2).
    pub fn proxy_url(&self) -> Option<&str> {
        self.proxy
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
    }

    /// The base URL without a trailing `/`, if one is set.
    pub fn base(&self) -> Option<&str> {
        self.base_url
            .as_deref()
            .map(|b| b.trim().trim_end_matches('/'))
            .filter(|b| !b.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_follow_f2_and_debug_hides_secrets() {
        let mut c = ClientConfig::default();
        assert_eq!((c.timeout_ms, c.max_retries), (10_000, 5));
        assert_eq!(c.signer, SignerChoice::ABogus);
        c.cookie = "sessionid=SECRET".into();
        c.proxy = Some("http://user:PASS@127.0.0.1:1".into());
        let shown = format!("{c:?}");
        assert!(!shown.contains("SECRET") && !shown.contains("PASS"));
    }

    #[test]
    fn partial_settings_keep_defaults() {
        let c: ClientConfig =
            serde_json::from_str(r#"{"signer":"x_bogus","proxy":"","base_url":"http://h:1/"}"#)
                .expect("valid settings");
        assert_eq!(c.signer, SignerChoice::XBogus);
        assert_eq!(c.proxy_url(), None);
        assert_eq!(c.base(), Some("http://h:1"));
        assert_eq!(c.max_retries, 5);
    }
}
