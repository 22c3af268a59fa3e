//! cookie-editor JSON (and the like): an array of objects with `domain`, `name`, `value` and
//! optional `path`, `secure`, `httpOnly`, `session` and `expirationDate` (or `expires`/`expiry`)
//! in seconds; an object whose `cookies` member is that array is accepted too. Errors name the
//! JSON path, never a value.

use super::{bad, ImportFormat};
use crate::cookie::{check_pair, Cookie};
use crate::{AuthError, Location};
use serde_json::{Map, Value};

pub(super) fn parse(text: &str) -> Result<Vec<Cookie>, AuthError> {
    let root: Value = serde_json::from_str(text).map_err(|e| {
        // Only the position: serde's text may quote the input.
        let what = match e.classify() {
            serde_json::error::Category::Eof => "the JSON ends too early",
            _ => "the text is not valid JSON",
        };
        bad(
            ImportFormat::Json,
            Location::Line(e.line()),
            format!("{what} (column {})", e.column()),
        )
    })?;
    let (items, prefix) = match &root {
        Value::Array(a) => (a, String::new()),
        Value::Object(o) => match o.get("cookies") {
            Some(Value::Array(a)) => (a, ".cookies".to_owned()),
            _ => {
                return Err(at(
                    ".",
                    "expected an array of cookies (or an object with a `cookies` array)",
                ))
            }
        },
        _ => return Err(at(".", "expected an array of cookies")),
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let path = format!("{prefix}[{i}]");
            match item {
                Value::Object(o) => cookie(o, &path),
                _ => Err(at(&path, "expected an object with domain, name and value")),
            }
        })
        .collect()
}

fn at(path: &str, reason: &str) -> AuthError {
    bad(
        ImportFormat::Json,
        Location::JsonPath(path.to_owned()),
        reason,
    )
}

fn cookie(o: &Map<String, Value>, path: &str) -> Result<Cookie, AuthError> {
    let text = |key: &str, required: bool| -> Result<Option<String>, AuthError> {
        match o.get(key) {
            Some(Value::String(s)) => Ok(Some(s.clone())),
            None | Some(Value::Null) if !required => Ok(None),
            None | Some(Value::Null) => Err(at(&format!("{path}.{key}"), "is missing")),
            Some(_) => Err(at(&format!("{path}.{key}"), "must be a string")),
        }
    };
    let flag = |key: &str| -> Result<bool, AuthError> {
        match o.get(key) {
            None | Some(Value::Null) => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(_) => Err(at(&format!("{path}.{key}"), "must be true or false")),
        }
    };
    let name = text("name", true)?.unwrap_or_default();
    let value = text("value", true)?.unwrap_or_default();
    let domain = text("domain", true)?.unwrap_or_default();
    check_pair(name.trim(), &value).map_err(|r| at(path, r))?;
    if domain.trim().is_empty() {
        return Err(at(&format!("{path}.domain"), "is empty"));
    }
    let mut expires_s = None;
    if !flag("session")? {
        for key in ["expirationDate", "expires", "expiry"] {
            match o.get(key) {
                None | Some(Value::Null) => continue,
                Some(Value::Number(n)) => {
                    expires_s = n
                        .as_f64()
                        .filter(|f| f.is_finite() && *f > 0.0)
                        .map(|f| f as i64);
                    break;
                }
                Some(_) => return Err(at(&format!("{path}.{key}"), "must be a number of seconds")),
            }
        }
    }
    Ok(Cookie {
        name: name.trim().to_owned(),
        value,
        domain: domain.trim().to_ascii_lowercase(),
        path: text("path", false)?.unwrap_or_else(|| "/".into()),
        secure: flag("secure")?,
        http_only: flag("httpOnly")?,
        expires_s,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_editor_array_and_wrapped_object() {
        let text = r#"[{"domain":".douyin.com","expirationDate":1900000000.5,"hostOnly":false,"httpOnly":true,"name":"sessionid","path":"/","sameSite":"no_restriction","secure":true,"session":false,"storeId":"0","value":"abc"},
            {"domain":"www.douyin.com","name":"s_v_web_id","value":"verify_x","session":true,"expirationDate":5}]"#;
        let got = parse(text).expect("json");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].expires_s, Some(1_900_000_000));
        assert!(got[0].http_only && got[0].secure);
        assert_eq!(got[1].expires_s, None, "a session cookie has no expiry");
        let wrapped = parse(r#"{"url":"https://www.douyin.com","cookies":[{"domain":"douyin.com","name":"a","value":"1"}]}"#)
            .expect("wrapped");
        assert_eq!(wrapped[0].path, "/");
    }

    #[test]
    fn errors_name_the_json_path_not_the_value() {
        let err = parse(r#"[{"domain":".douyin.com","name":"a","value":"1"},{"domain":".douyin.com","name":"b","value":12345678}]"#)
            .expect_err("number value");
        let shown = err.to_string();
        assert!(shown.contains("`[1].value`"), "{shown}");
        assert!(!shown.contains("12345678"), "{shown}");
        let err = parse(r#"[{"name":"a","value":"SECRET"}]"#).expect_err("no domain");
        assert!(err.to_string().contains("`[0].domain`"), "{err}");
        let err = parse(r#"[{"domain":".douyin.com","name":"a","value":"SECRET"#).expect_err("cut");
        let shown = err.to_string();
        assert!(
            shown.contains("line 1") && !shown.contains("SECRET"),
            "{shown}"
        );
        assert!(parse(r#""just a string""#).is_err());
    }
}
