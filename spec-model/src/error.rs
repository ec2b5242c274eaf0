//! Spec errors: every problem found while loading or validating a spec, each with the file, line
//! and column it points at. Nothing here decides what is an error; it only reports.

use std::fmt;
use std::path::{Path, PathBuf};

use serde_saphyr::Location;

/// One problem in a spec file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    pub file: PathBuf,
    /// 1-based; 0 when the position is unknown (e.g. a spec built in memory).
    pub line: u64,
    pub column: u64,
    pub message: String,
}

impl SpecError {
    pub fn at(file: &Path, location: Location, message: impl Into<String>) -> Self {
        SpecError {
            file: file.to_path_buf(),
            line: location.line(),
            column: location.column(),
            message: message.into(),
        }
    }

    pub fn in_file(file: &Path, message: impl Into<String>) -> Self {
        SpecError {
            file: file.to_path_buf(),
            line: 0,
            column: 0,
            message: message.into(),
        }
    }
}

/// One line per error: a message that quotes a multi-line value shows its line breaks as `\n`.
impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = self.message.replace('\r', "\\r").replace('\n', "\\n");
        if self.line == 0 {
            write!(f, "{}: {message}", self.file.display())
        } else {
            write!(
                f,
                "{}:{}:{}: {message}",
                self.file.display(),
                self.line,
                self.column,
            )
        }
    }
}

impl std::error::Error for SpecError {}

/// All problems found in a spec, sorted by file and position. Never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecErrors(pub Vec<SpecError>);

impl SpecErrors {
    pub fn one(error: SpecError) -> Self {
        SpecErrors(vec![error])
    }
}

impl fmt::Display for SpecErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "error: {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SpecErrors {}

impl From<SpecError> for SpecErrors {
    fn from(e: SpecError) -> Self {
        SpecErrors::one(e)
    }
}
