//! Export of a search result (or everything, with the default query) as CSV or JSON into a
//! writer, streamed in chunks so a large library never sits in memory and the engine is not
//! blocked for the whole export.
//!
//! CSV: one row per post; `hashtags` space-separated; `files` and `file_states` hold one line
//! per file (relative paths never contain a line break, see `paths`). It starts with a UTF-8
//! BOM so spreadsheet programs read the Chinese text correctly. JSON: an array of
//! [`SearchHit`] objects, each with its `files`.

use crate::error::{Result, StoreError};
use crate::search::{self, SearchHit, SearchQuery};
use crate::store::HistoryStore;
use serde::{Deserialize, Serialize};
use std::io::Write;

/// The export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// Comma-separated values with a header row.
    Csv,
    /// A JSON array.
    Json,
}

/// The CSV header, in column order.
pub const CSV_HEADER: &[&str] = &[
    "aweme_id",
    "kind",
    "create_ts",
    "create_time",
    "author_uid",
    "author_sec_uid",
    "author_nickname",
    "description",
    "music_title",
    "hashtags",
    "files",
    "file_states",
];

/// Posts read per chunk.
const CHUNK: u32 = 500;

fn csv_record(hit: &SearchHit) -> Vec<String> {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    vec![
        hit.aweme_id.clone(),
        hit.kind.as_str().to_owned(),
        hit.create_ts.map(|t| t.to_string()).unwrap_or_default(),
        text(&hit.create_time),
        text(&hit.author_uid),
        text(&hit.author_sec_uid),
        text(&hit.author_nickname),
        text(&hit.description),
        text(&hit.music_title),
        hit.hashtags.join(" "),
        hit.files
            .iter()
            .map(|f| f.rel_path.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        hit.files
            .iter()
            .map(|f| f.state.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
    ]
}

fn failed(e: impl std::fmt::Display) -> StoreError {
    StoreError::Export(e.to_string())
}

impl HistoryStore {
    /// Writes the posts matching `query` (its limit and offset included) to `out` and returns
    /// how many were written.
    ///
    /// # Errors
    /// `Io` when `out` fails; database failures.
    pub fn export(
        &self,
        query: &SearchQuery,
        format: ExportFormat,
        out: &mut dyn Write,
    ) -> Result<u64> {
        let written = match format {
            ExportFormat::Csv => {
                out.write_all("\u{feff}".as_bytes()).map_err(failed)?;
                let mut w = csv::Writer::from_writer(&mut *out);
                w.write_record(CSV_HEADER).map_err(failed)?;
                let n = self
                    .for_each_hit(query, |hit| w.write_record(csv_record(hit)).map_err(failed))?;
                w.flush().map_err(failed)?;
                n
            }
            ExportFormat::Json => {
                out.write_all(b"[").map_err(failed)?;
                let mut first = true;
                let n = self.for_each_hit(query, |hit| {
                    let sep: &[u8] = if first { b"\n" } else { b",\n" };
                    first = false;
                    out.write_all(sep).map_err(failed)?;
                    serde_json::to_writer(&mut *out, hit).map_err(failed)
                })?;
                out.write_all(if n > 0 { b"\n]\n" } else { b"]\n" })
                    .map_err(failed)?;
                n
            }
        };
        out.flush().map_err(failed)?;
        Ok(written)
    }

    /// Calls `f` for each hit of `query`, reading [`CHUNK`] posts per lock.
    fn for_each_hit(
        &self,
        query: &SearchQuery,
        mut f: impl FnMut(&SearchHit) -> Result<()>,
    ) -> Result<u64> {
        let mut written = 0u64;
        loop {
            let want = match query.limit {
                Some(limit) => u64::from(limit)
                    .saturating_sub(written)
                    .min(u64::from(CHUNK)),
                None => u64::from(CHUNK),
            };
            if want == 0 {
                return Ok(written);
            }
            let chunk = SearchQuery {
                limit: Some(u32::try_from(want).unwrap_or(CHUNK)),
                offset: query.offset + written,
                ..query.clone()
            };
            let hits = search::hits(&self.lock(), &chunk)?;
            for hit in &hits {
                f(hit)?;
                written += 1;
            }
            if (hits.len() as u64) < want {
                return Ok(written);
            }
        }
    }
}
