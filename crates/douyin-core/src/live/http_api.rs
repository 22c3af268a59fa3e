//! A self-contained [`LiveApi`] over HTTP: builds F2's requests from the core's models, signs
//! them with X-Bogus at the injected clock's time, sends them byte-exact, and reads the
//! answers. It carries no governor or retries; a shell with the full client can implement
//! [`LiveApi`] on that instead.

use super::api::{im_bootstrap_from_json, GuestIdentity, ImBootstrap, LiveApi, LiveClock};
use super::error::LiveError;
use super::room::{room_from_enter, room_from_reflow, LiveRoom};
use super::target::{target_from_final_url, LiveTarget};
use crate::params::models::{LiveImFetch, QueryUser, UserLive, UserLive2};
use crate::params::{ClientHeaders, ParamConfig, PreparedRequest, RequestModel};
use crate::token::{parse_ttwid, ttwid_request};
use serde_json::Value;
use std::sync::Arc;
use std::time::Duration;

/// Settings of [`HttpLiveApi`].
#[derive(Clone)]
pub struct LiveHttpConfig {
    /// One origin for every Douyin host (the emulator), or `None` for the real hosts.
    pub base_url: Option<String>,
    /// User-Agent of every request (also signed into X-Bogus).
    pub user_agent: String,
    /// The user's cookie, sent with the room lookup (may be empty).
    pub cookie: String,
    /// HTTP(S) proxy URL.
    pub proxy: Option<String>,
    /// Per-request timeout.
    pub timeout: Duration,
}

impl std::fmt::Debug for LiveHttpConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiveHttpConfig")
            .field("base_url", &self.base_url)
            .field("user_agent", &self.user_agent)
            .field("cookie", &format_args!("<{} bytes>", self.cookie.len()))
            .field("proxy", &self.proxy.as_ref().map(|_| "<set>"))
            .field("timeout", &self.timeout)
            .finish()
    }
}

impl Default for LiveHttpConfig {
    fn default() -> Self {
        Self {
            base_url: None,
            user_agent: crate::params::DEFAULT_USER_AGENT.to_owned(),
            cookie: String::new(),
            proxy: None,
            timeout: Duration::from_secs(10),
        }
    }
}

/// The live flow's HTTP side on reqwest.
#[derive(Clone)]
pub struct HttpLiveApi {
    http: reqwest::Client,
    config: Arc<LiveHttpConfig>,
    clock: Arc<dyn LiveClock>,
}

impl std::fmt::Debug for HttpLiveApi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpLiveApi")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

/// Transport reason without the URL (which may hold signatures and tokens).
pub(crate) fn scrub(e: reqwest::Error) -> String {
    e.without_url().to_string()
}

impl HttpLiveApi {
    /// A client for `config`, signing with `clock`'s time.
    pub fn new(config: LiveHttpConfig, clock: Arc<dyn LiveClock>) -> Result<Self, LiveError> {
        Ok(Self {
            http: build_http(&config, true)?,
            config: Arc::new(config),
            clock,
        })
    }

    /// The underlying HTTP client (shared with the stream recorder).
    pub fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// The settings.
    pub fn config(&self) -> &LiveHttpConfig {
        &self.config
    }

    async fn get_json(
        &self,
        model: &impl RequestModel,
        cookie: &str,
        endpoint: &'static str,
    ) -> Result<Value, LiveError> {
        let headers = ClientHeaders {
            cookie: cookie.to_owned(),
            ..ClientHeaders::with_cookie("")
        };
        let headers = ClientHeaders {
            user_agent: self.config.user_agent.clone(),
            ..headers
        };
        let params = ParamConfig::new(&self.config.user_agent, "", "");
        let req = PreparedRequest::new(model, &params, &headers, self.config.base_url.as_deref());
        let secs = u32::try_from(self.clock.now_ms().max(0) / 1000).unwrap_or(u32::MAX);
        let sig = req.sign_xbogus(secs).map_err(|e| LiveError::Api {
            endpoint,
            reason: e.to_string(),
        })?;
        let mut builder = self.http.get(req.signed_url(&sig));
        for (name, value) in &req.headers {
            if !value.is_empty() {
                builder = builder.header(*name, value);
            }
        }
        let resp = builder.send().await.map_err(|e| LiveError::Network {
            endpoint,
            reason: scrub(e),
        })?;
        let status = resp.status();
        if !status.is_success() {
            return Err(LiveError::Api {
                endpoint,
                reason: format!("HTTP {}", status.as_u16()),
            });
        }
        let body = resp.bytes().await.map_err(|e| LiveError::Network {
            endpoint,
            reason: scrub(e),
        })?;
        if body.is_empty() {
            return Err(LiveError::Api {
                endpoint,
                reason: "empty answer (signature rejected or risk control)".into(),
            });
        }
        serde_json::from_slice(&body).map_err(|e| LiveError::Api {
            endpoint,
            reason: format!("not JSON: {e}"),
        })
    }

