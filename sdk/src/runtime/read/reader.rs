//! [`Reader`]: the SDK's one JSON reader. A cursor over a body's bytes that the generated
//! decoders pull values from (objects member by member against a static field table, strings
//! borrowed when they hold no escape, numbers, literals), and that skips what nobody asked for.
//! It is not generic over anything, so the 300-odd generated decoders share one copy of it.
//! Tolerances (lenient scalars, lists in strings) live in `values.rs`, not here.

use std::borrow::Cow;

use super::Fault;

/// How deeply arrays and objects may nest before the reader gives up (as serde_json does).
const MAX_DEPTH: u32 = 128;

/// A number as JSON wrote it: an integer that fits `i64` or `u64`, or anything else as `f64`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    /// A negative integer, or a non-negative one up to `i64::MAX`.
    Int(i64),
    /// An integer above `i64::MAX` that fits `u64`.
    Uint(u64),
    /// A number with a fraction or exponent, or an integer beyond `u64`.
    Float(f64),
}

/// The index of the first byte at or after `pos` that ends a plain run of string text: a quote,
/// a backslash or a control character; `bytes.len()` when there is none. Eight bytes at a time.
#[inline]
fn plain_run_end(bytes: &[u8], mut pos: usize) -> usize {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES << 7;
    while let Some(chunk) = bytes.get(pos..pos + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let chars = u64::from_le_bytes(word);
        let control = chars.wrapping_sub(ONES * 0x20) & !chars;
        let quote = (chars ^ (ONES * u64::from(b'"'))).wrapping_sub(ONES)
            & !(chars ^ (ONES * u64::from(b'"')));
        let backslash = (chars ^ (ONES * u64::from(b'\\'))).wrapping_sub(ONES)
            & !(chars ^ (ONES * u64::from(b'\\')));
        let found = (control | quote | backslash) & HIGH;
        if found != 0 {
            // The lowest flagged byte is exact (a borrow only flags bytes above a match).
            return pos + found.trailing_zeros() as usize / 8;
        }
        pos += 8;
    }
    while let Some(&b) = bytes.get(pos) {
        if b == b'"' || b == b'\\' || b < 0x20 {
            break;
        }
        pos += 1;
    }
    pos
}

/// What the next value is, by its first byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// `{`
    Object,
    /// `[`
    Array,
    /// `"`
    String,
    /// `-` or a digit.
    Number,
    /// `true` or `false`.
    Bool,
    /// `null`.
    Null,
}

/// What [`Reader::members`] calls for each member: the reader at its value, and its key.
pub type Member<'f, 'a> = dyn FnMut(&mut Reader<'a>, Cow<'a, str>) -> Result<(), Fault> + 'f;

