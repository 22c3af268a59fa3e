//! Vector kind `interval`: `filter_by_date_interval` over post lists/dicts and
//! `interval_2_timestamp` (F2 signals every error with 0).

use super::{expect_eq, Outcome};
use chrono::FixedOffset;
use douyin_core::timefmt::{filter_by_date_interval, interval_2_timestamp, DateBound, TimeUnit};
use serde_json::Value;

pub fn run(case: &Value) -> Outcome {
    let interval = case["interval"].as_str().unwrap_or_default();
    match case["function"].as_str() {
        Some("filter_by_date_interval") => {
            let field = case["field"].as_str().unwrap_or("create_time");
            let got =
                filter_by_date_interval(&case["data"], interval, field).unwrap_or(Value::Null);
            expect_eq("filtered", &got, &case["expected"])
        }
        Some("interval_2_timestamp") => {
            if case["tz"].as_str() != Some("UTC+08:00") {
                return Outcome::Fail(format!("unexpected tz {}", case["tz"]));
            }
            let Some(tz) = FixedOffset::east_opt(8 * 3600) else {
                return Outcome::Fail("offset".into());
            };
            let bound = case["date_type"]
                .as_str()
                .unwrap_or_default()
                .parse::<DateBound>();
            let unit = case["unit"].as_str().unwrap_or("milli").parse::<TimeUnit>();
            // F2 returns 0 for every failure; ours are errors.
            let got = match (bound, unit) {
                (Ok(b), Ok(u)) => interval_2_timestamp(interval, b, u, tz).unwrap_or(0),
                _ => 0,
            };
            match case["expected"].as_i64() {
                Some(want) => expect_eq("timestamp", got, want),
                None => Outcome::Fail("expected is not an integer".into()),
            }
        }
        other => Outcome::Fail(format!("unknown function {other:?}")),
    }
}
