//! JSON bodies shaped like the real captures (key names, nesting, types): the aweme object,
//! users, comments, music and live rooms. Ids beyond 2^53 are JSON numbers with `*_str` twins.

pub mod aweme;
pub mod live;
pub mod people;

use crate::media::{MediaSigner, PictureFormat};
use crate::world::World;

/// What every shape builder needs: the world, where the origin is, the time and the signer
/// for expiring media URLs.
pub struct Ctx<'a> {
    /// The world.
    pub world: &'a World,
    /// Base URL of the emulator (`http://127.0.0.1:port`).
    pub base: &'a str,
    /// Current time, ms.
    pub now_ms: u64,
    /// Signs media URLs.
    pub signer: &'a MediaSigner,
    /// Whether each room is live right now.
    pub live: &'a [bool],
}

impl Ctx<'_> {
    /// An expiring, signed media URL for `path` (which starts with `/`).
    pub fn media(&self, path: &str) -> String {
        format!(
            "{}{}",
            self.base,
            self.signer.sign(path, self.now_ms / 1000)
        )
    }
    /// The path of a picture: `/media/image/<w>x<h>/<key>.<jpeg|webp>`, or
    /// `/media/animated/<w>x<h>/<key>.webp` for an animated WebP.
    pub fn picture_path(format: PictureFormat, key: &str, w: u32, h: u32) -> String {
        let kind = if format == PictureFormat::AnimatedWebp {
            "animated"
        } else {
            "image"
        };
        format!("/media/{kind}/{w}x{h}/{key}.{}", format.ext())
    }
    /// A JPEG image object (covers, avatars, music and room covers).
    pub fn jpeg(&self, key: &str, w: u32, h: u32) -> serde_json::Value {
        self.picture(PictureFormat::Jpeg, key, w, h)
    }
    /// A WebP image object (image-post pictures).
    pub fn webp(&self, key: &str, w: u32, h: u32) -> serde_json::Value {
        self.picture(PictureFormat::Webp, key, w, h)
    }
    /// An animated WebP image object (`animated_cover`, `dynamic_cover`).
    pub fn animated(&self, key: &str, w: u32, h: u32) -> serde_json::Value {
        self.picture(PictureFormat::AnimatedWebp, key, w, h)
    }
    /// An image object `{uri, url_list, width, height}` with two signed mirrors.
    pub fn picture(&self, format: PictureFormat, key: &str, w: u32, h: u32) -> serde_json::Value {
        let path = Self::picture_path(format, key, w, h);
        serde_json::json!({
            "uri": key,
            "url_list": [self.media(&path), self.media(&format!("{path}?mirror=1"))],
            "width": w,
            "height": h,
        })
    }
    /// `log_pb` with a deterministic impr_id.
    pub fn log_pb(&self) -> serde_json::Value {
        serde_json::json!({"impr_id": format!("2025{:016X}", self.now_ms)})
    }
    /// `extra` with `now` in ms.
    pub fn extra(&self) -> serde_json::Value {
        serde_json::json!({"now": self.now_ms, "logid": format!("2025{:016X}", self.now_ms), "fatal_item_ids": []})
    }
}
