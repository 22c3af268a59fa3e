//! The live room as the session and the recorder need it: ids, status, title, anchor and
//! the FLV/HLS pull URL maps, read from `room/web/enter` or `room/reflow/info` answers.

use crate::Error;
use serde::Serialize;
use serde_json::Value;

/// `status` of a room that is live.
pub const STATUS_LIVE: i64 = 2;

/// Quality ids in preference order (best first), as keys of the pull URL maps.
pub const QUALITY_ORDER: [&str; 5] = ["ORIGION", "FULL_HD1", "HD1", "SD1", "SD2"];

/// A live room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct LiveRoom {
    /// 19-digit room id.
    pub room_id: String,
    /// Web id (`live.douyin.com/<web_rid>`), when known.
    pub web_rid: Option<String>,
    /// 2 = live, 4 = ended.
    pub status: i64,
    /// Live title.
    pub title: String,
    /// Anchor nickname.
    pub nickname: String,
    /// Anchor uid.
    pub owner_uid: String,
    /// Anchor sec_uid.
    pub owner_sec_uid: String,
    /// Viewer count as Douyin displays it.
    pub user_count: String,
    /// Quality id → FLV URL, in the answer's order (a JSON object when serialised).
    #[serde(serialize_with = "as_map")]
    pub flv_pull_urls: Vec<(String, String)>,
    /// Quality id → m3u8 URL, in the answer's order (a JSON object when serialised).
    #[serde(serialize_with = "as_map")]
    pub hls_pull_urls: Vec<(String, String)>,
}

impl LiveRoom {
    /// True when the room is live.
    pub fn is_live(&self) -> bool {
        self.status == STATUS_LIVE
    }

    /// The best FLV URL, or the one for `quality` when present.
    pub fn flv_url(&self, quality: Option<&str>) -> Option<&str> {
        pick(&self.flv_pull_urls, quality)
    }

    /// The best m3u8 URL, or the one for `quality` when present.
    pub fn hls_url(&self, quality: Option<&str>) -> Option<&str> {
        pick(&self.hls_pull_urls, quality)
    }

    /// Fails with [`Error::NotLive`] unless the room is live.
    ///
    /// # Errors
    /// [`Error::NotLive`].
    pub fn ensure_live(&self) -> Result<(), Error> {
        if self.is_live() {
            Ok(())
        } else {
            Err(Error::NotLive {
                room_id: self.room_id.clone(),
                status: self.status,
            })
        }
    }
}

