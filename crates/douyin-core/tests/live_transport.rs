//! The session's transport rules against a scripted local websocket server: the URL is sent
//! raw as F2 builds it (`|`, `:`, `+`, `/` unencoded) with F2's headers, acks follow the chosen
//! style byte for byte, an oversized frame drops only that connection (no big allocation) and
//! the session reconnects, and cancel wins over a consumer that stopped reading.

use douyin_core::client::{ClientWorld, ManualClock};
use douyin_core::link::{LinkTarget, TargetKind};
use douyin_core::live::{
    EndReason, GuestIdentity, ImBootstrap, LiveApi, LiveContext, LiveRoom, LiveSession,
    ReconnectPolicy, SessionConfig, SessionEvent,
};
use douyin_core::params::DEFAULT_USER_AGENT;
use douyin_core::webcast::{AckStyle, DecodeLimits};
use futures::{SinkExt as _, StreamExt as _};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};
use tokio_tungstenite::tungstenite::Message;

const ROOM_ID: &str = "7382482567192218406";
const EXT: &str = "internal_src:dim|wss_push_room_id:7382482567192218406|seq:1";

/// A fixed room, guest and bootstrap on the scripted server at `base`.
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
            ttwid: "1%7Cguest".into(),
            user_unique_id: "7319483754668557238".into(),
        })
    }
    async fn im_fetch(
        &self,
        _: &str,
        _: &GuestIdentity,
    ) -> Result<ImBootstrap, douyin_core::Error> {
        Ok(ImBootstrap {
            cursor: "d-1_u-1_fh-7382491109027058999_t-1718870387667_r-1".into(),
            internal_ext: EXT.into(),
            now_ms: None,
        })
    }
}

fn sample(name: &str) -> Vec<u8> {
    let dir = std::env::var_os("DOUYIN_WEBCAST_SAMPLES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/webcast-samples")
        });
    std::fs::read(dir.join(name)).expect("sample file")
}

/// What the server saw on one connection.
#[derive(Debug, Default, Clone)]
struct Seen {
    uri: String,
    user_agent: String,
    cookie: String,
    binaries: Vec<Vec<u8>>,
}

/// Serves connection `i` with `script[i]` (frames to send, then stays open); records what
/// each connection received.
async fn server(script: Vec<Vec<Vec<u8>>>) -> (String, Arc<Mutex<Vec<Seen>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
    let log = seen.clone();
    tokio::spawn(async move {
        let mut script = script.into_iter();
        while let Ok((tcp, _)) = listener.accept().await {
            let frames = script.next().unwrap_or_default();
            let log = log.clone();
            let index = {
                let mut l = log.lock().expect("log");
                l.push(Seen::default());
                l.len() - 1
            };
            let hlog = log.clone();
            // The handshake callback's error type is tungstenite's, not ours.
            #[allow(clippy::result_large_err)]
            let callback = move |req: &Request, resp: Response| {
                let h = |n: &str| {
                    req.headers()
                        .get(n)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("")
                        .to_owned()
                };
                let mut l = hlog.lock().expect("log");
                l[index].uri = req.uri().to_string();
                l[index].user_agent = h("user-agent");
                l[index].cookie = h("cookie");
                Ok(resp)
            };
            tokio::spawn(async move {
                let Ok(ws) = tokio_tungstenite::accept_hdr_async(tcp, callback).await else {
                    return;
                };
                let (mut tx, mut rx) = ws.split();
                let reader = tokio::spawn(async move {
                    while let Some(Ok(m)) = rx.next().await {
                        if let Message::Binary(b) = m {
                            log.lock().expect("log")[index].binaries.push(b.to_vec());
                        }
                    }
                });
                for f in frames {
                    if tx.send(Message::Binary(f.into())).await.is_err() {
                        return;
                    }
                }
                let _ = reader.await;
            });
        }
    });
    (base, seen)
}

fn config() -> SessionConfig {
    SessionConfig {
        heartbeat: Duration::from_millis(50),
        idle_timeout: Duration::from_secs(5),
        reconnect: ReconnectPolicy {
            initial: Duration::from_millis(20),
            max: Duration::from_millis(100),
            max_attempts: 3,
        },
        ..SessionConfig::default()
    }
}

fn world() -> ClientWorld {
    ClientWorld::seeded(Arc::new(ManualClock::new(1_718_870_387_667)), 9)
}

/// Reads through the `Stream` interface (the emulator tests use `next_event`).
async fn next(s: &mut LiveSession) -> SessionEvent {
    tokio::time::timeout(Duration::from_secs(10), futures::StreamExt::next(s))
        .await
        .expect("event in time")
        .expect("session running")
}

