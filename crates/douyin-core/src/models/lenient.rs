//! Tolerant deserialization: Douyin omits, nulls and re-types fields freely, so every model field
//! is optional (or a defaulted list) and a field of the wrong JSON type reads as absent instead of
//! failing the whole body. Ids keep their exact digits whether sent as a number or a string.

use serde::de::Deserializer;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

/// A value that can be read from any JSON value, answering `None` when the shape does not fit.
pub trait FromJson: Sized {
    /// Reads the value; `None` for null or a value of the wrong shape.
    fn from_json(v: Value) -> Option<Self>;
}

/// How one model field is read leniently; implemented for `Option<T>` and `Vec<T>`.
pub trait Lenient: Sized {
    /// Reads the field; a value of the wrong shape becomes the empty answer, never an error.
    fn de<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error>;
}

impl<T: FromJson> Lenient for Option<T> {
    fn de<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(T::from_json(Value::deserialize(d)?))
    }
}

impl<T: FromJson> Lenient for Vec<T> {
    fn de<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Vec::from_json(Value::deserialize(d)?).unwrap_or_default())
    }
}

/// Lists keep the elements that fit (a `null` inside a list of objects is dropped).
impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: Value) -> Option<Self> {
        match v {
            Value::Array(items) => Some(items.into_iter().filter_map(T::from_json).collect()),
            _ => None,
        }
    }
}

/// A list that also accepts a lone object as a one-element list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct OneOrMany<T>(pub Vec<T>);

impl<T: FromJson> FromJson for OneOrMany<T> {
    fn from_json(v: Value) -> Option<Self> {
        match v {
            Value::Array(_) => Vec::from_json(v).map(OneOrMany),
            obj @ Value::Object(_) => Some(OneOrMany(T::from_json(obj).into_iter().collect())),
            _ => None,
        }
    }
}