/// A cursor over one JSON text (see the module doc).
pub struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    depth: u32,
    /// Set by [`stop_object`](Reader::stop_object): the object being read ends its reading.
    stop: bool,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader {
            bytes,
            pos: 0,
            depth: 0,
            stop: false,
        }
    }

    /// A reader at byte `pos` of `bytes` (where a value starts).
    pub fn at(bytes: &'a [u8], pos: usize) -> Self {
        Reader {
            bytes,
            pos,
            depth: 0,
            stop: false,
        }
    }

    /// The byte offset of the cursor.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// Moves the cursor back to `pos` (an offset [`position`](Self::position) gave at the same
    /// depth).
    pub fn rewind(&mut self, pos: usize) {
        self.pos = pos;
    }

    #[inline]
    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    #[inline]
    fn peek_byte(&mut self) -> Option<u8> {
        self.skip_whitespace();
        self.bytes.get(self.pos).copied()
    }

    /// A syntax fault at the cursor, with its line and column.
    #[cold]
    pub fn syntax(&self, what: &str) -> Fault {
        let upto = &self.bytes[..self.pos.min(self.bytes.len())];
        let line = 1 + upto.iter().filter(|&&b| b == b'\n').count();
        let column = 1 + upto.iter().rev().take_while(|&&b| b != b'\n').count();
        Fault::new(format!("{what} at line {line} column {column}"))
    }

    /// What the next value is; a syntax fault when no value starts here.
    #[inline]
    pub fn peek(&mut self) -> Result<Next, Fault> {
        Ok(match self.peek_byte() {
            Some(b'{') => Next::Object,
            Some(b'[') => Next::Array,
            Some(b'"') => Next::String,
            Some(b'-' | b'0'..=b'9') => Next::Number,
            Some(b't' | b'f') => Next::Bool,
            Some(b'n') => Next::Null,
            Some(_) => return Err(self.syntax("expected value")),
            None => return Err(self.syntax("EOF while parsing a value")),
        })
    }

    /// Consumes a `null` if one is next.
    #[inline]
    pub fn null(&mut self) -> Result<bool, Fault> {
        if self.peek_byte() == Some(b'n') {
            self.literal(b"null")?;
            return Ok(true);
        }
        Ok(false)
    }

    fn literal(&mut self, word: &[u8]) -> Result<(), Fault> {
        let rest = &self.bytes[self.pos.min(self.bytes.len())..];
        let matched = rest.iter().zip(word).take_while(|(a, b)| a == b).count();
        // The cursor ends at the first byte that differs, as a JSON parser reports it.
        self.pos += matched;
        if matched == word.len() {
            Ok(())
        } else if self.pos >= self.bytes.len() {
            Err(self.syntax("EOF while parsing a value"))
        } else {
            Err(self.syntax("expected ident"))
        }
    }

    /// Reads `true` or `false` (the caller checked [`peek`](Self::peek) is `Bool`).
    pub fn bool(&mut self) -> Result<bool, Fault> {
        if self.peek_byte() == Some(b't') {
            self.literal(b"true").map(|()| true)
        } else {
            self.literal(b"false").map(|()| false)
        }
    }

    /// Reads a number (the caller checked [`peek`](Self::peek) is `Number`).
    pub fn number(&mut self) -> Result<Number, Fault> {
        self.skip_whitespace();
        let start = self.pos;
        let negative = self.bytes.get(self.pos) == Some(&b'-');
        if negative {
            self.pos += 1;
        }
        let digits_start = self.pos;
        match self.bytes.get(self.pos) {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            Some(_) => return Err(self.syntax("invalid number")),
            None => return Err(self.syntax("EOF while parsing a value")),
        }
        let int_end = self.pos;
        let mut float = false;
        if self.bytes.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            if !matches!(self.bytes.get(self.pos), Some(b'0'..=b'9')) {
                return Err(self.eof_or("invalid number"));
            }
            self.digits();
            float = true;
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.pos) {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.pos) {
                self.pos += 1;
            }
            if !matches!(self.bytes.get(self.pos), Some(b'0'..=b'9')) {
                return Err(self.eof_or("invalid number"));
            }
            self.digits();
            float = true;
        }
        if !float {
            let mut value: u64 = 0;
            let mut fits = true;
            for &b in &self.bytes[digits_start..int_end] {
                match value
                    .checked_mul(10)
                    .and_then(|v| v.checked_add(u64::from(b - b'0')))
                {
                    Some(v) => value = v,
                    None => {
                        fits = false;
                        break;
                    }
                }
            }
            if fits {
                if !negative {
                    return Ok(match i64::try_from(value) {
                        Ok(v) => Number::Int(v),
                        Err(_) => Number::Uint(value),
                    });
                }
                if value <= i64::MAX as u64 + 1 {
                    return Ok(Number::Int((value as i64).wrapping_neg()));
                }
            }
        }
        // Digits and the grammar were checked above, so the text is ASCII and a valid float.
        let text = std::str::from_utf8(&self.bytes[start..self.pos]).unwrap_or_default();
        match text.parse::<f64>() {
            Ok(v) if v.is_finite() => Ok(Number::Float(v)),
            _ => Err(self.syntax("number out of range")),
        }
    }

    #[inline]
    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    #[cold]
    fn eof_or(&self, what: &str) -> Fault {
        if self.pos >= self.bytes.len() {
            self.syntax("EOF while parsing a value")
        } else {
            self.syntax(what)
        }
    }

    /// Reads a string, borrowed from the body when it holds no escape (the caller checked
    /// [`peek`](Self::peek) is `String`).
    pub fn str(&mut self) -> Result<Cow<'a, str>, Fault> {
        self.skip_whitespace();
        self.pos += 1; // the opening quote
        let bytes = self.bytes;
        let start = self.pos;
        loop {
            match bytes.get(self.pos) {
                Some(b'"') => {
                    let text = self.utf8(start, self.pos)?;
                    self.pos += 1;
                    return Ok(Cow::Borrowed(text));
                }
                Some(b'\\') => break,
                Some(0..=0x1f) => {
                    return Err(self.syntax(
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ))
                }
                Some(_) => self.pos += 1,
                None => return Err(self.syntax("EOF while parsing a string")),
            }
        }
        // An escape: copy what came before it, then unescape the rest.
        let mut out = self.utf8(start, self.pos)?.to_owned();
        loop {
            let run = self.pos;
            self.pos = plain_run_end(bytes, run);
            out.push_str(self.utf8(run, self.pos)?);
            match bytes.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    self.pos += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => {
                    return Err(self.syntax(
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ))
                }
                None => return Err(self.syntax("EOF while parsing a string")),
            }
        }
    }

    fn utf8(&self, start: usize, end: usize) -> Result<&'a str, Fault> {
        let bytes = self.bytes;
        std::str::from_utf8(&bytes[start..end]).map_err(|e| {
            Reader::at(bytes, start + e.valid_up_to()).syntax("invalid unicode code point")
        })
    }

    /// One escape after its backslash, appended to `out`.
    fn escape(&mut self, out: &mut String) -> Result<(), Fault> {
        let Some(&b) = self.bytes.get(self.pos) else {
            return Err(self.syntax("EOF while parsing a string"));
        };
        self.pos += 1;
        let c = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => self.unicode_escape()?,
            _ => return Err(self.syntax("invalid escape")),
        };
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u16, Fault> {
        let mut value: u16 = 0;
        for _ in 0..4 {
            let Some(&b) = self.bytes.get(self.pos) else {
                return Err(self.syntax("EOF while parsing a string"));
            };
            let digit = match b {
                b'0'..=b'9' => b - b'0',
                b'a'..=b'f' => b - b'a' + 10,
                b'A'..=b'F' => b - b'A' + 10,
                _ => return Err(self.syntax("invalid escape")),
            };
            value = value * 16 + u16::from(digit);
            self.pos += 1;
        }
        Ok(value)
    }

    fn unicode_escape(&mut self) -> Result<char, Fault> {
        let first = self.hex4()?;
        let code = match first {
            0xDC00..=0xDFFF => return Err(self.syntax("lone leading surrogate in hex escape")),
            0xD800..=0xDBFF => {
                if self.bytes.get(self.pos..self.pos + 2) != Some(b"\\u") {
                    return Err(self.eof_or("unexpected end of hex escape"));
                }
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.syntax("lone leading surrogate in hex escape"));
                }
                0x10000 + ((u32::from(first) - 0xD800) << 10) + (u32::from(second) - 0xDC00)
            }
            _ => u32::from(first),
        };
        char::from_u32(code).ok_or_else(|| self.syntax("invalid unicode code point"))
    }

    /// Reads an object against `fields`, its known member names: calls `each` with the index of
    /// every known member (the reader at its value) and skips the others. A repeated member is
    /// read again (the last value wins). A fault inside a member gets the member's name on its
    /// path. `what` names the expected value in a type fault (`struct UserDto`).
    pub fn object(
        &mut self,
        what: &str,
        fields: &'static [&'static str],
        each: &mut dyn FnMut(&mut Reader<'a>, usize) -> Result<(), Fault>,
    ) -> Result<(), Fault> {
        if !self.open_object(what)? {
            return Ok(());
        }
        // Members usually arrive in the documented order: try the next field first.
        let mut hint = 0;
        loop {
            let key_at = self.position();
            let key = self.key()?;
            let found = match fields.get(hint) {
                Some(&f) if f.as_bytes() == &*key => Some(hint),
                _ => fields.iter().position(|&f| f.as_bytes() == &*key),
            };
            match found {
                Some(index) => {
                    hint = index + 1;
                    each(self, index).map_err(|f| f.at_key(fields[index]))?;
                    if std::mem::take(&mut self.stop) {
                        // The caller reads on from this member's value itself.
                        return Ok(());
                    }
                }
                None => {
                    // An unknown key is checked as text only now (a known one equals a name).
                    let key = self.key_text(key, key_at)?.into_owned();
                    self.skip().map_err(|f| f.at_key(key))?;
                }
            }
            if self.after_member(b'}')? {
                self.depth -= 1;
                return Ok(());
            }
        }
    }

    /// Called from [`object`](Self::object)'s `each`: reading the object ends after this
    /// member's callback, with the cursor where the callback left it (the rest of the object
    /// is the caller's to read, see [`rest_of_object`](Self::rest_of_object)).
    pub fn stop_object(&mut self) {
        self.stop = true;
    }

    /// Consumes an object's `{` (a type fault naming `what` when no object is next); `false`
    /// when the object is empty (its `}` consumed too).
    fn open_object(&mut self, what: &str) -> Result<bool, Fault> {
        if self.peek()? != Next::Object {
            return Err(self.invalid_type(what));
        }
        self.enter()?;
        self.pos += 1;
        if self.peek_byte() == Some(b'}') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(false);
        }
        Ok(true)
    }

    /// Reads any object member by member: `each` gets every key (the reader at its value).
    pub fn members(&mut self, what: &str, each: &mut Member<'_, 'a>) -> Result<(), Fault> {
        if !self.open_object(what)? {
            return Ok(());
        }
        loop {
            let key_at = self.position();
            let key = self.key()?;
            let key = self.key_text(key, key_at)?;
            each(self, key)?;
            if self.after_member(b'}')? {
                self.depth -= 1;
                return Ok(());
            }
        }
    }

    /// The members left in the object the cursor is in, after a value (skipped), and its
    /// closing brace.
    pub fn rest_of_object(&mut self) -> Result<(), Fault> {
        while !self.after_member(b'}')? {
            let key = self.key()?;
            let key = String::from_utf8_lossy(&key).into_owned();
            self.skip().map_err(|f| f.at_key(key))?;
        }
        Ok(())
    }

    /// A key's bytes as text; a syntax fault at the key (`at`) when they are not UTF-8.
    fn key_text(&self, key: Cow<'a, [u8]>, at: usize) -> Result<Cow<'a, str>, Fault> {
        let text = match key {
            Cow::Borrowed(bytes) => std::str::from_utf8(bytes).map(Cow::Borrowed).ok(),
            Cow::Owned(bytes) => String::from_utf8(bytes).map(Cow::Owned).ok(),
        };
        text.ok_or_else(|| Reader::at(self.bytes, at).syntax("invalid unicode code point"))
    }

    /// A member's key (its bytes, unescaped; not yet checked as UTF-8) and its colon.
    fn key(&mut self) -> Result<Cow<'a, [u8]>, Fault> {
        if self.peek_byte() != Some(b'"') {
            return Err(self.eof_or("key must be a string"));
        }
        let start = self.pos + 1;
        let end = plain_run_end(self.bytes, start);
        let key = if self.bytes.get(end) == Some(&b'"') {
            self.pos = end + 1;
            Cow::Borrowed(&self.bytes[start..end])
        } else {
            // An escape (or bad text): the string reader unescapes and checks it.
            match self.str()? {
                Cow::Borrowed(text) => Cow::Borrowed(text.as_bytes()),
                Cow::Owned(text) => Cow::Owned(text.into_bytes()),
            }
        };
        if self.peek_byte() != Some(b':') {
            return Err(self.eof_or("expected `:`"));
        }
        self.pos += 1;
        Ok(key)
    }

    /// After a member or item: `true` at the closing bracket (consumed), `false` after a comma.
    #[inline]
    fn after_member(&mut self, close: u8) -> Result<bool, Fault> {
        match self.peek_byte() {
            Some(b',') => {
                self.pos += 1;
                Ok(false)
            }
            Some(b) if b == close => {
                self.pos += 1;
                Ok(true)
            }
            _ if close == b'}' => Err(self.eof_or("expected `,` or `}`")),
            _ => Err(self.eof_or("expected `,` or `]`")),
        }
    }

    fn enter(&mut self) -> Result<(), Fault> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.syntax("recursion limit exceeded"));
        }
        Ok(())
    }

    /// Starts reading an array (the caller checked [`peek`](Self::peek) is `Array`); then call
    /// [`item`](Self::item) before each item.
    pub fn array(&mut self) -> Result<(), Fault> {
        self.enter()?;
        self.skip_whitespace();
        self.pos += 1;
        Ok(())
    }

    /// Whether another item follows in the array being read (`first` for the first call); at
    /// the end, consumes the `]`.
    #[inline]
    pub fn item(&mut self, first: bool) -> Result<bool, Fault> {
        let more = if first {
            if self.peek_byte() == Some(b']') {
                self.pos += 1;
                false
            } else {
                true
            }
        } else {
            !self.after_member(b']')?
        };
        if !more {
            self.depth -= 1;
        }
        Ok(more)
    }

    /// Skips one value, checking its syntax (strings are not checked for UTF-8, as a JSON
    /// parser ignoring a value does not).
    pub fn skip(&mut self) -> Result<(), Fault> {
        match self.peek()? {
            Next::Object => {
                self.enter()?;
                self.pos += 1;
                if self.peek_byte() == Some(b'}') {
                    self.pos += 1;
                } else {
                    loop {
                        if self.peek_byte() != Some(b'"') {
                            return Err(self.eof_or("key must be a string"));
                        }
                        self.skip_string()?;
                        if self.peek_byte() != Some(b':') {
                            return Err(self.eof_or("expected `:`"));
                        }
                        self.pos += 1;
                        self.skip()?;
                        if self.after_member(b'}')? {
                            break;
                        }
                    }
                }
                self.depth -= 1;
            }
            Next::Array => {
                self.array()?;
                let mut first = true;
                while self.item(first)? {
                    self.skip()?;
                    first = false;
                }
            }
            Next::String => self.skip_string()?,
            Next::Number => {
                self.number()?;
            }
            Next::Bool => {
                self.bool()?;
            }
            Next::Null => self.literal(b"null")?,
        }
        Ok(())
    }

    fn skip_string(&mut self) -> Result<(), Fault> {
        self.pos += 1;
        loop {
            self.pos = plain_run_end(self.bytes, self.pos);
            match self.bytes.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(());
                }
                Some(b'\\') => {
                    self.pos += 1;
                    match self.bytes.get(self.pos) {
                        Some(b'u') => {
                            self.pos += 1;
                            self.hex4()?;
                        }
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                            self.pos += 1
                        }
                        Some(_) => return Err(self.syntax("invalid escape")),
                        None => return Err(self.syntax("EOF while parsing a string")),
                    }
                }
                Some(0..=0x1f) => {
                    return Err(self.syntax(
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ))
                }
                Some(_) => self.pos += 1,
                None => return Err(self.syntax("EOF while parsing a string")),
            }
        }
    }

    /// Reads one value of any kind as `serde_json::Value` (free-form `json` fields).
    pub fn json(&mut self) -> Result<serde_json::Value, Fault> {
        self.skip_whitespace();
        let start = self.pos;
        self.skip()?;
        serde_json::from_slice(&self.bytes[start..self.pos]).map_err(|e| Fault::new(e.to_string()))
    }

    /// Only whitespace is left.
    pub fn end(&mut self) -> Result<(), Fault> {
        match self.peek_byte() {
            None => Ok(()),
            Some(_) => Err(self.syntax("trailing characters")),
        }
    }

    /// A type fault for the value at the cursor: `invalid type: integer `42`, expected a
    /// string`. Reads the value to describe it.
    #[cold]
    pub fn invalid_type(&mut self, expected: &str) -> Fault {
        let found = match self.peek() {
            Ok(Next::Object) => "map".to_owned(),
            Ok(Next::Array) => "sequence".to_owned(),
            Ok(Next::Null) => "null".to_owned(),
            Ok(Next::Bool) => match self.bool() {
                Ok(b) => format!("boolean `{b}`"),
                Err(fault) => return fault,
            },
            Ok(Next::String) => match self.str() {
                Ok(s) => format!("string {s:?}"),
                Err(fault) => return fault,
            },
            Ok(Next::Number) => match self.number() {
                Ok(n) => describe(n),
                Err(fault) => return fault,
            },
            Err(fault) => return fault,
        };
        Fault::new(format!("invalid type: {found}, expected {expected}"))
    }
}

