//! Drawing the login QR code: Unicode half blocks for a terminal (two modules a character
//! cell), and a PNG (or a `data:` URL of it) for the app's image element.

use crate::AuthError;
use base64::Engine;
use image::{ImageEncoder, Luma};
use qrcode::{Color, EcLevel, QrCode};

/// Light modules around the code, as the QR standard asks (4 for print; 2 is enough on screen).
const TERMINAL_QUIET: usize = 2;
const IMAGE_QUIET: usize = 4;

/// The module grid of `text`: width and dark flags, row by row.
fn modules(text: &str) -> Result<(usize, Vec<bool>), AuthError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).map_err(|e| {
        douyin_core::Error::InvalidInput(format!(
            "the login link cannot be drawn as a QR code: {e}"
        ))
    })?;
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect();
    Ok((code.width(), dark))
}

/// Whether the module at (`x`, `y`) of a grid padded by `quiet` is dark.
fn dark_at(width: usize, grid: &[bool], quiet: usize, x: usize, y: usize) -> bool {
    let (Some(x), Some(y)) = (x.checked_sub(quiet), y.checked_sub(quiet)) else {
        return false;
    };
    x < width && y < width && grid[y * width + x]
}

/// `text` as a QR code of half-block characters, one line per two module rows. With
/// `dark_background` the light modules are drawn (as white blocks), which is what phones read
/// on a dark terminal; otherwise the dark modules are.
///
/// # Errors
/// [`AuthError::Core`] (invalid input) when `text` is too long for a QR code.
pub fn terminal_art(text: &str, dark_background: bool) -> Result<String, AuthError> {
    let (width, grid) = modules(text)?;
    let side = width + 2 * TERMINAL_QUIET;
    let ink = |x, y| dark_at(width, &grid, TERMINAL_QUIET, x, y) != dark_background;
    let mut out = String::with_capacity(side * (side / 2 + 1) * 3);
    for row in (0..side).step_by(2) {
        for x in 0..side {
            let top = ink(x, row);
            let bottom = row + 1 < side && ink(x, row + 1);
            out.push(match (top, bottom) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            });
        }
        out.push('\n');
    }
    Ok(out)
}

/// `text` as a black-on-white PNG, `scale` pixels a module (at least 1).
///
/// # Errors
/// As [`terminal_art`].
pub fn png(text: &str, scale: u32) -> Result<Vec<u8>, AuthError> {
    let (width, grid) = modules(text)?;
    let scale = scale.max(1);
    let side_modules = u32::try_from(width + 2 * IMAGE_QUIET).unwrap_or(u32::MAX);
    let side = side_modules.saturating_mul(scale);
    let img = image::GrayImage::from_fn(side, side, |px, py| {
        let (x, y) = ((px / scale) as usize, (py / scale) as usize);
        Luma([if dark_at(width, &grid, IMAGE_QUIET, x, y) {
            0
        } else {
            255
        }])
    });
    let mut bytes = Vec::new();
    image::codecs::png::PngEncoder::new(&mut bytes)
        .write_image(img.as_raw(), side, side, image::ExtendedColorType::L8)
        .map_err(|e| {
            douyin_core::Error::InvalidInput(format!("the QR image cannot be encoded: {e}"))
        })?;
    Ok(bytes)
}

/// [`png`] as a `data:image/png;base64,...` URL for an `<img src>`.
///
/// # Errors
/// As [`png`].
pub fn png_data_url(text: &str, scale: u32) -> Result<String, AuthError> {
    let bytes = png(text, scale)?;
    Ok(format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(bytes)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_art_is_square_with_finder_patterns() {
        let art = terminal_art("https://www.douyin.com/login?token=abc", false).expect("art");
        let lines: Vec<&str> = art.lines().collect();
        let side = lines[0].chars().count();
        // Version 3 (29 modules) plus the quiet zone on both sides; rows are paired.
        assert_eq!(side, 29 + 2 * TERMINAL_QUIET);
        assert_eq!(lines.len(), side.div_ceil(2));
        // The quiet rows are blank, and the top-left finder's top edge is 7 dark modules.
        assert!(lines[0].chars().all(|c| c == ' '));
        let finder: String = lines[1].chars().skip(TERMINAL_QUIET).take(7).collect();
        assert_eq!(finder, "█▀▀▀▀▀█");
        let inverted = terminal_art("https://www.douyin.com/login?token=abc", true).expect("art");
        assert!(inverted
            .lines()
            .next()
            .expect("line")
            .chars()
            .all(|c| c == '█'));
    }

    #[test]
    fn png_decodes_to_the_module_grid() {
        let text = "https://www.douyin.com/login?token=abc";
        let bytes = png(text, 4).expect("png");
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        let img = image::load_from_memory_with_format(&bytes, image::ImageFormat::Png)
            .expect("decodes")
            .to_luma8();
        let (width, grid) = modules(text).expect("grid");
        assert_eq!(img.width() as usize, (width + 2 * IMAGE_QUIET) * 4);
        for (i, dark) in grid.iter().enumerate() {
            let (x, y) = (i % width + IMAGE_QUIET, i / width + IMAGE_QUIET);
            let px = img.get_pixel((x * 4 + 1) as u32, (y * 4 + 2) as u32)[0];
            assert_eq!(px == 0, *dark, "module ({x}, {y})");
        }
        let url = png_data_url(text, 4).expect("url");
        assert!(url.starts_with("data:image/png;base64,iVBORw0KGgo"));
    }
}
