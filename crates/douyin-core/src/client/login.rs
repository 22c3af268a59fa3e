//! The SSO QR login calls (spec http.md §4: `get_qrcode/` and `check_qrconnect/` on
//! `https://sso.douyin.com`, deprecated in F2 HEAD; the emulator serves them). Query parameters
//! are F2 0.0.1.7's `BaseLoginModel` (`LoginGetQr`, `LoginCheckQr` add `token`, `verifyFp`,
//! `fp`). The calls are unsigned, sent with the User-Agent and Referer, and routed to the base
//! URL like every other host. The answers' `Set-Cookie` values are handed back for the session
//! jar; nothing here keeps or logs them.

use super::redact::redact_url;
use super::transport::{OutRequest, RawResponse, Which};
use super::DouyinClient;
use crate::endpoints::Method;
use crate::params::encode::quote_all;
use crate::params::DEFAULT_REFERER;
use crate::Error;
use serde_json::Value;

/// The SSO origin of the QR login.
pub const SSO_ORIGIN: &str = "https://sso.douyin.com";

/// `BaseLoginModel`'s fixed parameters, in order.
const LOGIN_BASE: &[(&str, &str)] = &[
    ("service", "https://www.douyin.com"),
    ("need_logo", "false"),
    ("need_short_url", "true"),
    ("device_platform", "web_app"),
    ("aid", "6383"),
    ("account_sdk_source", "sso"),
    ("sdk_version", "2.2.7-beta.6"),
    ("language", "zh"),
];

/// A new QR login ticket (`get_qrcode/`'s `data`).
#[derive(Clone, PartialEq, Eq)]
pub struct QrCode {
    /// The ticket polled with `check_qrconnect/`.
    pub token: String,
    /// What the phone scans: the `qrcode_index_url` (the QR encodes it).
    pub index_url: String,
    /// Douyin's own picture of the code (a data or image URL), if any.
    pub image: Option<String>,
    /// When the ticket expires, unix seconds, if given.
    pub expire_time_s: Option<u64>,
}

impl std::fmt::Debug for QrCode {
    // The token logs the scanner in: show only its length.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QrCode")
            .field("token", &format_args!("<{} bytes>", self.token.len()))
            .field("expire_time_s", &self.expire_time_s)
            .finish_non_exhaustive()
    }
}

/// One `check_qrconnect/` answer.
#[derive(Clone, PartialEq, Eq)]
pub struct QrConnect {
    /// `data.status`: "1" waiting, "2" scanned, "3" confirmed, "5" expired (others as sent).
    pub status: String,
    /// Where a confirmed login continues (`data.redirect_url`), if anywhere.
    pub redirect_url: Option<String>,
    /// Every `Set-Cookie` of the answer and, once confirmed, of the redirect chain.
    pub set_cookies: Vec<String>,
}

impl std::fmt::Debug for QrConnect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QrConnect")
            .field("status", &self.status)
            .field("set_cookies", &self.set_cookies.len())
            .finish_non_exhaustive()
    }
}

impl DouyinClient {
    /// Asks for a new QR login ticket.
    ///
    /// # Errors
    /// Transport errors; [`Error::ApiRefused`] when SSO answers an error;
    /// [`Error::Decode`] when the answer has no token.
    pub async fn sso_get_qrcode(&self) -> Result<QrCode, Error> {
        let query = self.login_query(None).await;
        let (data, _) = self.sso_get("/get_qrcode/", &query).await?;
        let text = |k: &str| data.get(k).and_then(Value::as_str).map(str::to_owned);
        let token = text("token")
            .filter(|t| !t.is_empty())
            .ok_or_else(|| missing("/get_qrcode/", "data.token"))?;
        let index_url = text("qrcode_index_url")
            .filter(|u| !u.is_empty())
            .ok_or_else(|| missing("/get_qrcode/", "data.qrcode_index_url"))?;
        Ok(QrCode {
            token,
            index_url,
            image: text("qrcode").filter(|q| !q.is_empty()),
            expire_time_s: data.get("expire_time").and_then(Value::as_u64),
        })
    }

