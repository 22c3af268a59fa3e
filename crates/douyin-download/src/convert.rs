//! Picture conversion (WebP → JPEG or PNG), which users ask for because many viewers and
//! photo libraries still do not open WebP. Animated pictures keep their first frame. Decoding
//! is bounded (dimensions and memory), so a hostile picture cannot exhaust memory.

use crate::error::{DownloadError, Result};
use crate::spec::ImageFormat;
use image::ImageReader;
use std::io::Cursor;

/// The largest picture accepted, per side.
const MAX_SIDE: u32 = 16_384;
/// The most memory a decode may allocate.
const MAX_ALLOC: u64 = 512 * 1024 * 1024;

/// Re-encodes `bytes` as `format` (`Original` returns them unchanged).
///
/// # Errors
/// [`DownloadError::BadMedia`] when the bytes are not a picture the decoder accepts.
pub fn convert(bytes: &[u8], format: ImageFormat) -> Result<Vec<u8>> {
    let target = match format {
        ImageFormat::Original => return Ok(bytes.to_vec()),
        ImageFormat::Jpeg => image::ImageFormat::Jpeg,
        ImageFormat::Png => image::ImageFormat::Png,
    };
    let bad = |reason: String| DownloadError::BadMedia {
        what: "image".into(),
        url: "(downloaded file)".into(),
        reason,
    };
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| bad(e.to_string()))?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let picture = reader
        .decode()
        .map_err(|e| bad(format!("not a picture: {e}")))?;
    // JPEG has no alpha channel.
    let picture = if target == image::ImageFormat::Jpeg {
        image::DynamicImage::ImageRgb8(picture.to_rgb8())
    } else {
        picture
    };
    let mut out = Cursor::new(Vec::new());
    picture
        .write_to(&mut out, target)
        .map_err(|e| bad(format!("could not encode: {e}")))?;
    Ok(out.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn webp() -> Vec<u8> {
        let img = image::RgbaImage::from_fn(8, 6, |x, y| {
            image::Rgba([x as u8 * 30, y as u8 * 40, 99, 255])
        });
        let mut out = Cursor::new(Vec::new());
        image::DynamicImage::ImageRgba8(img)
            .write_to(&mut out, image::ImageFormat::WebP)
            .expect("encode webp");
        out.into_inner()
    }

    #[test]
    fn webp_becomes_jpeg_or_png_of_the_same_size() {
        let src = webp();
        let jpeg = convert(&src, ImageFormat::Jpeg).expect("jpeg");
        assert_eq!(&jpeg[..3], &[0xFF, 0xD8, 0xFF]);
        let png = convert(&src, ImageFormat::Png).expect("png");
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let back = image::load_from_memory(&png).expect("decode");
        assert_eq!((back.width(), back.height()), (8, 6));
        assert_eq!(convert(&src, ImageFormat::Original).expect("same"), src);
        let err = convert(b"<html>403</html>", ImageFormat::Png).expect_err("not a picture");
        assert_eq!(err.kind(), douyin_core::ErrorKind::BadMedia);
    }
}
