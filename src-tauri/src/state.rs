//! What every command shares: the launch settings (read once from the environment by the
//! shell; the core never reads it), the user's settings, the stored session, and the running
//! services (client, data methods, engine). A login or logout swaps the shared client's cookie
//! in place; a connection setting swaps the services for new ones built from the new settings
//! (the old engine is shut down cleanly first and the new one restores the queue), so no
//! restart is needed.

use crate::settings::Settings;
use douyin_auth::{HealthLog, Session, SessionHealth, SessionStore, StoreChoice};
use douyin_core::api::Douyin;
use douyin_core::client::{ClientWorld, DouyinClient};
use douyin_download::Engine;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use tokio::sync::watch;

/// Settings the app starts with, from the environment.
#[derive(Debug, Clone, Default)]
pub struct LaunchSettings {
    /// One origin for every Douyin host (the emulator for the offline demo); `None` = Douyin.
    pub api_base: Option<String>,
    /// Where settings, the session and its health live; `None` = the app's data dir.
    pub data_dir: Option<PathBuf>,
    /// The library root when the settings name none; `None` = Downloads/Douyin.
    pub download_dir: Option<PathBuf>,
    /// Where the session is kept (`auto`, `keyring`, `file`).
    pub session_store: Option<StoreChoice>,
}