    /// Polls a ticket once. On "3" (confirmed) the `redirect_url` is followed with the bare
    /// client, and the cookies set along the way are returned too.
    ///
    /// # Errors
    /// As [`Self::sso_get_qrcode`].
    pub async fn sso_check_qrconnect(&self, token: &str) -> Result<QrConnect, Error> {
        let query = self.login_query(Some(token)).await;
        let (data, resp) = self.sso_get("/check_qrconnect/", &query).await?;
        let status = match data.get("status") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            _ => return Err(missing("/check_qrconnect/", "data.status")),
        };
        let redirect_url = data
            .get("redirect_url")
            .and_then(Value::as_str)
            .filter(|u| !u.is_empty())
            .map(str::to_owned);
        let mut set_cookies = resp.set_cookies;
        if status == "3" {
            if let Some(url) = &redirect_url {
                set_cookies.extend(self.cookies_along(url).await?);
            }
        }
        Ok(QrConnect {
            status,
            redirect_url,
            set_cookies,
        })
    }

    /// The login query: the base parameters, then `token` (checks only), `verifyFp`, `fp`.
    async fn login_query(&self, token: Option<&str>) -> String {
        let fp = self.session().await.params.live2.verify_fp.clone();
        let mut pairs: Vec<(&str, &str)> = LOGIN_BASE.to_vec();
        if let Some(t) = token {
            pairs.push(("token", t));
        }
        pairs.push(("verifyFp", &fp));
        pairs.push(("fp", &fp));
        pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", quote_all(v)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// GETs an SSO path and returns its `data` object and the raw answer.
    async fn sso_get(&self, path: &str, query: &str) -> Result<(Value, RawResponse), Error> {
        let url = self.route(&format!("{SSO_ORIGIN}{path}?{query}"));
        self.inner.governor.acquire().await;
        let resp = self.login_get(&url, path).await?;
        if !(200..300).contains(&resp.status) {
            return Err(Error::HttpStatus {
                endpoint: path.to_owned(),
                status: resp.status,
            });
        }
        let body: Value = serde_json::from_slice(&resp.body).map_err(|_| Error::Decode {
            endpoint: path.to_owned(),
            path: ".".into(),
            reason: "the answer is not JSON".into(),
        })?;
        if body.get("message").and_then(Value::as_str) == Some("error") {
            let data = body.get("data");
            let field = |k: &str| data.and_then(|d| d.get(k)).or_else(|| body.get(k));
            return Err(Error::ApiRefused {
                endpoint: path.to_owned(),
                code: field("error_code").and_then(Value::as_i64).unwrap_or(-1),
                message: field("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
            });
        }
        match body.get("data") {
            Some(data @ Value::Object(_)) => Ok((data.clone(), resp)),
            _ => Err(missing(path, "data")),
        }
    }

    /// Follows a confirmed login's redirects (bare, routed, at most `max_redirects`) and
    /// collects their `Set-Cookie` values; the pages themselves are not needed.
    async fn cookies_along(&self, url: &str) -> Result<Vec<String>, Error> {
        let mut current = url::Url::parse(url)
            .map_err(|_| Error::InvalidInput("the login redirect is not a valid URL".into()))?;
        let mut cookies = Vec::new();
        for _ in 0..=self.inner.config.max_redirects {
            let wire = self.route(current.as_str());
            let resp = self.login_get(&wire, &redact_url(current.as_str())).await?;
            cookies.extend(resp.set_cookies);
            match (&resp.location, resp.status) {
                (Some(loc), 300..=399) => match current.join(loc) {
                    Ok(next) => current = next,
                    Err(_) => break,
                },
                _ => break,
            }
        }
        Ok(cookies)
    }

    /// One bare GET of `url` (already routed) with the User-Agent and Referer.
    async fn login_get(&self, url: &str, label: &str) -> Result<RawResponse, Error> {
        let headers = [
            ("User-Agent", self.inner.config.user_agent.clone()),
            ("Referer", DEFAULT_REFERER.to_owned()),
        ];
        let request = OutRequest {
            method: Method::Get,
            url,
            headers: &headers,
            body: "",
            label,
            exact: false,
        };
        self.inner.transport.send(Which::Bare, &request).await
    }
}

fn missing(endpoint: &str, path: &str) -> Error {
    Error::Decode {
        endpoint: endpoint.to_owned(),
        path: path.to_owned(),
        reason: "missing".into(),
    }
}
