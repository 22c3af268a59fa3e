//! Every real captured Douyin body (`shared/real-responses/`) is read by its model: no model field
//! may come out empty where the body has a value (a silently dropped field means a wrong type),
//! and the domain accessors give the answers visible in the captures.

use douyin_core::models::{
    aweme::Aweme, check_body, choose_stream, AwemeListResponse, CodecPreference,
    CommentListResponse, ImMessage, ImUserInfoResponse, Parsed, PostDetailResponse, PostKind,
    QualityPolicy, ReflowResponse, Room, Unavailable, UserProfileResponse,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn real_dir() -> PathBuf {
    match std::env::var_os("DOUYIN_REAL_RESPONSES_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/real-responses"),
    }
}

fn load(rel: &str) -> Value {
    let path = real_dir().join(rel);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("capture is JSON")
}

/// Reports every place where the body has a non-null value but the typed model's same field is
/// empty, or where a typed list is shorter than the body's list.
fn dropped(raw: &Value, typed: &Value, at: &str, out: &mut Vec<String>) {
    match (raw, typed) {
        (Value::Object(r), Value::Object(t)) => {
            for (key, tv) in t {
                let Some(rv) = r.get(key) else { continue };
                let here = format!("{at}.{key}");
                if tv.is_null() && !rv.is_null() {
                    out.push(format!("{here}: body has {}", short(rv)));
                } else {
                    dropped(rv, tv, &here, out);
                }
            }
        }
        (Value::Array(r), Value::Array(t)) => {
            if t.len() < r.len() {
                out.push(format!("{at}: {} of {} elements kept", t.len(), r.len()));
            }
            for (idx, (rv, tv)) in r.iter().zip(t).enumerate() {
                dropped(rv, tv, &format!("{at}[{idx}]"), out);
            }
        }
        // A lone object read as a one-element list.
        (Value::Object(_), Value::Array(t)) if t.len() == 1 => dropped(raw, &t[0], at, out),
        _ => {}
    }
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    s.chars().take(80).collect()
}

/// Reads a capture with model `T` and fails on any silently dropped field.
fn read_all<T: DeserializeOwned + Serialize>(raw: Value, what: &str) -> T {
    let parsed = Parsed::<T>::from_value(raw).unwrap_or_else(|e| panic!("{what}: {e}"));
    let typed = serde_json::to_value(&parsed.typed).expect("model serializes");
    let mut out = Vec::new();
    dropped(&parsed.raw, &typed, "$", &mut out);
    assert!(
        out.is_empty(),
        "{what}: fields lost by the model:\n{}",
        out.join("\n")
    );
    parsed.typed
}

#[test]
fn every_capture_is_read_by_its_model() {
    let dir = real_dir();
    let mut seen = 0;
    for folder in std::fs::read_dir(&dir).expect("real-responses folder") {
        let folder = folder.expect("entry").path();
        if !folder.is_dir() {
            continue;
        }
        let name = folder
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        for file in std::fs::read_dir(&folder).expect("folder") {
            let file = file.expect("entry").path();
            if file.extension().is_none_or(|x| x != "json") {
                continue;
            }
            read_one(&name, &file);
            seen += 1;
        }
    }
    assert!(
        seen >= 19,
        "only {seen} captures found in {}",
        dir.display()
    );
}

fn read_one(folder: &str, file: &Path) {
    let what = file.display().to_string();
    let text = std::fs::read_to_string(file).expect("read capture");
    let raw: Value = serde_json::from_str(&text).expect("capture is JSON");
    let list = raw.is_array();
    match (folder, list) {
        ("aweme-detail", _) => drop(read_all::<PostDetailResponse>(raw, &what)),
        ("aweme-post", true) => drop(read_all::<Vec<Aweme>>(raw, &what)),
        ("aweme-post" | "tab-feed", false) => drop(read_all::<AwemeListResponse>(raw, &what)),
        ("comment-list", _) => drop(read_all::<CommentListResponse>(raw, &what)),
        ("extra-im-user-info", _) => drop(read_all::<ImUserInfoResponse>(raw, &what)),
        ("user-profile-other", _) => drop(read_all::<UserProfileResponse>(raw, &what)),
        ("webcast-im-fetch", true) => drop(read_all::<Vec<ImMessage>>(raw, &what)),
        ("webcast-im-fetch", false) => drop(read_all::<ImMessage>(raw, &what)),
        ("webcast-room-reflow-info", _) => drop(read_all::<ReflowResponse>(raw, &what)),
        ("webcast-room-web-enter", _) => drop(read_all::<Room>(raw, &what)),
        _ => panic!("{what}: no model chosen for folder `{folder}`"),
    }
}

