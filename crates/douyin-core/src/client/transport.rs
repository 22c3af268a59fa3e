//! The HTTP transport: three reqwest clients sharing the session's proxy (the API client; the
//! bare client F2 uses for tokens and link resolution: no default headers, no automatic
//! redirects; and the media client for files and live streams: no overall timeout, no content
//! decoding), byte-exact URLs, and transport failures mapped to classified errors.

use super::config::ClientConfig;
use super::redact::{redact_text, scrub};
use crate::endpoints::Method;
use crate::Error;
use reqwest::header::{HeaderName, HeaderValue};
use std::time::Duration;

/// What came back, read in full.
#[derive(Clone)]
pub(crate) struct RawResponse {
    /// The HTTP status.
    pub status: u16,
    /// Every `Set-Cookie` value.
    pub set_cookies: Vec<String>,
    /// The `Location` header.
    pub location: Option<String>,
    /// `Retry-After` in ms, when given as seconds.
    pub retry_after_ms: Option<u64>,
    /// The body.
    pub body: bytes::Bytes,
}

/// One request to send.
pub(crate) struct OutRequest<'a> {
    /// GET or POST.
    pub method: Method,
    /// The full URL text.
    pub url: &'a str,
    /// Headers in sending order.
    pub headers: &'a [(&'static str, String)],
    /// The body text (empty: none).
    pub body: &'a str,
    /// The endpoint as errors name it (no query).
    pub label: &'a str,
    /// Refuse to send if the URL would change on the wire (signed requests).
    pub exact: bool,
}

/// Which client a request goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Which {
    /// Signed API requests (redirects followed, as httpx does for F2).
    Api,
    /// Tokens and link resolution: nothing added, redirects returned to the caller.
    Bare,
}

/// The session's HTTP clients.
#[derive(Clone)]
pub(crate) struct Transport {
    api: reqwest::Client,
    bare: reqwest::Client,
    media: reqwest::Client,
    proxied: bool,
    max_body: u64,
}

impl Transport {
    /// Builds both clients from the configuration.
    pub fn new(config: &ClientConfig) -> Result<Self, Error> {
        let proxy = match config.proxy_url() {
            None => None,
            Some(text) => Some(proxy_from(text)?),
        };
        let build = |redirect: reqwest::redirect::Policy| {
            let timeout = Duration::from_millis(config.timeout_ms.max(1));
            // `no_proxy` first: the core never reads the environment's proxy variables.
            let mut b = reqwest::Client::builder()
                .no_proxy()
                .timeout(timeout)
                .connect_timeout(timeout)
                .gzip(true)
                .redirect(redirect);
            if let Some(p) = &proxy {
                b = b.proxy(p.clone());
            }
            b.build().map_err(|e| Error::Proxy {
                reason: scrub(&error_chain(&e.without_url())),
            })
        };
        Ok(Self {
            api: build(reqwest::redirect::Policy::limited(20))?,
            bare: build(reqwest::redirect::Policy::none())?,
            media: media_client(config, proxy.as_ref())?,
            proxied: proxy.is_some(),
            max_body: config.max_body_bytes,
        })
    }

    /// The media client (a cheap handle on its pool).
    pub fn media(&self) -> reqwest::Client {
        self.media.clone()
    }

