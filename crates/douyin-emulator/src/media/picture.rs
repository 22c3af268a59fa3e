//! Real pictures drawn per key: a two-colour gradient with one shape (circle, stripes, checks
//! or diamond), colours and shape from the key's hash, encoded as JPEG, lossless WebP or an
//! animated WebP (three frames, the shape moving). Pixels are a small thumbnail (at most
//! 160 px, at least 64 px a side) with the aspect ratio the JSON declares: small enough that a
//! debug build draws and encodes one in a few milliseconds.

use image::codecs::jpeg::JpegEncoder;
use image::codecs::webp::WebPEncoder;
use image::{ExtendedColorType, Rgb, RgbImage};

use crate::sign::codec::md5;

/// How a picture is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PictureFormat {
    /// Baseline JPEG (`image/jpeg`): covers, avatars, music and room covers.
    Jpeg,
    /// Lossless WebP (`image/webp`): image-post pictures, dynamic covers.
    Webp,
    /// Animated WebP, 3 frames (`image/webp`): `animated_cover`.
    AnimatedWebp,
}

impl PictureFormat {
    /// The `Content-Type`.
    pub fn mime(self) -> &'static str {
        match self {
            PictureFormat::Jpeg => "image/jpeg",
            PictureFormat::Webp | PictureFormat::AnimatedWebp => "image/webp",
        }
    }
    /// The file extension used in URLs.
    pub fn ext(self) -> &'static str {
        match self {
            PictureFormat::Jpeg => "jpeg",
            PictureFormat::Webp | PictureFormat::AnimatedWebp => "webp",
        }
    }
}

/// What to draw: the key (usually an id path) and the size the JSON declares.
#[derive(Debug, Clone)]
pub struct Picture {
    /// Content key; the same key always draws the same picture.
    pub key: String,
    /// Encoding.
    pub format: PictureFormat,
    /// Declared width (the JSON's `width`).
    pub width: u32,
    /// Declared height.
    pub height: u32,
}

/// The longest side of a served picture, px.
pub const MAX_SIDE: u32 = 160;

/// The thumbnail size served for a declared size: the longer side scaled to at most
/// [`MAX_SIDE`], both sides at least 64 px.
pub fn pixel_size(w: u32, h: u32) -> (u32, u32) {
    let (w, h) = (w.max(1), h.max(1));
    let long = w.max(h);
    let scale = |x: u32| ((u64::from(x) * u64::from(MAX_SIDE) / u64::from(long)) as u32).max(64);
    if long <= MAX_SIDE {
        (w.max(64), h.max(64))
    } else {
        (scale(w), scale(h))
    }
}

fn draw(hash: &[u8; 16], w: u32, h: u32, frame: u32) -> RgbImage {
    let c1 = [hash[0], hash[1], hash[2]];
    let c2 = [hash[3], hash[4], hash[5]];
    let ink = [255 - hash[6] / 2, 255 - hash[7] / 2, 255 - hash[8] / 2];
    let shape = hash[9] % 4;
    let (cx, cy) = (
        (w * (2 + frame)) / 6 + u32::from(hash[10]) % (w / 6).max(1),
        h / 2 + u32::from(hash[11]) % (h / 6).max(1),
    );
    let r = w.min(h) / 4;
    let span = (w + h).max(1);
    RgbImage::from_fn(w, h, |x, y| {
        let t = (x + y) * 255 / span;
        let mix = |a: u8, b: u8| ((u32::from(a) * (255 - t) + u32::from(b) * t) / 255) as u8;
        let (dx, dy) = (x.abs_diff(cx), y.abs_diff(cy));
        let on = match shape {
            0 => dx * dx + dy * dy <= r * r,
            1 => ((x + frame * 8) / 12).is_multiple_of(2) && dy < r,
            2 => ((x + frame * 8) / 16 + y / 16).is_multiple_of(2) && dx < r && dy < r,
            _ => dx + dy <= r,
        };
        if on {
            Rgb(ink)
        } else {
            Rgb([mix(c1[0], c2[0]), mix(c1[1], c2[1]), mix(c1[2], c2[2])])
        }
    })
}