async fn run_until_events(
    base: String,
    style: AckStyle,
    events: usize,
) -> (Vec<SessionEvent>, LiveSession) {
    let mut cfg = config();
    cfg.ack_style = style;
    let mut s = LiveSession::start(
        Arc::new(FixedApi {
            base,
            world: world(),
        }),
        &LinkTarget::new(TargetKind::LiveRoom, ROOM_ID),
        cfg,
    )
    .await
    .expect("session");
    let mut got = Vec::new();
    while got
        .iter()
        .filter(|e| matches!(e, SessionEvent::Event(_)))
        .count()
        < events
    {
        got.push(next(&mut s).await);
    }
    (got, s)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn url_headers_and_f2_acks_are_as_f2_sends_them() {
    let frame = sample("frames/frame_public.pushframe.bin");
    let (base, seen) = server(vec![vec![frame.clone(), frame]]).await;
    let (_, s) = run_until_events(base, AckStyle::F2, 16).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    drop(s);
    let seen = seen.lock().expect("log")[0].clone();
    assert!(
        seen.uri
            .starts_with("/webcast/im/push/v2/?app_name=douyin_web&"),
        "{}",
        seen.uri
    );
    assert!(
        seen.uri
            .contains(&format!("&internal_ext={EXT}&signature=")),
        "raw `|` and `:`: {}",
        seen.uri
    );
    assert!(seen.uri.contains("&host=https://live.douyin.com&"));
    assert_eq!(seen.cookie, "ttwid=1%7Cguest;");
    assert_eq!(seen.user_agent, douyin_core::params::DEFAULT_USER_AGENT);
    let ack = sample("frames/frame_public.ack_f2_style.bin");
    let hb = sample("frames/heartbeat_hb.bin");
    assert_eq!(
        seen.binaries.iter().filter(|b| **b == ack).count(),
        2,
        "one ack per frame"
    );
    assert!(seen.binaries.contains(&hb), "heartbeats sent");
    assert!(seen.binaries.iter().all(|b| *b == ack || *b == hb));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn payload_style_acks_match_the_sample() {
    let frame = sample("frames/frame_public.pushframe.bin");
    let (base, seen) = server(vec![vec![frame]]).await;
    let (_, s) = run_until_events(base, AckStyle::Payload, 8).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    drop(s);
    let ack = sample("frames/frame_public.ack_payload_style.bin");
    assert_eq!(
        seen.lock().expect("log")[0]
            .binaries
            .iter()
            .filter(|b| **b == ack)
            .count(),
        1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_frame_drops_the_connection_and_the_session_reconnects() {
    let frame = sample("frames/frame_public.pushframe.bin");
    let huge = vec![0u8; 64 * 1024];
    let (base, seen) = server(vec![vec![huge], vec![frame]]).await;
    let mut cfg = config();
    cfg.limits = DecodeLimits {
        max_frame_bytes: 32 * 1024,
        ..DecodeLimits::default()
    };
    let mut s = LiveSession::start(
        Arc::new(FixedApi {
            base,
            world: world(),
        }),
        &LinkTarget::new(TargetKind::LiveRoom, ROOM_ID),
        cfg,
    )
    .await
    .expect("session");
    let mut reconnected = false;
    let mut events = 0;
    while events < 8 {
        match next(&mut s).await {
            SessionEvent::Reconnecting { attempt, .. } => {
                assert_eq!(attempt, 1);
                reconnected = true;
            }
            SessionEvent::Connected {
                attempt, cursor, ..
            } if attempt > 0 => {
                // Nothing decoded on the dropped connection: resume from the bootstrap cursor.
                assert_eq!(cursor, "d-1_u-1_fh-7382491109027058999_t-1718870387667_r-1");
            }
            SessionEvent::Event(_) => events += 1,
            SessionEvent::Ended { reason } => panic!("ended: {reason:?}"),
            _ => {}
        }
    }
    assert!(reconnected);
    assert_eq!(s.counters().reconnects, 1);
    assert_eq!(seen.lock().expect("log").len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancel_wins_over_a_consumer_that_stopped_reading() {
    let frame = sample("frames/frame_public.pushframe.bin");
    let (base, _) = server(vec![vec![frame; 50]]).await;
    let mut cfg = config();
    cfg.channel_capacity = 1;
    let mut s = LiveSession::start(
        Arc::new(FixedApi {
            base,
            world: world(),
        }),
        &LinkTarget::new(TargetKind::LiveRoom, ROOM_ID),
        cfg,
    )
    .await
    .expect("session");
    // Let the loop fill the one-frame channel and block on it.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let blocked_at = s.counters().frames;
    assert!(
        blocked_at < 50,
        "the bound holds the loop back ({blocked_at} frames)"
    );
    s.cancel_handle().cancel();
    let mut end = None;
    while let Some(ev) = tokio::time::timeout(Duration::from_secs(5), s.next_event())
        .await
        .expect("the session ends promptly")
    {
        if let SessionEvent::Ended { reason } = ev {
            end = Some(reason);
        }
    }
    assert_eq!(end, Some(EndReason::Cancelled));
}
