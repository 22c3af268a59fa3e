//! What every job of an engine shares: the library root and its store, the API and media
//! clients, the limits (files in flight, connections, disk reserve), the event hub, and the
//! per-file locks that keep two jobs from writing the same file at once.

use crate::disk::DiskGuard;
use crate::events::EventHub;
use crate::transfer::{FetchPolicy, MediaClient};
use douyin_core::api::Douyin;
use douyin_core::client::DouyinClient;
use douyin_store::{FileId, HistoryStore};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;
use tokio::sync::Semaphore;

/// Behaviour that only crash tests need (never set by the app).
#[derive(Debug, Clone, Default)]
pub struct TestHooks {
    /// Wait this long after a file is renamed into place and before the store records it, so
    /// a test can kill the process in that window.
    pub pause_after_rename: Option<Duration>,
}

/// The engine's shared parts.
pub struct Shared {
    /// The library root.
    pub root: PathBuf,
    /// The history.
    pub store: Arc<HistoryStore>,
    /// The API.
    pub api: Douyin<DouyinClient>,
    /// The API client (its clock paces everything).
    pub client: DouyinClient,
    /// Media transfers.
    pub media: MediaClient,
    /// Retries and backoff of media transfers.
    pub policy: FetchPolicy,
    /// Free-disk checks.
    pub disk: DiskGuard,
    /// Events.
    pub hub: EventHub,
    /// Files in flight across all jobs (`max_tasks`).
    pub tasks: Arc<Semaphore>,
    /// Crash-test hooks.
    pub hooks: TestHooks,
    /// How live recordings run.
    pub live: crate::live::LiveSettings,
    file_locks: Mutex<HashMap<FileId, Weak<tokio::sync::Mutex<()>>>>,
    /// Posts fetched again for fresh URLs, with when (ms): the files of one post that expire
    /// together share one refresh.
    pub refreshed: tokio::sync::Mutex<HashMap<String, (u64, std::sync::Arc<serde_json::Value>)>>,
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shared")
            .field("root", &self.root)
            .finish_non_exhaustive()
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Shared {
    /// Assembles the shared parts.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        root: PathBuf,
        store: Arc<HistoryStore>,
        client: DouyinClient,
        media: MediaClient,
        policy: FetchPolicy,
        disk: DiskGuard,
        max_tasks: usize,
        hooks: TestHooks,
        live: crate::live::LiveSettings,
    ) -> Self {
        Self {
            root,
            store,
            api: Douyin::new(client.clone()),
            client,
            media,
            policy,
            disk,
            hub: EventHub::default(),
            tasks: Arc::new(Semaphore::new(max_tasks.max(1))),
            hooks,
            live,
            file_locks: Mutex::new(HashMap::new()),
            refreshed: tokio::sync::Mutex::new(HashMap::new()),
        }
    }

    /// The lock of one file; hold it while working on the file.
    pub fn file_lock(&self, id: FileId) -> Arc<tokio::sync::Mutex<()>> {
        let mut locks = lock(&self.file_locks);
        if let Some(l) = locks.get(&id).and_then(Weak::upgrade) {
            return l;
        }
        locks.retain(|_, w| w.strong_count() > 0);
        let l = Arc::new(tokio::sync::Mutex::new(()));
        locks.insert(id, Arc::downgrade(&l));
        l
    }

    /// Unix seconds from the injected clock.
    pub fn now_s(&self) -> i64 {
        i64::try_from(self.client.world().clock.now_ms() / 1000).unwrap_or(i64::MAX)
    }

    /// Milliseconds from the injected clock.
    pub fn now_ms(&self) -> u64 {
        self.client.world().clock.now_ms()
    }
}