#[test]
fn detail_capture_gives_a_video_with_ordered_mirrors() {
    let raw = load("aweme-detail/tiktokdownload__API_user_post_detail.json");
    let d: PostDetailResponse = read_all(raw.clone(), "detail");
    assert!(check_body(&raw).is_ok());
    let aweme = d.availability().expect("available");
    assert_eq!(aweme.id(), Some("7071967230287744267"));
    assert_eq!(aweme.kind(), PostKind::Video);
    // music.id is an int64 number beyond 2^53 in the body; the digits must survive.
    let music = aweme.music.as_ref().expect("music");
    assert_eq!(
        music.id.as_ref().map(|i| i.as_str()),
        raw.pointer("/aweme_detail/music/id_str")
            .and_then(Value::as_str)
    );
    let streams = aweme.streams();
    let raw_rates = raw
        .pointer("/aweme_detail/video/bit_rate")
        .and_then(Value::as_array)
        .expect("bit_rate");
    assert_eq!(streams.len(), raw_rates.len());
    let best = aweme
        .choose_stream(QualityPolicy::Highest, CodecPreference::Any)
        .expect("a stream");
    let max_rate = raw_rates
        .iter()
        .filter_map(|r| r["bit_rate"].as_u64())
        .max();
    assert_eq!(Some(best.stream.bitrate), max_rate);
    let chosen = raw_rates
        .iter()
        .find(|r| r["bit_rate"].as_u64() == max_rate)
        .and_then(|r| r.pointer("/play_addr/url_list"))
        .and_then(Value::as_array)
        .expect("urls");
    let want: Vec<&str> = chosen.iter().filter_map(Value::as_str).collect();
    assert_eq!(best.fallbacks, want);
    let smallest = aweme
        .choose_stream(QualityPolicy::Smallest, CodecPreference::Any)
        .expect("a stream");
    assert_eq!(
        Some(smallest.stream.bitrate),
        raw_rates
            .iter()
            .filter_map(|r| r["bit_rate"].as_u64())
            .min()
    );
}

#[test]
fn deleted_capture_is_unavailable_with_its_reason() {
    let raw = load("aweme-detail/tiktokdownload__API_user_post_delete__deleted_aweme.json");
    let d: PostDetailResponse = read_all(raw.clone(), "deleted");
    let msg = raw
        .pointer("/filter_detail/detail_msg")
        .and_then(Value::as_str)
        .map(str::to_owned);
    assert_eq!(
        raw.pointer("/filter_detail/filter_reason")
            .and_then(Value::as_str),
        Some("status_self_see")
    );
    assert_eq!(
        d.availability().err(),
        Some(Unavailable::Private { message: msg })
    );
}

#[test]
fn image_post_capture_lists_its_images() {
    let raw = load("aweme-post/tiktokdownload__API_user_post_info_image.json");
    let page: AwemeListResponse = read_all(raw.clone(), "image post");
    assert!(page.has_more());
    let aweme = &page.items()[0];
    assert_eq!(aweme.kind(), PostKind::Images);
    let raw_images = raw
        .pointer("/aweme_list/0/images")
        .and_then(Value::as_array)
        .expect("images");
    assert_eq!(aweme.image_list().len(), raw_images.len());
    for (img, r) in aweme.image_list().iter().zip(raw_images) {
        assert_eq!(
            img.urls().first().map(String::as_str),
            r.pointer("/url_list/0").and_then(Value::as_str)
        );
    }
    // The slideshow's video has no renditions: nothing to pick.
    assert!(
        choose_stream(
            &aweme.streams(),
            QualityPolicy::Highest,
            CodecPreference::H264
        )
        .is_none()
            || aweme
                .video
                .as_ref()
                .and_then(|v| v.play_addr.as_ref())
                .is_some()
    );
}

