//! Vector kind `xbogus`: X-Bogus value, signed query, intermediates, final URL and error cases.

use super::Outcome;
use douyin_core::sign::xbogus::x_bogus_traced;
use douyin_core::sign::{signed_query_suffix, signed_url, SignErrorKind, Signature};
use serde_json::Value;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The error class F2's exception name implies, where it names one.
fn expected_kind(python_exception: &str) -> Option<SignErrorKind> {
    match python_exception {
        // F2's hex reading of a short text fails on a non-hex character with a TypeError.
        "TypeError" => Some(SignErrorKind::ShortTextNotHex),
        "UnicodeEncodeError" => Some(SignErrorKind::NotLatin1),
        _ => None,
    }
}

pub fn run(case: &Value) -> Outcome {
    let (Some(params), Some(ua), Some(t)) = (
        case["params"].as_str(),
        case["user_agent_input"].as_str(),
        case["timestamp_s"].as_u64(),
    ) else {
        return Outcome::Fail("case lacks params / user_agent_input / timestamp_s".into());
    };
    let Ok(t) = u32::try_from(t) else {
        return Outcome::Fail(format!("timestamp_s {t} does not fit in u32"));
    };
    let result = x_bogus_traced(params, ua, t);

    if let Some(error) = case["expected_error"].as_str() {
        return match result {
            Ok(trace) => Outcome::Fail(format!("F2 raises {error}, we signed {:?}", trace.value)),
            Err(e) => match expected_kind(error) {
                Some(kind) if kind != e.kind() => {
                    Outcome::Fail(format!("F2 raises {error}, we failed with {:?}", e.kind()))
                }
                _ => Outcome::Pass,
            },
        };
    }
    let trace = match result {
        Ok(trace) => trace,
        Err(e) => return Outcome::Fail(format!("unexpected error: {e}")),
    };

    let mut problems = Vec::new();
    let mut check = |what: &str, got: &str, want: Option<&str>| match want {
        Some(want) if got == want => {}
        Some(want) => problems.push(format!("{what}: got {got:?}, want {want:?}")),
        None => problems.push(format!("{what}: missing in case")),
    };
    let im = &case["intermediate"];
    check(
        "effective_user_agent",
        &trace.effective_user_agent,
        case["effective_user_agent"].as_str(),
    );
    check(
        "ua_md5_digest_hex",
        &hex(&trace.ua_digest),
        im["ua_md5_digest_hex"].as_str(),
    );
    check(
        "const_md5_digest_hex",
        &hex(&trace.const_digest),
        im["const_md5_digest_hex"].as_str(),
    );
    check(
        "params_double_md5_hex",
        &hex(&trace.params_digest),
        im["params_double_md5_hex"].as_str(),
    );
    check(
        "expected_xbogus",
        &trace.value,
        case["expected_xbogus"].as_str(),
    );
    let signature = Signature::XBogus(trace.value.clone());
    let with_sig = format!("{params}{}", signed_query_suffix(&signature));
    check(
        "expected_params_with_xbogus",
        &with_sig,
        case["expected_params_with_xbogus"].as_str(),
    );
    if let Some(want) = case["expected_final_url"].as_str() {
        let Some(endpoint) = case["base_endpoint"].as_str() else {
            return Outcome::Fail("expected_final_url without base_endpoint".into());
        };
        check(
            "expected_final_url",
            &signed_url(endpoint, params, &signature),
            Some(want),
        );
    }
    if problems.is_empty() {
        Outcome::Pass
    } else {
        Outcome::Fail(problems.join("; "))
    }
}
