//! The whole live-session path under load, printed as numbers (not a timed test):
//!
//! 1. Throughput: a local websocket server pushes the public sample frame
//!    (`frames/frame_public.pushframe.bin`, 8 messages, needs an ack) as fast as TCP allows; the
//!    session decodes, acks and yields typed events; prints frames/s and events/s and checks
//!    that every ack arrived byte-identical to the sample ack.
//! 2. Memory: a long session — by default 200 000 frames from the same server (far more than
//!    an hour of a busy room), and with `--emulator` 7 200 frames from the emulator at its
//!    fastest pace (one hour at its default one frame per 500 ms) — printing VmRSS and VmHWM
//!    at intervals to show memory stays flat.
//!
//! Run: `cargo bench -p douyin-core --bench live_session [-- --emulator]`.

use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient, ManualClock, SystemClock};
use douyin_core::link::{LinkTarget, TargetKind};
use douyin_core::live::{
    GuestIdentity, ImBootstrap, LiveApi, LiveContext, LiveRoom, LiveSession, ReconnectPolicy,
    SessionConfig, SessionEvent,
};
use douyin_core::params::DEFAULT_USER_AGENT;
use futures::{SinkExt as _, StreamExt as _};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio_tungstenite::tungstenite::Message;

const ROOM_ID: &str = "7382482567192218406";

/// A fixed room, guest and bootstrap: the bench measures the websocket path only.
struct FixedApi {
    base: String,
    world: ClientWorld,
}

impl LiveApi for FixedApi {
    fn context(&self) -> LiveContext {
        LiveContext {
            base_url: Some(self.base.clone()),
            user_agent: DEFAULT_USER_AGENT.into(),
            world: self.world.clone(),
            media: reqwest::Client::new(),
        }
    }
    async fn resolve_room(&self, _: &LinkTarget) -> Result<LiveRoom, douyin_core::Error> {
        Ok(LiveRoom {
            room_id: ROOM_ID.into(),
            status: 2,
            ..LiveRoom::default()
        })
    }
    async fn guest_identity(&self) -> Result<GuestIdentity, douyin_core::Error> {
        Ok(GuestIdentity {
            ttwid: "bench".into(),
            user_unique_id: "7319483754668557238".into(),
        })
    }
    async fn im_fetch(
        &self,
        _: &str,
        _: &GuestIdentity,
    ) -> Result<ImBootstrap, douyin_core::Error> {
        Ok(ImBootstrap {
            cursor: "d-1_u-1".into(),
            internal_ext: "internal_src:dim".into(),
            now_ms: None,
        })
    }
}

fn samples_dir() -> PathBuf {
    std::env::var_os("DOUYIN_WEBCAST_SAMPLES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/webcast-samples")
        })
}

fn read(path: PathBuf) -> Vec<u8> {
    std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("cannot read {}: {e}", path.display());
        std::process::exit(1)
    })
}

/// `(VmRSS, VmHWM)` in KiB from /proc/self/status.
fn memory_kib() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// Serves `frames` copies of `frame` to each connection as fast as possible; counts the
/// acks that equal `ack`.
async fn blast_server(frame: Vec<u8>, ack: Vec<u8>, frames: u64, acks: Arc<AtomicU64>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let frame = bytes::Bytes::from(frame);
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let frame = frame.clone();
            let ack = ack.clone();
            let acks = acks.clone();
            tokio::spawn(async move {
                let Ok(ws) = tokio_tungstenite::accept_async(tcp).await else {
                    return;
                };
                let (mut tx, mut rx) = ws.split();
                tokio::spawn(async move {
                    while let Some(Ok(m)) = rx.next().await {
                        if let Message::Binary(b) = m {
                            if b.as_ref() == ack.as_slice() {
                                acks.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                    }
                });
                for _ in 0..frames {
                    if tx.feed(Message::Binary(frame.clone())).await.is_err() {
                        return;
                    }
                }
                let _ = tx.flush().await;
                // Stay open; the bench cancels the session when it has counted everything.
                futures::future::pending::<()>().await;
            });
        }
    });
    format!("http://{addr}")
}

fn config() -> SessionConfig {
    SessionConfig {
        heartbeat: Duration::from_secs(5),
        idle_timeout: Duration::from_secs(30),
        reconnect: ReconnectPolicy {
            max_attempts: 0,
            ..ReconnectPolicy::default()
        },
        ..SessionConfig::default()
    }
}