impl FromJson for String {
    fn from_json(v: Value) -> Option<Self> {
        match v {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

impl FromJson for i64 {
    fn from_json(v: Value) -> Option<Self> {
        match v {
            Value::Number(n) => n.as_i64().or_else(|| {
                n.as_f64()
                    .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
                    .map(|f| f as i64)
            }),
            // Numeric text is common in Douyin bodies ("0", "1718000000").
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        }
    }
}

impl FromJson for bool {
    fn from_json(v: Value) -> Option<Self> {
        match v {
            Value::Bool(b) => Some(b),
            Value::Number(n) => n.as_i64().map(|i| i != 0),
            _ => None,
        }
    }
}

/// Implements [`FromJson`] through the type's own (strict) serde reading.
macro_rules! from_json_via_serde {
    ($($t:ty),* $(,)?) => {
        $(impl $crate::models::lenient::FromJson for $t {
            fn from_json(v: serde_json::Value) -> Option<Self> {
                if v.is_null() {
                    return None;
                }
                serde_json::from_value(v).ok()
            }
        })*
    };
}
pub(crate) use from_json_via_serde;

from_json_via_serde!(Id, Flag);

/// Declares a model struct whose every field is read with [`Lenient`] and defaults when absent;
/// the struct itself reads from any JSON object.
macro_rules! lenient_struct {
    (
        $(#[$m:meta])*
        pub struct $name:ident {
            $( $(#[$fm:meta])* $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$m])*
        #[derive(Debug, Clone, Default, PartialEq, serde::Deserialize, serde::Serialize)]
        pub struct $name {
            $(
                $(#[$fm])*
                #[serde(default, deserialize_with = "crate::models::lenient::Lenient::de")]
                pub $field: $ty,
            )*
        }

        impl $crate::models::lenient::FromJson for $name {
            fn from_json(v: serde_json::Value) -> Option<Self> {
                if !v.is_object() {
                    return None;
                }
                serde_json::from_value(v).ok()
            }
        }
    };
}
pub(crate) use lenient_struct;

/// An identifier that Douyin sends either as text or as a (possibly > 2^53) JSON number; the exact
/// digits are kept and the original form is remembered so it can be written back unchanged.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Id {
    text: String,
    numeric: bool,
}

impl Id {
    /// An id that arrived as text.
    pub fn text(s: impl Into<String>) -> Self {
        Id {
            text: s.into(),
            numeric: false,
        }
    }

    /// The id's digits (or text) exactly as sent.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether Douyin sent this id as a JSON number.
    pub fn was_number(&self) -> bool {
        self.numeric
    }

    /// The id in the JSON form it arrived in (number or string), without precision loss.
    pub fn to_json(&self) -> Value {
        if self.numeric {
            if let Ok(n) = self.text.parse::<u64>() {
                return Value::from(n);
            }
            if let Ok(n) = self.text.parse::<i64>() {
                return Value::from(n);
            }
        }
        Value::String(self.text.clone())
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Value::deserialize(d)? {
            Value::String(text) => Ok(Id {
                text,
                numeric: false,
            }),
            // Floats are refused: a rounded int64 is worse than no id (use the `*_str` twin).
            Value::Number(n) if n.is_u64() || n.is_i64() => Ok(Id {
                text: n.to_string(),
                numeric: true,
            }),
            _ => Err(serde::de::Error::custom(
                "id is neither text nor an integer",
            )),
        }
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

/// A yes/no value Douyin sends as a bool in some bodies and as 0/1 in others; the original form is
/// kept so it can be written back unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flag {
    /// Sent as `true` / `false`.
    Bool(bool),
    /// Sent as an integer (non-zero = yes).
    Int(i64),
}

impl Flag {
    /// The truth value (non-zero integers are true).
    pub fn is_true(self) -> bool {
        match self {
            Flag::Bool(b) => b,
            Flag::Int(i) => i != 0,
        }
    }

    /// The flag in the JSON form it arrived in.
    pub fn to_json(self) -> Value {
        match self {
            Flag::Bool(b) => Value::Bool(b),
            Flag::Int(i) => Value::from(i),
        }
    }
}

impl Default for Flag {
    fn default() -> Self {
        Flag::Bool(false)
    }
}

impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Value::deserialize(d)? {
            Value::Bool(b) => Ok(Flag::Bool(b)),
            Value::Number(n) => match n.as_i64() {
                Some(i) => Ok(Flag::Int(i)),
                None => Ok(Flag::Int(i64::from(n.as_f64().is_some_and(|f| f != 0.0)))),
            },
            Value::String(s) => match s.as_str() {
                "true" => Ok(Flag::Bool(true)),
                "false" => Ok(Flag::Bool(false)),
                other => other
                    .parse::<i64>()
                    .map(Flag::Int)
                    .map_err(|_| serde::de::Error::custom("flag text is not 0/1/true/false")),
            },
            _ => Err(serde::de::Error::custom("flag is not a bool or a number")),
        }
    }
}

impl Serialize for Flag {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Flag::Bool(b) => s.serialize_bool(b),
            Flag::Int(i) => s.serialize_i64(i),
        }
    }
}

/// `true` when the optional flag is present and true.
pub fn flag_true(f: Option<Flag>) -> bool {
    f.is_some_and(Flag::is_true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    lenient_struct! {
        /// Test shape.
        pub struct Probe {
            /// An id.
            id: Option<Id>,
            /// A count.
            n: Option<i64>,
            /// A flag.
            more: Option<Flag>,
            /// A list.
            items: Vec<String>,
            /// An optional list.
            maybe: Option<Vec<i64>>,
        }
    }

    fn probe(v: serde_json::Value) -> Probe {
        serde_json::from_value(v).expect("lenient structs accept any object")
    }

    #[test]
    fn ids_beyond_2_pow_53_keep_every_digit_and_their_form() {
        let p = probe(json!({"id": 7253290130763467557u64}));
        let id = p.id.expect("id");
        assert_eq!(id.as_str(), "7253290130763467557");
        assert!(id.was_number());
        assert_eq!(id.to_json(), json!(7253290130763467557u64));
        let p = probe(json!({"id": "7253290130763467557"}));
        assert_eq!(
            p.id.map(|i| i.to_json()),
            Some(json!("7253290130763467557"))
        );
    }

    #[test]
    fn wrong_types_and_nulls_read_as_absent() {
        let p = probe(json!({"id": 1.5, "n": "x", "more": null, "items": null, "maybe": {"a": 1}}));
        assert_eq!(p, Probe::default());
        let p = probe(json!({"items": ["a", null, "b"], "maybe": null, "unknown": 1}));
        let q = probe(json!({"n": "42", "maybe": [1, null, "2", 3]}));
        assert_eq!((q.n, q.maybe), (Some(42), Some(vec![1, 2, 3])));
        assert_eq!(p.items, vec!["a", "b"]);
        assert_eq!(p.maybe, None);
    }

    #[test]
    fn has_more_accepts_ints_bools_and_text() {
        for (v, want) in [
            (json!(1), true),
            (json!(0), false),
            (json!(true), true),
            (json!("false"), false),
        ] {
            let p = probe(json!({ "more": v }));
            assert_eq!(flag_true(p.more), want, "{v}");
        }
        assert_eq!(
            probe(json!({"more": 1})).more.map(Flag::to_json),
            Some(json!(1))
        );
        assert_eq!(
            probe(json!({"more": false})).more.map(Flag::to_json),
            Some(json!(false))
        );
    }
}