fn as_map<S: serde::Serializer>(pairs: &[(String, String)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

fn pick<'a>(urls: &'a [(String, String)], quality: Option<&str>) -> Option<&'a str> {
    let find = |q: &str| urls.iter().find(|(k, _)| k == q).map(|(_, v)| v.as_str());
    quality
        .and_then(find)
        .or_else(|| QUALITY_ORDER.iter().find_map(|q| find(q)))
        .or_else(|| urls.first().map(|(_, v)| v.as_str()))
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

fn url_map(v: &Value) -> Vec<(String, String)> {
    v.as_object()
        .map(|m| {
            m.iter()
                .filter_map(|(k, v)| v.as_str().map(|u| (k.clone(), u.to_owned())))
                .filter(|(_, u)| !u.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

fn status_code(body: &Value, endpoint: &'static str) -> Result<(), Error> {
    match body.get("status_code").and_then(Value::as_i64) {
        Some(0) | None => Ok(()),
        Some(code) => Err(Error::ApiRefused {
            endpoint: endpoint.into(),
            code,
            message: body["status_msg"].as_str().unwrap_or("").to_owned(),
        }),
    }
}

fn room_not_found(id: &str) -> Error {
    Error::NotFound {
        endpoint: format!("live room {id}"),
    }
}

/// The room of a `room/web/enter` answer (`$.data.data[0]`); `web_rid` is the id asked for.
///
/// # Errors
/// [`Error::NotFound`] without a room, [`Error::ApiRefused`] for a refusal, [`Error::Decode`]
/// for a room without id.
pub fn room_from_enter(body: &Value, web_rid: &str) -> Result<LiveRoom, Error> {
    const EP: &str = "/webcast/room/web/enter/";
    status_code(body, EP)?;
    let Some(room) = body.pointer("/data/data/0").filter(|r| r.is_object()) else {
        return Err(room_not_found(web_rid));
    };
    let owner = &room["owner"];
    Ok(LiveRoom {
        room_id: text(&room["id_str"]),
        web_rid: Some(web_rid.to_owned()),
        status: room["status"].as_i64().unwrap_or(0),
        title: text(&room["title"]),
        nickname: text(&owner["nickname"]),
        owner_uid: text(&owner["id_str"]),
        owner_sec_uid: text(&owner["sec_uid"]),
        user_count: text(&room["user_count_str"]),
        flv_pull_urls: url_map(&room["stream_url"]["flv_pull_url"]),
        hls_pull_urls: url_map(&room["stream_url"]["hls_pull_url_map"]),
    })
    .and_then(|r| {
        if r.room_id.is_empty() {
            Err(Error::Decode {
                endpoint: EP.into(),
                path: "data.data[0].id_str".into(),
                reason: "the room has no id".into(),
            })
        } else {
            Ok(r)
        }
    })
}

/// The room of a `room/reflow/info` answer (`$.data.room`); `room_id` is the id asked for.
///
/// # Errors
/// [`Error::NotFound`] without a room, [`Error::ApiRefused`] for a refusal.
pub fn room_from_reflow(body: &Value, room_id: &str) -> Result<LiveRoom, Error> {
    const EP: &str = "/webcast/room/reflow/info/";
    let Some(room) = body.pointer("/data/room").filter(|r| r.is_object()) else {
        status_code(body, EP)?;
        return Err(room_not_found(room_id));
    };
    let owner = &room["owner"];
    let id = text(&room["id_str"]);
    let id = if id.is_empty() { text(&room["id"]) } else { id };
    let web_rid = text(&owner["web_rid"]);
    Ok(LiveRoom {
        room_id: if id.is_empty() {
            room_id.to_owned()
        } else {
            id
        },
        web_rid: (!web_rid.is_empty()).then_some(web_rid),
        status: room["status"].as_i64().unwrap_or(0),
        title: text(&room["title"]),
        nickname: text(&owner["nickname"]),
        owner_uid: text(&owner["id_str"]),
        owner_sec_uid: text(&owner["sec_uid"]),
        user_count: text(&room["user_count"]),
        flv_pull_urls: url_map(&room["stream_url"]["flv_pull_url"]),
        hls_pull_urls: url_map(&room["stream_url"]["hls_pull_url_map"]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn enter_answer_gives_room_and_prefers_best_quality() {
        let body = json!({"status_code": 0, "data": {"data": [{
            "id_str": "7382517534467115826", "status": 2, "title": "t",
            "owner": {"nickname": "n", "id_str": "1", "sec_uid": "s"},
            "stream_url": {"flv_pull_url": {"SD1": "http://a/sd.flv", "FULL_HD1": "http://a/hd.flv"},
                           "hls_pull_url_map": {"HD1": "http://a/hd.m3u8"}}
        }]}});
        let room = room_from_enter(&body, "77584").unwrap_or_default();
        assert_eq!(room.room_id, "7382517534467115826");
        assert!(room.is_live());
        assert_eq!(room.flv_url(None), Some("http://a/hd.flv"));
        assert_eq!(room.flv_url(Some("SD1")), Some("http://a/sd.flv"));
        assert_eq!(room.flv_url(Some("XX")), Some("http://a/hd.flv"));
        assert_eq!(room.hls_url(None), Some("http://a/hd.m3u8"));
        let v = serde_json::to_value(&room).unwrap_or_default();
        assert_eq!(v["flv_pull_urls"]["SD1"], "http://a/sd.flv");
    }

    #[test]
    fn empty_enter_answer_is_not_found_and_ended_room_is_not_live() {
        let empty = json!({"status_code": 0, "data": {"data": []}});
        assert_eq!(
            room_from_enter(&empty, "1").err().map(|e| e.kind()),
            Some(crate::ErrorKind::NotFound)
        );
        let ended = json!({"data": {"data": [{"id_str": "9", "status": 4}]}});
        let room = room_from_enter(&ended, "1").unwrap_or_default();
        assert_eq!(
            room.ensure_live().err().map(|e| e.kind()),
            Some(crate::ErrorKind::NotLive)
        );
    }

    #[test]
    fn reflow_answer_reads_numeric_id_and_web_rid() {
        let body = json!({"data": {"room": {"id": 7382517534467115826u64, "status": 2,
            "owner": {"web_rid": "77584", "nickname": "n"}, "stream_url": {}}}});
        let room = room_from_reflow(&body, "7382517534467115826").unwrap_or_default();
        assert_eq!(room.room_id, "7382517534467115826");
        assert_eq!(room.web_rid.as_deref(), Some("77584"));
        assert_eq!(room.flv_url(None), None);
    }
}
