//! The stored login as every command sees it: where the data dir is (`--data-dir`, else
//! `DOUYIN_DATA_DIR`, else the platform data dir + `douyin-archiver`), which store holds the
//! session (`--store`, else `DOUYIN_SESSION_STORE`, else auto), and the one rule for the cookie
//! a command sends: `--cookie` / `DOUYIN_COOKIE` when given, else the stored session's.

use clap::Args;
use douyin_auth::{HealthLog, Session, SessionHealth, SessionStore, StoreChoice};
use douyin_core::Error;
use std::path::PathBuf;

/// The app's folder name inside the platform data dir (shared with the desktop app).
const APP_DIR: &str = "douyin-archiver";

/// Where the login lives.
#[derive(Debug, Clone, Args)]
pub struct SessionArgs {
    /// The folder of the stored login (default: the env var DOUYIN_DATA_DIR, else
    /// $XDG_DATA_HOME/douyin-archiver or the platform's data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Where the login is kept: auto (the system keyring, else an owner-only file in the data
    /// folder), keyring or file (default: the env var DOUYIN_SESSION_STORE, else auto).
    #[arg(long, global = true, value_name = "STORE")]
    pub store: Option<StoreChoice>,
}

impl SessionArgs {
    /// The data dir.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] when no data dir is given and the platform has none.
    pub fn data_dir(&self) -> Result<PathBuf, Error> {
        if let Some(dir) = self
            .data_dir
            .clone()
            .or_else(|| env_path("DOUYIN_DATA_DIR"))
        {
            return Ok(dir);
        }
        dirs::data_dir().map(|d| d.join(APP_DIR)).ok_or_else(|| {
            Error::InvalidInput("no data folder is known on this system; pass --data-dir".into())
        })
    }

    /// The session store.
    ///
    /// # Errors
    /// As [`Self::data_dir`], or an unknown DOUYIN_SESSION_STORE.
    pub fn store(&self) -> Result<SessionStore, Error> {
        let choice = match self.store {
            Some(c) => c,
            None => match std::env::var("DOUYIN_SESSION_STORE") {
                Ok(v) if !v.trim().is_empty() => v.parse().map_err(|e: String| {
                    Error::InvalidInput(format!("DOUYIN_SESSION_STORE: {e}"))
                })?,
                _ => StoreChoice::Auto,
            },
        };
        Ok(SessionStore::new(self.data_dir()?, choice))
    }

    /// The health kept beside the session.
    ///
    /// # Errors
    /// As [`Self::data_dir`].
    pub fn health_log(&self) -> Result<HealthLog, Error> {
        Ok(HealthLog::new(self.data_dir()?))
    }
}

fn env_path(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// The cookie a command sends, and whether it is the stored session's.
#[derive(Debug)]
pub struct CommandCookie {
    /// The `Cookie` header value (empty: none).
    pub header: String,
    /// The health log to report session problems to, when the cookie is the stored session's.
    pub stored: Option<HealthLog>,
}

impl CommandCookie {
    /// `--cookie`/`DOUYIN_COOKIE` when given, else the stored session's cookie. A stored session
    /// that cannot be read is reported on stderr and the command goes on logged out.
    pub fn resolve(flag: Option<String>, args: &SessionArgs) -> Self {
        if let Some(cookie) = flag.or_else(|| std::env::var("DOUYIN_COOKIE").ok()) {
            return Self {
                header: cookie,
                stored: None,
            };
        }
        let loaded = args
            .store()
            .map_err(douyin_auth::AuthError::from)
            .and_then(|store| store.load());
        match loaded {
            Ok(Some((session, _))) => Self {
                header: session.cookie_header(),
                stored: args.health_log().ok(),
            },
            Ok(None) => Self::none(),
            Err(e) => {
                eprintln!("warning: the stored login could not be read ({e}); going on without it");
                Self::none()
            }
        }
    }

    fn none() -> Self {
        Self {
            header: String::new(),
            stored: None,
        }
    }

    /// Remembers a failure that says something about the stored session (login required,
    /// captcha, risk control) for `douyin whoami` and the app.
    pub fn record(&self, error: &Error, now_ms: u64) {
        let Some(log) = &self.stored else { return };
        let mut health = log.load().unwrap_or_else(SessionHealth::unchecked);
        if health.record_error(error, now_ms) {
            // Health is advisory: a failure to keep it must not mask the command's error.
            let _ = log.save(&health);
        }
    }
}

/// Now, for the records the CLI keeps (the shell reads the clock; the libraries never do).
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// Keeps a new session; its health is green when it was `checked`, else unchecked.
///
/// # Errors
/// The store's errors.
pub fn keep(
    args: &SessionArgs,
    session: &Session,
    checked: bool,
) -> Result<douyin_auth::StoredIn, douyin_auth::AuthError> {
    let stored = args.store()?.save(session)?;
    let log = args.health_log()?;
    // The last problem stays as history; the state says it is over.
    let mut health = log.load().unwrap_or_else(SessionHealth::unchecked);
    if checked {
        health.logged_in(now_ms());
    } else {
        health.state = douyin_auth::HealthState::Unchecked;
    }
    log.save(&health)?;
    Ok(stored)
}

/// Connection options of the login commands.
#[derive(Debug, Clone, Args)]
pub struct ConnectArgs {
    /// One origin serving every Douyin host (e.g. the local emulator); default: the env var
    /// DOUYIN_API_BASE, else the real hosts.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// An http:// or https:// proxy for all requests.
    #[arg(long, value_name = "URL")]
    pub proxy: Option<crate::secret::ProxyUrl>,
    /// Timeout of one request, in ms.
    #[arg(long, value_name = "MS", default_value_t = 10_000)]
    pub timeout_ms: u64,
}

impl ConnectArgs {
    /// A client sending `cookie`.
    ///
    /// # Errors
    /// [`Error::Proxy`] or [`Error::InvalidInput`] for unusable settings.
    pub fn client(&self, cookie: String) -> Result<douyin_core::client::DouyinClient, Error> {
        let base_url = self
            .base_url
            .clone()
            .or_else(|| std::env::var("DOUYIN_API_BASE").ok())
            .filter(|b| !b.trim().is_empty());
        let config = douyin_core::client::ClientConfig {
            base_url,
            cookie,
            proxy: self.proxy.clone().map(crate::secret::ProxyUrl::into_inner),
            timeout_ms: self.timeout_ms,
            ..douyin_core::client::ClientConfig::default()
        };
        douyin_core::client::DouyinClient::new(config, douyin_core::client::ClientWorld::system())
    }
}
