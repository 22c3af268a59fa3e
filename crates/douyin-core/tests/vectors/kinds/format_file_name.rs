//! Vector kind `format_file_name`: F2's template renderer (http.md §11.1), including the
//! `{desc}` length rule and its error cases.

use super::{expect_eq, Outcome};
use douyin_core::naming::{format_file_name, FieldValue, NameFields, NamingError, Platform};
use serde_json::Value;
use std::collections::BTreeMap;

/// A value of F2's `aweme_data` dict as our field. `str.format` prints non-strings with Python
/// `str()` (`None`, `True`, `5`); only `desc` must be a string, because F2 runs it through a
/// regex first (a `TypeError` otherwise, our `Null`).
fn field(data: &Value, key: &str) -> FieldValue {
    match data.get(key) {
        None => FieldValue::Missing,
        Some(Value::String(s)) => FieldValue::Text(s.clone()),
        Some(_) if key == "desc" => FieldValue::Null,
        Some(other) => FieldValue::Text(python_str(other)),
    }
}

fn python_str(v: &Value) -> String {
    match v {
        Value::Null => "None".to_owned(),
        Value::Bool(true) => "True".to_owned(),
        Value::Bool(false) => "False".to_owned(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// F2's exception type for each of our errors.
fn f2_error(e: &NamingError) -> &'static str {
    match e {
        NamingError::EmptyTemplate => "InvalidConfError",
        NamingError::UnknownField(_) => "KeyError",
        NamingError::NullField(_) => "TypeError",
        NamingError::BadTemplate(_) => "ValueError",
        _ => "unexpected error",
    }
}

pub fn run(case: &Value) -> Outcome {
    let Some(template) = case["naming_template"].as_str() else {
        return Outcome::Fail("no naming_template".into());
    };
    let platform = case["platform"].as_str().unwrap_or("");
    if Platform::from_sys_platform(platform).is_none() {
        return Outcome::Fail(format!("unknown platform {platform:?}"));
    }
    let data = &case["aweme_data"];
    let fields = NameFields {
        create_time: field(data, "create_time"),
        nickname: field(data, "nickname"),
        aweme_id: field(data, "aweme_id"),
        desc: field(data, "desc"),
        caption: field(data, "caption"),
        uid: field(data, "uid"),
    };
    let custom: BTreeMap<String, String> = case["custom_fields"]
        .as_object()
        .map(|m| m.iter().map(|(k, v)| (k.clone(), python_str(v))).collect())
        .unwrap_or_default();
    let got = format_file_name(template, &fields, &custom);
    match (case.get("expected"), case.get("expected_error")) {
        (Some(Value::String(want)), _) => match got {
            Ok(name) => expect_eq("name", name.as_str(), want.as_str()),
            Err(e) => Outcome::Fail(format!("error {e:?}, want {want:?}")),
        },
        (_, Some(Value::String(want))) => match got {
            Ok(name) => Outcome::Fail(format!("got {name:?}, want {want}")),
            Err(e) => expect_eq("error", f2_error(&e), want.as_str()),
        },
        _ => Outcome::Fail("case has neither expected nor expected_error".into()),
    }
}
