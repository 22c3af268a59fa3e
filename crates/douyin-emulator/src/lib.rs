//! A local server that answers like Douyin: a seeded world served over Douyin's web API
//! paths, media and live endpoints, with Douyin's signature, cookie and media rules enforced.
//! All hosts share one origin and are routed by path.
#![forbid(unsafe_code)]
// The aweme object is one large `json!` literal, like the captures it mirrors.
#![recursion_limit = "256"]

pub mod clock;
pub mod config;
pub mod live;
pub mod media;
pub mod server;
pub mod shapes;
pub mod sign;
pub mod world;

use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex, RwLock};

pub use clock::{Clock, ManualClock, SystemClock};
pub use config::EmulatorConfig;
use server::faults::Counters;
use server::Shared;
pub use world::change::ChangeError;
pub use world::World;

/// Why the emulator could not start.
#[derive(Debug, thiserror::Error)]
pub enum EmulatorError {
    /// The listen address could not be bound.
    #[error("cannot bind the listen address: {0}")]
    Bind(#[source] std::io::Error),
}

impl EmulatorError {
    /// Stable label for callers that branch.
    pub fn kind(&self) -> &'static str {
        match self {
            EmulatorError::Bind(_) => "bind",
        }
    }
}

/// Entry point: `Emulator::start(config)`.
pub struct Emulator;

/// A running emulator; dropping it stops the server.
pub struct EmulatorHandle {
    shared: Arc<Shared>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl Emulator {
    /// Generates the world, binds `config.addr` and serves in the background.
    pub async fn start(config: EmulatorConfig) -> Result<EmulatorHandle, EmulatorError> {
        let listener = tokio::net::TcpListener::bind(config.addr)
            .await
            .map_err(EmulatorError::Bind)?;
        let addr = listener.local_addr().map_err(EmulatorError::Bind)?;
        let mut world = world::generate(
            config.seed,
            world::build::Sizes {
                users: config.users,
                posts_per_user: config.posts_per_user,
                comments_per_post: config.comments_per_post,
            },
        );
        if config.hostile_names {
            world::hostile::apply(&mut world);
        }
        for &(r, _) in &config.live_delays_s {
            if let Some(room) = world.rooms.get_mut(r) {
                room.live_at_start = false;
            }
        }
        let signer = media::MediaSigner {
            secret: config.seed ^ 0x9e37_79b9_7f4a_7c15,
            ttl_s: config.media_ttl_s,
            video_bytes: config.video_bytes.max(1024),
            audio_bytes: (config.video_bytes / 4).max(1024),
        };
        let defaults = config.faults.clone();
        let started_ms = config.clock.now_ms();
        let live = live::schedule::LiveBoard::new(
            &world,
            started_ms,
            &config.live_delays_s,
            config.live_duration_ms,
        );
        let world = Arc::new(world);
        let shared = Arc::new(Shared {
            started_ms,
            base: format!("http://{addr}"),
            cfg: config,
            initial_world: world.clone(),
            current_world: RwLock::new(world),
            signer,
            faults: Mutex::new(defaults.clone()),
            default_faults: defaults,
            counters: Mutex::new(Counters::default()),
            live: Mutex::new(live),
            logins: Mutex::new(Default::default()),
            session_generation: AtomicU64::new(0),
            pictures: Mutex::new(Default::default()),
            media_version: AtomicU64::new(0),
        });
        let app = server::router(shared.clone());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            // Douyin's CDN and API front ends send small writes at once (nginx's default
            // `tcp_nodelay on`); with Nagle left on, a paced body's first piece waited for the
            // client's delayed ACK of the headers (up to 40 ms; 26 ms per response on average in
            // scripts/bench-download), a cost no client caused.
            let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
                let _ = tcp.set_nodelay(true);
            });
            let serve = axum::serve(listener, app).with_graceful_shutdown(async {
                let _ = stopped.await;
            });
            let _ = serve.await;
        });
        Ok(EmulatorHandle {
            shared,
            stop: Some(stop),
            task: Some(task),
        })
    }
}

impl EmulatorHandle {
    /// `http://127.0.0.1:<port>` — the one base URL for every Douyin host.
    pub fn base_url(&self) -> &str {
        &self.shared.base
    }
    /// The world as generated (admin changes show in [`EmulatorHandle::world_now`]).
    pub fn world(&self) -> &World {
        &self.shared.initial_world
    }
    /// The world now, after renames, deletions and session expiry.
    pub fn world_now(&self) -> Arc<World> {
        self.shared.world()
    }
    /// The logged-in account's cookie string at start (see [`EmulatorHandle::expire_session`]).
    pub fn account_cookie(&self) -> &str {
        &self.shared.initial_world.account.cookie
    }
    /// Ends every live room now (as `POST /__admin/live/end` without a body).
    pub fn end_live(&self) {
        self.shared.end_room(None);
    }
    /// Ends room `r` now (as `POST /__admin/live/end {"room": r}`); false if no such room.
    pub fn end_room(&self, r: usize) -> bool {
        self.shared.end_room(Some(r))
    }
    /// Room `r` goes live now (as `POST /__admin/live/start`); false if no such room.
    pub fn start_room(&self, r: usize) -> bool {
        self.shared.start_room(r)
    }
    /// Room `r`'s stream drops once (as `POST /__admin/live/drop`); false if no such room.
    pub fn drop_room(&self, r: usize) -> bool {
        self.shared.drop_room(r)
    }
    /// Whether each room is live now.
    pub fn live_now(&self) -> Vec<bool> {
        self.shared.live_now()
    }
    /// User `u` renames (as `POST /__admin/users/<u>/rename`).
    pub fn rename_user(&self, u: usize, nickname: &str) -> Result<(), ChangeError> {
        self.shared.rename_user(u, nickname)
    }
    /// A post is deleted (as `POST /__admin/posts/<id>/delete`).
    pub fn delete_post(&self, aweme_id: &str) -> Result<(), ChangeError> {
        self.shared.delete_post(aweme_id)
    }
    /// The session expires (as `POST /__admin/session/expire`); returns the next session's
    /// cookie.
    pub fn expire_session(&self) -> String {
        self.shared.expire_session().1
    }
    /// Counters as JSON (as `GET /__admin/counters`).
    pub fn counters(&self) -> serde_json::Value {
        serde_json::to_value(&*server::lock(&self.shared.counters)).unwrap_or_default()
    }
    /// The recent API requests as `path?query`, oldest first (what `GET /__admin/requests`
    /// answers).
    pub fn api_requests(&self) -> Vec<String> {
        server::lock(&self.shared.counters)
            .api_log
            .iter()
            .cloned()
            .collect()
    }
    /// Stops the server and waits for it.
    pub async fn shutdown(mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.task.take() {
            let _ = t.await;
        }
    }
}

impl Drop for EmulatorHandle {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}
