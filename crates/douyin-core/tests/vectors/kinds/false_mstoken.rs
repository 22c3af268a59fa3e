//! Vector kind `false_mstoken`: F2's recorded charset choices → the token; HEAD uses the first
//! 182 choices, PyPI 0.0.1.7 (`pypi_0_0_1_7`) the first 126.

use super::Outcome;
use douyin_core::token::ms_token::{
    false_ms_token_from_indexes, false_ms_token_random_chars, MS_TOKEN_CHARSET,
};
use douyin_core::token::F2Release;
use serde_json::Value;

fn check(
    what: &str,
    indexes: &[usize],
    release: F2Release,
    variant: &Value,
    problems: &mut Vec<String>,
) {
    let count = false_ms_token_random_chars(release);
    let Some(choices) = indexes.get(..count) else {
        problems.push(format!(
            "{what}: only {} choices for {count}",
            indexes.len()
        ));
        return;
    };
    let Some(expected) = variant["expected"].as_str() else {
        problems.push(format!("{what}: no expected token"));
        return;
    };
    match false_ms_token_from_indexes(choices) {
        Ok(got) if got == expected => {}
        Ok(got) => problems.push(format!("{what}: got {got:?}, want {expected:?}")),
        Err(e) => problems.push(format!("{what}: {e}")),
    }
    match variant["expected_length"].as_u64() {
        Some(len) if usize::try_from(len).is_ok_and(|len| len == count + 2) => {}
        other => problems.push(format!(
            "{what}: expected_length {other:?}, ours {}",
            count + 2
        )),
    }
}

pub fn run(case: &Value) -> Outcome {
    if let Some(charset) = case["charset"].as_str() {
        if charset != MS_TOKEN_CHARSET {
            return Outcome::Fail(format!("charset {charset:?} differs from ours"));
        }
    }
    let indexes: Option<Vec<usize>> = case["choice_indexes"].as_array().and_then(|a| {
        a.iter()
            .map(|v| v.as_u64().and_then(|n| usize::try_from(n).ok()))
            .collect()
    });
    let Some(indexes) = indexes else {
        return Outcome::Fail("choice_indexes is not a list of integers".into());
    };
    let mut problems = Vec::new();
    check("HEAD", &indexes, F2Release::Head, case, &mut problems);
    match &case["pypi_0_0_1_7"] {
        // "absent": PyPI has no such case.
        Value::Null => {}
        Value::String(s) if s == "absent" => {}
        pypi => check(
            "pypi_0_0_1_7",
            &indexes,
            F2Release::Pypi0017,
            pypi,
            &mut problems,
        ),
    }
    if problems.is_empty() {
        Outcome::Pass
    } else {
        Outcome::Fail(problems.join("; "))
    }
}