/// Runs a session until it has seen `frames` frames; calls `tick` every `every` frames.
async fn drive(
    api: Arc<impl LiveApi + 'static>,
    target: LinkTarget,
    cfg: SessionConfig,
    frames: u64,
    every: u64,
    mut tick: impl FnMut(u64),
) -> (Duration, u64) {
    let mut session = LiveSession::start(api, &target, cfg)
        .await
        .unwrap_or_else(|e| {
            eprintln!("session: {e}");
            std::process::exit(1)
        });
    let start = Instant::now();
    let mut events = 0u64;
    let mut next_tick = every;
    while let Some(ev) = session.next_event().await {
        match ev {
            SessionEvent::Event(e) => {
                events += 1;
                std::hint::black_box(e);
            }
            SessionEvent::Ended { reason } => {
                eprintln!("session ended early: {reason:?}");
                break;
            }
            _ => {}
        }
        let seen = session.counters().frames;
        if seen >= next_tick {
            tick(seen);
            next_tick += every;
        }
        if seen >= frames && session.counters().messages == events {
            break;
        }
    }
    let elapsed = start.elapsed();
    session.cancel_handle().cancel();
    (elapsed, events)
}

async fn throughput(frame: &[u8], ack: &[u8]) {
    let n = 50_000u64;
    let acks = Arc::new(AtomicU64::new(0));
    let base = blast_server(frame.to_vec(), ack.to_vec(), n, acks.clone()).await;
    let world = ClientWorld::seeded(Arc::new(ManualClock::new(1_718_870_387_667)), 1);
    let (elapsed, events) = drive(
        Arc::new(FixedApi { base, world }),
        LinkTarget::new(TargetKind::LiveRoom, ROOM_ID),
        config(),
        n,
        u64::MAX,
        |_| {},
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let secs = elapsed.as_secs_f64();
    println!(
        "session throughput: {n} frames, {events} events in {secs:.2} s = {:.0} frames/s, {:.0} events/s (F2: ~1,100 frames/s decode only; target >= 22,000)",
        n as f64 / secs,
        events as f64 / secs
    );
    println!(
        "acks received byte-identical to the sample ack: {} of {n}",
        acks.load(Ordering::Relaxed)
    );
}

fn print_memory(label: &str, frames: u64) {
    let (rss, hwm) = memory_kib();
    println!("{label}: {frames:>7} frames  VmRSS {rss:>7} KiB  VmHWM {hwm:>7} KiB");
}

async fn memory_local(frame: &[u8], ack: &[u8]) {
    let n = 200_000u64;
    let acks = Arc::new(AtomicU64::new(0));
    let base = blast_server(frame.to_vec(), ack.to_vec(), n, acks).await;
    let world = ClientWorld::seeded(Arc::new(ManualClock::new(1_718_870_387_667)), 2);
    print_memory("long session (local server)", 0);
    let (elapsed, events) = drive(
        Arc::new(FixedApi { base, world }),
        LinkTarget::new(TargetKind::LiveRoom, ROOM_ID),
        config(),
        n,
        20_000,
        |f| print_memory("long session (local server)", f),
    )
    .await;
    println!(
        "long session (local server): {events} events in {:.1} s",
        elapsed.as_secs_f64()
    );
}

async fn memory_emulator() {
    use douyin_emulator::{Emulator, EmulatorConfig};
    let emu = Emulator::start(EmulatorConfig {
        ws_interval_ms: 10,
        ..EmulatorConfig::default()
    })
    .await
    .unwrap_or_else(|e| {
        eprintln!("emulator: {e}");
        std::process::exit(1)
    });
    let client = DouyinClient::new(
        ClientConfig {
            base_url: Some(emu.base_url().to_owned()),
            ..ClientConfig::default()
        },
        // Frames are stamped with the wall clock (the emulator checks signature times).
        ClientWorld::seeded(Arc::new(SystemClock), 3),
    )
    .unwrap_or_else(|e| {
        eprintln!("client: {e}");
        std::process::exit(1)
    });
    let target = LinkTarget::new(TargetKind::Live, emu.world().rooms[0].web_rid.clone());
    let mut cfg = config();
    cfg.heartbeat = Duration::from_secs(1);
    let frames = 7_200u64;
    print_memory("one emulated hour", 0);
    let (elapsed, events) = drive(Arc::new(client), target, cfg, frames, 720, |f| {
        print_memory("one emulated hour", f)
    })
    .await;
    println!(
        "one emulated hour: {events} events from {frames} frames in {:.1} s; emulator counted {} acks",
        elapsed.as_secs_f64(),
        emu.counters()["ws_acks"]
    );
}

fn main() {
    let dir = samples_dir();
    let frame = read(dir.join("frames/frame_public.pushframe.bin"));
    let ack = read(dir.join("frames/frame_public.ack_f2_style.bin"));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap_or_else(|e| {
            eprintln!("runtime: {e}");
            std::process::exit(1)
        });
    let with_emulator = std::env::args().any(|a| a == "--emulator");
    runtime.block_on(async {
        throughput(&frame, &ack).await;
        memory_local(&frame, &ack).await;
        if with_emulator {
            memory_emulator().await;
        }
    });
}
