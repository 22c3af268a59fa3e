//! The proto-JSON view of webcast messages, printed the way python protobuf's `MessageToJson`
//! prints them with `preserving_proto_field_name=True`: declared field names, int64 as strings,
//! bytes as base64, enums by name, default values and unset messages omitted.

use serde_json::{Map, Number, Value};
use std::collections::HashMap;
use std::hash::Hash;

/// A message that can render itself as protobuf JSON (the sample `.expected.json` format).
pub trait ProtoJson {
    /// The JSON object python protobuf would print for this message.
    fn to_proto_json(&self) -> Value;
}

/// Renders a nested message value.
pub fn msg_value<T: ProtoJson>(v: &T) -> Value {
    v.to_proto_json()
}

/// int32 values are JSON numbers.
pub fn int32_value(v: &i32) -> Value {
    Value::from(*v)
}

/// int64 values are JSON strings, so JavaScript consumers keep every digit.
pub fn int64_value(v: &i64) -> Value {
    Value::String(v.to_string())
}

/// bool values are JSON booleans.
pub fn bool_value(v: &bool) -> Value {
    Value::Bool(*v)
}

/// string values are JSON strings.
// Takes `&String` because repeated/map fields hand out `&String` elements.
#[allow(clippy::ptr_arg)]
pub fn string_value(v: &String) -> Value {
    Value::String(v.clone())
}

/// A string field kept as raw bytes renders as its text (validated UTF-8 after decoding;
/// lossy only for hand-built values).
pub fn str_bytes_value(v: &bytes::Bytes) -> Value {
    Value::String(String::from_utf8_lossy(v).into_owned())
}

/// bytes values are standard base64 with padding.
pub fn bytes_value<B: AsRef<[u8]>>(v: &B) -> Value {
    Value::String(base64_standard(v.as_ref()))
}

/// double values print as numbers; non-finite values use the protobuf JSON spellings.
pub fn double_value(v: &f64) -> Value {
    float_json(*v)
}

/// float values print as the shortest decimal that round-trips at 32-bit precision, as
/// python protobuf does, so `0.1f32` prints `0.1` and not its widened `f64` expansion.
pub fn float_value(v: &f32) -> Value {
    if !v.is_finite() {
        return float_json(f64::from(*v));
    }
    let shortest: f64 = v.to_string().parse().unwrap_or(f64::from(*v));
    float_json(shortest)
}

fn float_json(v: f64) -> Value {
    if v.is_nan() {
        Value::String("NaN".into())
    } else if v.is_infinite() {
        Value::String(if v > 0.0 { "Infinity" } else { "-Infinity" }.into())
    } else {
        Number::from_f64(v).map_or(Value::Null, Value::Number)
    }
}

/// An enum value by its declared name, or its number when the value is not declared.
pub fn enum_value(v: i32, name: fn(i32) -> Option<&'static str>) -> Value {
    name(v).map_or_else(|| Value::from(v), |n| Value::String(n.into()))
}

/// Map keys are always JSON strings.
#[allow(clippy::ptr_arg)]
pub fn string_key(k: &String) -> String {
    k.clone()
}

/// int64 map keys print as decimal strings.
pub fn int64_key(k: &i64) -> String {
    k.to_string()
}

/// int32 map keys print as decimal strings.
pub fn int32_key(k: &i32) -> String {
    k.to_string()
}

/// bool map keys print as `true` / `false`.
pub fn bool_key(k: &bool) -> String {
    k.to_string()
}

/// Puts an int32 unless it is 0.
pub fn put_int32(m: &mut Map<String, Value>, name: &str, v: &i32) {
    if *v != 0 {
        m.insert(name.into(), int32_value(v));
    }
}

/// Puts an int64 unless it is 0.
pub fn put_int64(m: &mut Map<String, Value>, name: &str, v: &i64) {
    if *v != 0 {
        m.insert(name.into(), int64_value(v));
    }
}

/// Puts a bool unless it is false.
pub fn put_bool(m: &mut Map<String, Value>, name: &str, v: &bool) {
    if *v {
        m.insert(name.into(), Value::Bool(true));
    }
}

/// Puts a string unless it is empty.
pub fn put_string(m: &mut Map<String, Value>, name: &str, v: &str) {
    if !v.is_empty() {
        m.insert(name.into(), Value::String(v.into()));
    }
}

/// Puts a raw-bytes string field unless it is empty.
pub fn put_str_bytes(m: &mut Map<String, Value>, name: &str, v: &bytes::Bytes) {
    if !v.is_empty() {
        m.insert(name.into(), str_bytes_value(v));
    }
}

/// Puts bytes unless they are empty.
pub fn put_bytes<B: AsRef<[u8]>>(m: &mut Map<String, Value>, name: &str, v: &B) {
    if !v.as_ref().is_empty() {
        m.insert(name.into(), bytes_value(v));
    }
}

/// Puts a double unless it is 0.
pub fn put_double(m: &mut Map<String, Value>, name: &str, v: &f64) {
    if *v != 0.0 {
        m.insert(name.into(), double_value(v));
    }
}

/// Puts a float unless it is 0.
pub fn put_float(m: &mut Map<String, Value>, name: &str, v: &f32) {
    if *v != 0.0 {
        m.insert(name.into(), float_value(v));
    }
}

/// Puts an enum unless it is 0.
pub fn put_enum(
    m: &mut Map<String, Value>,
    name: &str,
    v: i32,
    names: fn(i32) -> Option<&'static str>,
) {
    if v != 0 {
        m.insert(name.into(), enum_value(v, names));
    }
}

/// Puts a message when it is set (an empty but set message prints as `{}`).
pub fn put_message<T: ProtoJson>(m: &mut Map<String, Value>, name: &str, v: Option<&T>) {
    if let Some(v) = v {
        m.insert(name.into(), v.to_proto_json());
    }
}

/// Puts a repeated field unless it is empty; elements print even when default.
pub fn put_repeated<T>(m: &mut Map<String, Value>, name: &str, v: &[T], f: impl Fn(&T) -> Value) {
    if !v.is_empty() {
        m.insert(name.into(), Value::Array(v.iter().map(f).collect()));
    }
}

/// Puts a map unless it is empty.
pub fn put_map<K: Eq + Hash, V>(
    m: &mut Map<String, Value>,
    name: &str,
    v: &HashMap<K, V>,
    key: fn(&K) -> String,
    val: impl Fn(&V) -> Value,
) {
    if !v.is_empty() {
        let obj: Map<String, Value> = v.iter().map(|(k, x)| (key(k), val(x))).collect();
        m.insert(name.into(), Value::Object(obj));
    }
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// RFC 4648 base64 with padding (what protobuf JSON uses for `bytes`).
pub fn base64_standard(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(BASE64[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648_examples() {
        assert_eq!(base64_standard(b""), "");
        assert_eq!(base64_standard(b"f"), "Zg==");
        assert_eq!(base64_standard(b"fo"), "Zm8=");
        assert_eq!(base64_standard(b"foo"), "Zm9v");
        assert_eq!(base64_standard(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn float_prints_shortest_32_bit_form() {
        assert_eq!(float_value(&0.1f32), serde_json::json!(0.1));
        assert_eq!(float_value(&f32::INFINITY), serde_json::json!("Infinity"));
        assert_eq!(int64_value(&-5), serde_json::json!("-5"));
    }
}
