//! A file being downloaded: bytes go to `<target>.part`, which survives pauses and crashes and
//! is resumed by length; only a complete, synced file is renamed to its target name, so a
//! partial file never looks complete.

use crate::error::{DownloadError, Result};
use std::path::{Path, PathBuf};
use tokio::io::{AsyncSeekExt as _, AsyncWriteExt as _};

/// `<path>.part`.
pub fn part_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".part");
    path.with_file_name(name)
}

/// An open `.part` file.
#[derive(Debug)]
pub struct PartFile {
    target: PathBuf,
    part: PathBuf,
    file: tokio::io::BufWriter<tokio::fs::File>,
    len: u64,
}

impl PartFile {
    /// Opens `<target>.part` for appending, creating it (and its folder) if missing; its
    /// current length is where a download resumes.
    pub async fn open(target: &Path) -> Result<Self> {
        let part = part_path(target);
        if let Some(dir) = part.parent() {
            tokio::fs::create_dir_all(dir)
                .await
                .map_err(|e| DownloadError::io(dir, &e))?;
        }
        let mut file = tokio::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&part)
            .await
            .map_err(|e| DownloadError::io(&part, &e))?;
        let len = file
            .seek(std::io::SeekFrom::End(0))
            .await
            .map_err(|e| DownloadError::io(&part, &e))?;
        Ok(Self {
            target: target.to_owned(),
            part,
            file: tokio::io::BufWriter::with_capacity(64 * 1024, file),
            len,
        })
    }

    /// Bytes in the file so far.
    pub fn len(&self) -> u64 {
        self.len
    }

    /// Whether nothing has been written yet.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Drops everything written (the server restarted the body from byte 0).
    pub async fn truncate(&mut self) -> Result<()> {
        self.flush().await?;
        let f = self.file.get_mut();
        f.set_len(0)
            .await
            .map_err(|e| DownloadError::io(&self.part, &e))?;
        f.seek(std::io::SeekFrom::Start(0))
            .await
            .map_err(|e| DownloadError::io(&self.part, &e))?;
        self.len = 0;
        Ok(())
    }

    /// Appends `bytes`.
    pub async fn write(&mut self, bytes: &[u8]) -> Result<()> {
        self.file
            .write_all(bytes)
            .await
            .map_err(|e| DownloadError::io(&self.part, &e))?;
        self.len += bytes.len() as u64;
        Ok(())
    }

    /// Pushes buffered bytes to the OS (a pause keeps them; no sync needed for that).
    pub async fn flush(&mut self) -> Result<()> {
        self.file
            .flush()
            .await
            .map_err(|e| DownloadError::io(&self.part, &e))
    }

    /// Flushes, syncs to disk and renames to the target name (replacing a stale file there).
    /// Returns the final size.
    pub async fn finish(mut self) -> Result<u64> {
        self.flush().await?;
        self.file
            .get_ref()
            .sync_all()
            .await
            .map_err(|e| DownloadError::io(&self.part, &e))?;
        tokio::fs::rename(&self.part, &self.target)
            .await
            .map_err(|e| DownloadError::io(&self.target, &e))?;
        sync_parent(&self.target).await;
        Ok(self.len)
    }
}

/// Syncs the folder entry of a renamed file so the rename survives a power loss (best effort:
/// not every platform can open a folder).
pub(crate) async fn sync_parent(path: &Path) {
    if let Some(dir) = path.parent() {
        if let Ok(d) = tokio::fs::File::open(dir).await {
            let _ = d.sync_all().await;
        }
    }
}

/// Writes a small file completely (`.part`, sync, rename): descriptions, lyrics, sidecars.
pub async fn write_atomic(target: &Path, bytes: &[u8]) -> Result<u64> {
    let part = part_path(target);
    let _ = tokio::fs::remove_file(&part).await;
    let mut f = PartFile::open(target).await?;
    f.write(bytes).await?;
    f.finish().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn resumes_by_length_and_renames_only_when_finished() {
        let dir = tempfile::tempdir().expect("tmp");
        let target = dir.path().join("sub").join("a_video.mp4");
        let mut f = PartFile::open(&target).await.expect("open");
        f.write(b"hello ").await.expect("write");
        f.flush().await.expect("flush");
        drop(f);
        assert!(!target.exists(), "nothing at the target name before finish");
        let mut f = PartFile::open(&target).await.expect("reopen");
        assert_eq!(f.len(), 6);
        f.write(b"world").await.expect("write");
        assert_eq!(f.finish().await.expect("finish"), 11);
        assert_eq!(std::fs::read(&target).expect("read"), b"hello world");
        assert!(!part_path(&target).exists());
    }

    #[tokio::test]
    async fn truncate_restarts_from_zero() {
        let dir = tempfile::tempdir().expect("tmp");
        let target = dir.path().join("x.bin");
        let mut f = PartFile::open(&target).await.expect("open");
        f.write(b"stale bytes").await.expect("write");
        f.truncate().await.expect("truncate");
        f.write(b"new").await.expect("write");
        f.finish().await.expect("finish");
        assert_eq!(std::fs::read(&target).expect("read"), b"new");
        write_atomic(&target, "文案".as_bytes())
            .await
            .expect("atomic");
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "文案");
    }
}
