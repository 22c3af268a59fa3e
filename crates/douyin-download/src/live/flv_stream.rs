//! Reading an FLV body as it arrives: the header is checked once, then whole tags are handed
//! out (header + data, PreviousTagSize checked), so the recorder only ever writes whole tags
//! and can start a new segment at any tag boundary. The buffer holds at most one tag, whose
//! size the format bounds (24-bit data size).

use super::walk::flv::{tag_data_size, tag_timestamp};

/// One whole FLV tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlvTag {
    /// The 11-byte header followed by the data (no PreviousTagSize).
    pub bytes: Vec<u8>,
}

impl FlvTag {
    /// 8 audio, 9 video, 18 script data.
    pub fn kind(&self) -> u8 {
        self.bytes[0] & 0x1f
    }

    /// The tag's timestamp, ms.
    pub fn timestamp(&self) -> u32 {
        tag_timestamp(&self.bytes)
    }

    fn data(&self) -> &[u8] {
        &self.bytes[11..]
    }

    /// A video keyframe (a segment may start here).
    pub fn is_keyframe(&self) -> bool {
        self.kind() == 9 && self.data().first().is_some_and(|b| b >> 4 == 1)
    }

    /// A tag every segment needs before its media: script data (`onMetaData`), the AVC/HEVC
    /// decoder configuration, or the AAC sequence header.
    pub fn is_config(&self) -> bool {
        let d = self.data();
        match self.kind() {
            18 => true,
            9 => d.len() >= 2 && matches!(d[0] & 0x0f, 7 | 12) && d[1] == 0,
            8 => d.len() >= 2 && d[0] >> 4 == 10 && d[1] == 0,
            _ => false,
        }
    }

    /// The tag with its timestamp replaced, followed by its PreviousTagSize.
    pub fn encode(&self, timestamp: u32) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.bytes.len() + 4);
        out.extend_from_slice(&self.bytes);
        let t = timestamp.to_be_bytes();
        out[4] = t[1];
        out[5] = t[2];
        out[6] = t[3];
        out[7] = t[0];
        let total = u32::try_from(self.bytes.len()).unwrap_or(u32::MAX);
        out.extend_from_slice(&total.to_be_bytes());
        out
    }
}

/// The FLV file header every segment starts with (audio + video flags, PreviousTagSize0).
pub const FLV_HEAD: [u8; 13] = [b'F', b'L', b'V', 1, 5, 0, 0, 0, 9, 0, 0, 0, 0];

/// Splits an FLV body into tags.
#[derive(Debug, Default)]
pub struct FlvSplitter {
    buf: Vec<u8>,
    header_done: bool,
}

impl FlvSplitter {
    /// A splitter at the start of a body.
    pub fn new() -> Self {
        Self::default()
    }

    /// Feeds `chunk`; returns the tags it completed.
    ///
    /// # Errors
    /// A sentence when the body is not FLV (bad header, broken PreviousTagSize chain).
    pub fn push(&mut self, chunk: &[u8]) -> Result<Vec<FlvTag>, String> {
        self.buf.extend_from_slice(chunk);
        let mut at = 0usize;
        let mut tags = Vec::new();
        if !self.header_done {
            if self.buf.len() < 13 {
                return Ok(tags);
            }
            if &self.buf[..3] != b"FLV" || self.buf[3] != 1 {
                return Err("the stream is not FLV".into());
            }
            let offset = u32::from_be_bytes([self.buf[5], self.buf[6], self.buf[7], self.buf[8]]);
            let offset = usize::try_from(offset).unwrap_or(usize::MAX);
            if !(9..=1024).contains(&offset) {
                return Err(format!("FLV header offset {offset}"));
            }
            if self.buf.len() < offset + 4 {
                return Ok(tags);
            }
            at = offset + 4;
            self.header_done = true;
        }
        loop {
            let rest = &self.buf[at..];
            if rest.len() < 11 {
                break;
            }
            let size = usize::try_from(tag_data_size(rest)).unwrap_or(usize::MAX);
            if !matches!(rest[0] & 0x1f, 8 | 9 | 18) {
                return Err(format!("unknown FLV tag type {:#04x}", rest[0]));
            }
            let whole = 11 + size + 4;
            if rest.len() < whole {
                break;
            }
            let prev = u32::from_be_bytes([
                rest[11 + size],
                rest[12 + size],
                rest[13 + size],
                rest[14 + size],
            ]);
            if usize::try_from(prev).ok() != Some(11 + size) {
                return Err(format!(
                    "FLV PreviousTagSize {prev} after a {}-byte tag",
                    11 + size
                ));
            }
            tags.push(FlvTag {
                bytes: rest[..11 + size].to_vec(),
            });
            at += whole;
        }
        self.buf.drain(..at);
        Ok(tags)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(kind: u8, ts: u32, data: &[u8]) -> Vec<u8> {
        let s = u32::try_from(data.len()).unwrap().to_be_bytes();
        let t = ts.to_be_bytes();
        let mut out = vec![kind, s[1], s[2], s[3], t[1], t[2], t[3], t[0], 0, 0, 0];
        out.extend_from_slice(data);
        out.extend_from_slice(&(11 + u32::try_from(data.len()).unwrap()).to_be_bytes());
        out
    }

    #[test]
    fn tags_come_out_whole_whatever_the_chunking() {
        let mut body = FLV_HEAD.to_vec();
        body.extend(tag(18, 0, b"meta"));
        body.extend(tag(9, 0, &[0x17, 0, 0, 0, 1]));
        body.extend(tag(9, 40, &[0x17, 1, 9, 9]));
        body.extend(tag(9, 80, &[0x27, 1, 8]));
        for step in [1, 3, 7, 1000] {
            let mut s = FlvSplitter::new();
            let mut tags = Vec::new();
            for c in body.chunks(step) {
                tags.extend(s.push(c).expect("flv"));
            }
            assert_eq!(tags.len(), 4, "step {step}");
            assert!(tags[0].is_config() && tags[1].is_config() && !tags[2].is_config());
            assert!(tags[2].is_keyframe() && !tags[3].is_keyframe());
            assert_eq!(tags[3].timestamp(), 80);
        }
        let t = FlvTag {
            bytes: tag(9, 0x0102_0304, &[0x27])[..12].to_vec(),
        };
        let e = t.encode(7);
        assert_eq!(&e[4..8], &[0, 0, 7, 0]);
        assert_eq!(&e[12..], &12u32.to_be_bytes());
    }

    #[test]
    fn a_body_that_is_not_flv_is_refused() {
        assert!(FlvSplitter::new().push(b"<html>oops</html>").is_err());
        let mut body = FLV_HEAD.to_vec();
        let mut t = tag(9, 0, &[0x17, 1]);
        let n = t.len();
        t[n - 1] ^= 0xff;
        body.extend(t);
        assert!(FlvSplitter::new().push(&body).is_err());
    }
}
