//! The Douyin HTTP client (spec http.md §2, §5, §8, §12): builds a request from a model, signs
//! it with fresh clock and randomness, sends it byte for byte through the shared request
//! governor, retries what is transient, and classifies every failure. Clones share one
//! connection pool, one governor and one session (msToken).

mod classify;
pub mod config;
pub mod governor;
mod login;
mod redirect;
mod session;
mod transport;
pub mod world;

/// The redaction helpers, where the transport crates have always found them.
pub use crate::redact;
pub use config::{ClientConfig, GovernorConfig, SignerChoice};
pub use governor::{Governor, GovernorSnapshot};
pub use login::{QrCode, QrConnect, SSO_ORIGIN};
pub use redirect::Redirected;
pub use session::MsTokenSource;
pub use world::{ClientWorld, Clock, ManualClock, SharedRng, SleepFuture, SystemClock};

use crate::models::Parsed;
use crate::params::{AbogusEntropy, ClientHeaders, PreparedRequest, RequestModel};
use crate::sign::{browser_fingerprint, BrowserKind};
use crate::Error;
use classify::{classify, Verdict};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::Duration;
use transport::{OutRequest, Transport, Which};

/// A Douyin API client; cheap to clone, clones share everything.
#[derive(Clone)]
pub struct DouyinClient {
    inner: Arc<Inner>,
}

struct Inner {
    /// The settings; its `cookie` is blank, the live one is [`Inner::cookie`].
    config: ClientConfig,
    world: ClientWorld,
    transport: Transport,
    governor: Governor,
    /// The user's cookie, replaceable at run time ([`DouyinClient::set_cookie`]).
    cookie: RwLock<String>,
    /// The session (msToken, verifyFp) of the current cookie, created on first use; a new
    /// cookie gets a new cell.
    session: Mutex<Arc<session::SessionCell>>,
}

impl std::fmt::Debug for DouyinClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DouyinClient")
            .field("config", &self.inner.config)
            .finish_non_exhaustive()
    }
}

impl DouyinClient {
    /// A client for `config`, using `world` for time and randomness.
    ///
    /// # Errors
    /// [`Error::Proxy`] when the proxy setting is unusable; [`Error::InvalidInput`] for a base
    /// URL that does not parse.
    pub fn new(config: ClientConfig, world: ClientWorld) -> Result<Self, Error> {
        if let Some(base) = config.base() {
            url::Url::parse(base)
                .map_err(|_| Error::InvalidInput("the base URL is not a valid URL".into()))?;
        }
        let transport = Transport::new(&config)?;
        let governor = Governor::new(
            config.governor.clone(),
            world.clock.clone(),
            world.rng.clone(),
        );
        let mut config = config;
        let cookie = std::mem::take(&mut config.cookie);
        Ok(Self {
            inner: Arc::new(Inner {
                config,
                world,
                transport,
                governor,
                cookie: RwLock::new(cookie),
                session: Mutex::new(Arc::default()),
            }),
        })
    }

    /// The configuration the client was built with. Its `cookie` is blank: the cookie in use
    /// is [`Self::cookie`], since [`Self::set_cookie`] may have replaced it.
    pub fn config(&self) -> &ClientConfig {
        &self.inner.config
    }

    /// The `Cookie` header value sent on API requests now (empty: none).
    pub fn cookie(&self) -> String {
        read_lock(&self.inner.cookie).clone()
    }

    /// Replaces the cookie for every clone from the next request on (after a login or logout),
    /// and starts a new session: the next request fetches a fresh msToken and verifyFp, so
    /// nothing of the old identity is sent with the new cookie.
    pub fn set_cookie(&self, cookie: &str) {
        *self
            .inner
            .cookie
            .write()
            .unwrap_or_else(PoisonError::into_inner) = cookie.to_owned();
        *self
            .inner
            .session
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Arc::default();
    }

    /// An HTTP client for media (post files, covers, live streams) with this client's proxy
    /// and user agent: no overall timeout (a live body never ends on its own), no content
    /// decoding (byte offsets must be the file's), never the environment's proxy variables.
    /// Clones share one connection pool.
    pub fn media_client(&self) -> reqwest::Client {
        self.inner.transport.media()
    }

