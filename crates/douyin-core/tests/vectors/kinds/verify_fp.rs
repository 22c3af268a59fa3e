//! Vector kind `verify_fp`: F2's 31 random floats (and the indexes they imply) plus the
//! milliseconds → the verify_fp string, which s_v_web_id must equal.

use super::Outcome;
use douyin_core::token::verify_fp::{
    millis_from_unix_seconds, verify_fp_from_indexes, verify_fp_from_unit_floats, RANDOM_CHOICES,
};
use serde_json::Value;

pub fn run(case: &Value) -> Outcome {
    let (Some(millis), Some(expected)) = (case["milliseconds"].as_u64(), case["expected"].as_str())
    else {
        return Outcome::Fail("case lacks milliseconds / expected".into());
    };
    let floats: Option<Vec<f64>> = case["random_floats"]
        .as_array()
        .and_then(|a| a.iter().map(Value::as_f64).collect());
    let Some(Ok(floats)) = floats.map(<[f64; RANDOM_CHOICES]>::try_from) else {
        return Outcome::Fail(format!("random_floats is not {RANDOM_CHOICES} numbers"));
    };
    let mut problems = Vec::new();
    if let Some(seconds) = case["time_time_seconds"].as_f64() {
        let got = millis_from_unix_seconds(seconds);
        if got != millis {
            problems.push(format!(
                "time_time_seconds {seconds} → {got} ms, want {millis}"
            ));
        }
    }
    match verify_fp_from_unit_floats(millis, &floats) {
        Ok(got) if got == expected => {}
        Ok(got) => problems.push(format!(
            "from random_floats: got {got:?}, want {expected:?}"
        )),
        Err(e) => problems.push(format!("from random_floats: {e}")),
    }
    // random_indexes are recorded for reference; they must lead to the same string.
    let indexes: Option<Vec<usize>> = case["random_indexes"].as_array().and_then(|a| {
        a.iter()
            .map(|v| v.as_u64().and_then(|n| usize::try_from(n).ok()))
            .collect()
    });
    if let Some(Ok(indexes)) = indexes.map(<[usize; RANDOM_CHOICES]>::try_from) {
        match verify_fp_from_indexes(millis, &indexes) {
            Ok(got) if got == expected => {}
            Ok(got) => problems.push(format!(
                "from random_indexes: got {got:?}, want {expected:?}"
            )),
            Err(e) => problems.push(format!("from random_indexes: {e}")),
        }
    }
    if problems.is_empty() {
        Outcome::Pass
    } else {
        Outcome::Fail(problems.join("; "))
    }
}
