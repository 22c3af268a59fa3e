//! The one error shape every command returns: a stable `kind` the UI switches on, and a message
//! that says what to do next.

use serde::Serialize;

/// A command failure as the UI receives it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct CommandError {
    /// Stable classification (`douyin_core::ErrorKind` in snake_case).
    pub kind: String,
    /// Human-readable explanation, never containing cookies or signed URLs.
    pub message: String,
}

impl CommandError {
    /// Input the user gave that cannot be used.
    pub fn invalid_input(message: impl Into<String>) -> Self {
        Self {
            kind: "invalid_input".into(),
            message: message.into(),
        }
    }
}

impl From<douyin_core::Error> for CommandError {
    fn from(e: douyin_core::Error) -> Self {
        let kind = serde_json::to_value(e.kind())
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_else(|| "unknown".into());
        Self {
            kind,
            message: e.to_string(),
        }
    }
}
