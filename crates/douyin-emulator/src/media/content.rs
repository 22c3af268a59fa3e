//! Deterministic bytes per content key, cheap to read at any offset: every key is a window
//! into one process-wide pool of random bytes (so serving costs a copy, not a cipher, even in
//! debug builds), optionally overlaid with a container header at its start.

use std::sync::{Arc, OnceLock};

use rand::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::sign::codec::{hex, md5};

/// Pool length: a prime just under 1 MiB, so bytes shifted by a power-of-two offset (a resume
/// from the wrong place) never line up with the original.
const POOL: usize = 1_048_573;

fn pool() -> &'static [u8] {
    static P: OnceLock<Vec<u8>> = OnceLock::new();
    P.get_or_init(|| {
        let mut rng = ChaCha8Rng::seed_from_u64(0x646f_7579_696e);
        let mut v = vec![0u8; POOL];
        rng.fill_bytes(&mut v);
        v
    })
}

/// Deterministic content for `key`: `len` bytes, readable at any offset.
#[derive(Debug, Clone)]
pub struct Content {
    tag: [u8; 16],
    base: usize,
    header: Option<Arc<[u8]>>,
    /// Total length.
    pub len: u64,
}

impl Content {
    /// Content for a key under a world seed.
    pub fn new(world_seed: u64, key: &str, len: u64) -> Self {
        let tag = md5(format!("{world_seed}:{key}").as_bytes());
        let base =
            (u64::from_be_bytes(tag[..8].try_into().unwrap_or([0; 8])) % POOL as u64) as usize;
        Self {
            tag,
            base,
            header: None,
            len,
        }
    }

    /// The same content with its first bytes replaced by `header` (a container's header).
    pub fn with_header(mut self, header: Vec<u8>) -> Self {
        self.header = Some(header.into());
        self
    }

    /// Bytes `[start, end)` (clamped to the length).
    pub fn slice(&self, start: u64, end: u64) -> Vec<u8> {
        let end = end.min(self.len);
        if start >= end {
            return Vec::new();
        }
        let pool = pool();
        let n = (end - start) as usize;
        let mut out = Vec::with_capacity(n);
        let mut at = (self.base + (start % POOL as u64) as usize) % POOL;
        while out.len() < n {
            let take = (n - out.len()).min(POOL - at);
            out.extend_from_slice(&pool[at..at + take]);
            at = (at + take) % POOL;
        }
        if let Some(h) = &self.header {
            let h_end = (h.len() as u64).min(end);
            for i in start..h_end {
                out[(i - start) as usize] = h[i as usize];
            }
        }
        out
    }

    /// ETag for this content.
    pub fn etag(&self) -> String {
        format!("\"{}-{}\"", hex(&self.tag[..8]), self.len)
    }
}

/// An ISO-BMFF start for a video of `len` bytes: an `ftyp` box (isom, mp41) and one `mdat`
/// box spanning the rest, so box walkers read the whole file; there is no `moov`, so it does
/// not play.
pub fn mp4_header(len: u64) -> Vec<u8> {
    let mut h = Vec::with_capacity(40);
    h.extend_from_slice(&24u32.to_be_bytes());
    h.extend_from_slice(b"ftypisom");
    h.extend_from_slice(&0x200u32.to_be_bytes());
    h.extend_from_slice(b"isommp41");
    let rest = len.saturating_sub(24);
    if rest <= u64::from(u32::MAX) {
        h.extend_from_slice(&(rest as u32).to_be_bytes());
        h.extend_from_slice(b"mdat");
    } else {
        h.extend_from_slice(&1u32.to_be_bytes());
        h.extend_from_slice(b"mdat");
        h.extend_from_slice(&rest.to_be_bytes());
    }
    h
}

/// An empty ID3v2.4 tag, as MP3 files from Douyin's CDN begin with one.
pub fn id3_header() -> Vec<u8> {
    vec![b'I', b'D', b'3', 4, 0, 0, 0, 0, 0, 0]
}
