//! An output file written as `<name>.part` and renamed to `<name>` when complete, so a
//! half-written recording is never mistaken for a finished one.

use crate::Error;
use std::path::{Path, PathBuf};
use tokio::io::AsyncWriteExt as _;

/// A file being written under its `.part` name.
#[derive(Debug)]
pub struct PartFile {
    final_path: PathBuf,
    part_path: PathBuf,
    file: tokio::io::BufWriter<tokio::fs::File>,
    written: u64,
}

/// `<path>.part`.
pub fn part_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".part");
    path.with_file_name(name)
}

impl PartFile {
    /// Creates (truncating) `<final_path>.part`; refuses to overwrite a finished `final_path`.
    pub async fn create(final_path: &Path) -> Result<Self, Error> {
        if tokio::fs::try_exists(final_path).await.unwrap_or(false) {
            return Err(Error::io(
                final_path,
                std::io::Error::new(std::io::ErrorKind::AlreadyExists, "the file already exists"),
            ));
        }
        let part_path = part_path(final_path);
        let file = tokio::fs::File::create(&part_path)
            .await
            .map_err(|e| Error::io(&part_path, e))?;
        Ok(Self {
            final_path: final_path.to_owned(),
            part_path,
            file: tokio::io::BufWriter::with_capacity(64 * 1024, file),
            written: 0,
        })
    }

    /// Appends `bytes`.
    pub async fn write(&mut self, bytes: &[u8]) -> Result<(), Error> {
        self.file
            .write_all(bytes)
            .await
            .map_err(|e| Error::io(&self.part_path, e))?;
        self.written = self.written.saturating_add(bytes.len() as u64);
        Ok(())
    }

    /// Bytes written so far.
    pub fn written(&self) -> u64 {
        self.written
    }

    /// Flushes, syncs and renames to the final name.
    pub async fn finish(mut self) -> Result<PathBuf, Error> {
        self.file
            .flush()
            .await
            .map_err(|e| Error::io(&self.part_path, e))?;
        self.file
            .get_ref()
            .sync_all()
            .await
            .map_err(|e| Error::io(&self.part_path, e))?;
        tokio::fs::rename(&self.part_path, &self.final_path)
            .await
            .map_err(|e| Error::io(&self.final_path, e))?;
        Ok(self.final_path)
    }
}
