//! ttwid (spec http.md §5.3): registered with a fixed JSON body, answered as a cookie. F2 uses
//! it only as the live websocket's `Cookie: ttwid=<value>;`.

use super::request::{cookie_from_set_cookie, HttpMethod, TokenRequest};
use super::TokenError;

/// The registration endpoint.
pub const TTWID_URL: &str = "https://ttwid.bytedance.com/ttwid/union/register/";

/// The body F2 sends, byte for byte (compact JSON, unlike the other token bodies).
pub const TTWID_BODY: &str = r#"{"region":"cn","aid":1768,"needFid":false,"service":"www.ixigua.com","migrate_info":{"ticket":"","source":"node"},"cbUrlProtocol":"https","union":true}"#;

/// The ttwid registration request. Send it without cookies.
pub fn ttwid_request(user_agent: &str) -> TokenRequest {
    TokenRequest {
        method: HttpMethod::Post,
        url: TTWID_URL.to_owned(),
        headers: vec![
            ("User-Agent", user_agent.to_owned()),
            ("Content-Type", "application/json; charset=utf-8".to_owned()),
        ],
        body: TTWID_BODY.to_owned(),
    }
}

/// The ttwid from the answer's `Set-Cookie` headers.
pub fn parse_ttwid<I, S>(set_cookie_headers: I) -> Result<String, TokenError>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    cookie_from_set_cookie(set_cookie_headers, "ttwid")
        .ok_or(TokenError::MissingCookie { name: "ttwid" })
}

/// The websocket `Cookie` header value F2 builds from a ttwid.
pub fn ttwid_cookie_header(ttwid: &str) -> String {
    format!("ttwid={ttwid};")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_is_f2s_fixed_post() {
        let request = ttwid_request("UA");
        assert_eq!(request.url, TTWID_URL);
        assert_eq!(
            request.headers,
            vec![
                ("User-Agent", "UA".to_owned()),
                ("Content-Type", "application/json; charset=utf-8".to_owned())
            ]
        );
        let body: serde_json::Value = serde_json::from_str(&request.body).unwrap();
        assert_eq!(body["aid"], 1768);
        assert_eq!(body["migrate_info"]["source"], "node");
    }

    #[test]
    fn reads_the_cookie() {
        assert_eq!(
            parse_ttwid(["ttwid=1%7Cabc; Path=/; Domain=bytedance.com; HttpOnly"]).unwrap(),
            "1%7Cabc"
        );
        assert_eq!(
            parse_ttwid(["x=y"]).unwrap_err(),
            TokenError::MissingCookie { name: "ttwid" }
        );
        assert_eq!(ttwid_cookie_header("1%7Cabc"), "ttwid=1%7Cabc;");
    }
}