fn webp(img: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    let enc = WebPEncoder::new_lossless(&mut out);
    // Encoding an in-memory RGB buffer of a valid size cannot fail.
    let _ = enc.encode(
        img.as_raw(),
        img.width(),
        img.height(),
        ExtendedColorType::Rgb8,
    );
    out
}

/// The `VP8L` chunk (header, data and padding) of a simple-format WebP file.
fn vp8l_chunk(file: &[u8]) -> &[u8] {
    let mut at = 12;
    while at + 8 <= file.len() {
        let size = u32::from_le_bytes([file[at + 4], file[at + 5], file[at + 6], file[at + 7]]);
        let end = (at + 8 + size as usize + (size as usize & 1)).min(file.len());
        if &file[at..at + 4] == b"VP8L" {
            return &file[at..end];
        }
        at = end;
    }
    &[]
}

fn le24(v: u32) -> [u8; 3] {
    let b = v.to_le_bytes();
    [b[0], b[1], b[2]]
}

/// An animated WebP (VP8X + ANIM + one ANMF per frame, each a lossless frame), looping.
fn animated_webp(frames: &[RgbImage]) -> Vec<u8> {
    let (w, h) = frames
        .first()
        .map(|f| (f.width(), f.height()))
        .unwrap_or((1, 1));
    let mut body = Vec::new();
    body.extend_from_slice(b"VP8X");
    body.extend_from_slice(&10u32.to_le_bytes());
    body.extend_from_slice(&[0x02, 0, 0, 0]);
    body.extend_from_slice(&le24(w - 1));
    body.extend_from_slice(&le24(h - 1));
    body.extend_from_slice(b"ANIM");
    body.extend_from_slice(&6u32.to_le_bytes());
    body.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0, 0]);
    for f in frames {
        let file = webp(f);
        let chunk = vp8l_chunk(&file);
        let size = 16 + chunk.len() as u32;
        body.extend_from_slice(b"ANMF");
        body.extend_from_slice(&size.to_le_bytes());
        body.extend_from_slice(&le24(0));
        body.extend_from_slice(&le24(0));
        body.extend_from_slice(&le24(w - 1));
        body.extend_from_slice(&le24(h - 1));
        body.extend_from_slice(&le24(200));
        body.push(0x02);
        body.extend_from_slice(chunk);
    }
    let mut out = Vec::with_capacity(body.len() + 12);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(body.len() as u32 + 4).to_le_bytes());
    out.extend_from_slice(b"WEBP");
    out.extend_from_slice(&body);
    out
}

impl Picture {
    /// The encoded file. `world_seed` and `version` (0 unless the media is changing) select
    /// the drawing, so two worlds or two versions of one picture differ.
    pub fn encode(&self, world_seed: u64, version: u64) -> Vec<u8> {
        // One avatar at several sizes (`100x100/…`, `1080x1080/…`) is one picture.
        let key = match self.key.split_once('/') {
            Some((size, rest))
                if size.split_once('x').is_some_and(|(a, b)| {
                    !a.is_empty()
                        && !b.is_empty()
                        && (a.to_owned() + b).bytes().all(|c| c.is_ascii_digit())
                }) =>
            {
                rest
            }
            _ => self.key.as_str(),
        };
        let hash = md5(format!("{world_seed}:{version}:{key}").as_bytes());
        let (w, h) = pixel_size(self.width, self.height);
        match self.format {
            PictureFormat::Jpeg => {
                let img = draw(&hash, w, h, 0);
                let mut out = Vec::new();
                let _ = JpegEncoder::new_with_quality(&mut out, 80).encode(
                    img.as_raw(),
                    w,
                    h,
                    ExtendedColorType::Rgb8,
                );
                out
            }
            PictureFormat::Webp => webp(&draw(&hash, w, h, 0)),
            PictureFormat::AnimatedWebp => animated_webp(&[
                draw(&hash, w, h, 0),
                draw(&hash, w, h, 1),
                draw(&hash, w, h, 2),
            ]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thumbnails_keep_the_declared_aspect_within_64_to_160_px() {
        assert_eq!(pixel_size(1080, 1920), (90, 160));
        assert_eq!(pixel_size(720, 720), (160, 160));
        assert_eq!(pixel_size(100, 100), (100, 100));
        assert_eq!(pixel_size(10, 4000), (64, 160));
    }
}
