//! Request bodies without a serde instantiation per type: the [`Encode`] trait that request
//! types and body-carrying request builders implement with a generated, non-generic function
//! (one short call per field), and the [`Writer`] they write JSON with. Scalars are formatted
//! by serde_json (one instantiation each), so strings are escaped and numbers printed exactly
//! as before. No endpoint-specific code lives here.

/// A value the SDK writes into a request body.
pub trait Encode {
    /// Appends this value's JSON to the writer.
    fn encode(&self, w: &mut Writer);
}

/// A JSON text being written, one value at a time.
pub struct Writer {
    out: Vec<u8>,
    /// Whether the object or array being written has no member yet.
    first: bool,
}

impl Writer {
    /// An empty writer.
    pub fn new() -> Self {
        Writer {
            out: Vec::with_capacity(128),
            first: true,
        }
    }

    /// The JSON written.
    pub fn finish(self) -> Vec<u8> {
        self.out
    }

    fn scalar<T: serde::Serialize + ?Sized>(&mut self, value: &T) {
        // Writing into a `Vec` cannot fail, and these types always serialise.
        let _ = serde_json::to_writer(&mut self.out, value);
    }

    /// A string.
    pub fn str(&mut self, value: &str) {
        self.scalar(value);
    }

    fn separator(&mut self) {
        if !std::mem::replace(&mut self.first, false) {
            self.out.push(b',');
        }
    }

    /// Starts an object; then [`field`](Self::field) per member and [`end_object`](Self::end_object).
    pub fn begin_object(&mut self) {
        self.out.push(b'{');
        self.first = true;
    }

    /// One member of the object being written.
    pub fn field(&mut self, name: &str, value: &dyn Encode) {
        self.separator();
        self.str(name);
        self.out.push(b':');
        value.encode(self);
        self.first = false;
    }

    /// Ends the object being written.
    pub fn end_object(&mut self) {
        self.out.push(b'}');
        self.first = false;
    }

    /// Starts a list; then [`item`](Self::item) before each item and
    /// [`end_list`](Self::end_list).
    pub fn begin_list(&mut self) {
        self.out.push(b'[');
        self.first = true;
    }

    /// Before each item of the list being written.
    pub fn item(&mut self) {
        self.separator();
    }

    /// Ends the list being written.
    pub fn end_list(&mut self) {
        self.out.push(b']');
        self.first = false;
    }
}

impl Default for Writer {
    fn default() -> Self {
        Writer::new()
    }
}

/// The JSON text of `value` (a request body).
pub fn to_json(value: &dyn Encode) -> Vec<u8> {
    let mut w = Writer::new();
    value.encode(&mut w);
    w.finish()
}

impl Encode for String {
    fn encode(&self, w: &mut Writer) {
        w.str(self);
    }
}

impl Encode for i64 {
    fn encode(&self, w: &mut Writer) {
        w.scalar(self);
    }
}

impl Encode for f64 {
    fn encode(&self, w: &mut Writer) {
        // Not finite: `null`, as serde_json writes it.
        w.scalar(self);
    }
}

impl Encode for bool {
    fn encode(&self, w: &mut Writer) {
        w.scalar(self);
    }
}

impl Encode for serde_json::Value {
    fn encode(&self, w: &mut Writer) {
        w.scalar(self);
    }
}

impl Encode for crate::SecretString {
    fn encode(&self, w: &mut Writer) {
        w.str(self.expose());
    }
}

impl<T: Encode> Encode for Vec<T> {
    fn encode(&self, w: &mut Writer) {
        w.begin_list();
        for item in self {
            w.item();
            item.encode(w);
        }
        w.end_list();
    }
}

impl<T: Encode> Encode for std::collections::BTreeMap<String, T> {
    fn encode(&self, w: &mut Writer) {
        w.begin_object();
        for (key, value) in self {
            w.field(key, value);
        }
        w.end_object();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_what_serde_json_writes() {
        let value = serde_json::json!({"a": [1, 2.5, "x\"\n\u{1}"], "b": {"c": null}, "d": true});
        let mut map = std::collections::BTreeMap::new();
        map.insert("a".to_owned(), vec![value.clone(), serde_json::Value::Null]);
        map.insert("b\"".to_owned(), vec![]);
        assert_eq!(
            String::from_utf8(to_json(&map)).unwrap(),
            serde_json::to_string(&map).unwrap()
        );
        let list = vec![1.5f64, f64::NAN, -0.0, 1e300];
        assert_eq!(to_json(&list), serde_json::to_vec(&list).unwrap());
        assert_eq!(to_json(&vec![i64::MIN]), b"[-9223372036854775808]");
        assert_eq!(to_json(&vec![vec![true], vec![]]), b"[[true],[]]");
    }
}