    fn headers(&self) -> ClientHeaders {
        ClientHeaders {
            user_agent: self.inner.config.user_agent.clone(),
            referer: crate::params::DEFAULT_REFERER.to_owned(),
            cookie: self.cookie(),
        }
    }

    /// The injected clock and randomness.
    pub fn world(&self) -> &ClientWorld {
        &self.inner.world
    }

    /// The request governor shared by all clones.
    pub fn governor(&self) -> &Governor {
        &self.inner.governor
    }

    /// The unsigned request for `model` in this session (routed to the base URL if set).
    pub async fn prepare(&self, model: &(impl RequestModel + ?Sized)) -> PreparedRequest {
        let session = self.session().await;
        PreparedRequest::new(
            &ByRef(model),
            &session.params,
            &self.headers(),
            self.inner.config.base(),
        )
    }

    /// Sends `model`'s request and returns the JSON body.
    ///
    /// Empty answers, 5xx, 429 and transport failures are retried (up to `max_retries`
    /// attempts); empty answers and 429 also cool the governor down.
    ///
    /// # Errors
    /// A classified [`Error`]; see [`crate::ErrorKind`].
    pub async fn send(&self, model: &(impl RequestModel + ?Sized)) -> Result<Value, Error> {
        let prepared = self.prepare(model).await;
        self.send_prepared(&prepared).await
    }

    /// Sends `model`'s request and reads the body as `T`, keeping the raw JSON.
    ///
    /// # Errors
    /// As [`Self::send`], plus [`Error::Decode`] naming the JSON path that did not fit.
    pub async fn send_typed<T: DeserializeOwned>(
        &self,
        model: &(impl RequestModel + ?Sized),
    ) -> Result<Parsed<T>, Error> {
        let prepared = self.prepare(model).await;
        let raw = self.send_prepared(&prepared).await?;
        crate::api::decode(prepared.endpoint.path(), String::new, raw)
    }

    /// Signs and sends an already prepared request, with retries and classification.
    ///
    /// # Errors
    /// As [`Self::send`].
    pub async fn send_prepared(&self, prepared: &PreparedRequest) -> Result<Value, Error> {
        let label = prepared.endpoint.path();
        let attempts = self.inner.config.max_retries.max(1);
        let governor = &self.inner.governor;
        let mut last = None;
        for attempt in 1..=attempts {
            governor.acquire().await;
            let url = self.sign(prepared)?;
            let out = OutRequest {
                method: prepared.method,
                url: &url,
                headers: &prepared.headers,
                body: &prepared.body,
                label,
                exact: true,
            };
            let verdict = match self.inner.transport.send(Which::Api, &out).await {
                Ok(resp) => classify(prepared.endpoint, &resp),
                Err(e) if e.is_retryable() => Verdict::Retry(e),
                Err(e) => return Err(e),
            };
            match verdict {
                Verdict::Done(value) => {
                    governor.on_success();
                    return Ok(value);
                }
                Verdict::Fail(e) => {
                    // Douyin answered properly, so this is no sign of throttling.
                    governor.on_success();
                    return Err(e);
                }
                Verdict::Captcha => {
                    tracing::warn!(endpoint = label, "captcha page: verification required");
                    governor.on_risk_control();
                    return Err(Error::Captcha {
                        endpoint: label.to_owned(),
                    });
                }
                Verdict::Empty => {
                    tracing::warn!(
                        endpoint = label,
                        attempt,
                        "empty answer (risk control); cooling down"
                    );
                    // The governor's cooldown is the back-off.
                    governor.on_risk_control();
                    last = Some(Error::EmptyResponse {
                        endpoint: label.to_owned(),
                        attempts: attempt,
                    });
                }
                Verdict::RateLimited(retry_after) => {
                    let wait_ms = governor.on_rate_limited(retry_after);
                    tracing::warn!(
                        endpoint = label,
                        attempt,
                        wait_ms,
                        "rate limited (HTTP 429)"
                    );
                    last = Some(Error::RateLimited {
                        endpoint: label.to_owned(),
                        wait_ms,
                    });
                }
                Verdict::Retry(e) => {
                    tracing::info!(endpoint = label, attempt, error = %e, "transient failure; retrying");
                    last = Some(e);
                    if attempt < attempts {
                        let pause = Duration::from_millis(self.backoff_ms(attempt));
                        self.inner.world.clock.sleep(pause).await;
                    }
                }
            }
        }
        Err(last.unwrap_or(Error::EmptyResponse {
            endpoint: label.to_owned(),
            attempts,
        }))
    }

