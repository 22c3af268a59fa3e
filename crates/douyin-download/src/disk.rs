//! The free-disk guard: before a file starts and every few MB while it is written, the free
//! space of the library's disk is checked against a reserve; below it the job pauses with a
//! `DiskFull` error instead of filling the disk. The probe is injected so tests can fake it.

use crate::error::{DownloadError, Result};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Reports free space for a path.
pub trait DiskProbe: Send + Sync {
    /// Bytes available to this user on the disk holding `path`.
    fn available(&self, path: &Path) -> std::io::Result<u64>;
}

/// The real probe (`statvfs`/`GetDiskFreeSpaceEx`).
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemDisk;

impl DiskProbe for SystemDisk {
    fn available(&self, path: &Path) -> std::io::Result<u64> {
        fs4::available_space(path)
    }
}

/// Free-space checks for one library root.
#[derive(Clone)]
pub struct DiskGuard {
    probe: Arc<dyn DiskProbe>,
    root: PathBuf,
    reserve: u64,
}

impl std::fmt::Debug for DiskGuard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DiskGuard")
            .field("root", &self.root)
            .field("reserve", &self.reserve)
            .finish_non_exhaustive()
    }
}

/// How many bytes a transfer writes between two checks.
pub const CHECK_EVERY: u64 = 8 * 1024 * 1024;

impl DiskGuard {
    /// A guard keeping `reserve` bytes free on `root`'s disk.
    pub fn new(probe: Arc<dyn DiskProbe>, root: PathBuf, reserve: u64) -> Self {
        Self {
            probe,
            root,
            reserve,
        }
    }

    /// `Err(DiskFull)` when less than the reserve (plus `upcoming` bytes) is free. A probe
    /// failure is not a reason to stop: writes will fail on their own if the disk is gone.
    pub fn check(&self, upcoming: u64) -> Result<()> {
        if self.reserve == 0 {
            return Ok(());
        }
        let Ok(free) = self.probe.available(&self.root) else {
            return Ok(());
        };
        if free < self.reserve.saturating_add(upcoming) {
            return Err(DownloadError::DiskFull {
                free_mb: free / 1_000_000,
                need_mb: self.reserve / 1_000_000,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fixed(u64);
    impl DiskProbe for Fixed {
        fn available(&self, _: &Path) -> std::io::Result<u64> {
            Ok(self.0)
        }
    }

    #[test]
    fn trips_below_the_reserve() {
        let guard = |free| DiskGuard::new(Arc::new(Fixed(free)), PathBuf::from("/"), 1_000_000);
        assert!(guard(2_000_000).check(0).is_ok());
        let err = guard(2_000_000)
            .check(1_500_000)
            .expect_err("upcoming counts");
        assert_eq!(err.kind(), douyin_core::ErrorKind::DiskFull);
        assert!(guard(10).check(0).is_err());
        assert!(SystemDisk.available(Path::new("/")).expect("probe") > 0);
    }
}
