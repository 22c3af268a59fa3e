//! Vector kind `replace_t`: F2's character filter over strings, lists and other JSON values.

use super::{expect_eq, Outcome};
use douyin_core::naming::replace_t_json;
use serde_json::Value;

pub fn run(case: &Value) -> Outcome {
    let Some(want) = case.get("expected") else {
        return Outcome::Fail("no expected".into());
    };
    expect_eq("replace_t", &replace_t_json(&case["input"]), want)
}
