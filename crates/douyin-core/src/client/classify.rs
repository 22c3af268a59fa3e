//! Reading one HTTP answer: status, empty body (Douyin's risk-control and bad-signature
//! answer), captcha page and JSON, then the JSON envelope by [`classify_json`]; each turned into
//! a value or a classified error with what the retry loop should do about it.

use super::transport::RawResponse;
use crate::api::classify_json;
use crate::endpoints::Endpoint;
use crate::Error;
use serde_json::Value;

/// What the retry loop does with an answer.
#[derive(Debug)]
pub(crate) enum Verdict {
    /// A usable JSON body.
    Done(Value),
    /// Empty 200: risk control or a rejected signature; cool down and retry.
    Empty,
    /// 429: cool down (at least this long, when Douyin said) and retry.
    RateLimited(Option<u64>),
    /// A transient failure (5xx, transport); retry after a back-off.
    Retry(Error),
    /// The captcha page: cool down, do not retry.
    Captcha,
    /// A final answer.
    Fail(Error),
}

/// The error for a final HTTP status that is not a success (the one status→error mapping; 429
/// says no wait here, the caller's governor decides it).
pub(crate) fn status_error(endpoint: String, status: u16) -> Error {
    match status {
        401 => Error::LoginRequired {
            endpoint,
            code: 401,
            message: "HTTP 401".into(),
        },
        404 => Error::NotFound { endpoint },
        408 => Error::Timeout { endpoint },
        429 => Error::RateLimited {
            endpoint,
            wait_ms: 0,
        },
        status => Error::HttpStatus { endpoint, status },
    }
}

/// Classifies an answer from `endpoint`.
pub(crate) fn classify(endpoint: Endpoint, resp: &RawResponse) -> Verdict {
    match resp.status {
        200..=299 => classify_body(endpoint, &resp.body),
        429 => Verdict::RateLimited(resp.retry_after_ms),
        500..=599 => Verdict::Retry(status_error(endpoint.path().to_owned(), resp.status)),
        // Like every 4xx but 429, not retried.
        status => Verdict::Fail(status_error(endpoint.path().to_owned(), status)),
    }
}

fn classify_body(endpoint: Endpoint, body: &[u8]) -> Verdict {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Verdict::Empty;
    }
    let value: Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(e) => {
            if looks_like_captcha(body) {
                return Verdict::Captcha;
            }
            let what = if body.trim_ascii_start().starts_with(b"<") {
                "the body is an HTML page, not JSON".to_owned()
            } else {
                // The parser's position only; never the body text.
                format!(
                    "the body is not JSON (line {}, column {})",
                    e.line(),
                    e.column()
                )
            };
            return Verdict::Fail(Error::Decode {
                endpoint: endpoint.path().to_owned(),
                path: ".".into(),
                reason: what,
            });
        }
    };
    match classify_json(endpoint, value) {
        Ok(value) => Verdict::Done(value),
        // `{}` is risk control as much as an empty body is: cool down and retry.
        Err(Error::EmptyResponse { .. }) => Verdict::Empty,
        Err(e) => Verdict::Fail(e),
    }
}

/// Douyin's verify middle page (served with 200 and HTML).
fn looks_like_captcha(body: &[u8]) -> bool {
    let text = String::from_utf8_lossy(body);
    let lower = text.to_ascii_lowercase();
    lower.contains("captcha") || text.contains("验证码") || lower.contains("verifycenter")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    fn resp(status: u16, body: &str) -> RawResponse {
        RawResponse {
            status,
            set_cookies: Vec::new(),
            location: None,
            retry_after_ms: None,
            body: bytes::Bytes::from(body.to_owned()),
        }
    }

    fn fail_kind(v: Verdict) -> ErrorKind {
        match v {
            Verdict::Fail(e) => e.kind(),
            other => panic!("expected a failure, got {other:?}"),
        }
    }

    #[test]
    fn statuses_and_bodies_are_classified() {
        let ep = Endpoint::UserProfile;
        assert!(matches!(classify(ep, &resp(200, " \n")), Verdict::Empty));
        assert!(matches!(
            classify(ep, &resp(429, "")),
            Verdict::RateLimited(None)
        ));
        assert!(matches!(classify(ep, &resp(503, "")), Verdict::Retry(_)));
        assert_eq!(fail_kind(classify(ep, &resp(404, ""))), ErrorKind::NotFound);
        assert_eq!(fail_kind(classify(ep, &resp(408, ""))), ErrorKind::Timeout);
        assert_eq!(
            fail_kind(classify(ep, &resp(401, ""))),
            ErrorKind::LoginRequired
        );
        assert_eq!(
            fail_kind(classify(ep, &resp(403, "x"))),
            ErrorKind::HttpStatus
        );
        assert!(matches!(
            classify(ep, &resp(200, "<html><title>验证码中间页</title></html>")),
            Verdict::Captcha
        ));
        assert_eq!(
            fail_kind(classify(ep, &resp(200, "<html>x</html>"))),
            ErrorKind::Decode
        );
        assert_eq!(
            fail_kind(classify(
                ep,
                &resp(200, r#"{"status_code":8,"status_msg":"请先登录"}"#)
            )),
            ErrorKind::LoginRequired
        );
        assert_eq!(
            fail_kind(classify(ep, &resp(200, r#"{"status_code":2483}"#))),
            ErrorKind::LoginRequired
        );
        assert_eq!(
            fail_kind(classify(
                ep,
                &resp(200, r#"{"status_code":5,"status_msg":"x"}"#)
            )),
            ErrorKind::ApiRefused
        );
        assert!(matches!(
            classify(ep, &resp(200, r#"{"status_code":0,"user":{}}"#)),
            Verdict::Done(_)
        ));
        assert!(matches!(classify(ep, &resp(200, "{}")), Verdict::Empty));
    }

    #[test]
    fn post_detail_without_post_says_why() {
        let body = r#"{"status_code":0,"aweme_detail":null,"filter_detail":{"aweme_id":"7","filter_reason":"status_self_see","detail_msg":"仅自己可见"}}"#;
        match classify(Endpoint::PostDetail, &resp(200, body)) {
            Verdict::Fail(Error::Unavailable { aweme_id, detail }) => {
                assert_eq!(aweme_id.as_deref(), Some("7"));
                assert!(matches!(detail, crate::models::Unavailable::Private { .. }));
            }
            other => panic!("unexpected {other:?}"),
        }
        let ok = r#"{"status_code":0,"aweme_detail":{"aweme_id":"7"}}"#;
        assert!(matches!(
            classify(Endpoint::PostDetail, &resp(200, ok)),
            Verdict::Done(_)
        ));
    }
}
