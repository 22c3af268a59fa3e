//! Media: expiring signed URLs, deterministic bytes per content key (videos framed as MP4,
//! music as MP3), and real pictures (JPEG, WebP, animated WebP) drawn per key.

pub mod content;
pub mod picture;
pub mod signer;

pub use content::Content;
pub use picture::{Picture, PictureFormat};
pub use signer::{MediaSigner, UrlCheck};