    /// Sends one request and reads the whole answer.
    pub async fn send(&self, which: Which, req: &OutRequest<'_>) -> Result<RawResponse, Error> {
        let url = reqwest::Url::parse(req.url)
            .map_err(|_| Error::InvalidInput(format!("the URL for {} is not valid", req.label)))?;
        if req.exact && url.as_str() != req.url {
            // The signature covers the exact text; a re-encoded query is rejected by Douyin.
            return Err(Error::InvalidInput(format!(
                "the request to {} holds characters that would be re-encoded on the wire, which breaks its signature",
                req.label
            )));
        }
        let client = match which {
            Which::Api => &self.api,
            Which::Bare => &self.bare,
        };
        let method = match req.method {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
        };
        let mut builder = client.request(method, url);
        for (name, value) in req.headers {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| Error::InvalidInput(format!("bad header name {name}")))?;
            // Never echo the value: it may be the cookie.
            let value = HeaderValue::from_str(value).map_err(|_| {
                Error::InvalidInput(format!(
                    "the {name} header holds characters HTTP does not allow; set it again without them"
                ))
            })?;
            builder = builder.header(name, value);
        }
        if req.method == Method::Post {
            builder = builder.body(req.body.to_owned());
        }
        let resp = match builder.send().await {
            Ok(resp) => resp,
            Err(e) => {
                let e = self.map_error(e, req.label);
                tracing::debug!(method = req.method.as_str(), url = %redact_text(req.url), error = %e, "request failed");
                return Err(e);
            }
        };
        let status = resp.status().as_u16();
        let headers = resp.headers();
        let set_cookies = headers
            .get_all(reqwest::header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_owned))
            .collect();
        // Read leniently: a Location with raw UTF-8 is still followed (URL joining
        // percent-encodes it), as browsers and httpx do.
        let location = headers
            .get(reqwest::header::LOCATION)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        let retry_after_ms = headers
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(|s| s.saturating_mul(1000));
        let body = self.read_body(resp, req.label).await?;
        // Parameter names stay readable; credentials and signatures are masked here already,
        // and once more by the log sink's redaction layer.
        tracing::debug!(
            method = req.method.as_str(),
            url = %redact_text(req.url),
            status,
            bytes = body.len(),
            "request"
        );
        Ok(RawResponse {
            status,
            set_cookies,
            location,
            retry_after_ms,
            body,
        })
    }

    /// Reads a body of at most `max_body` bytes as declared and as decoded (a gzip answer is
    /// counted after decompression, so a small bomb stops at the same bound); an answer past
    /// it is refused without reading further.
    async fn read_body(
        &self,
        mut resp: reqwest::Response,
        label: &str,
    ) -> Result<bytes::Bytes, Error> {
        let too_large = |how: &str| Error::Decode {
            endpoint: label.to_owned(),
            path: ".".into(),
            reason: format!(
                "the body is larger than the {} limit ({how})",
                size_text(self.max_body)
            ),
        };
        // reqwest hides the length of a body it decompresses; a plain one is refused up front.
        if resp.content_length().is_some_and(|n| n > self.max_body) {
            return Err(too_large("as declared"));
        }
        let mut body = bytes::BytesMut::new();
        while let Some(chunk) = resp.chunk().await.map_err(|e| self.map_error(e, label))? {
            if (body.len() + chunk.len()) as u64 > self.max_body {
                return Err(too_large("as received"));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body.freeze())
    }

    fn map_error(&self, e: reqwest::Error, label: &str) -> Error {
        let e = e.without_url();
        if e.is_timeout() {
            return Error::Timeout {
                endpoint: label.to_owned(),
            };
        }
        let reason = scrub(&error_chain(&e));
        let proxy_related = reason.to_ascii_lowercase().contains("proxy");
        if self.proxied && (e.is_connect() || proxy_related) {
            return Error::Proxy { reason };
        }
        Error::Network {
            endpoint: label.to_owned(),
            reason,
        }
    }
}

/// The media client: the session's proxy, user agent and Douyin Referer as default headers,
/// a connect timeout but no overall one, identity bodies, up to 10 redirects (play URLs answer
/// 302 to the CDN).
fn media_client(
    config: &ClientConfig,
    proxy: Option<&reqwest::Proxy>,
) -> Result<reqwest::Client, Error> {
    let mut headers = reqwest::header::HeaderMap::new();
    // A user agent HTTP refuses is reported by the API requests; media then go without one.
    if let Ok(ua) = HeaderValue::from_str(&config.user_agent) {
        headers.insert(reqwest::header::USER_AGENT, ua);
    }
    headers.insert(
        reqwest::header::REFERER,
        HeaderValue::from_static(crate::params::DEFAULT_REFERER),
    );
    let mut b = reqwest::Client::builder()
        .no_proxy()
        .connect_timeout(Duration::from_millis(config.timeout_ms.max(1)))
        .no_gzip()
        .referer(false)
        .redirect(reqwest::redirect::Policy::limited(10))
        .default_headers(headers);
    if let Some(p) = proxy {
        b = b.proxy(p.clone());
    }
    b.build().map_err(|e| Error::Proxy {
        reason: scrub(&error_chain(&e.without_url())),
    })
}

/// An http(s) proxy from its URL.
fn proxy_from(text: &str) -> Result<reqwest::Proxy, Error> {
    let parsed = url::Url::parse(text).map_err(|_| Error::Proxy {
        reason: "the proxy address is not a valid URL".into(),
    })?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(Error::Proxy {
            reason: format!("the proxy scheme `{}` is not supported", parsed.scheme()),
        });
    }
    reqwest::Proxy::all(parsed.as_str()).map_err(|e| Error::Proxy {
        reason: scrub(&error_chain(&e.without_url())),
    })
}

/// A byte count as people read it (`32 MiB`).
fn size_text(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else {
        format!("{bytes} bytes")
    }
}

/// An error and its sources, joined.
fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let part = s.to_string();
        if !text.contains(&part) {
            text.push_str(": ");
            text.push_str(&part);
        }
        source = s.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_proxies_are_accepted() {
        let mut c = ClientConfig {
            proxy: Some("socks5://127.0.0.1:1080".into()),
            ..ClientConfig::default()
        };
        let err = Transport::new(&c).err().expect("refused");
        assert_eq!(err.kind(), crate::ErrorKind::Proxy);
        c.proxy = Some("not a url".into());
        assert!(Transport::new(&c).is_err());
        c.proxy = Some("http://127.0.0.1:3128".into());
        assert!(Transport::new(&c).is_ok());
    }
}
