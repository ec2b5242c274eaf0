//! [`Fault`]: why decoding stopped and where. The JSON path is built only while a fault travels
//! back up through the decoders (each object adds its key, each list its index), so a body that
//! decodes pays nothing for it. Nothing here reads JSON.

use std::borrow::Cow;
use std::fmt::Write;

/// A decoding failure: the reason (may quote the value found, so it is masked before it reaches
/// an [`Error`](crate::Error) when the path names a credential) and the path to it.
#[derive(Debug)]
pub struct Fault(Box<Inner>);

#[derive(Debug)]
struct Inner {
    reason: String,
    /// Innermost segment first (pushed while unwinding).
    path: Vec<Segment>,
}

#[derive(Debug)]
enum Segment {
    Key(Cow<'static, str>),
    Index(usize),
}

impl Fault {
    /// A fault at the current value.
    pub fn new(reason: impl Into<String>) -> Self {
        Fault(Box::new(Inner {
            reason: reason.into(),
            path: Vec::new(),
        }))
    }

    /// The fault happened inside the member `key` of an object.
    #[cold]
    pub fn at_key(mut self, key: impl Into<Cow<'static, str>>) -> Self {
        self.0.path.push(Segment::Key(key.into()));
        self
    }

    /// The fault happened inside item `index` of a list.
    #[cold]
    pub fn at_index(mut self, index: usize) -> Self {
        self.0.path.push(Segment::Index(index));
        self
    }

    /// What went wrong.
    pub fn reason(&self) -> &str {
        &self.0.reason
    }

    /// Whether any key on the path satisfies `sensitive` (the value found may be a credential).
    pub fn under_key(&self, sensitive: impl Fn(&str) -> bool) -> bool {
        self.0.path.iter().any(|s| match s {
            Segment::Key(key) => sensitive(key),
            Segment::Index(_) => false,
        })
    }

    /// The path as the SDK's errors show it: `data.identities[0].provider`; `.` for the root,
    /// `""` for a member whose key is empty.
    pub fn json_path(&self) -> String {
        let mut out = String::new();
        for segment in self.0.path.iter().rev() {
            match segment {
                Segment::Key(key) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(if key.is_empty() { "\"\"" } else { key });
                }
                Segment::Index(i) => {
                    let _ = write!(out, "[{i}]");
                }
            }
        }
        if out.is_empty() {
            out.push('.');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_reads_from_the_root() {
        let f = Fault::new("bad")
            .at_key("provider")
            .at_index(0)
            .at_key("identities")
            .at_key("data");
        assert_eq!(f.json_path(), "data.identities[0].provider");
        assert_eq!(Fault::new("x").json_path(), ".");
        assert_eq!(Fault::new("x").at_key("").json_path(), "\"\"");
        assert_eq!(Fault::new("x").at_index(2).json_path(), "[2]");
        assert!(f.under_key(|k| k == "identities"));
        assert!(!f.under_key(|k| k == "secret"));
    }
}
