//! Live rooms under test control: a delayed start, per-room start/end, a stream drop while the
//! room stays live, rooms missing or failing a quality, and stream bodies a recorder's FLV and
//! TS walkers accept.

mod common;

use std::time::Duration;

use common::{start, start_with, Env};
use serde_json::{json, Value};

async fn enter(env: &Env, room: usize) -> Value {
    let web_rid = env.world["lives"][room]["web_rid"]
        .as_str()
        .expect("rid")
        .to_string();
    let q = format!(
        "aid=6383&app_name=douyin_web&live_id=1&device_platform=web&web_rid={web_rid}&room_id_str="
    );
    env.get_raw(&env.ab_url("/webcast/room/web/enter/", &q, ""), None)
        .await
        .json::<Value>()
        .await
        .expect("enter")["data"]["data"][0]
        .clone()
}

async fn live_status(env: &Env, room: usize) -> u64 {
    let owner = env.world["lives"][room]["owner"].as_u64().expect("owner") as usize;
    let uid = env.world["users"][owner]["uid"]
        .as_str()
        .expect("uid")
        .to_string();
    let q = format!("aid=6383&channel=test&user_ids={uid}&distribution_scenes=254");
    let v: Value = env
        .get_raw(
            &env.ab_url("/webcast/distribution/check_user_live_status/", &q, ""),
            None,
        )
        .await
        .json()
        .await
        .expect("status");
    v["data"][0]["user_live"][0]["live_status"]
        .as_u64()
        .expect("live_status")
}

/// Walks an FLV prefix: header, PreviousTagSize0, then whole tags with their
/// PreviousTagSize; returns (tag timestamps, bytes of whole tags consumed).
fn walk_flv(b: &[u8]) -> (Vec<u32>, usize) {
    assert_eq!(&b[..3], b"FLV");
    assert_eq!(b[3], 1, "version 1");
    assert_eq!(
        u32::from_be_bytes(b[5..9].try_into().expect("4")),
        9,
        "header size"
    );
    assert_eq!(&b[9..13], &[0, 0, 0, 0], "PreviousTagSize0");
    let mut at = 13;
    let mut ts = Vec::new();
    while at + 11 <= b.len() {
        let size = u32::from_be_bytes([0, b[at + 1], b[at + 2], b[at + 3]]) as usize;
        let end = at + 11 + size;
        if end + 4 > b.len() {
            break;
        }
        assert!(matches!(b[at], 8 | 9 | 18), "tag type {}", b[at]);
        assert_eq!(&b[at + 8..at + 11], &[0, 0, 0], "stream id 0");
        let t = u32::from_be_bytes([b[at + 7], b[at + 4], b[at + 5], b[at + 6]]);
        let prev = u32::from_be_bytes(b[end..end + 4].try_into().expect("4")) as usize;
        assert_eq!(prev, 11 + size, "PreviousTagSize");
        ts.push(t);
        at = end + 4;
    }
    (ts, at)
}

/// Reads an FLV body into `got` until it holds `tags` whole tags; true if the body failed
/// (rather than ending).
async fn read_flv(r: &mut reqwest::Response, got: &mut Vec<u8>, tags: usize) -> bool {
    loop {
        match tokio::time::timeout(Duration::from_secs(5), r.chunk())
            .await
            .expect("in time")
        {
            Ok(Some(c)) => got.extend_from_slice(&c),
            Ok(None) => return false,
            Err(_) => return true,
        }
        if got.len() > 13 && walk_flv(got).0.len() >= tags {
            return false;
        }
    }
}

#[tokio::test]
async fn a_delayed_room_goes_live_and_rooms_start_and_end_one_by_one() {
    let env = start_with(|c| c.live_delays_s = vec![(1, 30)]).await;
    assert_eq!(enter(&env, 1).await["status"], 4);
    assert_eq!(live_status(&env, 1).await, 0);
    env.clock.advance(30_000);
    assert_eq!(enter(&env, 1).await["status"], 2, "live after 30 s");
    assert_eq!(live_status(&env, 1).await, 1);
    assert_eq!(env.world_now().await["lives"][1]["live"], true);

    let (status, _) = env.admin("live/end", Some(json!({"room": 1}))).await;
    assert_eq!(status, 204);
    assert_eq!(enter(&env, 1).await["status"], 4);
    assert_eq!(enter(&env, 0).await["status"], 2, "only room 1 ended");
    assert_eq!(
        env.admin("live/start", Some(json!({"room": 1}))).await.0,
        204
    );
    assert_eq!(enter(&env, 1).await["status"], 2);
    assert_eq!(live_status(&env, 1).await, 1);
    assert_eq!(
        env.admin("live/start", Some(json!({"room": 99}))).await.0,
        404
    );
    // No body ends every room, as before.
    assert_eq!(env.admin("live/end", None).await.0, 204);
    assert_eq!(
        env.world_now().await["live_now"],
        json!([false, false, false, false])
    );
}

