//! The `status_code` / `status_msg` envelope check: 0 is success, 8 and 2483 mean "log in first",
//! anything else is an API refusal carrying Douyin's message.

use serde_json::Value;

/// Status codes Douyin uses for "请先登录" (log in first).
pub const LOGIN_REQUIRED_CODES: [i64; 2] = [8, 2483];

/// A non-zero `status_code` classified.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ApiStatusError {
    /// Douyin wants a logged-in cookie (codes 8, 2483).
    #[error("login required (status {code}): {msg}")]
    LoginRequired {
        /// The `status_code`.
        code: i64,
        /// The `status_msg` (may be empty).
        msg: String,
    },
    /// Any other refusal.
    #[error("API refused the request (status {code}): {msg}")]
    Refused {
        /// The `status_code`.
        code: i64,
        /// The `status_msg` (may be empty).
        msg: String,
    },
}

/// A classification of [`ApiStatusError`] callers can branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApiStatusKind {
    /// Log in first.
    LoginRequired,
    /// Other non-zero status.
    Refused,
}

impl ApiStatusError {
    /// The classification of this error.
    pub fn kind(&self) -> ApiStatusKind {
        match self {
            ApiStatusError::LoginRequired { .. } => ApiStatusKind::LoginRequired,
            ApiStatusError::Refused { .. } => ApiStatusKind::Refused,
        }
    }

    /// The `status_code` Douyin returned.
    pub fn code(&self) -> i64 {
        match self {
            ApiStatusError::LoginRequired { code, .. } | ApiStatusError::Refused { code, .. } => {
                *code
            }
        }
    }
}

/// Classifies a `status_code` (absent counts as 0, as F2 treats it) and its message.
pub fn check_status(code: Option<i64>, msg: Option<&str>) -> Result<(), ApiStatusError> {
    let code = code.unwrap_or(0);
    let msg = msg.unwrap_or_default().to_owned();
    match code {
        0 => Ok(()),
        c if LOGIN_REQUIRED_CODES.contains(&c) => {
            Err(ApiStatusError::LoginRequired { code: c, msg })
        }
        c => Err(ApiStatusError::Refused { code: c, msg }),
    }
}

/// Checks a raw body's `status_code` and `status_msg` (falling back to `msg` / `message` /
/// `data.prompts`, which some endpoints use instead).
pub fn check_body(body: &Value) -> Result<(), ApiStatusError> {
    let code = body.get("status_code").and_then(|c| match c {
        Value::String(s) => s.parse().ok(),
        other => other.as_i64(),
    });
    let msg = ["status_msg", "msg", "message"]
        .iter()
        .find_map(|k| {
            body.get(*k)
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
        })
        .or_else(|| body.pointer("/data/prompts").and_then(Value::as_str));
    check_status(code, msg)
}

/// A typed response that carries Douyin's status envelope.
pub trait ApiStatus {
    /// The `status_code`, when present.
    fn status_code(&self) -> Option<i64>;
    /// The message Douyin attached, when present.
    fn status_message(&self) -> Option<&str>;
    /// Classifies the status (see [`check_status`]).
    fn check(&self) -> Result<(), ApiStatusError> {
        check_status(self.status_code(), self.status_message())
    }
}

/// Implements [`ApiStatus`] for response types with `status_code` and an optional message field.
macro_rules! impl_api_status {
    ($($t:ty => $msg:ident),* $(,)?) => {
        $(impl ApiStatus for $t {
            fn status_code(&self) -> Option<i64> {
                self.status_code
            }
            fn status_message(&self) -> Option<&str> {
                self.$msg.as_deref()
            }
        })*
    };
    ($($t:ty),* $(,)?) => {
        $(impl ApiStatus for $t {
            fn status_code(&self) -> Option<i64> {
                self.status_code
            }
            fn status_message(&self) -> Option<&str> {
                None
            }
        })*
    };
}

use super::{collects, comment, feeds, live, posts, user};

impl_api_status!(
    posts::AwemeListResponse => status_msg,
    posts::PostDetailResponse => status_msg,
    user::UserProfileResponse => status_msg,
    user::FollowListResponse => status_msg,
    user::QueryUserResponse => status_msg,
    comment::CommentListResponse => status_msg,
    feeds::FriendFeedResponse => status_msg,
    feeds::HomeSearchResponse => status_msg,
    feeds::PostStatsResponse => status_msg,
    collects::MusicCollectionResponse => msg,
);
impl_api_status!(
    collects::CollectsListResponse,
    live::WebEnterResponse,
    live::ReflowResponse,
    feeds::ImFetchResponse,
    user::ImUserInfoResponse,
);

impl ApiStatus for live::LiveStatusResponse {
    fn status_code(&self) -> Option<i64> {
        self.status_code
    }
    fn status_message(&self) -> Option<&str> {
        self.prompts()
    }
}

impl ApiStatus for live::FollowingLivesResponse {
    fn status_code(&self) -> Option<i64> {
        self.status_code
    }
    fn status_message(&self) -> Option<&str> {
        self.data.as_ref()?.message.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn zero_and_absent_are_ok() {
        assert_eq!(check_body(&json!({"status_code": 0})), Ok(()));
        assert_eq!(check_body(&json!({})), Ok(()));
    }

    #[test]
    fn login_codes_are_classified_with_their_message() {
        for code in [8, 2483] {
            let err = check_body(&json!({"status_code": code, "status_msg": "请先登录"}))
                .expect_err("refused");
            assert_eq!(err.kind(), ApiStatusKind::LoginRequired);
            assert_eq!(
                err,
                ApiStatusError::LoginRequired {
                    code,
                    msg: "请先登录".into()
                }
            );
        }
    }

    #[test]
    fn other_codes_are_refusals_and_keep_alternative_message_keys() {
        let err =
            check_body(&json!({"status_code": 2096, "msg": "私密账号"})).expect_err("refused");
        assert_eq!(err.kind(), ApiStatusKind::Refused);
        assert_eq!(err.code(), 2096);
        assert_eq!(
            err,
            ApiStatusError::Refused {
                code: 2096,
                msg: "私密账号".into()
            }
        );
        let err = check_body(&json!({"status_code": "4", "data": {"prompts": "x"}}))
            .expect_err("refused");
        assert_eq!(
            err,
            ApiStatusError::Refused {
                code: 4,
                msg: "x".into()
            }
        );
    }

    #[test]
    fn typed_responses_check_their_own_envelope() {
        let typed: crate::models::MusicCollectionResponse =
            serde_json::from_value(json!({"status_code": 8, "msg": "请先登录"})).expect("object");
        assert_eq!(
            typed.check().map_err(|e| e.kind()),
            Err(ApiStatusKind::LoginRequired)
        );
        let lives: crate::models::FollowingLivesResponse =
            serde_json::from_value(json!({"status_code": 20003, "data": {"message": "no login"}}))
                .expect("object");
        assert_eq!(
            lives.check(),
            Err(ApiStatusError::Refused {
                code: 20003,
                msg: "no login".into()
            })
        );
    }
}
