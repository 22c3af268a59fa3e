//! Shapes shared by many bodies: the `{uri, url_list, width, height}` media object and the
//! typed-plus-raw wrapper every parsed response comes in.

use super::lenient::lenient_struct;
use serde::de::DeserializeOwned;
use serde_json::Value;

lenient_struct! {
    /// A Douyin media reference: one resource served from several mirror URLs.
    pub struct UrlSet {
        /// Storage key of the resource.
        uri: Option<String>,
        /// Mirror URLs, best first.
        url_list: Vec<String>,
        /// Watermarked variants (image posts).
        download_url_list: Vec<String>,
        /// Pixel width.
        width: Option<i64>,
        /// Pixel height.
        height: Option<i64>,
        /// Size in bytes, when given.
        data_size: Option<i64>,
        /// Key naming codec/gear/bitrate (`<uri>_h264_1080p_<bitrate>`).
        url_key: Option<String>,
        /// Content hash, when given.
        file_hash: Option<String>,
    }
}

impl UrlSet {
    /// The first mirror URL.
    pub fn first(&self) -> Option<&str> {
        self.url_list.first().map(String::as_str)
    }
}

/// The first mirror of an optional media reference.
pub fn first_url(set: &Option<UrlSet>) -> Option<&str> {
    set.as_ref().and_then(UrlSet::first)
}

/// Why a body could not be turned into a model at all (individual fields never fail).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ModelError {
    /// The body is not JSON (typically an HTML verify/captcha page).
    #[error("response body is not JSON: {0}")]
    NotJson(String),
    /// The body is JSON but not an object of the expected kind (e.g. an array or a string).
    #[error("response JSON has an unexpected shape: {0}")]
    Shape(String),
}

/// A classification of [`ModelError`] callers can branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ModelErrorKind {
    /// Not JSON.
    NotJson,
    /// JSON of the wrong shape.
    Shape,
}

impl ModelError {
    /// The classification of this error.
    pub fn kind(&self) -> ModelErrorKind {
        match self {
            ModelError::NotJson(_) => ModelErrorKind::NotJson,
            ModelError::Shape(_) => ModelErrorKind::Shape,
        }
    }
}

/// A parsed response: the typed view plus the untouched JSON it was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed<T> {
    /// The JSON exactly as received.
    pub raw: Value,
    /// The typed, tolerant view.
    pub typed: T,
}

impl<T: DeserializeOwned> Parsed<T> {
    /// Reads a body from its bytes.
    pub fn from_slice(body: &[u8]) -> Result<Self, ModelError> {
        let raw: Value =
            serde_json::from_slice(body).map_err(|e| ModelError::NotJson(e.to_string()))?;
        Self::from_value(raw)
    }

    /// Reads a body from already-parsed JSON.
    pub fn from_value(raw: Value) -> Result<Self, ModelError> {
        let typed = T::deserialize(&raw).map_err(|e| ModelError::Shape(e.to_string()))?;
        Ok(Parsed { raw, typed })
    }
}
