//! What a recording is called and what its statistics file holds: the shared file stem
//! (`<time>_<nickname>_<room_id>`) and the statistics JSON. The engine's live job writes the
//! files; this module only names and shapes them.

use super::room::LiveRoom;
use crate::naming::{sanitize_file_name, Platform};
use crate::webcast::SessionStats;
use serde_json::{json, Value};

/// The shared file stem: `<YYYY-MM-DD HH-MM-SS>_<nickname>_<room_id>` (time in UTC+8 as F2's
/// `create` field), sanitised for `platform`.
pub fn recording_stem(room: &LiveRoom, start_ms: i64, platform: Platform) -> String {
    let time = chrono::FixedOffset::east_opt(8 * 3600)
        .zip(chrono::DateTime::from_timestamp_millis(start_ms))
        .map(|(tz, t)| t.with_timezone(&tz).format("%Y-%m-%d %H-%M-%S").to_string())
        .unwrap_or_else(|| start_ms.to_string());
    let raw = format!("{time}_{}_{}", room.nickname, room.room_id);
    sanitize_file_name(&raw, "", platform)
        .or_else(|_| sanitize_file_name(&format!("live_{}", room.room_id), "", platform))
        .unwrap_or_else(|_| "live".to_owned())
}

/// The statistics file's JSON.
pub fn stats_json(
    stats: &SessionStats,
    room: &LiveRoom,
    start_ms: i64,
    end_ms: i64,
    top: usize,
) -> Value {
    json!({
        "room_id": room.room_id,
        "web_rid": room.web_rid,
        "title": room.title,
        "nickname": room.nickname,
        "start_ms": start_ms,
        "end_ms": end_ms,
        "duration_ms": end_ms.saturating_sub(start_ms),
        "total_messages": stats.total_messages(),
        "messages_per_type": stats.messages_per_method(),
        "peak_online": stats.peak_online(),
        "viewers": stats.viewers().iter().map(|v| json!({
            "offset_ms": v.offset_ms,
            "online": v.online,
            "total_viewers": v.total_viewers,
            "source": format!("{:?}", v.source),
        })).collect::<Vec<_>>(),
        "top_gifters": stats.top_gifters(top).iter().map(|g| json!({
            "user_key": g.user_key,
            "nickname": g.nickname,
            "diamonds": g.diamonds,
            "gifts": g.gifts,
        })).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn room() -> LiveRoom {
        LiveRoom {
            room_id: "7300000000000000001".into(),
            nickname: "主播/一号".into(),
            ..LiveRoom::default()
        }
    }

    #[test]
    fn the_stem_is_the_start_in_utc_plus_8_the_nickname_and_the_room() {
        // 2024-01-01 00:00:00 UTC is 08-00-00 in UTC+8.
        let stem = recording_stem(&room(), 1_704_067_200_000, Platform::Linux);
        assert!(stem.starts_with("2024-01-01 08-00-00_"), "{stem}");
        assert!(stem.ends_with("_7300000000000000001"), "{stem}");
        assert!(!stem.contains('/'), "sanitised: {stem}");
    }

    #[test]
    fn the_statistics_name_the_room_and_the_span() {
        let stats = SessionStats::new(1_000);
        let v = stats_json(&stats, &room(), 1_000, 61_000, 10);
        assert_eq!(v["room_id"], "7300000000000000001");
        assert_eq!(v["duration_ms"], 60_000);
        assert_eq!(v["total_messages"], 0);
        assert!(v["top_gifters"].as_array().is_some_and(Vec::is_empty));
    }
}
