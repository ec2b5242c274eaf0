//! Response decoding without serde: one JSON [`Reader`] and the [`Decode`] trait that every
//! response type implements with a generated, non-generic function (one short call per field
//! against a static field table, then the required-field check). Faults carry the JSON path,
//! built only on failure. The envelope and the client's error type live elsewhere
//! (`runtime::envelope`); no endpoint-specific code lives here.

mod fault;
mod reader;
mod values;

pub use fault::Fault;
pub use reader::Reader;
pub use values::{boolean, float, int, list, map, opt, required, set, set_opt, string, text};

/// A value the SDK reads from a response body.
pub trait Decode: Sized {
    /// Reads one value at the reader's cursor.
    fn decode(r: &mut Reader<'_>) -> Result<Self, Fault>;
}

impl Decode for String {
    fn decode(r: &mut Reader<'_>) -> Result<Self, Fault> {
        string(r)
    }
}

impl Decode for i64 {
    fn decode(r: &mut Reader<'_>) -> Result<Self, Fault> {
        int(r)
    }
}

impl Decode for f64 {
    fn decode(r: &mut Reader<'_>) -> Result<Self, Fault> {
        float(r)
    }
}

impl Decode for bool {
    fn decode(r: &mut Reader<'_>) -> Result<Self, Fault> {
        boolean(r)
    }
}

impl Decode for serde_json::Value {
    fn decode(r: &mut Reader<'_>) -> Result<Self, Fault> {
        r.json()
    }
}

impl Decode for crate::SecretString {
    fn decode(r: &mut Reader<'_>) -> Result<Self, Fault> {
        string(r).map(crate::SecretString::from)
    }
}

/// Anything at all (an endpoint whose `data` nobody reads).
impl Decode for () {
    fn decode(r: &mut Reader<'_>) -> Result<Self, Fault> {
        r.skip()
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(r: &mut Reader<'_>) -> Result<Self, Fault> {
        list(r, T::decode)
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode(r: &mut Reader<'_>) -> Result<Self, Fault> {
        opt(r, T::decode)
    }
}

impl<T: Decode> Decode for std::collections::BTreeMap<String, T> {
    fn decode(r: &mut Reader<'_>) -> Result<Self, Fault> {
        map(r, T::decode)
    }
}
