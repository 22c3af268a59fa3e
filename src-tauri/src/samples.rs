//! One sample value of each type the UI receives, serialised by the real Rust types into
//! `ui/bindings/samples.json` (written and checked with the TypeScript bindings). The UI tests
//! build their IPC mocks from these samples, overriding only fields the sample has, so a mock
//! cannot answer a shape the backend never sends.

use crate::commands::jobs::EnqueueResult;
use crate::settings::Settings;
use crate::watch::WatchedRoom;
use douyin_core::link::{analyze_text, LinkTarget, TargetKind};
use douyin_core::models::PostKind as MediaKind;
use douyin_core::preview::Preview;
use douyin_core::ErrorKind;
use douyin_download::{FileSnapshot, JobKind, JobProgress, JobSnapshot, LivePhase, LiveStatus};
use douyin_store::{
    AssetKind, CreatorReport, ErrorInfo, FileRef, FileState, JobState, PostKind, SearchHit,
    SearchPage,
};
use serde_json::{json, Value};

fn job() -> JobSnapshot {
    JobSnapshot {
        id: 7,
        kind: JobKind::Post,
        target: "MS4wLjABAAAAx".into(),
        title: "海边摄影师".into(),
        state: JobState::Running,
        listed: 20,
        exhausted: false,
        files_total: 40,
        files_done: 10,
        files_failed: 0,
        files_skipped: 0,
        bytes_done: 5 << 20,
        error: None,
        created_at: 1,
        updated_at: 2,
        live: None,
    }
}

fn live_status() -> LiveStatus {
    LiveStatus {
        phase: LivePhase::Recording,
        room_id: Some("7318296342189919011".into()),
        elapsed_ms: 65_000,
        bytes: 3 << 20,
        format: Some("flv".into()),
        quality: Some("FULL_HD1".into()),
        segment: 2,
        segments_done: 1,
        danmaku: 42,
    }
}

fn hit() -> SearchHit {
    SearchHit {
        aweme_id: "7001".into(),
        kind: PostKind::Video,
        create_ts: Some(1_700_000_000),
        create_time: Some("2023-11-15 06-13-20".into()),
        author_uid: Some("u1".into()),
        author_sec_uid: Some("MS4wLjABAAAAx".into()),
        author_nickname: Some("海边摄影师".into()),
        description: Some("海边的日落 #日落".into()),
        music_title: None,
        hashtags: vec!["日落".into()],
        files: vec![FileRef {
            asset: AssetKind::Video,
            index: 0,
            rel_path: "douyin/post/a/7001_video.mp4".into(),
            state: FileState::Done,
            size: Some(100),
        }],
    }
}

fn to(v: impl serde::Serialize) -> Value {
    serde_json::to_value(v).expect("samples serialise")
}

/// Type name → its sample, as the backend serialises it.
pub fn samples() -> Value {
    let file = FileSnapshot {
        aweme_id: "7298145681699622182".into(),
        asset: AssetKind::Video,
        index: 0,
        path: "douyin/one/a/2024_日落_video.mp4".into(),
        state: FileState::Done,
        bytes: 3 << 20,
        total: Some(3 << 20),
        error: None,
    };
    let links = analyze_text("https://www.douyin.com/video/7298145681699622182");
    json!({
        "JobSnapshot": to(job()),
        "LiveJobSnapshot": to(JobSnapshot {
            kind: JobKind::Live,
            target: "775841227732".into(),
            live: Some(live_status()),
            ..job()
        }),
        "FileSnapshot": to(file),
        "ErrorInfo": to(ErrorInfo { kind: ErrorKind::BadMedia, message: "the cover answered HTML".into() }),
        "JobProgress": to(JobProgress {
            job: 7,
            bytes_done: 8 << 20,
            bytes_total: Some(20 << 20),
            speed_bps: 2 << 20,
            eta_s: Some(6),
            active: 2,
            live: None,
        }),
        "LiveStatus": to(live_status()),
        "SearchHit": to(hit()),
        "SearchPage": to(SearchPage { total: 1, hits: vec![hit()] }),
        "CreatorReport": to(CreatorReport {
            uid: Some("u1".into()),
            sec_uid: Some("MS4wLjABAAAAx".into()),
            nickname: Some("海边摄影师".into()),
            profile_count: Some(42),
            listed: 40,
            saved: 38,
            not_listed: Some(2),
            not_saved: vec!["1".into(), "2".into()],
            gap_files: 3,
            known_posts: 40,
            last_aweme_id: None,
        }),
        "Preview": to(Preview {
            target: LinkTarget::new(TargetKind::Post, "7298145681699622182"),
            media: Some(MediaKind::Video),
            title: "海边的日落".into(),
            author: Some("海边摄影师".into()),
            cover_url: None,
            count: Some(1234),
            duration_ms: Some(15_000),
            live: None,
        }),
        "LinkReport": to(&links[0]),
        "Settings": to(Settings::default()),
        "WatchedRoom": to(WatchedRoom {
            id: 5,
            kind: "live".into(),
            target: "775841227732".into(),
            label: Some("主播小王".into()),
            live: true,
            checked_at: Some(1_700_000_000),
            recording: Some(21),
        }),
        "GapRetry": to(douyin_download::GapRetry {
            files: 3,
            already_queued: 0,
            posts: vec!["7002".into()],
            not_listed: 2,
            jobs: vec![12, 13, 14],
            relisting: Some(14),
        }),
        "EnqueueResult": to(EnqueueResult {
            link: "https://www.douyin.com/video/7298145681699622182".into(),
            job: Some(1),
            error: None,
        }),
    })
}