fn env_text(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl LaunchSettings {
    /// Reads `DOUYIN_API_BASE`, `DOUYIN_DATA_DIR`, `DOUYIN_DOWNLOAD_DIR` and
    /// `DOUYIN_SESSION_STORE` (empty means unset; an unknown store choice means auto).
    pub fn from_env() -> Self {
        Self {
            api_base: env_text("DOUYIN_API_BASE"),
            data_dir: env_text("DOUYIN_DATA_DIR").map(PathBuf::from),
            download_dir: env_text("DOUYIN_DOWNLOAD_DIR").map(PathBuf::from),
            session_store: env_text("DOUYIN_SESSION_STORE").and_then(|v| v.parse().ok()),
        }
    }
}

/// The folders the app works in, fixed at start.
#[derive(Debug, Clone)]
pub struct Paths {
    /// Settings, session file fallback, session health.
    pub data_dir: PathBuf,
    /// The library root when the settings name none.
    pub default_root: PathBuf,
}

impl Paths {
    /// The settings file (kept by `tauri-plugin-store`).
    pub fn settings_file(&self) -> PathBuf {
        self.data_dir.join("settings.json")
    }
}

/// The running client, data methods and engine, built together from one cookie and one set
/// of settings.
pub struct Services {
    /// The HTTP client.
    pub client: DouyinClient,
    /// The data methods over it.
    pub api: Douyin<DouyinClient>,
    /// The download engine of the library.
    pub engine: Engine,
}

impl Services {
    /// Builds the client and opens the library's engine (which restores its queue).
    ///
    /// # Errors
    /// An unusable proxy or base URL; a library that cannot be opened.
    pub async fn open(
        launch: &LaunchSettings,
        paths: &Paths,
        settings: &Settings,
        cookie: String,
    ) -> Result<Self, crate::error::CommandError> {
        let client = DouyinClient::new(
            settings.client_config(launch.api_base.clone(), cookie),
            ClientWorld::system(),
        )?;
        let root = settings.root(&paths.default_root);
        std::fs::create_dir_all(&root).map_err(|e| {
            crate::error::CommandError::new(
                douyin_core::ErrorKind::Io,
                format!(
                    "the download folder {} cannot be created ({e}); choose another in Settings",
                    root.display()
                ),
            )
        })?;
        let engine = Engine::open(settings.engine_config(root), client.clone()).await?;
        Ok(Self {
            api: Douyin::new(client.clone()),
            client,
            engine,
        })
    }
}

/// Managed state.
pub struct AppState {
    /// From the environment.
    pub launch: LaunchSettings,
    /// The folders.
    pub paths: Paths,
    settings: Mutex<Settings>,
    services: RwLock<Arc<Services>>,
    /// Serialises swaps of the services.
    swapping: tokio::sync::Mutex<()>,
    /// Bumped on every swap, so the event forwarder subscribes to the new engine.
    generation: watch::Sender<u64>,
    /// Where the session is kept.
    pub sessions: SessionStore,
    /// The session's health.
    pub health: HealthLog,
    /// Open live rooms and recordings.
    pub live: crate::live::LiveRooms,
    /// The watch list's poller.
    pub watch: crate::watch::WatchState,
    /// The QR login in progress.
    pub qr: tokio::sync::Mutex<Option<douyin_auth::qr::QrLogin>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Now, unix ms (the shell reads the clock; the libraries never do).
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

impl AppState {
    /// Opens everything: the stored session (a broken one is reported and ignored), the
    /// services with `settings`, the queue restored.
    ///
    /// # Errors
    /// As [`Services::open`].
    pub async fn open(
        launch: LaunchSettings,
        paths: Paths,
        settings: Settings,
    ) -> Result<Self, crate::error::CommandError> {
        let sessions = SessionStore::new(
            &paths.data_dir,
            launch.session_store.unwrap_or(StoreChoice::Auto),
        );
        let health = HealthLog::new(&paths.data_dir);
        let cookie = match sessions.load() {
            Ok(Some((session, _))) => session.cookie_header(),
            Ok(None) => String::new(),
            Err(e) => {
                tracing::warn!("the stored login cannot be read ({e}); starting logged out");
                String::new()
            }
        };
        let services = Services::open(&launch, &paths, &settings, cookie).await?;
        Ok(Self {
            launch,
            paths,
            settings: Mutex::new(settings),
            services: RwLock::new(Arc::new(services)),
            swapping: tokio::sync::Mutex::new(()),
            generation: watch::channel(0).0,
            sessions,
            health,
            live: crate::live::LiveRooms::default(),
            watch: crate::watch::WatchState::default(),
            qr: tokio::sync::Mutex::new(None),
        })
    }

    /// The running services.
    pub fn services(&self) -> Arc<Services> {
        Arc::clone(
            &self
                .services
                .read()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        )
    }

    /// The settings now.
    pub fn settings(&self) -> Settings {
        lock(&self.settings).clone()
    }

    /// The library root now.
    pub fn root(&self) -> PathBuf {
        self.settings().root(&self.paths.default_root)
    }

    /// Notified on every swap.
    pub fn generations(&self) -> watch::Receiver<u64> {
        self.generation.subscribe()
    }

    /// The stored session's cookie header (empty: logged out).
    pub fn cookie(&self) -> String {
        match self.sessions.load() {
            Ok(Some((s, _))) => s.cookie_header(),
            _ => String::new(),
        }
    }

    /// Replaces the settings; rebuilds the services when a connection setting changed.
    ///
    /// # Errors
    /// As [`Services::open`] (the old services and settings stay then).
    pub async fn set_settings(&self, next: Settings) -> Result<(), crate::error::CommandError> {
        let rebuild = self.settings().needs_rebuild(&next);
        if rebuild {
            self.swap(&next, self.cookie()).await?;
        }
        *lock(&self.settings) = next;
        Ok(())
    }

    /// Sends `cookie` from the next request on (after a login or logout): the running client,
    /// data methods and engine all share the one client, whose cookie is swapped in place, so
    /// downloads in flight keep going and no restart is needed.
    ///
    /// # Errors
    /// None today; kept fallible for the commands that call it.
    pub async fn use_cookie(&self, cookie: String) -> Result<(), crate::error::CommandError> {
        let _one = self.swapping.lock().await;
        self.services().client.set_cookie(&cookie);
        Ok(())
    }

    async fn swap(
        &self,
        settings: &Settings,
        cookie: String,
    ) -> Result<(), crate::error::CommandError> {
        let _one = self.swapping.lock().await;
        // The old engine stops first (partial files and cursors stay) so the new one restores
        // every unfinished job from the store.
        let old = self.services();
        old.engine.shutdown().await;
        let next = match Services::open(&self.launch, &self.paths, settings, cookie).await {
            Ok(n) => n,
            Err(e) => {
                // Keep working with what ran before.
                let back = Services::open(
                    &self.launch,
                    &self.paths,
                    &self.settings(),
                    old.client.cookie(),
                )
                .await?;
                *self
                    .services
                    .write()
                    .unwrap_or_else(std::sync::PoisonError::into_inner) = Arc::new(back);
                self.generation.send_modify(|g| *g += 1);
                return Err(e);
            }
        };
        *self
            .services
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Arc::new(next);
        self.generation.send_modify(|g| *g += 1);
        Ok(())
    }

    /// Keeps a new session and makes the services use it; its health is green when
    /// `checked`.
    ///
    /// # Errors
    /// The store's errors; as [`Self::use_cookie`].
    pub async fn keep_session(
        &self,
        session: &Session,
        checked: bool,
    ) -> Result<douyin_auth::StoredIn, crate::error::CommandError> {
        let stored = self.sessions.save(session)?;
        let mut health = self.health.load().unwrap_or_else(SessionHealth::unchecked);
        if checked {
            health.logged_in(now_ms());
        } else {
            health.state = douyin_auth::HealthState::Unchecked;
        }
        self.health.save(&health)?;
        self.use_cookie(session.cookie_header()).await?;
        Ok(stored)
    }

    /// Stops the engine cleanly (state saved) for quitting.
    pub async fn shutdown(&self) {
        self.live.stop_all();
        self.services().engine.shutdown().await;
    }

    /// Where the library lives.
    pub fn library_path(&self, rel: &str) -> PathBuf {
        douyin_store::on_disk(&self.root(), rel)
    }

    /// Whether `path` is inside the library (the UI never sends raw paths to write to).
    pub fn inside_library(&self, path: &Path) -> bool {
        path.starts_with(self.root())
    }
}
