//! Live: im/fetch, the websocket push endpoint (frames read, acked and decoded with this
//! test's own protobuf structs), heartbeats, idle close, the live-end control message, and
//! the FLV/HLS streams.

mod common;

use std::io::Read;
use std::time::Duration;

use common::{start, start_with, Env, UA};
use futures::{SinkExt, StreamExt};
use md5::{Digest, Md5};
use prost::Message;
use serde_json::Value;
use tokio_tungstenite::tungstenite::Message as Ws;

#[derive(Clone, PartialEq, prost::Message)]
struct Frame {
    #[prost(uint64, tag = "1")]
    seq_id: u64,
    #[prost(uint64, tag = "2")]
    log_id: u64,
    #[prost(string, tag = "7")]
    payload_type: String,
    #[prost(bytes = "vec", tag = "8")]
    payload: Vec<u8>,
}

#[derive(Clone, PartialEq, prost::Message)]
struct Resp {
    #[prost(message, repeated, tag = "1")]
    messages: Vec<Msg>,
    #[prost(string, tag = "2")]
    cursor: String,
    #[prost(string, tag = "5")]
    internal_ext: String,
    #[prost(bool, tag = "9")]
    need_ack: bool,
}

#[derive(Clone, PartialEq, prost::Message)]
struct Msg {
    #[prost(string, tag = "1")]
    method: String,
    #[prost(bytes = "vec", tag = "2")]
    payload: Vec<u8>,
}

#[derive(Clone, PartialEq, prost::Message)]
struct Common {
    #[prost(string, tag = "1")]
    method: String,
    #[prost(int64, tag = "3")]
    room_id: i64,
}

#[derive(Clone, PartialEq, prost::Message)]
struct User {
    #[prost(int64, tag = "1")]
    id: i64,
    #[prost(string, tag = "3")]
    nickname: String,
}

#[derive(Clone, PartialEq, prost::Message)]
struct Chat {
    #[prost(message, optional, tag = "1")]
    common: Option<Common>,
    #[prost(message, optional, tag = "2")]
    user: Option<User>,
    #[prost(string, tag = "3")]
    content: String,
}

#[derive(Clone, PartialEq, prost::Message)]
struct Control {
    #[prost(message, optional, tag = "1")]
    common: Option<Common>,
    #[prost(int32, tag = "2")]
    status: i32,
}

fn md5(b: &[u8]) -> [u8; 16] {
    Md5::digest(b).into()
}

fn rc4(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut s: Vec<u8> = (0..=255).collect();
    let mut j = 0u8;
    for i in 0..256 {
        j = j.wrapping_add(s[i]).wrapping_add(key[i % key.len()]);
        s.swap(i, j as usize);
    }
    let (mut i, mut j) = (0u8, 0u8);
    data.iter()
        .map(|b| {
            i = i.wrapping_add(1);
            j = j.wrapping_add(s[i as usize]);
            s.swap(i as usize, j as usize);
            b ^ s[s[i as usize].wrapping_add(s[j as usize]) as usize]
        })
        .collect()
}

/// The websocket `signature` per live-dl-db-cli.md §1.5 (test-side generator).
fn webcast_signature(room_id: &str, did: &str, counter: u8, bit: u8, tail: u8, key: u8) -> String {
    const A: &[u8] = b"Dkdpgh4ZKsQB80/Mfvw36XI1R25+WUAlEi7NLboqYTOPuzmFjJnryx9HVGcaStCe";
    let stub = format!("live_id=1,aid=6383,version_code=180800,webcast_sdk_version=1.0.14-beta.0,room_id={room_id},sub_room_id=,sub_channel_id=,did_rule=3,user_unique_id={did},device_platform=web,device_type=,ac=,identity=audience");
    let u = md5(&md5(stub.as_bytes()));
    let mut o = vec![counter & 63, 0, 0, 0, 0x45, 0x3f, u[14], u[15], tail];
    o.push(o.iter().fold(0, |x, y| x ^ y));
    let mut all = vec![0x40 | (bit << 4), key];
    all.extend(rc4(&[key], &o));
    all.chunks(3)
        .flat_map(|c| {
            let n = (u32::from(c[0]) << 16) | (u32::from(c[1]) << 8) | u32::from(c[2]);
            (0..4).map(move |k| char::from(A[((n >> (18 - 6 * k)) & 63) as usize]))
        })
        .collect()
}

