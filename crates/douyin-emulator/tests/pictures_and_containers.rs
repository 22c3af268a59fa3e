//! Real pictures (JPEG covers and avatars, WebP image-post pictures, animated WebP covers),
//! deterministic per id and served like any media (Content-Type, Content-Length, ETag,
//! Range), and the containers of the other media: MP4 boxes for videos and live-photo clips.

mod common;

use std::io::Cursor;

use common::{start, Env};
use image::AnimationDecoder;

async fn fetch(env: &Env, url: &str) -> (String, Vec<u8>) {
    let r = env.media(url, &[]).await;
    assert_eq!(r.status(), 200, "{url}");
    let mime = r.headers()["content-type"]
        .to_str()
        .expect("ct")
        .to_string();
    let len: usize = r.headers()["content-length"]
        .to_str()
        .expect("cl")
        .parse()
        .expect("n");
    let b = r.bytes().await.expect("body").to_vec();
    assert_eq!(b.len(), len, "Content-Length is the body's");
    (mime, b)
}

fn first_url(v: &serde_json::Value) -> String {
    v["url_list"][0].as_str().expect("url_list[0]").to_string()
}

#[tokio::test]
async fn covers_avatars_and_post_pictures_decode_as_declared() {
    let env = start().await;
    let d = env.first_detail("video").await;

    let (mime, jpeg) = fetch(&env, &first_url(&d["video"]["origin_cover"])).await;
    assert_eq!(mime, "image/jpeg");
    let img = image::load_from_memory_with_format(&jpeg, image::ImageFormat::Jpeg).expect("jpeg");
    // 1080x1920 declared → a 90x160 thumbnail of the same aspect.
    assert_eq!((img.width(), img.height()), (90, 160));

    let (mime, avatar) = fetch(&env, &first_url(&d["author"]["avatar_thumb"])).await;
    assert_eq!(mime, "image/jpeg");
    let img = image::load_from_memory_with_format(&avatar, image::ImageFormat::Jpeg).expect("jpeg");
    assert_eq!((img.width(), img.height()), (100, 100));

    let (mime, anim) = fetch(&env, &first_url(&d["video"]["animated_cover"])).await;
    assert_eq!(mime, "image/webp");
    let dec = image::codecs::webp::WebPDecoder::new(Cursor::new(&anim)).expect("webp");
    assert!(dec.has_animation(), "animated_cover is an animated WebP");
    let frames = dec.into_frames().collect_frames().expect("frames");
    assert_eq!(frames.len(), 3);
    assert_ne!(
        frames[0].buffer().as_raw(),
        frames[1].buffer().as_raw(),
        "it moves"
    );

    let d = env.first_detail("images").await;
    let (mime, webp) = fetch(&env, &first_url(&d["images"][0])).await;
    assert_eq!(mime, "image/webp");
    let img = image::load_from_memory_with_format(&webp, image::ImageFormat::WebP).expect("webp");
    assert_eq!((img.width(), img.height()), (120, 160));
    let (_, second) = fetch(&env, &first_url(&d["images"][1])).await;
    assert_ne!(webp, second, "each picture is drawn from its own id");
    // Same id, same bytes: on every mirror and on a second request.
    let (_, mirror) = fetch(
        &env,
        d["images"][0]["url_list"][1].as_str().expect("mirror"),
    )
    .await;
    assert_eq!(mirror, webp);
}

#[tokio::test]
async fn pictures_have_etags_and_ranges() {
    let env = start().await;
    let url = first_url(&env.first_detail("video").await["video"]["cover"]);
    let full = env.media(&url, &[]).await;
    let etag = full.headers()["etag"].to_str().expect("etag").to_string();
    let body = full.bytes().await.expect("b");
    let r = env
        .media(&url, &[("Range", "bytes=2-9"), ("If-Range", &etag)])
        .await;
    assert_eq!(r.status(), 206);
    assert_eq!(r.bytes().await.expect("b"), body.slice(2..10));
    assert_eq!(&body[..3], &[0xff, 0xd8, 0xff], "a JPEG SOI marker");
}

#[tokio::test]
async fn videos_and_live_photo_clips_are_mp4_box_sequences() {
    let env = start().await;
    let d = env.first_detail("video").await;
    let clip = env.first_detail("live_photo").await["images"][0]["video"]["play_addr"].clone();
    for url in [
        first_url(&d["video"]["bit_rate"][0]["play_addr"]),
        first_url(&clip),
    ] {
        let (mime, b) = fetch(&env, &url).await;
        assert_eq!(mime, "video/mp4");
        // Walk the top-level boxes: ftyp then mdat, covering the file exactly.
        let mut at = 0usize;
        let mut kinds = Vec::new();
        while at < b.len() {
            let size = u32::from_be_bytes(b[at..at + 4].try_into().expect("4")) as usize;
            kinds.push(String::from_utf8_lossy(&b[at + 4..at + 8]).to_string());
            assert!(size >= 8, "box size");
            at += size;
        }
        assert_eq!(at, b.len(), "boxes end at the end of the file");
        assert_eq!(kinds, ["ftyp", "mdat"]);
        assert_eq!(&b[8..12], b"isom");
    }
    let (mime, mp3) = fetch(
        &env,
        d["music"]["play_url"]["url_list"][0]
            .as_str()
            .expect("music"),
    )
    .await;
    assert_eq!(mime, "audio/mpeg");
    assert_eq!(&mp3[..3], b"ID3");
}
