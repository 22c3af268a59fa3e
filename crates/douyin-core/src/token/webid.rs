//! webid (spec http.md §5.4): requested with a JSON body, answered in the JSON `web_id` field.
//! No F2 request model sends it; it is here for completeness and for cookies users lack.

use super::python_json::{dumps_object, PyValue};
use super::request::{HttpMethod, TokenRequest};
use super::TokenError;
use std::fmt;

/// The endpoint, with F2's fixed query.
pub const WEBID_URL: &str =
    "https://mcs.zijieapi.com/webid?aid=6383&sdk_version=5.1.18_zip&device_platform=web";

/// The page the request claims to come from.
const DOUYIN_HOME: &str = "https://www.douyin.com/";

/// The longest web_id accepted; real ones are 19 decimal digits.
const MAX_WEBID_LEN: usize = 64;

/// A web_id as Douyin issues it: non-empty ASCII letters and digits (normally 19 digits).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct WebId(String);

impl WebId {
    /// Validates `text` as a web_id.
    pub fn parse(text: &str) -> Result<Self, TokenError> {
        let valid = !text.is_empty()
            && text.len() <= MAX_WEBID_LEN
            && text.bytes().all(|b| b.is_ascii_alphanumeric());
        if valid {
            Ok(Self(text.to_owned()))
        } else {
            Err(TokenError::MissingField { field: "web_id" })
        }
    }

    /// The web_id text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for WebId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The webid request (body rendered as Python's `json.dumps`). Send it without cookies.
pub fn webid_request(user_agent: &str) -> TokenRequest {
    let body = dumps_object(&[
        ("app_id", PyValue::Int(6383)),
        ("referer", PyValue::Str(DOUYIN_HOME)),
        ("url", PyValue::Str(DOUYIN_HOME)),
        ("user_agent", PyValue::Str(user_agent)),
        ("user_unique_id", PyValue::Str("")),
    ]);
    TokenRequest {
        method: HttpMethod::Post,
        url: WEBID_URL.to_owned(),
        headers: vec![
            ("User-Agent", user_agent.to_owned()),
            ("Content-Type", "application/json; charset=UTF-8".to_owned()),
            ("Referer", DOUYIN_HOME.to_owned()),
        ],
        body,
    }
}

/// The web_id from the answer body (`{"web_id": "…", …}`; a JSON number is accepted too).
pub fn parse_webid_response(body: &str) -> Result<WebId, TokenError> {
    let json: serde_json::Value =
        serde_json::from_str(body).map_err(|e| TokenError::InvalidJson {
            // The category only: positions and messages could echo the body.
            reason: format!("{:?}", e.classify()).to_lowercase(),
        })?;
    match &json["web_id"] {
        serde_json::Value::String(text) => WebId::parse(text),
        serde_json::Value::Number(n) if n.is_u64() => WebId::parse(&n.to_string()),
        _ => Err(TokenError::MissingField { field: "web_id" }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_matches_f2() {
        let request = webid_request("Mozilla/5.0 X");
        assert_eq!(request.url, WEBID_URL);
        assert_eq!(
            request.body,
            r#"{"app_id": 6383, "referer": "https://www.douyin.com/", "url": "https://www.douyin.com/", "user_agent": "Mozilla/5.0 X", "user_unique_id": ""}"#
        );
        assert_eq!(
            request.header("Content-Type"),
            Some("application/json; charset=UTF-8")
        );
        assert_eq!(request.header("Referer"), Some("https://www.douyin.com/"));
    }

    #[test]
    fn reads_web_id() {
        let id = parse_webid_response(r#"{"e":0,"web_id":"7335414539335222835"}"#).unwrap();
        assert_eq!(id.as_str(), "7335414539335222835");
        let id = parse_webid_response(r#"{"web_id":7335414539335222835}"#).unwrap();
        assert_eq!(id.to_string(), "7335414539335222835");
    }

    #[test]
    fn refuses_missing_empty_or_odd_web_id() {
        for body in [
            r#"{}"#,
            r#"{"web_id":""}"#,
            r#"{"web_id":"1 2"}"#,
            r#"{"web_id":null}"#,
        ] {
            assert_eq!(
                parse_webid_response(body).unwrap_err(),
                TokenError::MissingField { field: "web_id" },
                "{body}"
            );
        }
        assert!(matches!(
            parse_webid_response("<html>").unwrap_err(),
            TokenError::InvalidJson { .. }
        ));
    }
}
