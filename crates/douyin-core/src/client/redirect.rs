//! Link resolution over the network (spec http.md §8): GET with the bare client (no UA, Referer
//! or cookie, as F2's id fetchers), following redirects ourselves with a hop limit so that each
//! hop can be routed to the base URL while the final URL keeps the host Douyin named.

use super::redact::redact_url;
use super::transport::{OutRequest, Which};
use super::DouyinClient;
use crate::endpoints::Method;
use crate::link::{self, LinkError, LinkTarget, TargetKind};
use crate::Error;
use std::time::Duration;

/// Where a chain of redirects ended.
#[derive(Clone, PartialEq, Eq)]
pub struct Redirected {
    /// The final URL, in the HTTP library's normalised form (what F2's regexes read).
    pub final_url: String,
    /// The final HTTP status.
    pub status: u16,
    /// Every URL requested, in order (the first is the input).
    pub requested: Vec<String>,
}

impl std::fmt::Debug for Redirected {
    // Share URLs carry tracking ids; show them without their query.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Redirected")
            .field("final_url", &redact_url(&self.final_url))
            .field("status", &self.status)
            .field("hops", &self.requested.len())
            .finish()
    }
}

impl DouyinClient {
    /// GETs `url` and follows redirects (at most `max_redirects`), returning where it ended
    /// whatever the final status.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] for a URL that does not parse, transport errors after retries,
    /// [`Error::Network`] when the hop limit is exceeded.
    pub async fn follow_redirects(&self, url: &str) -> Result<Redirected, Error> {
        let mut current = url::Url::parse(url)
            .map_err(|_| Error::InvalidInput("the link is not a valid URL".into()))?;
        let mut requested = Vec::new();
        let max = self.inner.config.max_redirects;
        for _ in 0..=max {
            requested.push(current.to_string());
            let resp = self.get_bare(current.as_str()).await?;
            let next = match (&resp.location, resp.status) {
                (Some(loc), 300..=399) => current.join(loc).map_err(|_| {
                    Error::InvalidInput(format!(
                        "{} redirects to an invalid URL",
                        redact_url(current.as_str())
                    ))
                })?,
                _ => {
                    return Ok(Redirected {
                        final_url: current.to_string(),
                        status: resp.status,
                        requested,
                    })
                }
            };
            current = next;
        }
        Err(Error::Network {
            endpoint: redact_url(url),
            reason: format!("more than {max} redirects"),
        })
    }

    /// The final URL after redirects; an error status (other than Douyin's 444, which still
    /// names the page) is an error.
    ///
    /// # Errors
    /// As [`Self::follow_redirects`], plus [`Error::NotFound`], [`Error::RateLimited`] or
    /// [`Error::HttpStatus`] for the final status.
    pub async fn resolve_redirects(&self, url: &str) -> Result<String, Error> {
        self.final_url(url, |status| matches!(status, 200..=299 | 444))
            .await
    }

    /// The final URL after redirects when `accepts` its status; any other status is an error.
    async fn final_url(&self, url: &str, accepts: impl Fn(u16) -> bool) -> Result<String, Error> {
        let done = self.follow_redirects(url).await?;
        let endpoint = redact_url(&done.final_url);
        match done.status {
            status if accepts(status) => Ok(done.final_url),
            429 => Err(Error::RateLimited {
                endpoint,
                wait_ms: self.inner.governor.on_rate_limited(None),
            }),
            status => Err(super::classify::status_error(endpoint, status)),
        }
    }

    /// Resolves pasted text to what it points at, following short links over the network. A
    /// long link of a shape we do not know is fetched too, in case it redirects somewhere known.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] when no id can be read, or the errors of
    /// [`Self::resolve_redirects`].
    pub async fn resolve_link(&self, text: &str) -> Result<LinkTarget, Error> {
        let url = match link::resolve_link(text) {
            Ok(target) if target.is_short_link() => target.id,
            Ok(target) => return Ok(target),
            Err(LinkError::Unrecognised) => link::find_link(text)
                .ok_or(LinkError::Unrecognised)?
                .to_owned(),
            Err(e) => return Err(e.into()),
        };
        let final_url = self.resolve_redirects(&url).await?;
        match link::classify_url(&final_url)? {
            target if target.is_short_link() => Err(Error::InvalidInput(
                "the short link leads to another short link".into(),
            )),
            target => Ok(target),
        }
    }

    /// Every link in `text` (a pasted list or several share texts), each resolved on its own
    /// so one bad link does not sink the others; text without links is read as one input.
    pub async fn resolve_links(&self, text: &str) -> Vec<Result<LinkTarget, Error>> {
        let urls = link::extract_all_urls(text);
        if urls.is_empty() {
            return vec![self.resolve_link(text).await];
        }
        let mut out = Vec::with_capacity(urls.len());
        for url in urls {
            out.push(self.resolve_link(url).await);
        }
        out
    }

    /// The id of `kind` that pasted text names, following a short link first if needed
    /// (F2's `SecUserIdFetcher`, `AwemeIdFetcher`, ... without their regex quirks). The final
    /// status must suit the kind ([`TargetKind::accepts_final_status`]). A link that already names
    /// its id is read without a request (F2 always fetches it, http.md §8 step 2).
    ///
    /// # Errors
    /// [`Error::InvalidInput`] when the text holds no such id, or the errors of
    /// [`Self::resolve_redirects`] for a final status the kind does not accept.
    pub async fn resolve_id(&self, kind: TargetKind, text: &str) -> Result<String, Error> {
        let accepts = |status| kind.accepts_final_status(status);
        let url = match link::resolve_link(text) {
            Ok(target) if target.is_short_link() => self.final_url(&target.id, accepts).await?,
            Err(LinkError::Unrecognised) => {
                let long = link::find_link(text).ok_or(LinkError::Unrecognised)?;
                self.final_url(long, accepts).await?
            }
            Err(e) => return Err(e.into()),
            // A bare `sec_user_id` pasted on its own.
            Ok(target)
                if kind == TargetKind::User
                    && target.kind == TargetKind::User
                    && link::find_link(text).is_none() =>
            {
                return Ok(target.id)
            }
            Ok(_) => link::find_link(text).ok_or(LinkError::NoUrl)?.to_owned(),
        };
        Ok(link::extract_id(kind, &url)?)
    }

    /// One bare GET with retries on transient transport failures.
    async fn get_bare(&self, url: &str) -> Result<super::transport::RawResponse, Error> {
        let wire = self.route(url);
        let label = redact_url(url);
        let attempts = self.inner.config.max_retries.max(1);
        let mut attempt = 1;
        loop {
            self.inner.governor.acquire().await;
            let result = self
                .inner
                .transport
                .send(
                    Which::Bare,
                    &OutRequest {
                        method: Method::Get,
                        url: &wire,
                        headers: &[],
                        body: "",
                        label: &label,
                        exact: false,
                    },
                )
                .await;
            match result {
                Err(e) if e.is_retryable() && attempt < attempts => {
                    self.inner
                        .world
                        .clock
                        .sleep(Duration::from_millis(self.backoff_ms(attempt)))
                        .await;
                    attempt += 1;
                }
                other => return other,
            }
        }
    }
}
