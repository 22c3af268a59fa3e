//! The FLV walker: the 9-byte header (`FLV`, version 1, a data offset of at least 9),
//! PreviousTagSize0 = 0, then tags whose 11-byte header, data and trailing PreviousTagSize
//! (= 11 + data size) must chain exactly. The valid prefix ends after the last tag whose
//! PreviousTagSize matched.

use std::io::Read;

/// What an FLV walk found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FlvWalk {
    /// The header (and PreviousTagSize0) are well-formed.
    pub header_ok: bool,
    /// Whole tags.
    pub tags: u64,
    /// Of those, video keyframes.
    pub keyframes: u64,
    /// Timestamp of the first and last whole tag, ms.
    pub first_ts: Option<u32>,
    /// See `first_ts`.
    pub last_ts: Option<u32>,
    /// Length of the valid prefix.
    pub valid_len: u64,
    /// Length of the input.
    pub total_len: u64,
    /// Why the walk stopped before the end.
    pub problem: Option<String>,
}

/// Reads up to `buf.len()` bytes; returns how many (short only at the end of input).
fn fill(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// Skips `n` bytes; returns how many were there.
fn skip(r: &mut impl Read, n: u64) -> std::io::Result<u64> {
    std::io::copy(&mut r.take(n), &mut std::io::sink())
}

/// The timestamp of an 11-byte tag header (24 bits plus the extension byte as the top 8).
pub fn tag_timestamp(h: &[u8]) -> u32 {
    u32::from_be_bytes([h[7], h[4], h[5], h[6]])
}

/// The data size of an 11-byte tag header.
pub fn tag_data_size(h: &[u8]) -> u32 {
    u32::from_be_bytes([0, h[1], h[2], h[3]])
}

/// Walks FLV bytes from `r`.
///
/// # Errors
/// Only read errors of `r`; malformed content is reported in [`FlvWalk::problem`].
pub fn walk_flv(mut r: impl Read) -> std::io::Result<FlvWalk> {
    let mut w = FlvWalk::default();
    let mut head = [0u8; 9];
    let n = fill(&mut r, &mut head)?;
    w.total_len = n as u64;
    if n < 9 || &head[..3] != b"FLV" || head[3] != 1 {
        w.problem = Some("no FLV header".into());
        w.total_len += skip(&mut r, u64::MAX)?;
        return Ok(w);
    }
    let offset = u32::from_be_bytes([head[5], head[6], head[7], head[8]]);
    if offset < 9 {
        w.problem = Some(format!("header data offset {offset} < 9"));
        w.total_len += skip(&mut r, u64::MAX)?;
        return Ok(w);
    }
    let extra = u64::from(offset - 9);
    let skipped = skip(&mut r, extra)?;
    w.total_len += skipped;
    let mut pts0 = [0u8; 4];
    let k = fill(&mut r, &mut pts0)?;
    w.total_len += k as u64;
    if skipped < extra || k < 4 {
        w.problem = Some("the file ends inside the header".into());
        return Ok(w);
    }
    if pts0 != [0; 4] {
        w.problem = Some("PreviousTagSize0 is not 0".into());
        w.total_len += skip(&mut r, u64::MAX)?;
        return Ok(w);
    }
    w.header_ok = true;
    w.valid_len = w.total_len;
    let mut h = [0u8; 11];
    let mut first = [0u8; 1];
    loop {
        let n = fill(&mut r, &mut h)?;
        w.total_len += n as u64;
        if n == 0 {
            return Ok(w);
        }
        if n < 11 {
            w.problem = Some("torn tag header at the end".into());
            return Ok(w);
        }
        let kind = h[0] & 0x1f;
        if !matches!(kind, 8 | 9 | 18) || h[0] & 0xc0 != 0 {
            w.problem = Some(format!("unknown tag type {:#04x}", h[0]));
            w.total_len += skip(&mut r, u64::MAX)?;
            return Ok(w);
        }
        let size = u64::from(tag_data_size(&h));
        let mut got = 0u64;
        if size > 0 {
            let k = fill(&mut r, &mut first)?;
            got += k as u64;
            if k == 1 {
                got += skip(&mut r, size - 1)?;
            }
        }
        w.total_len += got;
        let mut prev = [0u8; 4];
        let k = if got == size {
            fill(&mut r, &mut prev)?
        } else {
            0
        };
        w.total_len += k as u64;
        if got < size || k < 4 {
            w.problem = Some("torn tag at the end".into());
            return Ok(w);
        }
        let prev = u64::from(u32::from_be_bytes(prev));
        if prev != 11 + size {
            w.problem = Some(format!(
                "PreviousTagSize {prev} after a tag of {} bytes",
                11 + size
            ));
            w.total_len += skip(&mut r, u64::MAX)?;
            return Ok(w);
        }
        w.tags += 1;
        if kind == 9 && size > 0 && first[0] >> 4 == 1 {
            w.keyframes += 1;
        }
        let ts = tag_timestamp(&h);
        w.first_ts.get_or_insert(ts);
        w.last_ts = Some(ts);
        w.valid_len = w.total_len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An independent FLV writer for the tests: header, then `n` video tags of `size` bytes.
    fn flv(n: u32, size: u32) -> Vec<u8> {
        let mut out = vec![b'F', b'L', b'V', 1, 1, 0, 0, 0, 9, 0, 0, 0, 0];
        for i in 0..n {
            let ts = i * 40;
            let s = size.to_be_bytes();
            let t = ts.to_be_bytes();
            out.extend_from_slice(&[9, s[1], s[2], s[3], t[1], t[2], t[3], t[0], 0, 0, 0]);
            let mut data = vec![0x27u8; size as usize];
            if i % 5 == 0 {
                data[0] = 0x17;
            }
            out.extend_from_slice(&data);
            out.extend_from_slice(&(11 + size).to_be_bytes());
        }
        out
    }

    #[test]
    fn a_whole_file_walks_to_its_end() {
        let bytes = flv(12, 100);
        let w = walk_flv(bytes.as_slice()).expect("walk");
        assert!(w.header_ok);
        assert_eq!(w.tags, 12);
        assert_eq!(w.keyframes, 3);
        assert_eq!((w.first_ts, w.last_ts), (Some(0), Some(440)));
        assert_eq!(w.valid_len, bytes.len() as u64);
        assert_eq!(w.total_len, bytes.len() as u64);
        assert_eq!(w.problem, None);
    }

    #[test]
    fn every_cut_point_is_found_at_the_last_whole_tag() {
        let bytes = flv(4, 30);
        let tag = 11 + 30 + 4;
        for cut in 0..bytes.len() {
            let w = walk_flv(&bytes[..cut]).expect("walk");
            assert_eq!(w.total_len, cut as u64);
            if cut < 13 {
                assert!(!w.header_ok && w.valid_len == 0, "cut {cut}");
                continue;
            }
            let whole = (cut - 13) / tag;
            assert_eq!(w.tags, whole as u64, "cut {cut}");
            assert_eq!(w.valid_len, (13 + whole * tag) as u64, "cut {cut}");
            assert_eq!(w.problem.is_some(), (cut - 13) % tag != 0, "cut {cut}");
        }
    }

    #[test]
    fn a_broken_chain_or_foreign_bytes_stop_the_walk() {
        let mut bytes = flv(3, 20);
        let second_prev = 13 + 2 * 35 - 4;
        bytes[second_prev + 3] ^= 1;
        let w = walk_flv(bytes.as_slice()).expect("walk");
        assert_eq!(w.tags, 1);
        assert_eq!(w.valid_len, 13 + 35);
        assert!(w.problem.expect("problem").contains("PreviousTagSize"));
        let w = walk_flv(&b"<html>not a video</html>"[..]).expect("walk");
        assert!(!w.header_ok && w.valid_len == 0 && w.total_len == 24);
    }
}
