//! Key-path and JSON-type comparison of every real capture in `shared/real-responses/` with
//! the emulator's answer for the same endpoint. A path the capture has and the emulator lacks,
//! or a path whose JSON type differs, fails unless it is listed in `SHAPE_GAPS` with a reason.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{start, Env};
use serde_json::Value;

/// JSON type names; integers and floats are told apart (ids must stay integers).
fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "float",
        Value::Number(_) => "int",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Every key path (`a.b[].c`) with the set of JSON types seen there.
fn paths(v: &Value) -> BTreeMap<String, BTreeSet<&'static str>> {
    fn walk(v: &Value, at: String, out: &mut BTreeMap<String, BTreeSet<&'static str>>) {
        out.entry(at.clone()).or_default().insert(kind(v));
        match v {
            Value::Object(m) => {
                for (k, c) in m {
                    let p = if at.is_empty() {
                        k.clone()
                    } else {
                        format!("{at}.{k}")
                    };
                    walk(c, p, out);
                }
            }
            Value::Array(a) => {
                for c in a {
                    walk(c, format!("{at}[]"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = BTreeMap::new();
    walk(v, String::new(), &mut out);
    out
}

fn load(rel: &str) -> Value {
    let path = format!(
        "{}/../../../shared/real-responses/{rel}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Differences of `emu` against `cap`: (missing paths, type mismatches).
fn diff(cap: &Value, emu: &Value) -> (Vec<String>, Vec<String>) {
    let (c, e) = (paths(cap), paths(emu));
    let mut missing = Vec::new();
    let mut types = Vec::new();
    for (p, ct) in &c {
        match e.get(p) {
            None => missing.push(p.clone()),
            Some(et) => {
                // null is how Douyin says "absent here"; it is compatible with any type.
                let ct: BTreeSet<_> = ct.iter().filter(|t| **t != "null").collect();
                let et: BTreeSet<_> = et.iter().filter(|t| **t != "null").collect();
                if !ct.is_empty() && !et.is_empty() && ct.is_disjoint(&et) {
                    types.push(format!("{p}: capture {ct:?} emulator {et:?}"));
                }
            }
        }
    }
    (missing, types)
}

/// Every JSONPath F2's filters read (http.md §10), as key paths (`a[].b`), plus the paths
/// the custom fields of §10.2 read.
fn f2_read_paths() -> BTreeSet<String> {
    let path = format!(
        "{}/../../../shared/spec/http.md",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let start = text.find("## 10. Filters").expect("§10");
    let end = text.find("## 11.").expect("§11");
    let mut out = BTreeSet::new();
    for piece in text[start..end].split('`').skip(1).step_by(2) {
        let Some(rest) = piece.strip_prefix("$.") else {
            continue;
        };
        let mut p = String::new();
        let mut chars = rest.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '[' {
                // `[*]` and `[0]` both mean "an element".
                for d in chars.by_ref() {
                    if d == ']' {
                        break;
                    }
                }
                p.push_str("[]");
            } else {
                p.push(c);
            }
        }
        out.insert(p);
    }
    for list in ["aweme_list[]", "aweme_detail"] {
        for tail in [
            "images[].url_list",
            "images[].video.play_addr.url_list",
            "video.animated_cover.url_list",
            "video.bit_rate[].bit_rate",
        ] {
            out.insert(format!("{list}.{tail}"));
        }
    }
    out
}

/// Whether `p` is read by F2: equal to, or an ancestor of, one of `read`.
fn is_read(p: &str, read: &BTreeSet<String>) -> bool {
    read.iter()
        .any(|r| r == p || r.starts_with(&format!("{p}.")) || r.starts_with(&format!("{p}[]")))
}

/// One comparison: capture file, emulator body, the prefix that places a fragment capture in
/// its full body, and the paths that must be present beyond those F2 reads.
fn check(
    name: &str,
    cap: &Value,
    emu: &Value,
    prefix: &str,
    read: &BTreeSet<String>,
) -> (Vec<String>, usize) {
    let (missing, types) = diff(cap, emu);
    let full = |p: &String| format!("{prefix}{p}");
    let mut out: Vec<String> = missing
        .iter()
        .filter(|p| is_read(&full(p), read) || must_have(&full(p)))
        .map(|p| format!("{name}: missing {p}"))
        .collect();
    let unread = missing.len() - out.len();
    out.extend(types.iter().map(|t| format!("{name}: type {t}")));
    (out, unread)
}

async fn body(env: &Env, path: &str, extra: &str) -> Value {
    env.api_json(path, extra).await
}

fn id(env: &Env, ptr: &str) -> String {
    env.world
        .pointer(ptr)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("world {ptr}"))
        .to_string()
}

#[tokio::test]
async fn every_capture_matches_the_emulator_shape() {
    let env = start().await;
    let sec = env.user_sec(0);
    // The post page comes from a mix owner so that `mix_info` objects appear on it.
    let mix_owner = id(&env, "/mixes/0/owner_sec_user_id");
    let video = id(&env, "/posts/video/0");
    let deleted = id(&env, "/posts/deleted/0");
    let web_rid = id(&env, "/lives/0/web_rid");
    let room_id = id(&env, "/lives/1/room_id");
    let post_page = body(
        &env,
        "/aweme/v1/web/aweme/post/",
        &format!("max_cursor=0&count=7&sec_user_id={mix_owner}"),
    )
    .await;
    let mut problems = Vec::new();
    let cases: Vec<(&str, &str, Value)> = vec![
        (
            "aweme-detail/tiktokdownload__API_user_post_detail.json",
            "",
            body(&env, "/aweme/v1/web/aweme/detail/", &format!("aweme_id={video}")).await,
        ),
        (
            "aweme-detail/tiktokdownload__API_user_post_delete__deleted_aweme.json",
            "",
            body(&env, "/aweme/v1/web/aweme/detail/", &format!("aweme_id={deleted}")).await,
        ),
        ("aweme-post/tiktokdownload__API_user_post_info_video.json", "", post_page.clone()),
        ("aweme-post/tiktokdownload__API_user_post_info_image.json", "", post_page.clone()),
        ("aweme-post/someapi__douyin_init_pyi_get_user_videos.json", "", post_page.clone()),
        (
            "aweme-post/miantj-feishu-douyin-tool-master__frontend_api_js_aweme_list_only.json",
            "aweme_list",
            post_page["aweme_list"].clone(),
        ),
        (
            "comment-list/daifayo7-social_media_platform-webscraping__douyin_data.json",
            "",
            body(&env, "/aweme/v1/web/comment/list/", &format!("aweme_id={video}&cursor=0&count=20&item_type=0&insert_ids=&whale_cut_token=&cut_version=1&rcFT=")).await,
        ),
        (
            "user-profile-other/someapi__douyin_init_pyi_get_user_info.json",
            "",
            body(&env, "/aweme/v1/web/user/profile/other/", &format!("sec_user_id={sec}")).await,
        ),
        (
            "user-profile-other/tiktokdownload__API_user_profile_info.json",
            "",
            body(&env, "/aweme/v1/web/user/profile/other/", &format!("sec_user_id={sec}")).await,
        ),
        (
            "tab-feed/mafqla-douyin-web__api-docs_example-responses_homeFeed__v2_module_feed.json",
            "",
            body(&env, "/aweme/v1/web/tab/feed/", "count=40&tag_id=&share_aweme_id=&live_insert_type=&refresh_index=1&video_type_select=1&aweme_pc_rec_raw_data=%7B%22is_client%22%3A%22false%22%7D&globalwid=&pull_type=&min_window=&free_right=&ug_source=&creative_id=").await,
        ),
        (
            "webcast-room-web-enter/sjj1024-douyin-live__assets_livehtml_room_object_only.json",
            "data.data[].",
            body(&env, "/webcast/room/web/enter/", &format!("web_rid={web_rid}&room_id_str=")).await["data"]["data"][0].clone(),
        ),
        (
            "webcast-room-reflow-info/f2__examples_webcast_room_reflow_info_response.json",
            "",
            body(&env, "/webcast/room/reflow/info/", &format!("room_id={room_id}")).await,
        ),
    ];
    // Reverse direction: keys the emulator invents where captures exist. A client that
    // learned a key from the emulator alone would break on real Douyin.
    let mut seen = BTreeSet::new();
    for (file, prefix, _) in &cases {
        seen.extend(
            paths(&load(file))
                .into_keys()
                .map(|p| normalise(&format!("{prefix}{p}"))),
        );
    }
    for (file, prefix, emu) in &cases {
        for p in paths(emu).into_keys() {
            let n = normalise(&format!("{prefix}{p}"));
            let allowed = EMULATOR_ONLY.iter().any(|(rule, _)| {
                n == *rule
                    || n.starts_with(&format!("{rule}."))
                    || n.starts_with(&format!("{rule}[]"))
            });
            if !seen.contains(&n) && !allowed {
                problems.push(format!("{file}: emulator-only {n}"));
            }
        }
    }
    let read = f2_read_paths();
    let mut unread = 0;
    for (file, prefix, emu) in &cases {
        let cap = load(file);
        let (p, n) = check(file, &cap, emu, prefix, &read);
        problems.extend(p);
        unread += n;
    }
    eprintln!("capture paths not emitted and not read by F2 (display-only): {unread}");
    assert!(
        problems.is_empty(),
        "{} differences:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Paths the emulator must produce wherever a capture has them, beyond those F2 reads: the
/// envelope, ids with their `*_str` twins, and the media shapes a downloader depends on.
/// `AWEME.` stands for both `aweme_list[].` and `aweme_detail.`; a rule covers its subtree.
const MUST_HAVE: &[&str] = &[
    "status_code",
    "status_msg",
    "extra",
    "log_pb",
    "filter_detail",
    "has_more",
    "cursor",
    "max_cursor",
    "min_cursor",
    "total",
    "AWEME.aweme_id",
    "AWEME.create_time",
    "AWEME.is_top",
    "AWEME.media_type",
    "AWEME.share_url",
    "AWEME.share_info.share_url",
    "AWEME.author_user_id",
    "AWEME.statistics.aweme_id",
    "AWEME.statistics.admire_count",
    "AWEME.statistics.collect_count",
    "AWEME.statistics.comment_count",
    "AWEME.statistics.digg_count",
    "AWEME.statistics.play_count",
    "AWEME.statistics.share_count",
    "AWEME.text_extra[].start",
    "AWEME.text_extra[].end",
    "AWEME.text_extra[].type",
    "AWEME.text_extra[].hashtag_name",
    "AWEME.text_extra[].hashtag_id",
    "AWEME.images[].uri",
    "AWEME.images[].url_list",
    "AWEME.images[].download_url_list",
    "AWEME.images[].width",
    "AWEME.images[].height",
    "AWEME.images[].video",
    "AWEME.video.bit_rate[].gear_name",
    "AWEME.video.bit_rate[].quality_type",
    "AWEME.video.bit_rate[].bit_rate",
    "AWEME.video.bit_rate[].is_h265",
    "AWEME.video.bit_rate[].is_bytevc1",
    "AWEME.video.bit_rate[].format",
    "AWEME.video.bit_rate[].FPS",
    "AWEME.video.bit_rate[].play_addr.uri",
    "AWEME.video.bit_rate[].play_addr.url_list",
    "AWEME.video.bit_rate[].play_addr.url_key",
    "AWEME.video.bit_rate[].play_addr.width",
    "AWEME.video.bit_rate[].play_addr.height",
    "AWEME.video.bit_rate[].play_addr.data_size",
    "AWEME.video.bit_rate[].play_addr.file_hash",
    "AWEME.video.bit_rate[].play_addr.file_cs",
    "AWEME.video.play_addr.uri",
    "AWEME.video.play_addr.url_list",
    "AWEME.video.play_addr.url_key",
    "AWEME.video.play_addr.data_size",
    "AWEME.video.play_addr_265.url_list",
    "AWEME.video.play_addr_h264.url_list",
    "AWEME.video.cover.url_list",
    "AWEME.video.origin_cover.url_list",
    "AWEME.video.dynamic_cover.url_list",
    "AWEME.video.duration",
    "AWEME.video.width",
    "AWEME.video.height",
    "AWEME.video.ratio",
    "AWEME.music.id",
    "AWEME.music.id_str",
    "AWEME.music.mid",
    "AWEME.music.title",
    "AWEME.music.author",
    "AWEME.music.duration",
    "AWEME.music.play_url.uri",
    "AWEME.music.play_url.url_list",
    "AWEME.music.play_url.url_key",
    "AWEME.music.lyric_url",
    "AWEME.mix_info.mix_id",
    "AWEME.mix_info.mix_name",
    "AWEME.mix_info.statis.current_episode",
    "AWEME.mix_info.statis.updated_to_episode",
    "AWEME.author.uid",
    "AWEME.author.sec_uid",
    "AWEME.author.nickname",
    "AWEME.author.avatar_thumb.url_list",
    "comments[].cid",
    "comments[].text",
    "comments[].create_time",
    "comments[].digg_count",
    "comments[].reply_comment_total",
    "comments[].reply_id",
    "comments[].level",
    "comments[].ip_label",
    "comments[].user.uid",
    "comments[].user.sec_uid",
    "comments[].user.nickname",
    "user.uid",
    "user.sec_uid",
    "user.nickname",
    "user.avatar_larger",
    "user.aweme_count",
    "user.follower_count",
    "user.following_count",
    "user.total_favorited",
    "data.room.id",
    "data.room.id_str",
    "data.room.status",
    "data.room.title",
    "data.room.stream_id",
    "data.room.stream_id_str",
    "data.room.stream_url.flv_pull_url",
    "data.room.stream_url.hls_pull_url_map",
    "data.room.stream_url.default_resolution",
    "data.room.stream_url.resolution_name",
    "data.room.owner.sec_uid",
    "data.room.owner.web_rid",
    "data.room.owner.nickname",
    "data.user.id_str",
    "data.user.sec_uid",
    "data.user.nickname",
    "data.data[].id_str",
    "data.data[].status",
    "data.data[].title",
    "data.data[].stream_url.flv_pull_url",
    "data.data[].stream_url.hls_pull_url_map",
    "data.data[].stream_url.default_resolution",
    "data.data[].stream_url.stream_orientation",
    "data.data[].stream_url.live_core_sdk_data",
    "data.data[].owner.id_str",
    "data.data[].owner.sec_uid",
    "data.data[].owner.nickname",
    "data.data[].owner.avatar_thumb",
];

/// Whether a capture path falls under a [`MUST_HAVE`] rule.
fn must_have(p: &str) -> bool {
    let under = |rule: &str| {
        p == rule || p.starts_with(&format!("{rule}.")) || p.starts_with(&format!("{rule}[]"))
    };
    MUST_HAVE.iter().any(|m| match m.strip_prefix("AWEME.") {
        Some(tail) => {
            under(&format!("aweme_list[].{tail}")) || under(&format!("aweme_detail.{tail}"))
        }
        None => under(m),
    })
}

/// One spelling for the aweme object and the room object wherever they sit.
fn normalise(p: &str) -> String {
    for pre in [
        "aweme_detail.",
        "aweme_list[].",
        "data.data[].",
        "data.room.",
    ] {
        if let Some(rest) = p.strip_prefix(pre) {
            let tag = if pre.starts_with("aweme") {
                "AWEME"
            } else {
                "ROOM"
            };
            return format!("{tag}.{rest}");
        }
    }
    p.to_string()
}

/// Keys the emulator sends that no capture shows, each with where the key comes from.
const EMULATOR_ONLY: &[(&str, &str)] = &[
    (
        "AWEME.music.lyric_url",
        "SHAPES.md §2 / F2 lyric_url custom field; lyrics download",
    ),
    (
        "AWEME.music.lyric_type",
        "paired with lyric_url in F2's music collection filter",
    ),
    (
        "AWEME.video.animated_cover.width",
        "image objects are {uri,url_list,width,height} (SHAPES §0)",
    ),
    (
        "AWEME.video.animated_cover.height",
        "image objects are {uri,url_list,width,height} (SHAPES §0)",
    ),
    (
        "AWEME.video_control.download_setting",
        "F2 reads video_control.* (SHAPES §2 detail)",
    ),
    (
        "AWEME.images[].live_photo_type",
        "live photo marker (SHAPES §1, 3rd-party, unverified)",
    ),
    (
        "AWEME.images[].clip_type",
        "live photo marker (SHAPES §1, 3rd-party, unverified)",
    ),
    (
        "AWEME.images[].video",
        "live photo clip; F2 reads images[*].video.play_addr.url_list[0]",
    ),
    (
        "user.aweme_control",
        "present on aweme authors; harmless on the profile user",
    ),
    (
        "user.cover_url[].width",
        "image objects are {uri,url_list,width,height} (SHAPES §0)",
    ),
    (
        "user.cover_url[].height",
        "image objects are {uri,url_list,width,height} (SHAPES §0)",
    ),
    (
        "comments[].user.cover_url[]",
        "the capture's list is empty; entries are image objects (SHAPES §0)",
    ),
    (
        "ROOM.owner_user_id_str",
        "SHAPES §2 web/enter room (2026-04 complete capture)",
    ),
];

#[tokio::test]
async fn image_posts_have_no_video_rendition_as_in_the_capture() {
    // Capture: aweme_type 68, `video.bit_rate == []`, `video.play_addr == music.play_url`.
    let cap = load("aweme-post/tiktokdownload__API_user_post_info_image.json");
    let c = &cap["aweme_list"][0];
    assert_eq!(c["video"]["bit_rate"], serde_json::json!([]));
    assert_eq!(c["video"]["play_addr"], c["music"]["play_url"]);
    let env = start().await;
    for kind in ["images", "live_photo"] {
        let id = id(&env, &format!("/posts/{kind}/0"));
        let d = body(
            &env,
            "/aweme/v1/web/aweme/detail/",
            &format!("aweme_id={id}"),
        )
        .await;
        let a = &d["aweme_detail"];
        assert_eq!(a["aweme_type"], 68, "{kind}");
        assert_eq!(a["media_type"], 2, "{kind}");
        assert_eq!(a["video"]["bit_rate"], serde_json::json!([]), "{kind}");
        assert_eq!(a["video"]["play_addr"], a["music"]["play_url"], "{kind}");
        assert!(a["images"][0]["download_url_list"].is_array(), "{kind}");
    }
}
