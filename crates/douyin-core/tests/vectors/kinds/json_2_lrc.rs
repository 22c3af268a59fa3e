//! Vector kind `json_2_lrc`: lyrics JSON to LRC text with F2's float-truncated milliseconds.

use super::{expect_eq, Outcome};
use douyin_core::lrc::{json_2_lrc, LrcError};
use serde_json::Value;

/// F2's exception type for each of our errors.
fn f2_error(e: &LrcError) -> &'static str {
    match e {
        LrcError::WrongType { .. } => "TypeError",
        LrcError::MissingKey { .. } => "KeyError",
        LrcError::BadTime { .. } => "ValueError",
        _ => "unexpected error",
    }
}

pub fn run(case: &Value) -> Outcome {
    let got = json_2_lrc(&case["input"]);
    match (case.get("expected"), case.get("expected_error")) {
        (Some(Value::String(want)), _) => match got {
            Ok(text) => expect_eq("lrc", text.as_str(), want.as_str()),
            Err(e) => Outcome::Fail(format!("error {e:?}, want {want:?}")),
        },
        (_, Some(Value::String(want))) => match got {
            Ok(text) => Outcome::Fail(format!("got {text:?}, want {want}")),
            Err(e) => expect_eq("error", f2_error(&e), want.as_str()),
        },
        _ => Outcome::Fail("case has neither expected nor expected_error".into()),
    }
}