#[tokio::test]
async fn a_drop_cuts_the_flv_mid_tag_and_fails_one_playlist_while_the_room_stays_live() {
    let env = start().await;
    let urls = enter(&env, 0).await["stream_url"].clone();
    let flv_url = urls["flv_pull_url"]["HD1"]
        .as_str()
        .expect("flv")
        .to_string();
    let m3u8 = urls["hls_pull_url_map"]["HD1"]
        .as_str()
        .expect("hls")
        .to_string();
    let mut r = env.http.get(&flv_url).send().await.expect("flv");
    assert_eq!(r.status(), 200);
    let mut all = Vec::new();
    assert!(!read_flv(&mut r, &mut all, 3).await);
    let (ts, _) = walk_flv(&all);
    assert!(
        ts.windows(2).all(|w| w[0] < w[1]),
        "increasing timestamps {ts:?}"
    );

    assert_eq!(
        env.admin("live/drop", Some(json!({"room": 0}))).await.0,
        204
    );
    let failed = read_flv(&mut r, &mut all, usize::MAX).await;
    assert!(failed, "the body fails instead of ending cleanly");
    let (_, whole) = walk_flv(&all);
    assert!(
        whole < all.len(),
        "the last tag is torn: {whole} of {} bytes whole",
        all.len()
    );

    assert_eq!(
        env.http.get(&m3u8).send().await.expect("m3u8").status(),
        404
    );
    let again = env.http.get(&m3u8).send().await.expect("m3u8");
    assert_eq!(again.status(), 200, "only the next playlist fetch fails");
    assert_eq!(enter(&env, 0).await["status"], 2, "still live");
    let mut r = env.http.get(&flv_url).send().await.expect("flv again");
    let mut b = Vec::new();
    let failed = read_flv(&mut r, &mut b, 2).await;
    assert!(
        !failed && walk_flv(&b).0.len() >= 2,
        "a reconnect streams again"
    );
}

#[tokio::test]
async fn room_2_lacks_full_hd1_and_room_3_lists_it_but_fails_it() {
    let env = start().await;
    assert_eq!(
        env.world["lives"][2]["absent_qualities"],
        json!(["FULL_HD1"])
    );
    assert_eq!(
        env.world["lives"][3]["failing_qualities"],
        json!(["FULL_HD1"])
    );
    let two = enter(&env, 2).await["stream_url"].clone();
    for map in ["flv_pull_url", "hls_pull_url_map"] {
        assert!(two[map].get("FULL_HD1").is_none(), "{map}");
        assert!(two[map]["HD1"].is_string(), "{map}");
    }
    let three = enter(&env, 3).await["stream_url"].clone();
    for map in ["flv_pull_url", "hls_pull_url_map"] {
        let full = three[map]["FULL_HD1"].as_str().expect("listed");
        assert_eq!(
            env.http.get(full).send().await.expect("get").status(),
            404,
            "{map}"
        );
        let hd = three[map]["HD1"].as_str().expect("HD1");
        assert_eq!(
            env.http.get(hd).send().await.expect("get").status(),
            200,
            "{map}"
        );
    }
}

#[tokio::test]
async fn hls_segments_are_whole_mpeg_ts_packets() {
    let env = start().await;
    env.clock.advance(6_000);
    let m3u8 = enter(&env, 0).await["stream_url"]["hls_pull_url_map"]["FULL_HD1"]
        .as_str()
        .expect("hls")
        .to_string();
    let playlist = env
        .http
        .get(&m3u8)
        .send()
        .await
        .expect("m3u8")
        .text()
        .await
        .expect("text");
    let segs: Vec<&str> = playlist.lines().filter(|l| l.starts_with("http")).collect();
    assert!(segs.len() >= 2);
    for seg in segs {
        let ts = env
            .http
            .get(seg)
            .send()
            .await
            .expect("ts")
            .bytes()
            .await
            .expect("b");
        assert_eq!(ts.len() % 188, 0, "whole packets");
        let mut cc: Option<u8> = None;
        for (i, p) in ts.chunks(188).enumerate() {
            assert_eq!(p[0], 0x47, "sync byte of packet {i}");
            let pid = (u16::from(p[1] & 0x1f) << 8) | u16::from(p[2]);
            match i {
                0 => assert_eq!(pid, 0, "PAT first"),
                1 => assert_eq!(pid, 0x1000, "then the PMT"),
                _ => {
                    assert_eq!(pid, 0x100);
                    let c = p[3] & 0x0f;
                    if let Some(prev) = cc {
                        assert_eq!(c, (prev + 1) % 16, "continuity counter");
                    }
                    cc = Some(c);
                }
            }
        }
    }
}

#[tokio::test]
async fn the_live_status_check_and_authors_follow_the_room_state() {
    let env = start().await;
    assert_eq!(live_status(&env, 0).await, 1);
    env.emu.end_room(0);
    assert_eq!(live_status(&env, 0).await, 0);
    let owner = env.world["lives"][0]["owner"].as_u64().expect("owner") as usize;
    let profile_live = || async {
        env.api_json(
            "/aweme/v1/web/user/profile/other/",
            &format!("sec_user_id={}", env.user_sec(owner)),
        )
        .await["user"]["live_status"]
            .clone()
    };
    assert_eq!(profile_live().await, 0);
    assert!(env.emu.start_room(0));
    assert_eq!(live_status(&env, 0).await, 1);
    assert_eq!(profile_live().await, 1);
}