    async fn follow_short_link(&self, url: &str) -> Result<LiveTarget, LiveError> {
        const EP: &str = "short link";
        let resp = self
            .http
            .get(url)
            .header("User-Agent", &self.config.user_agent)
            .send()
            .await
            .map_err(|e| LiveError::Network {
                endpoint: EP,
                reason: scrub(e),
            })?;
        target_from_final_url(resp.url().as_str())
    }

    fn token_url(&self, real: &str, path: &str) -> String {
        match &self.config.base_url {
            Some(base) => format!("{}{path}", base.trim_end_matches('/')),
            None => real.to_owned(),
        }
    }
}

fn build_http(config: &LiveHttpConfig, redirects: bool) -> Result<reqwest::Client, LiveError> {
    let mut b = reqwest::Client::builder()
        .connect_timeout(config.timeout)
        .redirect(if redirects {
            reqwest::redirect::Policy::limited(10)
        } else {
            reqwest::redirect::Policy::none()
        });
    if let Some(p) = &config.proxy {
        let proxy = reqwest::Proxy::all(p).map_err(|e| LiveError::InvalidInput(format!(
            "proxy: {}",
            scrub(e)
        )))?;
        b = b.proxy(proxy);
    }
    b.build().map_err(|e| LiveError::Network {
        endpoint: "http client",
        reason: scrub(e),
    })
}

impl LiveApi for HttpLiveApi {
    async fn resolve_room(&self, target: &LiveTarget) -> Result<LiveRoom, LiveError> {
        let target = match target {
            LiveTarget::ShortLink(url) => self.follow_short_link(url).await?,
            t => t.clone(),
        };
        match &target {
            LiveTarget::WebRid(rid) => {
                let body = self
                    .get_json(
                        &UserLive::new(rid.as_str()),
                        &self.config.cookie,
                        "/webcast/room/web/enter/",
                    )
                    .await?;
                room_from_enter(&body, rid)
            }
            LiveTarget::RoomId(id) => {
                let body = self
                    .get_json(&UserLive2::new(id.as_str()), "", "/webcast/room/reflow/info/")
                    .await?;
                room_from_reflow(&body, id)
            }
            LiveTarget::ShortLink(_) => Err(LiveError::InvalidInput(
                "the short link did not lead to a live room".into(),
            )),
        }
    }

    async fn guest_identity(&self) -> Result<GuestIdentity, LiveError> {
        const EP: &str = "/ttwid/union/register/";
        let token = ttwid_request(&self.config.user_agent);
        let url = self.token_url(&token.url, EP);
        let mut b = self.http.post(url).body(token.body.clone());
        for (name, value) in &token.headers {
            b = b.header(*name, value);
        }
        let resp = b.send().await.map_err(|e| LiveError::Network {
            endpoint: EP,
            reason: scrub(e),
        })?;
        let set_cookies: Vec<String> = resp
            .headers()
            .get_all(reqwest::header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_owned))
            .collect();
        let ttwid = parse_ttwid(&set_cookies).map_err(|e| LiveError::Api {
            endpoint: EP,
            reason: e.to_string(),
        })?;
        let body = self
            .get_json(
                &QueryUser::default(),
                &format!("ttwid={ttwid}"),
                "/aweme/v1/web/query/user/",
            )
            .await?;
        let uid = match &body["id"] {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => String::new(),
        };
        if uid.is_empty() {
            return Err(LiveError::Api {
                endpoint: "/aweme/v1/web/query/user/",
                reason: "no `id` (device id) in the answer".into(),
            });
        }
        Ok(GuestIdentity {
            ttwid,
            user_unique_id: uid,
        })
    }

    async fn im_fetch(&self, room_id: &str, guest: &GuestIdentity) -> Result<ImBootstrap, LiveError> {
        let cookie = format!(
            "ttwid={}; __live_version__=%221.1.2.6631%22; live_use_vvc=%22false%22;",
            guest.ttwid
        );
        let body = self
            .get_json(
                &LiveImFetch::new(room_id, guest.user_unique_id.as_str()),
                &cookie,
                "/webcast/im/fetch/",
            )
            .await?;
        im_bootstrap_from_json(&body)
    }
}