#[test]
fn test_signature_generator_matches_the_vectors() {
    let path = format!(
        "{}/../../../shared/webcast-samples/signature/signature_vectors.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let doc: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("vectors")).expect("json");
    for v in doc["vectors"].as_array().expect("vectors") {
        let n = |k: &str| v[k].as_u64().expect("n") as u8;
        let sig = webcast_signature(
            v["room_id"].as_str().expect("r"),
            v["user_unique_id"].as_str().expect("u"),
            n("counter"),
            n("flag_bit"),
            n("tail_byte"),
            n("key_byte"),
        );
        assert_eq!(sig, v["signature"].as_str().expect("sig"));
    }
}

const WEBCAST: &str = "app_name=douyin_web&version_code=180800&device_platform=web&cookie_enabled=true&screen_width=1920&screen_height=1080&browser_language=zh-CN&browser_platform=Win32&browser_name=Mozilla&browser_version=5.0%20%28Windows%20NT%2010.0%3B%20Win64%3B%20x64%29%20AppleWebKit%2F537.36%20%28KHTML%2C%20like%20Gecko%29%20Chrome%2F130.0.0.0%20Safari%2F537.36%20Edg%2F130.0.0.0&browser_online=true&tz_name=Asia/Hong_Kong&host=https://live.douyin.com&aid=6383&live_id=1&did_rule=3&endpoint=live_pc&support_wrds=1&identity=audience&need_persist_msg_count=15&insert_task_id=&live_reason=";

struct Bootstrap {
    room_id: String,
    did: String,
    cursor: String,
    internal_ext: String,
}

async fn bootstrap(env: &Env) -> Bootstrap {
    let room_id = env.world["lives"][0]["room_id"]
        .as_str()
        .expect("room")
        .to_string();
    let q = env
        .api_json("/aweme/v1/web/query/user/", "update_version_code=170400")
        .await;
    let did = q["id"].as_str().expect("id").to_string();
    let query = format!("{WEBCAST}&resp_content_type=json&fetch_rule=1&last_rtt=0&cursor=&internal_ext=&room_id={room_id}&user_unique_id={did}");
    let v: Value = env
        .get_raw(&env.ab_url("/webcast/im/fetch/", &query, ""), None)
        .await
        .json()
        .await
        .expect("im/fetch json");
    assert_eq!(v["status_code"], 0);
    assert_eq!(v["data"][0]["common"]["room_id"], room_id.as_str());
    let internal_ext = v["internal_ext"].as_str().expect("ext").to_string();
    assert!(internal_ext.contains(&format!("wss_push_room_id:{room_id}")));
    let cursor = v["extra"]["cursor"].as_str().expect("cursor").to_string();
    Bootstrap {
        room_id,
        did,
        cursor,
        internal_ext,
    }
}

fn wss_url(env: &Env, b: &Bootstrap, signature: &str) -> String {
    // `|` is percent-encoded here only because the test's URI parser rejects it raw.
    let ext = b.internal_ext.replace('|', "%7C");
    format!(
        "{}/webcast/im/push/v2/?{WEBCAST}&webcast_sdk_version=1.0.14-beta.0&update_version_code=1.0.14-beta.0&compress=gzip&im_path=/webcast/im/fetch/&heartbeatDuration=0&room_id={}&user_unique_id={}&cursor={}&internal_ext={ext}&signature={signature}",
        env.base().replacen("http", "ws", 1),
        b.room_id,
        b.did,
        b.cursor
    )
}

fn decode(bytes: &[u8]) -> (Frame, Resp) {
    let frame = Frame::decode(bytes).expect("PushFrame");
    let mut raw = Vec::new();
    flate2::read::GzDecoder::new(frame.payload.as_slice())
        .read_to_end(&mut raw)
        .expect("gzip");
    let resp = Resp::decode(raw.as_slice()).expect("Response");
    (frame, resp)
}

#[tokio::test]
async fn websocket_frames_acks_heartbeats_and_live_end() {
    let env = start().await;
    let b = bootstrap(&env).await;
    let sig = webcast_signature(&b.room_id, &b.did, 2, 1, 77, 191);
    let (mut ws, _) = tokio_tungstenite::connect_async(wss_url(&env, &b, &sig))
        .await
        .expect("ws connects");
    let mut methods = Vec::new();
    for _ in 0..6 {
        let msg = tokio::time::timeout(Duration::from_secs(3), ws.next())
            .await
            .expect("frame in time")
            .expect("open")
            .expect("ok");
        let Ws::Binary(bytes) = msg else { continue };
        let (frame, resp) = decode(&bytes);
        assert!(resp.need_ack);
        assert!(!resp.cursor.is_empty());
        for m in &resp.messages {
            methods.push(m.method.clone());
            if m.method == "WebcastChatMessage" {
                let chat = Chat::decode(m.payload.as_slice()).expect("chat");
                assert!(!chat.content.is_empty());
                assert!(chat.user.expect("user").id > 0);
                assert_eq!(chat.common.expect("common").room_id.to_string(), b.room_id);
            }
        }
        // F2-style ack, then a heartbeat.
        let ack = Frame {
            seq_id: 0,
            log_id: frame.log_id,
            payload_type: resp.internal_ext.clone(),
            payload: Vec::new(),
        };
        ws.send(Ws::Binary(ack.encode_to_vec().into()))
            .await
            .expect("ack");
        ws.send(Ws::Binary(vec![0x3a, 0x02, 0x68, 0x62].into()))
            .await
            .expect("hb");
    }
    for m in [
        "WebcastChatMessage",
        "WebcastLikeMessage",
        "WebcastMemberMessage",
        "WebcastGiftMessage",
        "WebcastSocialMessage",
    ] {
        assert!(methods.iter().any(|x| x == m), "{m} in {methods:?}");
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    let c = env.counters().await;
    assert!(c["ws_acks"].as_u64().expect("acks") >= 5, "{c}");
    assert!(c["ws_heartbeats"].as_u64().expect("hb") >= 5);

    let r = env
        .http
        .post(format!("{}/__admin/live/end", env.base()))
        .send()
        .await
        .expect("end");
    assert_eq!(r.status(), 204);
    let mut ended = false;
    while let Ok(Some(Ok(msg))) = tokio::time::timeout(Duration::from_secs(3), ws.next()).await {
        match msg {
            Ws::Binary(bytes) => {
                let (_, resp) = decode(&bytes);
                for m in resp
                    .messages
                    .iter()
                    .filter(|m| m.method == "WebcastControlMessage")
                {
                    assert_eq!(
                        Control::decode(m.payload.as_slice())
                            .expect("control")
                            .status,
                        3
                    );
                    ended = true;
                }
            }
            Ws::Close(_) => break,
            _ => {}
        }
    }
    assert!(ended, "live-end control message received before close");
}

#[tokio::test]
async fn websocket_refuses_bad_signature_and_closes_idle() {
    let env = start_with(|c| c.ws_idle_timeout_ms = 300).await;
    let b = bootstrap(&env).await;
    // A valid signature for a different viewer.
    let wrong = webcast_signature(&b.room_id, "1234567", 2, 0, 1, 2);
    assert!(tokio_tungstenite::connect_async(wss_url(&env, &b, &wrong))
        .await
        .is_err());
    let good = webcast_signature(&b.room_id, &b.did, 2, 0, 1, 2);
    let (mut ws, _) = tokio_tungstenite::connect_async(wss_url(&env, &b, &good))
        .await
        .expect("ws");
    let t = std::time::Instant::now();
    let mut closed = false;
    while let Ok(Some(msg)) = tokio::time::timeout(Duration::from_secs(3), ws.next()).await {
        if matches!(msg, Ok(Ws::Close(_)) | Err(_)) {
            closed = true;
            break;
        }
    }
    assert!(
        closed && t.elapsed() < Duration::from_secs(3),
        "idle connection closed"
    );
    let c = env.counters().await;
    assert_eq!(c["signature_rejections_by_kind"]["mismatch"], 1);
}

#[tokio::test]
async fn im_fetch_protobuf_and_streams() {
    let env = start().await;
    let b = bootstrap(&env).await;
    let query = format!("{WEBCAST}&resp_content_type=protobuf&fetch_rule=1&last_rtt=0&cursor=&internal_ext=&room_id={}&user_unique_id={}", b.room_id, b.did);
    let bytes = env
        .get_raw(&env.ab_url("/webcast/im/fetch/", &query, ""), None)
        .await
        .bytes()
        .await
        .expect("pb");
    let resp = Resp::decode(bytes.as_ref()).expect("protobuf Response");
    assert!(!resp.internal_ext.is_empty() && !resp.cursor.is_empty());
    assert!(!resp.messages.is_empty());

    let web_rid = env.world["lives"][0]["web_rid"]
        .as_str()
        .expect("rid")
        .to_string();
    let enter_q = format!(
        "aid=6383&app_name=douyin_web&live_id=1&device_platform=web&web_rid={web_rid}&room_id_str="
    );
    let v: Value = env
        .get_raw(&env.ab_url("/webcast/room/web/enter/", &enter_q, ""), None)
        .await
        .json()
        .await
        .expect("enter");
    let urls = &v["data"]["data"][0]["stream_url"];
    let m3u8_url = urls["hls_pull_url_map"]["FULL_HD1"]
        .as_str()
        .expect("hls")
        .to_string();
    // Playlists load without headers (as F2's m3u8 loader does).
    let playlist = env
        .http
        .get(&m3u8_url)
        .send()
        .await
        .expect("m3u8")
        .text()
        .await
        .expect("text");
    assert!(playlist.starts_with("#EXTM3U"));
    let seg = playlist
        .lines()
        .find(|l| l.starts_with("http"))
        .expect("segment")
        .to_string();
    let r = env
        .http
        .get(&seg)
        .header("Referer", "https://www.douyin.com/")
        .header("User-Agent", UA)
        .send()
        .await
        .expect("seg");
    assert_eq!(r.status(), 200);
    let ts = r.bytes().await.expect("ts");
    assert!(ts.len() > 188 && ts[0] == 0x47 && ts[188] == 0x47);
    // The playlist window moves with the clock.
    env.clock.advance(10_000);
    let later = env
        .http
        .get(&m3u8_url)
        .send()
        .await
        .expect("m3u8")
        .text()
        .await
        .expect("text");
    assert_ne!(later, playlist);

    let flv_url = urls["flv_pull_url"]["FULL_HD1"]
        .as_str()
        .expect("flv")
        .to_string();
    let mut flv = env.http.get(&flv_url).send().await.expect("flv");
    let mut got = Vec::new();
    while got.len() < 2_000 {
        let chunk = tokio::time::timeout(Duration::from_secs(3), flv.chunk())
            .await
            .expect("bytes keep coming")
            .expect("chunk")
            .expect("some");
        got.extend_from_slice(&chunk);
    }
    assert_eq!(&got[..3], b"FLV");
    env.emu.end_live();
    // The FLV body ends once the live ends, and the playlist answers 404.
    let rest = tokio::time::timeout(Duration::from_secs(3), async {
        while let Ok(Some(_)) = flv.chunk().await {}
    })
    .await;
    assert!(rest.is_ok(), "flv body finished after the live ended");
    assert_eq!(
        env.http.get(&m3u8_url).send().await.expect("m3u8").status(),
        404
    );
}

#[tokio::test]
async fn websocket_frames_can_be_truncated_and_slowed() {
    let env = start().await;
    let b = bootstrap(&env).await;
    env.faults(serde_json::json!({"ws_truncate_frames": true, "ws_frame_delay_ms": 150}))
        .await;
    let sig = webcast_signature(&b.room_id, &b.did, 2, 0, 9, 10);
    let (mut ws, _) = tokio_tungstenite::connect_async(wss_url(&env, &b, &sig))
        .await
        .expect("ws");
    let t = std::time::Instant::now();
    let mut frames = 0;
    while frames < 3 {
        let msg = tokio::time::timeout(Duration::from_secs(3), ws.next())
            .await
            .expect("frame")
            .expect("open")
            .expect("ok");
        if let Ws::Binary(bytes) = msg {
            frames += 1;
            let whole = Frame::decode(bytes.as_ref()).ok().and_then(|f| {
                let mut raw = Vec::new();
                flate2::read::GzDecoder::new(f.payload.as_slice())
                    .read_to_end(&mut raw)
                    .ok()?;
                Resp::decode(raw.as_slice()).ok()
            });
            assert!(
                whole.is_none(),
                "a truncated frame must not decode to a Response"
            );
        }
    }
    assert!(
        t.elapsed() >= Duration::from_millis(400),
        "frames slowed: {:?}",
        t.elapsed()
    );
}
