//! `douyin live <url> --record DIR`: a thin wrapper over the engine's live job. DIR is the
//! library (its store in `DIR/.douyin`, files in `DIR/douyin/live/<anchor>/`); the job's
//! events are printed as JSON lines; Ctrl-C stops the recording (the open segment is closed
//! and renamed); running the same command after a crash recovers the open segment and
//! continues the same job in a new one.

use crate::exit;
use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient};
use douyin_core::link::{LinkTarget, TargetKind};
use douyin_download::{
    Engine, EngineConfig, Event, JobKind, JobOptions, JobSpec, LiveOptions, Target,
};
use douyin_store::JobState;
use serde_json::json;
use std::path::PathBuf;
use std::process::ExitCode;

/// What `--record` was asked for.
#[derive(Debug, Clone)]
pub struct RecordRequest {
    /// The library folder.
    pub dir: PathBuf,
    /// The room.
    pub target: LinkTarget,
    /// How to record.
    pub live: LiveOptions,
    /// The client settings.
    pub client: ClientConfig,
}

/// Parses `30m`, `90s`, `2h` or plain seconds.
///
/// # Errors
/// A sentence for anything else.
pub fn parse_duration_s(text: &str) -> Result<u64, String> {
    let t = text.trim().to_ascii_lowercase();
    let (num, unit) = t.split_at(t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len()));
    let n: u64 = num
        .parse()
        .map_err(|_| format!("`{text}` is not a duration (e.g. 90s, 30m, 2h)"))?;
    let mult = match unit.trim() {
        "" | "s" => 1,
        "m" | "min" => 60,
        "h" => 3600,
        _ => return Err(format!("`{text}`: use s, m or h")),
    };
    Ok(n.saturating_mul(mult))
}

/// Parses `2GB`, `500MB`, `64KB` or plain bytes (powers of 1000, as disks are sold).
///
/// # Errors
/// A sentence for anything else.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim().to_ascii_lowercase();
    let (num, unit) = t.split_at(t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len()));
    let n: u64 = num
        .parse()
        .map_err(|_| format!("`{text}` is not a size (e.g. 500MB, 2GB)"))?;
    let mult = match unit.trim() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "m" | "mb" => 1_000_000,
        "g" | "gb" => 1_000_000_000,
        _ => return Err(format!("`{text}`: use KB, MB or GB")),
    };
    Ok(n.saturating_mul(mult))
}

fn print(v: &serde_json::Value) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{v}");
    let _ = out.flush();
}

/// Records through the engine until the live ends or Ctrl-C.
pub async fn record(req: RecordRequest) -> ExitCode {
    let client = match DouyinClient::new(req.client.clone(), ClientWorld::system()) {
        Ok(c) => c,
        Err(e) => return exit::report(&e),
    };
    let link = if req.target.kind == TargetKind::ShortLink {
        match client.resolve_link(&req.target.id).await {
            Ok(link) => link,
            Err(e) => return exit::report(&e),
        }
    } else {
        req.target.clone()
    };
    let target = match Target::from_link(JobKind::Live, &link) {
        Ok(t) => t,
        Err(why) => return exit::report_kind(douyin_core::ErrorKind::InvalidInput, &why),
    };
    let config = EngineConfig {
        resume_unfinished: false,
        min_free_bytes: 256 * 1024 * 1024,
        ..EngineConfig::new(req.dir.clone())
    };
    let engine = match Engine::open(config, client).await {
        Ok(e) => e,
        Err(e) => return exit::report_kind(e.kind(), &e.to_string()),
    };
    let mut events = engine.subscribe();
    let spec = JobSpec {
        kind: JobKind::Live,
        target,
        options: JobOptions {
            live: req.live.clone(),
            ..JobOptions::default()
        },
    };
    let job = match engine.enqueue(spec) {
        Ok(id) => id,
        Err(e) => return exit::report_kind(e.kind(), &e.to_string()),
    };
    let mut stopping = false;
    loop {
        tokio::select! {
            ev = events.recv() => {
                let Some(ev) = ev else { break };
                match &ev {
                    Event::LiveStatus { job: j, .. } | Event::SegmentDone { job: j, .. } if *j == job => {
                        print(&serde_json::to_value(&ev).unwrap_or_default());
                    }
                    Event::JobDone { job: snap } if snap.id == job => break,
                    _ => {}
                }
            }
            r = tokio::signal::ctrl_c(), if !stopping => {
                if r.is_ok() {
                    stopping = true;
                    eprintln!("stopping: closing the open segment");
                    let _ = engine.cancel(job);
                }
            }
        }
    }
    let snap = engine.job(job);
    let segments = engine.segments(job).unwrap_or_default();
    engine.shutdown().await;
    eprintln!(
        "{}",
        json!({
            "type": "recording",
            "job": job,
            "segments": segments.iter().map(|s| json!({
                "seq": s.seq,
                "path": req.dir.join(&s.rel_path).display().to_string(),
                "bytes": s.bytes,
                "quality": s.quality,
                "recovered": s.recovered,
            })).collect::<Vec<_>>(),
            "state": snap.as_ref().map(|s| s.state),
        })
    );
    match snap {
        Some(s) if s.state == JobState::Done => ExitCode::SUCCESS,
        Some(s) => match s.error {
            Some(e) => exit::report_kind(e.kind, &e.message),
            None => ExitCode::from(exit::FAILURE),
        },
        None => ExitCode::from(exit::FAILURE),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_sizes_read_like_people_write_them() {
        assert_eq!(parse_duration_s("30m"), Ok(1_800));
        assert_eq!(parse_duration_s("90"), Ok(90));
        assert_eq!(parse_duration_s("2h"), Ok(7_200));
        assert!(parse_duration_s("soon").is_err() && parse_duration_s("5d").is_err());
        assert_eq!(parse_size("2GB"), Ok(2_000_000_000));
        assert_eq!(parse_size("500mb"), Ok(500_000_000));
        assert_eq!(parse_size("4096"), Ok(4_096));
        assert!(parse_size("big").is_err() && parse_size("1TB").is_err());
    }
}
