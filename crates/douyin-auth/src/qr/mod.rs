//! QR login without a browser: ask SSO for a ticket, show its link as a QR code, poll until
//! the phone confirms (or the ticket expires), and turn the cookies set on confirmation into a
//! [`Session`]. Time and sleeping come from the client's injected clock.

mod render;

pub use render::{png, png_data_url, terminal_art};

use crate::cookie::CookieJar;
use crate::session::Session;
use crate::set_cookie::apply_set_cookies;
use crate::AuthError;
use douyin_core::client::{DouyinClient, QrCode};
use serde::Serialize;
use std::time::Duration;

/// The host whose answers set the login cookies (the real flow's; routing to a base URL does not
/// change whose cookies they are).
const SSO_HOST: &str = "sso.douyin.com";

/// How to wait for the confirmation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QrOptions {
    /// Pause between polls.
    pub poll_every: Duration,
    /// Give up after this long even if the ticket names no expiry.
    pub max_wait: Duration,
}

impl Default for QrOptions {
    fn default() -> Self {
        Self {
            poll_every: Duration::from_secs(2),
            max_wait: Duration::from_secs(180),
        }
    }
}

/// Where the login stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QrProgress {
    /// Waiting for a scan.
    Waiting,
    /// Scanned; waiting for the confirmation on the phone.
    Scanned,
    /// Confirmed: logged in.
    Confirmed,
}

/// One QR login in progress.
#[derive(Debug)]
pub struct QrLogin {
    client: DouyinClient,
    code: QrCode,
    started_ms: u64,
}

impl QrLogin {
    /// Asks for a new ticket.
    ///
    /// # Errors
    /// [`AuthError::Core`] when SSO cannot be reached or answers no ticket.
    pub async fn start(client: &DouyinClient) -> Result<Self, AuthError> {
        let code = client.sso_get_qrcode().await?;
        Ok(Self {
            client: client.clone(),
            code,
            started_ms: client.world().clock.now_ms(),
        })
    }

    /// The link the QR code encodes (what the phone opens).
    pub fn scan_url(&self) -> &str {
        &self.code.index_url
    }

    /// When the ticket expires, unix ms, if SSO said.
    pub fn expires_at_ms(&self) -> Option<u64> {
        self.code.expire_time_s.map(|s| s.saturating_mul(1000))
    }

    /// The QR code for a terminal (see [`terminal_art`]).
    ///
    /// # Errors
    /// As [`terminal_art`].
    pub fn terminal_art(&self, dark_background: bool) -> Result<String, AuthError> {
        terminal_art(self.scan_url(), dark_background)
    }

    /// The QR code as a PNG `data:` URL for the app (see [`png_data_url`]).
    ///
    /// # Errors
    /// As [`png_data_url`].
    pub fn png_data_url(&self, scale: u32) -> Result<String, AuthError> {
        png_data_url(self.scan_url(), scale)
    }

    /// Polls once: the progress, or the logged-in session once confirmed.
    ///
    /// # Errors
    /// [`AuthError::QrExpired`] when SSO says the ticket expired; [`AuthError::NoSessionCookie`]
    /// when a confirmation set no login cookie; [`AuthError::Core`] for failed calls or an
    /// unknown status.
    pub async fn poll(&self) -> Result<Result<Session, QrProgress>, AuthError> {
        let answer = self.client.sso_check_qrconnect(&self.code.token).await?;
        match answer.status.as_str() {
            "1" => Ok(Err(QrProgress::Waiting)),
            "2" => Ok(Err(QrProgress::Scanned)),
            "3" => {
                let now_ms = self.client.world().clock.now_ms();
                let now_s = i64::try_from(now_ms / 1000).unwrap_or(i64::MAX);
                let mut jar = CookieJar::new();
                apply_set_cookies(
                    &mut jar,
                    answer.set_cookies.iter().map(String::as_str),
                    SSO_HOST,
                    now_s,
                );
                if !jar.has_session_cookie() {
                    return Err(AuthError::NoSessionCookie);
                }
                Ok(Ok(Session::new(jar, now_ms)))
            }
            "4" | "5" => Err(AuthError::QrExpired),
            other => Err(douyin_core::Error::Decode {
                endpoint: "/check_qrconnect/".into(),
                path: "data.status".into(),
                reason: format!("unknown status `{other}`"),
            }
            .into()),
        }
    }

    /// Polls until the login is confirmed, telling `on_progress` each change.
    ///
    /// # Errors
    /// As [`Self::poll`], plus [`AuthError::QrExpired`] when the ticket's expiry or
    /// `options.max_wait` passes first.
    pub async fn wait(
        &self,
        options: QrOptions,
        mut on_progress: impl FnMut(QrProgress),
    ) -> Result<Session, AuthError> {
        let clock = self.client.world().clock.clone();
        let give_up_ms = self
            .started_ms
            .saturating_add(u64::try_from(options.max_wait.as_millis()).unwrap_or(u64::MAX));
        let deadline = self
            .expires_at_ms()
            .map_or(give_up_ms, |e| e.min(give_up_ms));
        let mut last = None;
        loop {
            match self.poll().await? {
                Ok(session) => {
                    on_progress(QrProgress::Confirmed);
                    return Ok(session);
                }
                Err(progress) => {
                    if last != Some(progress) {
                        on_progress(progress);
                        last = Some(progress);
                    }
                }
            }
            if clock.now_ms() >= deadline {
                return Err(AuthError::QrExpired);
            }
            clock.sleep(options.poll_every).await;
        }
    }
}
