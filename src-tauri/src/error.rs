//! The one error shape every command returns: a stable `kind` the UI switches on, and a message
//! that says what to do next.

use douyin_core::ErrorKind;
use serde::Serialize;

/// A command failure as the UI receives it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CommandError {
    /// Stable classification (`douyin_core::ErrorKind`, snake_case on the wire); the UI shows
    /// its own localised text per kind (`errkind.<kind>` in `ui/js/i18n.js`).
    #[ts(as = "crate::bindings::ErrorKindTs")]
    pub kind: ErrorKind,
    /// Human-readable explanation, never containing cookies or signed URLs.
    pub message: String,
}

impl CommandError {
    /// Input the user gave that cannot be used.
    pub fn invalid_input(message: impl Into<String>) -> Self {
        Self {
            kind: ErrorKind::InvalidInput,
            message: message.into(),
        }
    }

    /// A failure of this app's own work (a file it writes, a window it opens).
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
        }
    }
}

/// Every crate error with a `kind()` maps the same way: its kind, and its message (which the
/// crates keep free of cookies and signed URLs).
macro_rules! classified {
    ($($t:ty),*) => {$(
        impl From<$t> for CommandError {
            fn from(e: $t) -> Self {
                Self { kind: e.kind(), message: e.to_string() }
            }
        }
    )*};
}
classified!(
    douyin_core::Error,
    douyin_core::link::LinkError,
    douyin_download::DownloadError,
    douyin_store::StoreError,
    douyin_auth::AuthError
);

impl From<tauri::Error> for CommandError {
    fn from(e: tauri::Error) -> Self {
        Self::new(ErrorKind::Io, format!("the window system failed: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The UI's strings, split into the Chinese and the English table.
    fn ui_tables() -> (&'static str, &'static str) {
        let text = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/ui/js/i18n.js"));
        let en = text.find("\n  en: {").expect("i18n.js has an `en` table");
        let zh = text.find("\n  zh: {").expect("i18n.js has a `zh` table");
        assert!(zh < en, "the zh table comes first");
        (&text[zh..en], &text[en..])
    }

    #[test]
    fn the_ui_has_a_message_in_both_languages_for_every_error_kind() {
        let (zh, en) = ui_tables();
        let mut missing = Vec::new();
        for kind in ErrorKind::ALL {
            let wire = serde_json::to_value(kind).expect("kind serialises");
            let key = format!("'errkind.{}':", wire.as_str().expect("a string"));
            for (lang, table) in [("zh", zh), ("en", en)] {
                if !table.contains(&key) {
                    missing.push(format!("{lang} {key}"));
                }
            }
        }
        assert!(missing.is_empty(), "ui/js/i18n.js lacks {missing:?}");
    }

    #[test]
    fn core_errors_keep_their_kind_on_the_wire() {
        let e: CommandError = douyin_core::Error::NotLive {
            room_id: "1".into(),
            status: 4,
        }
        .into();
        let wire = serde_json::to_value(&e).expect("serialises");
        assert_eq!(wire["kind"], "not_live");
        assert!(wire["message"]
            .as_str()
            .is_some_and(|m| m.contains("not live")));
    }
}
