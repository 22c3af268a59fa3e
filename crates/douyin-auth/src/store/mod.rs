//! Where a session is kept: the OS keyring when one works, else an owner-only file in the app's
//! data dir; the backend can also be forced (`file` for tests and headless machines, `keyring`
//! to refuse the fallback). Never the history DB, logs or JSON output. Keyring calls block
//! (D-Bus on Linux): the app should call these from a blocking task.

mod file;
mod format;
mod keyring;

pub use file::SESSION_FILE;
pub use keyring::SERVICE as KEYRING_SERVICE;

use crate::session::Session;
use crate::AuthError;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Which backend to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StoreChoice {
    /// The keyring when it works, else the file.
    #[default]
    Auto,
    /// The keyring only (an error when it is unavailable).
    Keyring,
    /// The file only (the keyring is never touched).
    File,
}

impl std::str::FromStr for StoreChoice {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Ok(StoreChoice::Auto),
            "keyring" => Ok(StoreChoice::Keyring),
            "file" => Ok(StoreChoice::File),
            _ => Err(format!(
                "unknown session store `{s}` (auto, keyring or file)"
            )),
        }
    }
}

/// Where a session was found or put.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "backend", rename_all = "snake_case")]
pub enum StoredIn {
    /// The OS keyring.
    Keyring,
    /// The owner-only file.
    File {
        /// Its path.
        path: PathBuf,
        /// Why the keyring was not used, when it was tried.
        #[serde(skip_serializing_if = "Option::is_none")]
        keyring_unavailable: Option<String>,
    },
}

/// The session store of one data dir.
#[derive(Debug, Clone)]
pub struct SessionStore {
    choice: StoreChoice,
    path: PathBuf,
    service: String,
}

impl SessionStore {
    /// The store for the app's data dir (the file is `<data_dir>/session.json`).
    pub fn new(data_dir: impl AsRef<Path>, choice: StoreChoice) -> Self {
        Self {
            choice,
            path: data_dir.as_ref().join(SESSION_FILE),
            service: keyring::SERVICE.to_owned(),
        }
    }

    /// The same store under another keyring service name (tests, or a second profile), so it
    /// never touches the app's entry.
    pub fn with_keyring_service(mut self, service: impl Into<String>) -> Self {
        self.service = service.into();
        self
    }

    /// The backend choice.
    pub fn choice(&self) -> StoreChoice {
        self.choice
    }

    /// The path of the file backend.
    pub fn file_path(&self) -> &Path {
        &self.path
    }

    /// Saves `session`, replacing the stored one. In `Auto`, a keyring save also removes a
    /// file left by an earlier fallback, so only one copy exists.
    ///
    /// # Errors
    /// [`AuthError::Store`] when the file cannot be written; [`AuthError::KeyringUnavailable`]
    /// in `Keyring` mode without a keyring.
    pub fn save(&self, session: &Session) -> Result<StoredIn, AuthError> {
        let text = format::encode(session);
        match self.choice {
            StoreChoice::File => self.save_file(&text, None),
            StoreChoice::Keyring => keyring::save(&self.service, &text).map(|()| StoredIn::Keyring),
            StoreChoice::Auto => match keyring::save(&self.service, &text) {
                Ok(()) => {
                    file::remove(&self.path)?;
                    Ok(StoredIn::Keyring)
                }
                Err(e) => self.save_file(&text, Some(reason(e))),
            },
        }
    }

    /// The stored session, if any. In `Auto` the keyring is asked first, then the file.
    ///
    /// # Errors
    /// [`AuthError::Store`] for an unreadable or damaged session;
    /// [`AuthError::KeyringUnavailable`] in `Keyring` mode without a keyring.
    pub fn load(&self) -> Result<Option<(Session, StoredIn)>, AuthError> {
        let from_keyring =
            |text: String| decode(&text, "the keyring").map(|s| Some((s, StoredIn::Keyring)));
        match self.choice {
            StoreChoice::File => self.load_file(),
            StoreChoice::Keyring => match keyring::load(&self.service)? {
                keyring::Found::Text(t) => from_keyring(t),
                keyring::Found::Nothing => Ok(None),
            },
            StoreChoice::Auto => match keyring::load(&self.service) {
                Ok(keyring::Found::Text(t)) => from_keyring(t),
                Ok(keyring::Found::Nothing) | Err(_) => self.load_file(),
            },
        }
    }

    /// Deletes the stored session (logout); `true` if one was there. `Auto` clears both
    /// backends.
    ///
    /// # Errors
    /// [`AuthError::Store`] when the file cannot be removed; [`AuthError::KeyringUnavailable`]
    /// in `Keyring` mode without a keyring.
    pub fn delete(&self) -> Result<bool, AuthError> {
        match self.choice {
            StoreChoice::File => file::remove(&self.path),
            StoreChoice::Keyring => keyring::delete(&self.service),
            StoreChoice::Auto => {
                // No keyring service means nothing was kept there.
                let in_keyring = keyring::delete(&self.service).unwrap_or(false);
                Ok(file::remove(&self.path)? || in_keyring)
            }
        }
    }

    fn save_file(
        &self,
        text: &str,
        keyring_unavailable: Option<String>,
    ) -> Result<StoredIn, AuthError> {
        file::write_private(&self.path, text)?;
        Ok(StoredIn::File {
            path: self.path.clone(),
            keyring_unavailable,
        })
    }

    fn load_file(&self) -> Result<Option<(Session, StoredIn)>, AuthError> {
        let Some(text) = file::read(&self.path)? else {
            return Ok(None);
        };
        let backend = self.path.display().to_string();
        let session = decode(&text, &backend)?;
        Ok(Some((
            session,
            StoredIn::File {
                path: self.path.clone(),
                keyring_unavailable: None,
            },
        )))
    }
}

/// Writes a non-secret JSON file (health) with the same atomic, owner-only write.
pub(crate) fn write_file(path: &Path, text: &str) -> Result<(), AuthError> {
    file::write_private(path, text)
}

/// Reads a small file written by [`write_file`].
pub(crate) fn read_file(path: &Path) -> Result<Option<String>, AuthError> {
    file::read(path)
}

/// Removes a file written by [`write_file`].
pub(crate) fn remove_file(path: &Path) -> Result<bool, AuthError> {
    file::remove(path)
}

fn decode(text: &str, backend: &str) -> Result<Session, AuthError> {
    format::decode(text).map_err(|reason| AuthError::Store {
        backend: backend.to_owned(),
        action: "read",
        reason,
    })
}

fn reason(e: AuthError) -> String {
    match e {
        AuthError::KeyringUnavailable { reason } => reason,
        other => other.to_string(),
    }
}
