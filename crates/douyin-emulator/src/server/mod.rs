//! The HTTP server: shared state, routing of every Douyin host by path on one origin, and the
//! fault/counter layer in front of it.

pub mod admin;
pub mod api;
pub mod bodies;
pub mod control;
pub mod faults;
pub mod layer;
pub mod login;
pub mod media_routes;
pub mod pages;
pub mod query;
pub mod ranges;

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use axum::body::Bytes;
use axum::routing::{any, get, post};
use axum::Router;

use crate::config::EmulatorConfig;
use crate::live::schedule::LiveBoard;
use crate::media::MediaSigner;
use crate::shapes::Ctx;
use crate::world::World;
use faults::{Counters, Faults};

/// State shared by all handlers.
pub struct Shared {
    /// Run options.
    pub cfg: EmulatorConfig,
    /// The world as generated (what `EmulatorHandle::world` shows).
    pub initial_world: Arc<World>,
    /// The world now, after admin changes (renames, deletions, session expiry).
    pub current_world: RwLock<Arc<World>>,
    /// Media URL signer.
    pub signer: MediaSigner,
    /// Base URL (`http://host:port`).
    pub base: String,
    /// Emulator start time, ms.
    pub started_ms: u64,
    /// Fault switches now.
    pub faults: Mutex<Faults>,
    /// Fault switches of the run (what `reset` returns to).
    pub default_faults: Faults,
    /// Counters.
    pub counters: Mutex<Counters>,
    /// When each room is live.
    pub live: Mutex<LiveBoard>,
    /// Fake-login tickets: token → (created ms, scanned).
    pub logins: Mutex<BTreeMap<String, (u64, bool)>>,
    /// Sessions expired so far (the current session's number).
    pub session_generation: AtomicU64,
    /// Encoded pictures by (path, version).
    pub pictures: Mutex<HashMap<(String, u64), Bytes>>,
    /// Media versions handed out while `etag_change` is on.
    pub media_version: AtomicU64,
}

/// Locks a mutex, recovering from poisoning (a panicked handler must not wedge the server).
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Shared {
    /// Current time, ms.
    pub fn now_ms(&self) -> u64 {
        self.cfg.clock.now_ms()
    }
    /// The world now.
    pub fn world(&self) -> Arc<World> {
        self.current_world
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
    /// The world's seed (never changes).
    pub fn world_seed(&self) -> u64 {
        self.initial_world.seed
    }
    /// Changes the world: later requests see the result, requests in flight keep theirs.
    pub fn change_world<R>(&self, f: impl FnOnce(&mut World) -> R) -> R {
        let mut slot = self
            .current_world
            .write()
            .unwrap_or_else(|e| e.into_inner());
        let mut w = World::clone(&slot);
        let r = f(&mut w);
        *slot = Arc::new(w);
        r
    }
    /// Whether each room is live now.
    pub fn live_now(&self) -> Vec<bool> {
        let now = self.now_ms();
        let board = lock(&self.live);
        (0..board.rooms.len())
            .map(|r| board.is_live(r, now))
            .collect()
    }
    /// Whether room `r` is live now.
    pub fn room_live(&self, r: usize) -> bool {
        lock(&self.live).is_live(r, self.now_ms())
    }
    /// A shape context over `world`.
    pub fn ctx<'a>(&'a self, world: &'a World, live: &'a [bool]) -> Ctx<'a> {
        Ctx {
            world,
            base: &self.base,
            now_ms: self.now_ms(),
            signer: &self.signer,
            live,
        }
    }
    /// Adds to a counter.
    pub fn count(&self, f: impl FnOnce(&mut Counters)) {
        f(&mut lock(&self.counters));
    }
}

/// Every signed JSON endpoint of http.md §4, served by [`api::dispatch`].
pub const API_PATHS: &[&str] = &[
    "/aweme/v1/web/user/profile/other/",
    "/aweme/v1/web/aweme/post/",
    "/aweme/v1/web/aweme/favorite/",
    "/aweme/v1/web/aweme/listcollection/",
    "/aweme/v1/web/collects/list/",
    "/aweme/v1/web/collects/video/list/",
    "/aweme/v1/web/music/listcollection/",
    "/aweme/v1/web/mix/aweme/",
    "/aweme/v1/web/aweme/detail/",
    "/aweme/v1/web/comment/list/",
    "/aweme/v1/web/comment/list/reply/",
    "/aweme/v1/web/aweme/related/",
    "/aweme/v1/web/familiar/feed/",
    "/aweme/v1/web/user/following/list/",
    "/aweme/v1/web/user/follower/list/",
    "/aweme/v1/web/query/user/",
    "/aweme/v2/web/aweme/stats/",
    "/aweme/v1/web/home/search/item/",
    "/aweme/v1/web/api/suggest_words/",
    "/webcast/web/feed/follow/",
    "/aweme/v1/web/tab/feed/",
    "/aweme/v1/web/follow/feed/",
    "/aweme/v1/web/locate/post/",
    "/webcast/room/web/enter/",
    "/webcast/room/reflow/info/",
    "/webcast/distribution/check_user_live_status/",
    "/webcast/im/fetch/",
];

/// Builds the router for the shared state.
pub fn router(shared: Arc<Shared>) -> Router {
    let mut r = Router::new();
    for p in API_PATHS {
        r = r.route(p, any(api::dispatch));
    }
    r.route("/webcast/im/push/v2/", get(crate::live::ws::upgrade))
        .route("/aweme/v1/play/", get(media_routes::play))
        .route(
            "/media/{*rest}",
            get(media_routes::media).head(media_routes::media),
        )
        .route("/web/r/token", post(pages::ms_token))
        .route("/ttwid/union/register/", post(pages::ttwid))
        .route("/webid", post(pages::webid))
        .route("/login", get(login::page))
        .route("/get_qrcode/", get(login::get_qrcode))
        .route("/check_qrconnect/", get(login::check_qrconnect))
        .route("/__login/scan", post(login::scan).get(login::scan))
        .route("/__login/qr.svg", get(login::qr_svg))
        .route("/__admin/world", get(admin::world))
        .route("/__admin/counters", get(admin::counters))
        .route("/__admin/requests", get(admin::requests))
        .route(
            "/__admin/faults",
            get(admin::get_faults).post(admin::set_faults),
        )
        .route("/__admin/live/end", post(admin::end_live))
        .route("/__admin/live/start", post(admin::start_live))
        .route("/__admin/live/drop", post(admin::drop_live))
        .route("/__admin/users/{index}/rename", post(admin::rename_user))
        .route("/__admin/posts/{aweme_id}/delete", post(admin::delete_post))
        .route("/__admin/session/expire", post(admin::expire_session))
        .fallback(pages::fallback)
        .layer(axum::middleware::from_fn_with_state(
            shared.clone(),
            layer::faults_and_counters,
        ))
        .with_state(shared)
}
