//! The MPEG-TS walker: the file must be whole 188-byte packets, each starting with the sync
//! byte 0x47. The valid prefix ends after the last whole packet with its sync byte.

use std::io::Read;

/// MPEG-TS packet size.
pub const PACKET: usize = 188;
/// MPEG-TS sync byte.
pub const SYNC: u8 = 0x47;

/// What a TS walk found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TsWalk {
    /// Whole packets with their sync byte.
    pub packets: u64,
    /// Packets on PID 0 (PAT): each HLS segment starts with one.
    pub pat_packets: u64,
    /// Length of the valid prefix.
    pub valid_len: u64,
    /// Length of the input.
    pub total_len: u64,
    /// Why the walk stopped before the end.
    pub problem: Option<String>,
}

/// Walks TS bytes from `r`.
///
/// # Errors
/// Only read errors of `r`; malformed content is reported in [`TsWalk::problem`].
pub fn walk_ts(mut r: impl Read) -> std::io::Result<TsWalk> {
    let mut w = TsWalk::default();
    let mut p = [0u8; PACKET];
    loop {
        let mut n = 0;
        while n < PACKET {
            match r.read(&mut p[n..]) {
                Ok(0) => break,
                Ok(k) => n += k,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        w.total_len += n as u64;
        if n == 0 {
            return Ok(w);
        }
        if p[0] != SYNC {
            w.problem = Some(format!("no sync byte at {}", w.valid_len));
            w.total_len += std::io::copy(&mut r, &mut std::io::sink())?;
            return Ok(w);
        }
        if n < PACKET {
            w.problem = Some("torn packet at the end".into());
            return Ok(w);
        }
        w.packets += 1;
        let pid = (u16::from(p[1] & 0x1f) << 8) | u16::from(p[2]);
        if pid == 0 {
            w.pat_packets += 1;
        }
        w.valid_len = w.total_len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn packets(n: usize) -> Vec<u8> {
        let mut out = Vec::new();
        for i in 0..n {
            let mut p = [0xffu8; PACKET];
            p[0] = SYNC;
            let pid: u16 = if i % 4 == 0 { 0 } else { 0x100 };
            p[1] = (pid >> 8) as u8;
            p[2] = pid as u8;
            out.extend_from_slice(&p);
        }
        out
    }

    #[test]
    fn whole_packets_walk_and_a_torn_tail_is_found() {
        let bytes = packets(8);
        let w = walk_ts(bytes.as_slice()).expect("walk");
        assert_eq!((w.packets, w.pat_packets), (8, 2));
        assert_eq!(w.valid_len, 8 * 188);
        assert!(w.problem.is_none());
        let w = walk_ts(&bytes[..3 * 188 + 100]).expect("walk");
        assert_eq!(
            (w.packets, w.valid_len, w.total_len),
            (3, 3 * 188, 3 * 188 + 100)
        );
        assert!(w.problem.is_some());
    }

    #[test]
    fn a_lost_sync_byte_stops_the_walk() {
        let mut bytes = packets(5);
        bytes[2 * 188] = 0x00;
        let w = walk_ts(bytes.as_slice()).expect("walk");
        assert_eq!((w.packets, w.valid_len), (2, 2 * 188));
        assert_eq!(w.total_len, 5 * 188);
        assert!(w.problem.expect("problem").contains("sync"));
    }
}
