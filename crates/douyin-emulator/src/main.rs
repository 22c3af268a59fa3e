//! The `douyin-emulator` binary: starts the emulator and prints its base URL.

use std::net::SocketAddr;

use clap::Parser;
use douyin_emulator::server::faults::Faults;
use douyin_emulator::{Emulator, EmulatorConfig};

/// A local server that answers like Douyin.
#[derive(Debug, Parser)]
#[command(name = "douyin-emulator", version)]
struct Args {
    /// Listen address.
    #[arg(long, default_value = "127.0.0.1:8765")]
    addr: SocketAddr,
    /// World seed.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Number of users.
    #[arg(long, default_value_t = 5)]
    users: usize,
    /// Posts per user.
    #[arg(long, default_value_t = 12)]
    posts_per_user: usize,
    /// Size of the top video rendition in bytes.
    #[arg(long, default_value_t = 256 * 1024)]
    video_bytes: u64,
    /// Added latency per request, ms.
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Bandwidth cap per connection, bytes per second (0 = unlimited).
    #[arg(long, default_value_t = 0)]
    bandwidth: u64,
    /// Media URL lifetime, seconds.
    #[arg(long, default_value_t = 3600)]
    media_ttl_s: u64,
    /// Each live ends this many seconds after it went live (default: stays live).
    #[arg(long)]
    live_seconds: Option<u64>,
    /// Room <room> goes live <s> seconds after start, as `<room>=<s>` (repeatable).
    #[arg(long, value_name = "ROOM=S", value_parser = parse_delay)]
    live_delay_s: Vec<(usize, u64)>,
    /// Give users, posts, hashtags, music, mix 0 and folder 0 hostile names (path
    /// separators, `..`, NUL and control characters, reserved names, bidi marks, 300 emoji).
    #[arg(long)]
    hostile_names: bool,
    /// Fault switches at start, as the JSON `POST /__admin/faults` takes
    /// (e.g. `{"risk_control_rps": 5, "expired_media": true}`).
    #[arg(long)]
    faults: Option<String>,
    /// Interval between pushed danmaku frames, ms.
    #[arg(long, default_value_t = 500)]
    ws_interval_ms: u64,
}

fn parse_delay(s: &str) -> Result<(usize, u64), String> {
    let (room, secs) = s
        .split_once('=')
        .ok_or_else(|| format!("expected <room>=<seconds>, got {s:?}"))?;
    let room = room
        .trim()
        .parse()
        .map_err(|e| format!("room {room:?}: {e}"))?;
    let secs = secs
        .trim()
        .parse()
        .map_err(|e| format!("seconds {secs:?}: {e}"))?;
    Ok((room, secs))
}

#[tokio::main]
async fn main() {
    let a = Args::parse();
    let faults: Faults = match a.faults.as_deref().map(serde_json::from_str) {
        None => Faults::default(),
        Some(Ok(f)) => f,
        Some(Err(e)) => {
            eprintln!("douyin-emulator: --faults is not valid JSON: {e}");
            std::process::exit(2);
        }
    };
    let cfg = EmulatorConfig {
        addr: a.addr,
        seed: a.seed,
        users: a.users,
        posts_per_user: a.posts_per_user,
        video_bytes: a.video_bytes,
        latency_ms: a.latency_ms,
        bandwidth: a.bandwidth,
        media_ttl_s: a.media_ttl_s,
        live_duration_ms: a.live_seconds.map(|s| s * 1000),
        live_delays_s: a.live_delay_s,
        hostile_names: a.hostile_names,
        ws_interval_ms: a.ws_interval_ms,
        faults,
        ..EmulatorConfig::default()
    };
    match Emulator::start(cfg).await {
        Ok(handle) => {
            println!("{}", handle.base_url());
            eprintln!(
                "douyin-emulator: world ids at {}/__admin/world; login page at {}/login",
                handle.base_url(),
                handle.base_url()
            );
            let _ = tokio::signal::ctrl_c().await;
            handle.shutdown().await;
        }
        Err(e) => {
            eprintln!("douyin-emulator: {e}");
            std::process::exit(1);
        }
    }
}
