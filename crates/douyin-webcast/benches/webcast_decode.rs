//! Throughput of `decode_frame` (PushFrame → gunzip → Response → typed events) on the public
//! sample frame; prints frames per second. Run with `cargo bench -p douyin-webcast --bench webcast_decode`.

use douyin_webcast::{decode_frame, DecodeLimits, FrameDecoder};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

// The allocator the shipped binaries (the CLI and the app) use, so the number is theirs.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let dir = std::env::var_os("DOUYIN_WEBCAST_SAMPLES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/webcast-samples")
        });
    let path = dir.join("frames/frame_public.pushframe.bin");
    let frame = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cannot read {}: {e}", path.display());
            std::process::exit(1);
        }
    };
    let limits = DecodeLimits::default();
    match decode_frame(&frame, &limits) {
        Ok(d) if d.messages.iter().all(|m| m.event.is_ok()) => {
            println!(
                "frame: {} bytes, {} messages",
                frame.len(),
                d.messages.len()
            );
        }
        other => {
            eprintln!("sample frame does not decode cleanly: {other:?}");
            std::process::exit(1);
        }
    }

    // Warm up, then take the best of several timed rounds to damp noise from other processes.
    // One decoder per connection, as the client keeps it.
    let mut decoder = FrameDecoder::new(limits);
    // Websocket libraries hand frames out as `Bytes`.
    let frame = bytes::Bytes::from(frame);
    let mut round = |n: u32| {
        let start = Instant::now();
        for _ in 0..n {
            let decoded = decoder.decode_bytes(black_box(frame.clone()));
            black_box(decoded.map(|d| d.messages.len()).unwrap_or(0));
        }
        start.elapsed()
    };
    round(500);
    let per_round = 5_000;
    let mut best = Duration::MAX;
    let mut total = Duration::ZERO;
    let rounds = 5;
    for _ in 0..rounds {
        let t = round(per_round);
        best = best.min(t);
        total += t;
    }
    let fps = |d: Duration| f64::from(per_round) / d.as_secs_f64();
    println!(
        "webcast_decode: best {:.0} frames/s, mean {:.0} frames/s ({} rounds x {} frames)",
        fps(best),
        fps(total / rounds),
        rounds,
        per_round
    );
}
