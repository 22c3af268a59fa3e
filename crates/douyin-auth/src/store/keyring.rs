//! The OS keyring backend: one entry (service [`SERVICE`] unless told otherwise, user
//! `session`) holding the stored session text. Every failure is mapped to our own words, since the keyring's error
//! values may carry the secret's bytes.

use crate::AuthError;

/// The keyring service the app and the CLI share.
pub const SERVICE: &str = "douyin-archiver";
const USER: &str = "session";

/// What a keyring read found.
pub(crate) enum Found {
    /// The stored text.
    Text(String),
    /// No entry.
    Nothing,
}

fn entry(service: &str) -> Result<keyring::Entry, AuthError> {
    keyring::Entry::new(service, USER).map_err(unavailable)
}

pub(crate) fn save(service: &str, text: &str) -> Result<(), AuthError> {
    entry(service)?.set_password(text).map_err(unavailable)
}

pub(crate) fn load(service: &str) -> Result<Found, AuthError> {
    match entry(service)?.get_password() {
        Ok(text) => Ok(Found::Text(text)),
        Err(keyring::Error::NoEntry) => Ok(Found::Nothing),
        Err(e) => Err(unavailable(e)),
    }
}

/// `true` if an entry was removed.
pub(crate) fn delete(service: &str) -> Result<bool, AuthError> {
    match entry(service)?.delete_credential() {
        Ok(()) => Ok(true),
        Err(keyring::Error::NoEntry) => Ok(false),
        Err(e) => Err(unavailable(e)),
    }
}

fn unavailable(e: keyring::Error) -> AuthError {
    let reason = match e {
        keyring::Error::PlatformFailure(inner) => format!("the keyring service failed: {inner}"),
        keyring::Error::NoStorageAccess(inner) => {
            format!("no keyring service can be reached: {inner}")
        }
        keyring::Error::TooLong(what, max) => {
            format!("the {what} is longer than the keyring's limit of {max}")
        }
        keyring::Error::BadEncoding(_) => "the keyring entry is not text".into(),
        keyring::Error::Invalid(what, why) => format!("the keyring refused the {what}: {why}"),
        keyring::Error::Ambiguous(_) => "several keyring entries match".into(),
        keyring::Error::NoEntry => "no keyring entry".into(),
        _ => "the keyring failed".into(),
    };
    AuthError::KeyringUnavailable { reason }
}
