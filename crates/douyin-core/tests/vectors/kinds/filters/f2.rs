//! F2's generic filter machinery as the vectors need it: `replaceT`, `timestamp_2_str`, the value
//! and list JSONPath accessors, `_to_list`, and small converters from model values to JSON.

use douyin_core::models::{first_url, Flag, Id, QualityMap, UrlSet};
use serde_json::{json, Map, Value};

pub type Fields = Map<String, Value>;

/// How F2's `_to_list()` splits a filter's fields into one row per entry.
pub struct ListRule {
    pub entries: usize,
    pub excluded: &'static [&'static str],
    pub extras: &'static [&'static str],
}

/// A filter's rebuilt field map and, for list filters, its `_to_list()` rule.
pub struct Built {
    pub fields: Fields,
    pub list: Option<ListRule>,
}

/// F2 `replaceT` on a text: every code point outside `[\u4e00-\u9fa5a-zA-Z0-9#]` becomes `_`.
pub fn replace_t_text(s: &str) -> String {
    s.chars()
        .map(|c| {
            if ('\u{4e00}'..='\u{9fa5}').contains(&c) || c.is_ascii_alphanumeric() || c == '#' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// F2 `replaceT` on any value: texts replaced; lists element-wise (falsy non-texts → "").
pub fn replace_t(v: Value) -> Value {
    match v {
        Value::String(s) => Value::String(replace_t_text(&s)),
        Value::Array(items) => Value::Array(
            items
                .into_iter()
                .map(|x| match x {
                    Value::String(s) => Value::String(replace_t_text(&s)),
                    Value::Null | Value::Bool(false) => Value::String(String::new()),
                    Value::Number(n) if n.as_f64() == Some(0.0) => Value::String(String::new()),
                    other => other,
                })
                .collect(),
        ),
        other => other,
    }
}

/// F2 `timestamp_2_str(str(v))`: UTC+8 `%Y-%m-%d %H-%M-%S`, ms above 1e10, None → fixed text.
pub fn ts(v: Option<i64>) -> Value {
    // F2 turns 0 into the current time; no vector case has a 0 timestamp, so this is not modelled.
    let Some(mut t) = v else {
        return json!("Invalid timestamp");
    };
    if t > 10_000_000_000 {
        t = t.div_euclid(1000);
    }
    let Some(utc) = chrono::DateTime::from_timestamp(t, 0) else {
        return json!("Invalid timestamp");
    };
    let Some(zone) = chrono::FixedOffset::east_opt(8 * 3600) else {
        return Value::Null;
    };
    json!(utc
        .with_timezone(&zone)
        .format("%Y-%m-%d %H-%M-%S")
        .to_string())
}

pub fn s(v: Option<&str>) -> Value {
    v.map_or(Value::Null, |x| json!(x))
}
pub fn st(v: &Option<String>) -> Value {
    s(v.as_deref())
}
pub fn i(v: Option<i64>) -> Value {
    v.map_or(Value::Null, |x| json!(x))
}
pub fn b(v: Option<bool>) -> Value {
    v.map_or(Value::Null, |x| json!(x))
}
pub fn id(v: &Option<Id>) -> Value {
    v.as_ref().map_or(Value::Null, Id::to_json)
}
pub fn flag(v: Option<Flag>) -> Value {
    v.map_or(Value::Null, Flag::to_json)
}
pub fn url0(v: &Option<UrlSet>) -> Value {
    s(first_url(v))
}
pub fn qmap(v: &Option<QualityMap>) -> Value {
    v.as_ref().map_or(Value::Null, QualityMap::to_json)
}
/// F2's list accessor: one value per entry, `None` where the path is absent.
pub fn per<T>(items: &[T], f: impl Fn(&T) -> Value) -> Value {
    Value::Array(items.iter().map(f).collect())
}
pub fn rt_per<T>(items: &[T], f: impl Fn(&T) -> Value) -> Value {
    replace_t(per(items, f))
}
pub fn ts_per<T>(items: &[T], f: impl Fn(&T) -> Option<i64>) -> Value {
    Value::Array(items.iter().map(|x| ts(f(x))).collect())
}

/// F2's value accessor over a `[*]` path: none → None, one → that value, more → list.
pub fn value_accessor(matches: Vec<Value>) -> Value {
    match matches.len() {
        0 => Value::Null,
        1 => matches.into_iter().next().unwrap_or(Value::Null),
        _ => Value::Array(matches),
    }
}

/// F2's `_to_list()`: page extras plus `value[index]` of every other field; a field that cannot
/// be indexed fails the whole call (APIFilterError).
pub fn to_list(fields: &Fields, rule: &ListRule) -> Result<Vec<Fields>, Vec<String>> {
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for index in 0..rule.entries {
        let mut row = Map::new();
        for key in rule.extras {
            row.insert(
                (*key).to_owned(),
                fields.get(*key).cloned().unwrap_or(Value::Null),
            );
        }
        for (key, value) in fields {
            if rule.excluded.contains(&key.as_str()) {
                continue;
            }
            let cell = match value {
                Value::Array(a) => a.get(index).cloned().unwrap_or(Value::Null),
                Value::String(text) => text
                    .chars()
                    .nth(index)
                    .map_or(Value::Null, |c| Value::String(c.to_string())),
                _ => {
                    if !errors.contains(key) {
                        errors.push(key.clone());
                    }
                    continue;
                }
            };
            row.insert(key.clone(), cell);
        }
        rows.push(row);
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

pub fn insert_all(fields: &mut Fields, pairs: Vec<(&str, Value)>) {
    for (k, v) in pairs {
        fields.insert(k.to_owned(), v);
    }
}

impl Built {
    /// A single-record filter: its fields, in F2's order.
    pub fn record(pairs: Vec<(&str, Value)>) -> Built {
        Built {
            fields: fields_of(pairs),
            list: None,
        }
    }

    /// A list filter: its fields, in F2's order, and its `_to_list()` rule.
    pub fn list(pairs: Vec<(&str, Value)>, rule: ListRule) -> Built {
        Built {
            fields: fields_of(pairs),
            list: Some(rule),
        }
    }
}

fn fields_of(pairs: Vec<(&str, Value)>) -> Fields {
    let mut fields = Map::new();
    insert_all(&mut fields, pairs);
    fields
}
