//! The one reading of a Douyin JSON answer, applied once inside the fetch contract: F2's `{}`
//! failure marker, the `status_code` envelope, a post detail without its post; and the one
//! decode from JSON into a model, naming the JSON path that did not fit.

use crate::endpoints::Endpoint;
use crate::models::{check_body, ApiStatusError, Parsed, PostDetailResponse};
use crate::Error;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Classifies a JSON answer from `endpoint`: the value when Douyin answered, else the error.
/// Every [`super::Fetch`] implementation applies it (the HTTP client after its status checks),
/// so the data methods never check an answer again.
///
/// - `{}` is F2's "failed" marker (http.md §2.4), never a real answer: [`Error::EmptyResponse`]
///   (risk control), never a complete empty list.
/// - A non-zero `status_code`: [`Error::LoginRequired`] or [`Error::ApiRefused`].
/// - A post detail without its post: [`Error::Unavailable`] with Douyin's reason.
///
/// # Errors
/// As listed.
pub fn classify_json(endpoint: Endpoint, value: Value) -> Result<Value, Error> {
    let label = || endpoint.path().to_owned();
    if value.as_object().is_some_and(serde_json::Map::is_empty) {
        return Err(Error::EmptyResponse {
            endpoint: label(),
            attempts: 1,
        });
    }
    check_body(&value).map_err(|e| status_error(label(), e))?;
    if endpoint == Endpoint::PostDetail {
        if let Some(err) = unavailable_post(&value) {
            return Err(err);
        }
    }
    Ok(value)
}

/// The error for a refusal in the `status_code` envelope.
fn status_error(endpoint: String, e: ApiStatusError) -> Error {
    match e {
        ApiStatusError::LoginRequired { code, msg } => Error::LoginRequired {
            endpoint,
            code,
            message: msg,
        },
        ApiStatusError::Refused { code, msg } => Error::ApiRefused {
            endpoint,
            code,
            message: msg,
        },
    }
}

/// A post-detail answer without a post, classified (deleted, private, filtered, missing). Only
/// `filter_detail` is read, not the whole answer.
fn unavailable_post(value: &Value) -> Option<Error> {
    if value.get("aweme_detail").is_some_and(|d| !d.is_null()) {
        return None;
    }
    let filter = value.get("filter_detail").cloned().unwrap_or(Value::Null);
    let typed: PostDetailResponse =
        serde_json::from_value(serde_json::json!({ "filter_detail": filter })).ok()?;
    let detail = typed.availability().err()?;
    let aweme_id = typed.filter_detail.and_then(|f| f.aweme_id);
    Some(Error::Unavailable { aweme_id, detail })
}

/// Decodes one value into a model, keeping the value; on failure names the endpoint and the
/// JSON path (`prefix` is where `raw` sits in the answer, e.g. `aweme_list[3]`).
///
/// # Errors
/// [`Error::Decode`].
pub fn decode<T: DeserializeOwned>(
    endpoint: &str,
    prefix: impl FnOnce() -> String,
    raw: Value,
) -> Result<Parsed<T>, Error> {
    match serde_path_to_error::deserialize(&raw) {
        Ok(typed) => Ok(Parsed { raw, typed }),
        Err(e) => {
            let inner = e.path().to_string();
            let path = match (prefix(), inner.as_str()) {
                (p, ".") => p,
                (p, i) if p.is_empty() => i.to_owned(),
                (p, i) => format!("{p}.{i}"),
            };
            Err(Error::Decode {
                endpoint: endpoint.to_owned(),
                path,
                reason: e.into_inner().to_string(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;
    use serde_json::json;

    fn kind(endpoint: Endpoint, v: Value) -> Result<(), ErrorKind> {
        classify_json(endpoint, v).map(drop).map_err(|e| e.kind())
    }

    #[test]
    fn answers_are_classified_by_their_envelope() {
        let ep = Endpoint::UserProfile;
        assert_eq!(kind(ep, json!({})), Err(ErrorKind::EmptyResponse));
        assert_eq!(
            kind(ep, json!({"status_code": 8, "status_msg": "请先登录"})),
            Err(ErrorKind::LoginRequired)
        );
        assert_eq!(
            kind(ep, json!({"status_code": 2483})),
            Err(ErrorKind::LoginRequired)
        );
        assert_eq!(
            kind(ep, json!({"status_code": 5, "status_msg": "x"})),
            Err(ErrorKind::ApiRefused)
        );
        assert_eq!(kind(ep, json!({"status_code": 0, "user": {}})), Ok(()));
        // An empty list page is an answer; only the bare `{}` is F2's failure marker.
        assert_eq!(
            kind(
                Endpoint::UserPost,
                json!({"status_code": 0, "aweme_list": []})
            ),
            Ok(())
        );
    }

    #[test]
    fn post_detail_without_post_says_why() {
        let body = json!({"status_code": 0, "aweme_detail": null, "filter_detail": {
            "aweme_id": "7", "filter_reason": "status_self_see", "detail_msg": "仅自己可见"}});
        match classify_json(Endpoint::PostDetail, body) {
            Err(Error::Unavailable { aweme_id, detail }) => {
                assert_eq!(aweme_id.as_deref(), Some("7"));
                assert!(matches!(detail, crate::models::Unavailable::Private { .. }));
            }
            other => panic!("unexpected {other:?}"),
        }
        let missing = classify_json(Endpoint::PostDetail, json!({"status_code": 0}));
        assert_eq!(
            missing.map_err(|e| e.kind()).err(),
            Some(ErrorKind::Unavailable)
        );
        let ok = json!({"status_code": 0, "aweme_detail": {"aweme_id": "7"}});
        assert!(classify_json(Endpoint::PostDetail, ok).is_ok());
    }

    #[test]
    fn decode_names_the_json_path() {
        #[derive(Debug, serde::Deserialize)]
        struct T {
            #[allow(dead_code)]
            user: U,
        }
        #[derive(Debug, serde::Deserialize)]
        struct U {
            #[allow(dead_code)]
            ids: Vec<u64>,
        }
        let raw = json!({"user": {"ids": [1, "x"]}});
        let err = decode::<T>("/p/", String::new, raw.clone()).expect_err("mismatch");
        match err {
            Error::Decode { endpoint, path, .. } => {
                assert_eq!(endpoint, "/p/");
                assert_eq!(path, "user.ids[1]");
            }
            other => panic!("unexpected {other:?}"),
        }
        let err = decode::<T>("/p/", || "aweme_list[2]".into(), raw).expect_err("mismatch");
        assert!(matches!(err, Error::Decode { path, .. } if path == "aweme_list[2].user.ids[1]"));
    }
}