    /// The signed URL for one attempt: a new fingerprint, clock reading and random values.
    fn sign(&self, prepared: &PreparedRequest) -> Result<String, Error> {
        let now = self.inner.world.clock.now_ms();
        let signature = match self.inner.config.signer {
            SignerChoice::ABogus => {
                let (fingerprint, random, hash_ms) = self.inner.world.rng.with(|r| {
                    let mut r = r;
                    let fp = browser_fingerprint(BrowserKind::Edge, &mut r);
                    let random = [0; 3].map(|_: u32| rand::Rng::random_range(&mut r, 0..=9999));
                    (fp, random, rand::Rng::random_range(&mut r, 1..=4))
                });
                prepared.sign_abogus(&AbogusEntropy {
                    fingerprint: &fingerprint,
                    start_ms: now,
                    end_ms: now.saturating_add(hash_ms),
                    random,
                })?
            }
            SignerChoice::XBogus => {
                let seconds = u32::try_from(now / 1000).unwrap_or(u32::MAX);
                prepared.sign_xbogus(seconds)?
            }
        };
        Ok(prepared.signed_url(&signature))
    }

    /// The back-off before retry `attempt` (1-based): doubling from the configured base,
    /// capped.
    fn backoff_ms(&self, attempt: u32) -> u64 {
        let c = &self.inner.config;
        let factor = 1u64 << attempt.saturating_sub(1).min(20);
        c.retry_backoff_ms
            .saturating_mul(factor)
            .min(c.retry_backoff_max_ms)
    }

    /// `url` on the base URL when one is set (same path and query, byte for byte).
    fn route(&self, url: &str) -> String {
        let Some(base) = self.inner.config.base() else {
            return url.to_owned();
        };
        let after_scheme = url.find("://").map_or(0, |i| i + 3);
        let rest = url[after_scheme..]
            .find(['/', '?'])
            .map_or("/", |i| &url[after_scheme + i..]);
        if rest.starts_with('?') {
            format!("{base}/{rest}")
        } else {
            format!("{base}{rest}")
        }
    }
}

/// Reads a lock that is only ever held to swap a value, so a poisoned one still holds a whole
/// value.
fn read_lock<T>(lock: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    lock.read().unwrap_or_else(PoisonError::into_inner)
}

/// A sized view of a model, so that trait objects (`&dyn RequestModel`) can be sent too.
struct ByRef<'a, M: ?Sized>(&'a M);

impl<M: RequestModel + ?Sized> RequestModel for ByRef<'_, M> {
    fn endpoint(&self) -> crate::endpoints::Endpoint {
        self.0.endpoint()
    }

    fn own_params(&self) -> crate::params::ParamList {
        self.0.own_params()
    }

    fn params(&self, config: &crate::params::ParamConfig) -> crate::params::ParamList {
        self.0.params(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(base: Option<&str>) -> DouyinClient {
        let config = ClientConfig {
            base_url: base.map(str::to_owned),
            ..ClientConfig::default()
        };
        let world = ClientWorld::seeded(Arc::new(ManualClock::new(1_700_000_000_000)), 1);
        DouyinClient::new(config, world).expect("client")
    }

    #[test]
    fn routing_keeps_path_and_query_bytes() {
        let c = client(Some("http://127.0.0.1:9/"));
        assert_eq!(
            c.route("https://mssdk.bytedance.com/web/r/token?ms_appid=6383&msToken=a%3D"),
            "http://127.0.0.1:9/web/r/token?ms_appid=6383&msToken=a%3D"
        );
        assert_eq!(c.route("https://v.douyin.com"), "http://127.0.0.1:9/");
        assert_eq!(c.route("https://h?x=1"), "http://127.0.0.1:9/?x=1");
        assert_eq!(client(None).route("https://h/p?q"), "https://h/p?q");
    }

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let c = client(None);
        let got: Vec<u64> = (1..=7).map(|a| c.backoff_ms(a)).collect();
        assert_eq!(got, [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    }
}
