//! A request ready for signing: method, endpoint URL (real host or a configured origin), the
//! exact query text to sign, body and headers. Signing appends one last raw parameter.

use super::error::RequestError;
use super::headers::ClientHeaders;
use super::model::{ParamConfig, RequestModel};
use crate::endpoints::{BodyKind, Endpoint, Method};
use crate::sign::{abogus, signed_url, xbogus, Signature};

/// The clock and randomness one A-Bogus signature takes (F2 reads them itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AbogusEntropy<'a> {
    /// Browser fingerprint text.
    pub fingerprint: &'a str,
    /// Epoch milliseconds before hashing.
    pub start_ms: u64,
    /// Epoch milliseconds after hashing.
    pub end_ms: u64,
    /// Three random integers in `0..=9999`.
    pub random: [u32; 3],
}

/// An unsigned request built from a model.
#[derive(Clone, PartialEq, Eq)]
pub struct PreparedRequest {
    /// The endpoint.
    pub endpoint: Endpoint,
    /// HTTP method.
    pub method: Method,
    /// Endpoint URL without query.
    pub url: String,
    /// The query text, exactly as it is signed and sent.
    pub query: String,
    /// The body text (empty when there is none).
    pub body: String,
    /// F2's client-level headers plus Content-Type, in sending order.
    pub headers: Vec<(&'static str, String)>,
}

impl std::fmt::Debug for PreparedRequest {
    // Headers hold the cookie and the query holds msToken: show only the shape.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PreparedRequest")
            .field("endpoint", &self.endpoint)
            .field("method", &self.method)
            .field("url", &self.url)
            .field("query_len", &self.query.len())
            .field("body_len", &self.body.len())
            .finish_non_exhaustive()
    }
}

impl PreparedRequest {
    /// Builds the request for `model`; `base_url` routes it to another origin (path kept).
    pub fn new(
        model: &impl RequestModel,
        config: &ParamConfig,
        headers: &ClientHeaders,
        base_url: Option<&str>,
    ) -> Self {
        let endpoint = model.endpoint();
        let params = model.params(config);
        let body = match endpoint.body() {
            BodyKind::None | BodyKind::Empty => String::new(),
            BodyKind::Json => params.json_body(),
            BodyKind::Form => params.form_body(),
        };
        Self {
            endpoint,
            method: endpoint.method(),
            url: endpoint.url_with(base_url),
            query: params.query_text(),
            body,
            headers: headers.for_body(endpoint.body()),
        }
    }

    /// The body F2 HEAD feeds to A-Bogus: the form body of a form POST, otherwise empty (the
    /// JSON body of the collection request is not signed).
    pub fn abogus_body(&self) -> &str {
        match self.endpoint.body() {
            BodyKind::Form => &self.body,
            _ => "",
        }
    }

    /// The URL with the signature appended raw as the last parameter; it must not be
    /// re-encoded or it no longer matches the query.
    pub fn signed_url(&self, signature: &Signature) -> String {
        signed_url(&self.url, &self.query, signature)
    }

    /// The User-Agent this request is sent with (both signers cover it).
    pub fn user_agent(&self) -> &str {
        self.headers
            .iter()
            .find(|(name, _)| *name == "User-Agent")
            .map_or("", |(_, value)| value.as_str())
    }

    /// Signs the query (and, for a form POST, the body) with A-Bogus.
    pub fn sign_abogus(&self, entropy: &AbogusEntropy<'_>) -> Result<Signature, RequestError> {
        let value = abogus::a_bogus(&abogus::AbogusInput {
            query: &self.query,
            body: self.abogus_body(),
            user_agent: self.user_agent(),
            fingerprint: entropy.fingerprint,
            start_ms: entropy.start_ms,
            end_ms: entropy.end_ms,
            random: entropy.random,
        })?;
        Ok(Signature::ABogus(value))
    }

    /// Signs the query with X-Bogus at `unix_seconds`.
    ///
    /// A form POST is refused: X-Bogus cannot cover its body, and F2 HEAD fails on exactly this
    /// request too, so there is no F2 request to imitate.
    pub fn sign_xbogus(&self, unix_seconds: u32) -> Result<Signature, RequestError> {
        if self.endpoint.body() == BodyKind::Form {
            return Err(RequestError::BodyNotSignable(self.endpoint.info().f2_name));
        }
        let value = xbogus::x_bogus(&self.query, self.user_agent(), unix_seconds)?;
        Ok(Signature::XBogus(value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::models::{PostStats, UserProfile};

    #[test]
    fn get_request_has_no_body_and_query_in_model_order() {
        let req = PreparedRequest::new(
            &UserProfile::new("SEC"),
            &ParamConfig::default(),
            &ClientHeaders::with_cookie("c=1"),
            Some("http://127.0.0.1:8765"),
        );
        assert_eq!(req.method, Method::Get);
        assert!(req.body.is_empty());
        assert!(req.query.starts_with("device_platform=webapp&aid=6383&"));
        assert!(req.query.ends_with("&msToken=&sec_user_id=SEC"));
        assert_eq!(
            req.signed_url(&Signature::ABogus("x/y=".into())),
            format!(
                "http://127.0.0.1:8765/aweme/v1/web/user/profile/other/?{}&a_bogus=x/y=",
                req.query
            )
        );
    }

    #[test]
    fn stats_body_is_form_encoded_and_signed() {
        let mut config = ParamConfig::default();
        config.base.ms_token = "ab==".into();
        let req = PreparedRequest::new(
            &PostStats::new("1", 0),
            &config,
            &ClientHeaders::default(),
            None,
        );
        assert!(req
            .query
            .contains("&msToken=ab==&aweme_type=0&item_id=1&play_delta=1&source=0"));
        assert!(req.body.contains("&msToken=ab%3D%3D&aweme_type=0&"));
        assert_eq!(req.abogus_body(), req.body);
        let err = req.sign_xbogus(1_718_000_000).unwrap_err();
        assert_eq!(
            err.kind(),
            crate::params::error::RequestErrorKind::BodyNotSignable
        );
    }
}
