//! Live sessions against the emulator: frames acked, heartbeats sent, forced disconnects
//! survived with the latest cursor and a reported gap, malformed frames survived, the
//! live-end control message ends the session, and an ended room is a classified error.

#[path = "live_common/mod.rs"]
mod common;

use common::*;
use douyin_core::link::{LinkTarget, TargetKind};
use douyin_core::live::{parse_live_target, EndReason, LiveSession, SessionEvent};
use douyin_core::ErrorKind;
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(20);

async fn next(s: &mut LiveSession) -> SessionEvent {
    tokio::time::timeout(WAIT, s.next_event())
        .await
        .expect("an event in time")
        .expect("the session is still running")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn receives_frames_acks_them_and_ends_on_live_end() {
    let emu = emulator(20, 30_000).await;
    let web_rid = emu.world().rooms[0].web_rid.clone();
    let room_id = emu.world().rooms[0].room_id.to_string();
    let target = parse_live_target(&format!("https://live.douyin.com/{web_rid}")).expect("target");
    let mut s = LiveSession::start(api(&emu), &target, session_config())
        .await
        .expect("session starts");
    assert_eq!(s.room().room_id, room_id);
    match next(&mut s).await {
        SessionEvent::Connected { attempt, room, .. } => {
            assert_eq!(attempt, 0);
            assert_eq!(room.room_id, room_id);
        }
        other => panic!("first event must be Connected, got {other:?}"),
    }
    let mut methods = std::collections::BTreeSet::new();
    while s.counters().frames < 10 {
        if let SessionEvent::Event(e) = next(&mut s).await {
            methods.insert(e.event.method().to_owned());
        }
    }
    assert!(methods.contains("WebcastChatMessage"), "{methods:?}");
    // Every live frame asks for an ack; the emulator counts the ones that match a frame.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let ours = s.counters();
    let acked = counter(&emu, "ws_acks");
    assert!(ours.acks >= 10, "{ours:?}");
    assert!(
        acked >= 10,
        "emulator counted {acked} acks, we sent {}",
        ours.acks
    );
    assert!(counter(&emu, "ws_heartbeats") >= 1);

    emu.end_live();
    let mut saw_control = false;
    loop {
        match next(&mut s).await {
            SessionEvent::Event(e) if e.event.is_live_ended() => saw_control = true,
            SessionEvent::Ended { reason } => {
                assert_eq!(reason, EndReason::LiveEnded);
                break;
            }
            SessionEvent::Reconnecting { .. } => panic!("a live end is not a drop"),
            _ => {}
        }
    }
    assert!(saw_control, "the Control message is delivered before Ended");
    assert!(s.next_event().await.is_none(), "nothing after Ended");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ended_room_is_not_live() {
    let emu = emulator(20, 30_000).await;
    let web_rid = emu.world().rooms[1].web_rid.clone();
    let err = LiveSession::start(
        api(&emu),
        &LinkTarget::new(TargetKind::Live, web_rid),
        session_config(),
    )
    .await
    .expect_err("an ended room cannot be watched");
    assert_eq!(err.kind(), ErrorKind::NotLive);
    let missing = LiveSession::start(
        api(&emu),
        &LinkTarget::new(TargetKind::Live, "999999999999"),
        session_config(),
    )
    .await
    .expect_err("no such room");
    assert_eq!(missing.kind(), ErrorKind::NotFound);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn room_id_target_resolves_through_reflow() {
    let emu = emulator(20, 30_000).await;
    let room_id = emu.world().rooms[0].room_id.to_string();
    let mut s = LiveSession::start(
        api(&emu),
        &LinkTarget::new(TargetKind::LiveRoom, room_id.clone()),
        session_config(),
    )
    .await
    .expect("session by room id");
    assert!(matches!(next(&mut s).await, SessionEvent::Connected { .. }));
    assert!(matches!(next(&mut s).await, SessionEvent::Event(_)));
    let cancel = s.cancel_handle();
    cancel.cancel();
    loop {
        if let SessionEvent::Ended { reason } = next(&mut s).await {
            assert_eq!(reason, EndReason::Cancelled);
            break;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_frames_do_not_kill_the_session() {
    let emu = emulator(20, 30_000).await;
    let web_rid = emu.world().rooms[0].web_rid.clone();
    let mut s = LiveSession::start(
        api(&emu),
        &LinkTarget::new(TargetKind::Live, web_rid),
        session_config(),
    )
    .await
    .expect("session starts");
    set_faults(&emu, r#"{"ws_truncate_frames": true}"#).await;
    let mut errors = 0;
    while errors < 3 {
        match next(&mut s).await {
            SessionEvent::FrameError { .. } => errors += 1,
            SessionEvent::Ended { reason } => panic!("ended on malformed frames: {reason:?}"),
            _ => {}
        }
    }
    set_faults(&emu, r#"{"reset": true}"#).await;
    let before = s.counters().messages;
    while s.counters().messages < before + 5 {
        if let SessionEvent::Ended { reason } = next(&mut s).await {
            panic!("ended: {reason:?}");
        }
    }
    assert!(s.counters().frame_errors >= 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn survives_forced_disconnects_with_latest_cursor_and_gap() {
    // The server closes a connection that sends nothing for 300 ms; with heartbeats every
    // 10 s and truncated frames (nothing to ack) the session goes quiet and is dropped.
    let emu = emulator(20, 300).await;
    let web_rid = emu.world().rooms[0].web_rid.clone();
    let mut cfg = session_config();
    cfg.heartbeat = Duration::from_secs(10);
    let mut s = LiveSession::start(api(&emu), &LinkTarget::new(TargetKind::Live, web_rid), cfg)
        .await
        .expect("session starts");
    let first_cursor = match next(&mut s).await {
        SessionEvent::Connected { cursor, .. } => cursor,
        other => panic!("expected Connected, got {other:?}"),
    };
    while s.counters().frames < 5 {
        next(&mut s).await;
    }
    set_faults(&emu, r#"{"ws_truncate_frames": true}"#).await;
    let mut drops = 0;
    loop {
        match next(&mut s).await {
            SessionEvent::Reconnecting {
                attempt, gap_ms, ..
            } => {
                assert!(attempt >= 1);
                assert!(gap_ms >= 0);
                drops += 1;
                set_faults(&emu, r#"{"reset": true}"#).await;
            }
            SessionEvent::Connected {
                attempt,
                cursor,
                gap_ms,
                ..
            } if drops > 0 => {
                assert!(attempt >= 1);
                assert!(gap_ms.is_some_and(|g| g >= 0));
                assert_ne!(
                    cursor, first_cursor,
                    "reconnect resumes from the latest cursor"
                );
                assert!(!cursor.is_empty());
                break;
            }
            SessionEvent::Ended { reason } => panic!("ended: {reason:?}"),
            _ => {}
        }
    }
    let before = s.counters().messages;
    while s.counters().messages < before + 5 {
        if let SessionEvent::Ended { reason } = next(&mut s).await {
            panic!("ended after reconnect: {reason:?}");
        }
    }
    assert!(s.counters().reconnects >= 1);
}
