//! The media HTTP client: the API client's proxy and user agent, a Douyin Referer that survives
//! redirects (`/aweme/v1/play/` answers 302 to the CDN, which checks the Referer), no content
//! decoding (byte offsets must be the file's), no cookie (CDN hosts do not need the account's
//! credentials), and a semaphore that bounds open connections separately from files in flight.

use crate::error::{DownloadError, Result};
use douyin_core::client::redact::scrub;
use douyin_core::client::ClientConfig;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The Referer media requests carry.
pub const MEDIA_REFERER: &str = douyin_core::params::DEFAULT_REFERER;

/// A media client: cheap to clone, clones share the pool and the connection limit.
#[derive(Clone)]
pub struct MediaClient {
    http: reqwest::Client,
    connections: Arc<Semaphore>,
    user_agent: String,
    /// Longest wait for the next bytes of a body (a stalled connection is retried).
    pub read_timeout: Duration,
}

impl std::fmt::Debug for MediaClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MediaClient")
            .field("connections", &self.connections.available_permits())
            .finish_non_exhaustive()
    }
}

impl MediaClient {
    /// A client with the API client's proxy, user agent and timeout, and at most
    /// `max_connections` requests open at once.
    ///
    /// # Errors
    /// [`DownloadError::InvalidInput`] for an unusable proxy.
    pub fn new(config: &ClientConfig, max_connections: usize) -> Result<Self> {
        let timeout = Duration::from_millis(config.timeout_ms.max(1));
        // `no_proxy` first: the engine never reads the environment's proxy variables.
        let mut b = reqwest::Client::builder()
            .no_proxy()
            .connect_timeout(timeout)
            .referer(false)
            .no_gzip()
            .redirect(reqwest::redirect::Policy::limited(10))
            .pool_max_idle_per_host(max_connections.max(1))
            .tcp_nodelay(true);
        if let Some(p) = config.proxy_url() {
            let proxy = reqwest::Proxy::all(p).map_err(|e| {
                DownloadError::InvalidInput(format!(
                    "the proxy setting is not usable: {}",
                    scrub(&e.without_url().to_string())
                ))
            })?;
            b = b.proxy(proxy);
        }
        let http = b
            .build()
            .map_err(|e| DownloadError::InvalidInput(scrub(&e.without_url().to_string())))?;
        Ok(Self {
            http,
            connections: Arc::new(Semaphore::new(max_connections.max(1))),
            user_agent: config.user_agent.clone(),
            read_timeout: timeout,
        })
    }

    /// Waits for a free connection slot; hold it while the response body is read.
    ///
    /// # Errors
    /// [`DownloadError::Cancelled`] once the engine has shut the client down.
    pub async fn connection(&self) -> Result<OwnedSemaphorePermit> {
        Arc::clone(&self.connections)
            .acquire_owned()
            .await
            .map_err(|_| DownloadError::Cancelled)
    }

    /// Refuses every further connection (shutdown).
    pub fn close(&self) {
        self.connections.close();
    }

    /// A GET with the media headers.
    pub fn get(&self, url: &str) -> reqwest::RequestBuilder {
        self.http
            .get(url)
            .header(reqwest::header::USER_AGENT, &self.user_agent)
            .header(reqwest::header::REFERER, MEDIA_REFERER)
            .header(reqwest::header::ACCEPT_ENCODING, "identity")
    }
}
