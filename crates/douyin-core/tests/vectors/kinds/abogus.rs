//! Vector kind `abogus`: A-Bogus value and its intermediates (payload, stream output, random
//! prefix), signed query and final URL, so a mismatch says which step went wrong.

use super::Outcome;
use douyin_core::sign::abogus::{a_bogus_traced, rd_from_unit_float, AbogusInput};
use douyin_core::sign::{signed_query_suffix, signed_url, Signature};
use serde_json::Value;

fn u64_list(value: &Value) -> Option<Vec<u64>> {
    value.as_array()?.iter().map(Value::as_u64).collect()
}

fn random_rd(case: &Value) -> Result<[u32; 3], String> {
    let rd = u64_list(&case["random_rd"]).ok_or("random_rd is not a list of integers")?;
    let rd: Vec<u32> = rd
        .into_iter()
        .map(u32::try_from)
        .collect::<Result<_, _>>()
        .map_err(|_| "random_rd value too large")?;
    let rd: [u32; 3] = rd
        .try_into()
        .map_err(|_| "random_rd does not hold 3 values")?;
    // how_generated: random() returned random_floats and int(r * 10000) == random_rd.
    if let Some(floats) = case["random_floats"].as_array() {
        let from_floats: Vec<u32> = floats
            .iter()
            .filter_map(Value::as_f64)
            .map(rd_from_unit_float)
            .collect();
        if from_floats != rd {
            return Err(format!(
                "random_floats map to {from_floats:?}, not random_rd {rd:?}"
            ));
        }
    }
    Ok(rd)
}

pub fn run(case: &Value) -> Outcome {
    let text = |key: &str| case[key].as_str();
    let (Some(params), Some(body), Some(ua), Some(fp)) = (
        text("params"),
        text("body"),
        text("user_agent_input"),
        text("browser_fp"),
    ) else {
        return Outcome::Fail("case lacks params / body / user_agent_input / browser_fp".into());
    };
    let (Some(start_ms), Some(end_ms)) = (case["start_ms"].as_u64(), case["end_ms"].as_u64())
    else {
        return Outcome::Fail("case lacks start_ms / end_ms".into());
    };
    if let Some(options) = u64_list(&case["options"]) {
        if options != [0, 1, 14] {
            return Outcome::Fail(format!(
                "options {options:?} differ from F2's fixed [0, 1, 14]"
            ));
        }
    }
    let random = match random_rd(case) {
        Ok(rd) => rd,
        Err(why) => return Outcome::Fail(why),
    };
    let input = AbogusInput {
        query: params,
        body,
        user_agent: ua,
        fingerprint: fp,
        start_ms,
        end_ms,
        random,
    };
    let result = a_bogus_traced(&input);
    if let Some(error) = case["expected_error"].as_str() {
        return match result {
            Ok(trace) => Outcome::Fail(format!("F2 raises {error}, we signed {:?}", trace.value)),
            Err(_) => Outcome::Pass,
        };
    }
    let trace = match result {
        Ok(trace) => trace,
        Err(e) => return Outcome::Fail(format!("unexpected error: {e}")),
    };

    let mut problems = Vec::new();
    let im = &case["intermediate"];
    let mut check_list = |what: &str, got: &[u64], want: Option<Vec<u64>>| match want {
        Some(want) if got == want.as_slice() => {}
        Some(want) => {
            let at = got.iter().zip(&want).position(|(g, w)| g != w);
            problems.push(format!(
                "{what}: first difference at {at:?} (lengths {} vs {}); got {got:?}, want {want:?}",
                got.len(),
                want.len()
            ))
        }
        None => problems.push(format!("{what}: missing in case")),
    };
    check_list(
        "header_values_44_then_fp_then_xor",
        &trace.payload,
        u64_list(&im["header_values_44_then_fp_then_xor"]),
    );
    check_list(
        "after_stream_transform",
        &trace.transformed,
        u64_list(&im["after_stream_transform"]),
    );
    check_list(
        "random_prefix_12",
        &trace.random_prefix,
        u64_list(&im["random_prefix_12"]),
    );

    let mut check = |what: &str, got: &str, want: Option<&str>| match want {
        Some(want) if got == want => {}
        Some(want) => problems.push(format!("{what}: got {got:?}, want {want:?}")),
        None => problems.push(format!("{what}: missing in case")),
    };
    check(
        "effective_user_agent",
        &trace.effective_user_agent,
        text("effective_user_agent"),
    );
    check("expected_abogus", &trace.value, text("expected_abogus"));
    let signature = Signature::ABogus(trace.value.clone());
    check(
        "expected_params_with_abogus",
        &format!("{params}{}", signed_query_suffix(&signature)),
        text("expected_params_with_abogus"),
    );
    if let Some(want) = text("expected_final_url") {
        match text("base_endpoint") {
            Some(endpoint) => check(
                "expected_final_url",
                &signed_url(endpoint, params, &signature),
                Some(want),
            ),
            None => problems.push("expected_final_url without base_endpoint".into()),
        }
    }
    if problems.is_empty() {
        Outcome::Pass
    } else {
        Outcome::Fail(problems.join("; "))
    }
}