#[test]
fn h265_gears_are_recognised_in_the_2025_capture() {
    let raw =
        load("aweme-post/miantj-feishu-douyin-tool-master__frontend_api_js_aweme_list_only.json");
    let list: Vec<Aweme> = read_all(raw.clone(), "2025 list");
    for (aweme, r) in list.iter().zip(raw.as_array().expect("list")) {
        let rates = r
            .pointer("/video/bit_rate")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let h265_in_body = rates
            .iter()
            .filter(|x| x["is_h265"].as_i64() == Some(1) || x["is_bytevc1"].as_i64() == Some(1))
            .count();
        let streams = aweme.streams();
        let h265 = streams
            .iter()
            .filter(|s| s.codec == douyin_core::models::Codec::H265)
            .count();
        assert!(
            h265 >= h265_in_body,
            "h265 streams {h265} < flagged {h265_in_body}"
        );
        if let Some(pick) = aweme.choose_stream(QualityPolicy::Highest, CodecPreference::H264) {
            if streams
                .iter()
                .any(|s| s.codec == douyin_core::models::Codec::H264)
            {
                assert_eq!(pick.stream.codec, douyin_core::models::Codec::H264);
            }
            assert!(!pick.fallbacks.is_empty());
        }
    }
}

#[test]
fn reflow_capture_keeps_the_int64_room_id() {
    let raw = load("webcast-room-reflow-info/f2__examples_webcast_room_reflow_info_response.json");
    let r: ReflowResponse = read_all(raw.clone(), "reflow");
    let room = r.data.and_then(|d| d.room).expect("room");
    assert_eq!(
        room.id.as_ref().map(|i| i.as_str()),
        raw.pointer("/data/room/id_str").and_then(Value::as_str)
    );
    assert!(!room.is_live());
    let names = room
        .stream_url
        .and_then(|s| s.resolution_name)
        .expect("resolution names");
    assert_eq!(
        names.get("FULL_HD1"),
        raw.pointer("/data/room/stream_url/resolution_name/FULL_HD1")
            .and_then(Value::as_str)
    );
}

#[test]
fn web_enter_room_capture_is_live_with_quality_urls() {
    let raw =
        load("webcast-room-web-enter/sjj1024-douyin-live__assets_livehtml_room_object_only.json");
    let room: Room = read_all(raw.clone(), "room");
    assert!(room.is_live());
    let flv = room
        .stream_url
        .and_then(|s| s.flv_pull_url)
        .expect("flv map");
    let raw_flv = raw
        .pointer("/stream_url/flv_pull_url")
        .and_then(Value::as_object)
        .expect("flv");
    let keys: Vec<&str> = flv.0.iter().map(|(k, _)| k.as_str()).collect();
    let raw_keys: Vec<&str> = raw_flv.keys().map(String::as_str).collect();
    assert_eq!(keys, raw_keys, "quality order kept");
}

#[test]
fn profile_and_comments_captures_read_their_key_fields() {
    let raw = load("user-profile-other/tiktokdownload__API_user_profile_info.json");
    let p: UserProfileResponse = read_all(raw.clone(), "profile");
    let user = p.user.expect("user");
    assert_eq!(
        user.sec_uid.as_deref(),
        raw.pointer("/user/sec_uid").and_then(Value::as_str)
    );
    assert_eq!(
        user.nickname.as_deref(),
        raw.pointer("/user/nickname").and_then(Value::as_str)
    );

    let raw = load("comment-list/daifayo7-social_media_platform-webscraping__douyin_data.json");
    let c: CommentListResponse = read_all(raw.clone(), "comments");
    assert_eq!(
        c.items().len(),
        raw["comments"].as_array().map_or(0, Vec::len)
    );
    assert_eq!(
        c.has_more.map(|f| f.is_true()),
        Some(raw["has_more"].as_i64() == Some(1))
    );
}

#[test]
fn the_dropped_field_check_catches_a_wrong_type() {
    let raw = serde_json::json!({"aweme_id": "1", "aweme_type": "video", "video": {"bit_rate": [{"bit_rate": "fast"}]}});
    let parsed = Parsed::<Aweme>::from_value(raw).expect("an object");
    assert_eq!(parsed.typed.aweme_type, None);
    let typed = serde_json::to_value(&parsed.typed).expect("serializes");
    let mut out = Vec::new();
    dropped(&parsed.raw, &typed, "$", &mut out);
    assert_eq!(out.len(), 2, "{out:?}");
    assert!(out[0].starts_with("$.aweme_type") || out[1].starts_with("$.aweme_type"));
}
