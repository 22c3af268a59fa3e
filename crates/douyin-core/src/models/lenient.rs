//! Tolerant deserialization: Douyin omits, nulls and re-types fields freely, so every model field
//! is optional (or a defaulted list) and a field of the wrong JSON type reads as absent instead of
//! failing the whole body. Ids keep their exact digits whether sent as a number or a string.

use serde::de::{DeserializeOwned, Deserializer};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

/// How one model field is read leniently; implemented for `Option<T>` and `Vec<T>`.
pub trait Lenient: Sized {
    /// Reads the field; a value of the wrong shape becomes the empty answer, never an error.
    fn de<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error>;
}

impl<T: DeserializeOwned> Lenient for Option<T> {
    fn de<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        Ok(serde_json::from_value(v).ok())
    }
}

impl<T: DeserializeOwned> Lenient for Vec<T> {
    fn de<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(list_from(Value::deserialize(d)?).unwrap_or_default())
    }
}

/// An optional list that also accepts a lone object as a one-element list, and keeps "absent or
/// null" (`None`) apart from "empty" (`Some(vec![])`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct OneOrMany<T>(pub Vec<T>);

impl<'de, T: DeserializeOwned> Deserialize<'de> for OneOrMany<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match list_from(Value::deserialize(d)?) {
            Some(v) => Ok(OneOrMany(v)),
            None => Err(serde::de::Error::custom("neither a list nor an object")),
        }
    }
}

/// Elements that do not fit `T` (e.g. a `null` inside a list of objects) are dropped.
fn list_from<T: DeserializeOwned>(v: Value) -> Option<Vec<T>> {
    match v {
        Value::Array(items) => Some(
            items
                .into_iter()
                .filter_map(|x| serde_json::from_value(x).ok())
                .collect(),
        ),
        obj @ Value::Object(_) => Some(serde_json::from_value(obj).ok().into_iter().collect()),
        _ => None,
    }
}

/// Declares a model struct whose every field is read with [`Lenient`] and defaults when absent.
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
            _ => Err(serde::de::Error::custom("id is neither text nor an integer")),
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