/// A number as a type fault shows it.
pub fn describe(n: Number) -> String {
    match n {
        Number::Int(v) => format!("integer `{v}`"),
        Number::Uint(v) => format!("integer `{v}`"),
        Number::Float(v) => {
            let mut text = v.to_string();
            if !text.contains(['.', 'e', 'E', 'i', 'N']) {
                text.push_str(".0");
            }
            format!("floating point `{text}`")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skip_all(text: &str) -> Result<(), String> {
        let mut r = Reader::new(text.as_bytes());
        r.skip()
            .and_then(|()| r.end())
            .map_err(|f| f.reason().to_owned())
    }

    #[test]
    fn skip_accepts_what_json_accepts() {
        for ok in [
            "{}",
            "[]",
            r#" {"a": [1, -2.5e3, true, false, null, "x\"y\u00e9"], "b": {"c": {}}} "#,
            "0",
            "-0.0",
            "1E+2",
            r#""\ud83d\ude00""#,
        ] {
            assert_eq!(skip_all(ok), Ok(()), "{ok}");
            assert!(serde_json::from_str::<serde_json::Value>(ok).is_ok());
        }
    }

    #[test]
    fn skip_rejects_what_json_rejects_with_a_position() {
        for bad in [
            "{",
            "[1,]",
            "{\"a\" 1}",
            "01",
            "1.",
            "-",
            "tru",
            "nul",
            "\"a",
            "[1 2]",
            "{1:2}",
            "1 2",
            "\"\\x\"",
            "{\"a\":1,}",
            "1e",
            "",
        ] {
            let e = skip_all(bad).unwrap_err();
            assert!(e.contains(" at line 1 column "), "{bad}: {e}");
            assert!(
                serde_json::from_str::<serde_json::Value>(bad).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert!(skip_all(&deep).unwrap_err().contains("recursion limit"));
        let fine = "[".repeat(100) + &"]".repeat(100);
        assert_eq!(skip_all(&fine), Ok(()));
    }

    #[test]
    fn numbers_keep_their_kind() {
        let read = |t: &str| Reader::new(t.as_bytes()).number().unwrap();
        assert_eq!(read("42"), Number::Int(42));
        assert_eq!(read("-9223372036854775808"), Number::Int(i64::MIN));
        assert_eq!(read("18446744073709551615"), Number::Uint(u64::MAX));
        assert_eq!(
            read("18446744073709551616"),
            Number::Float(18446744073709551616.0)
        );
        assert_eq!(read("1.5"), Number::Float(1.5));
        assert_eq!(read("3e2"), Number::Float(300.0));
        assert!(Reader::new(b"1e400").number().is_err());
    }

    #[test]
    fn strings_borrow_unless_escaped() {
        let mut r = Reader::new(br#""plain""#);
        assert!(matches!(r.str().unwrap(), Cow::Borrowed("plain")));
        let mut r = Reader::new(br#""a\n\u00e9\ud83d\ude00b""#);
        assert_eq!(r.str().unwrap(), "a\né😀b");
        for bad in [r#""\udc00""#, r#""\ud800x""#, "\"a\u{1}\""] {
            assert!(Reader::new(bad.as_bytes()).str().is_err(), "{bad}");
        }
        let invalid = b"\"\xff\"";
        assert!(Reader::new(invalid).str().is_err());
    }

    #[test]
    fn type_faults_say_what_was_found() {
        let fault = |t: &str| {
            Reader::new(t.as_bytes())
                .invalid_type("a string")
                .reason()
                .to_owned()
        };
        assert_eq!(fault("42"), "invalid type: integer `42`, expected a string");
        assert_eq!(
            fault("3.0"),
            "invalid type: floating point `3.0`, expected a string"
        );
        assert_eq!(
            fault("true"),
            "invalid type: boolean `true`, expected a string"
        );
        assert_eq!(fault("[1]"), "invalid type: sequence, expected a string");
        assert_eq!(fault("{}"), "invalid type: map, expected a string");
        assert_eq!(fault("null"), "invalid type: null, expected a string");
    }

    #[test]
    fn objects_match_fields_in_any_order_and_skip_the_rest() {
        const FIELDS: &[&str] = &["a", "b"];
        let mut seen = Vec::new();
        let mut r = Reader::new(br#"{"b": 2, "x": {"y": [1]}, "a": 1, "b": 3}"#);
        r.object("struct T", FIELDS, &mut |r, i| {
            seen.push((i, r.number()?));
            Ok(())
        })
        .unwrap();
        r.end().unwrap();
        assert_eq!(
            seen,
            [
                (1, Number::Int(2)),
                (0, Number::Int(1)),
                (1, Number::Int(3))
            ]
        );
        let mut r = Reader::new(br#"{"a": 1, "x": [1,}"#);
        let fault = r
            .object("struct T", FIELDS, &mut |r, _| r.skip())
            .unwrap_err();
        assert_eq!(fault.json_path(), "x");
    }
}
