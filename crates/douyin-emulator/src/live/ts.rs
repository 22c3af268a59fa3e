//! MPEG-TS segments a TS walker accepts: whole 188-byte packets, each starting with the 0x47
//! sync byte — a PAT, a PMT (H.264 on PID 0x100, AAC on 0x101), then video PES packets with
//! a per-PID continuity counter; the payload bytes are the segment's deterministic content.

use crate::media::Content;

/// Bytes per TS packet.
pub const PACKET: usize = 188;
const VIDEO_PID: u16 = 0x100;
const PMT_PID: u16 = 0x1000;

/// CRC-32/MPEG-2 of a PSI section.
fn crc32_mpeg(data: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in data {
        crc ^= u32::from(b) << 24;
        for _ in 0..8 {
            crc = if crc & 0x8000_0000 != 0 {
                (crc << 1) ^ 0x04c1_1db7
            } else {
                crc << 1
            };
        }
    }
    crc
}

/// A packet carrying one PSI section (pointer field 0, stuffed with 0xFF).
fn psi_packet(pid: u16, section: &[u8]) -> Vec<u8> {
    let mut p = vec![0x47, 0x40 | (pid >> 8) as u8, pid as u8, 0x10, 0x00];
    p.extend_from_slice(section);
    p.extend_from_slice(&crc32_mpeg(section).to_be_bytes());
    p.resize(PACKET, 0xff);
    p
}

fn pat() -> Vec<u8> {
    let pmt = [0xe0 | (PMT_PID >> 8) as u8, PMT_PID as u8];
    psi_packet(
        0,
        &[
            0x00, 0xb0, 0x0d, 0x00, 0x01, 0xc1, 0x00, 0x00, 0x00, 0x01, pmt[0], pmt[1],
        ],
    )
}

fn pmt() -> Vec<u8> {
    psi_packet(
        PMT_PID,
        &[
            0x02, 0xb0, 0x17, 0x00, 0x01, 0xc1, 0x00, 0x00, 0xe1, 0x00, 0xf0, 0x00, 0x1b, 0xe1,
            0x00, 0xf0, 0x00, 0x0f, 0xe1, 0x01, 0xf0, 0x00,
        ],
    )
}

/// The length of a segment asked to be `len` bytes: whole packets, rounded down, at least 3
/// (`live_bytes_per_s × hls_segment_s` of 20 000 gives 19 928).
pub fn segment_len(len: u64) -> u64 {
    (len / PACKET as u64).max(3) * PACKET as u64
}

/// A segment of [`segment_len`]`(len)` bytes whose video payload is `key`'s content;
/// `pts_90k` is the PES presentation time of its first frame.
pub fn segment(world_seed: u64, key: &str, len: u64, pts_90k: u64) -> Vec<u8> {
    let packets = (segment_len(len) / PACKET as u64) as usize;
    let payload = Content::new(world_seed, key, (packets * PACKET) as u64);
    let random = payload.slice(0, (packets * PACKET) as u64);
    let mut out = Vec::with_capacity(packets * PACKET);
    out.extend(pat());
    out.extend(pmt());
    for (cc, i) in (2..packets).enumerate() {
        let start = i == 2;
        let mut p = vec![
            0x47,
            (if start { 0x40 } else { 0 }) | (VIDEO_PID >> 8) as u8,
            VIDEO_PID as u8,
            0x10 | (cc % 16) as u8,
        ];
        if start {
            let pts = pts_90k & 0x1_ffff_ffff;
            p.extend_from_slice(&[0, 0, 1, 0xe0, 0, 0, 0x80, 0x80, 0x05]);
            p.extend_from_slice(&[
                0x21 | ((pts >> 29) & 0x0e) as u8,
                (pts >> 22) as u8,
                0x01 | ((pts >> 14) & 0xfe) as u8,
                (pts >> 7) as u8,
                0x01 | ((pts << 1) & 0xfe) as u8,
            ]);
        }
        let fill = PACKET - p.len();
        p.extend_from_slice(&random[i * PACKET..i * PACKET + fill]);
        out.extend(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_whole_packets() {
        assert_eq!(segment_len(20_000), 19_928);
        assert_eq!(segment_len(100), 3 * 188);
        assert_eq!(segment(1, "k", 20_000, 0).len(), 19_928);
    }

    #[test]
    fn psi_crc_matches_the_standard_check_value() {
        // CRC-32/MPEG-2 check value for "123456789".
        assert_eq!(crc32_mpeg(b"123456789"), 0x0376_e6e7);
    }
}
