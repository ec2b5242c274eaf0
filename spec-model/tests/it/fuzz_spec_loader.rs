//! Fuzz-style property tests of the spec loader: arbitrary text, YAML-token soup and mutated
//! copies of the real spec files go through `load::parse_str` (as an endpoint and as a type)
//! and `load_spec` (on a directory). The loader must never panic; it returns the item or an
//! error naming the file, on one line, with a position inside the text when it has one. The
//! committed corpus of the `spec_loader` fuzz target (`fuzz/corpus/spec_loader/`) and its
//! regressions (`fuzz/regressions/spec_loader/`) are replayed too.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::sample::select;
use spec_model::load::parse_str;
use spec_model::spec::{Endpoint, TypeDef};
use spec_model::SpecError;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// Checks what the loader said about `text` (parsed as if read from `file`).
fn check_error(file: &Path, text: &str, e: &SpecError) {
    assert_eq!(e.file, file);
    assert!(!e.message.is_empty());
    let shown = e.to_string();
    assert!(!shown.contains('\n'), "one line: {shown:?}");
    if e.line > 0 {
        // YAML ends a line at `\r\n`, `\r` or `\n`.
        let lines = text
            .replace("\r\n", "\n")
            .replace('\r', "\n")
            .split('\n')
            .count() as u64;
        assert!(e.line <= lines + 1, "line {} of {lines}: {shown}", e.line);
        assert!(e.column >= 1, "{shown}");
    }
}

/// Parses `text` both ways; panics (failing the test) only on a broken contract.
fn load_both(text: &str) {
    let file = Path::new("spec/endpoints/fuzz/input.yaml");
    if let Err(e) = parse_str::<Endpoint>(file, text) {
        check_error(file, text, &e);
    }
    let file = Path::new("spec/types/Input.yaml");
    if let Err(e) = parse_str::<TypeDef>(file, text) {
        check_error(file, text, &e);
    }
}

/// Every endpoint and type file of the committed spec, read once.
fn spec_files() -> &'static Vec<(PathBuf, String)> {
    static FILES: OnceLock<Vec<(PathBuf, String)>> = OnceLock::new();
    FILES.get_or_init(|| {
        let mut files = Vec::new();
        for part in ["spec/endpoints", "spec/types"] {
            let dir = root().join(part);
            for rel in spec_model::files::list(&dir).unwrap() {
                let path = dir.join(rel);
                let text = std::fs::read_to_string(&path).unwrap();
                files.push((path, text));
            }
        }
        files.sort();
        assert!(files.len() > 10, "the spec is there");
        files
    })
}

/// One edit of a YAML text.
#[derive(Debug, Clone)]
enum Edit {
    /// Removes the bytes in `[at, at + len)` (clamped to char boundaries).
    Delete { at: usize, len: usize },
    /// Inserts a YAML-significant fragment at `at`.
    Insert { at: usize, what: &'static str },
    /// Repeats line `line`.
    DuplicateLine { line: usize },
    /// Swaps lines `a` and `b`.
    SwapLines { a: usize, b: usize },
    /// Changes the indentation of line `line` by `delta` spaces.
    Indent { line: usize, delta: i8 },
    /// Replaces the value after the first `: ` on line `line`.
    Value { line: usize, what: &'static str },
}

const FRAGMENTS: &[&str] = &[
    ":",
    ": ",
    "- ",
    "\n",
    "\n  ",
    "\t",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a ",
    "*a",
    "!!str ",
    "!x ",
    "? ",
    "|",
    ">-",
    "'",
    "\"",
    "#",
    "---\n",
    "...\n",
    "~",
    "null",
    "\u{0}",
    "\u{feff}",
    "é",
    "array<",
    ">",
    "map<string>",
    "<<: *a\n",
    "%YAML 1.2\n",
    "\\u",
];

const VALUES: &[&str] = &[
    "",
    "~",
    "[]",
    "{}",
    "-1",
    "1e999",
    "true",
    "'x",
    "\"x",
    "[a, [b, {c: d}]]",
    "*undefined",
    "&x [*x]",
    "array<array<string>>",
    "map<",
    "json",
    "GET",
    "POST",
    "query",
    "body",
    "99999999999999999999999",
    "!!binary aGVsbG8=",
    "|\n  multi\n  line",
];

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 0usize..40).prop_map(|(at, len)| Edit::Delete { at, len }),
        (any::<usize>(), select(FRAGMENTS)).prop_map(|(at, what)| Edit::Insert { at, what }),
        any::<usize>().prop_map(|line| Edit::DuplicateLine { line }),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SwapLines { a, b }),
        (any::<usize>(), -4i8..=4).prop_map(|(line, delta)| Edit::Indent { line, delta }),
        (any::<usize>(), select(VALUES)).prop_map(|(line, what)| Edit::Value { line, what }),
    ]
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &str, edit: &Edit) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let n = lines.len();
    match *edit {
        Edit::Delete { at, len } => {
            let start = floor_boundary(text, at % (text.len() + 1));
            let end = floor_boundary(text, start + len);
            return format!("{}{}", &text[..start], &text[end..]);
        }
        Edit::Insert { at, what } => {
            let at = floor_boundary(text, at % (text.len() + 1));
            return format!("{}{what}{}", &text[..at], &text[at..]);
        }
        Edit::DuplicateLine { line } => {
            let copy = lines[line % n].clone();
            lines.insert(line % n, copy);
        }
        Edit::SwapLines { a, b } => lines.swap(a % n, b % n),
        Edit::Indent { line, delta } => {
            let l = &mut lines[line % n];
            if delta >= 0 {
                l.insert_str(0, &" ".repeat(delta as usize));
            } else {
                let strip = l.len() - l.trim_start_matches(' ').len();
                l.drain(..strip.min(delta.unsigned_abs() as usize));
            }
        }
        Edit::Value { line, what } => {
            let l = &mut lines[line % n];
            if let Some(i) = l.find(": ") {
                l.truncate(i + 2);
                l.push_str(what);
            }
        }
    }
    lines.join("\n")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        load_both(&text);
    }

    #[test]
    fn yaml_token_soup_never_panics(parts in prop::collection::vec(
        prop_oneof![select(FRAGMENTS), select(VALUES), select(&["name", "kind", "http", "params", "fields", "values", "type", "required", "default", "  ", "struct", "enum"][..])],
        0..60,
    )) {
        load_both(&parts.concat());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_spec_files_never_panic(
        index in any::<prop::sample::Index>(),
        edits in prop::collection::vec(edit(), 1..6),
    ) {
        let (_, original) = index.get(spec_files());
        let mut text = original.clone();
        for edit in &edits {
            text = apply(&text, edit);
        }
        load_both(&text);
    }
}

#[test]
fn every_committed_spec_file_loads_as_its_kind() {
    for (path, text) in spec_files() {
        let shown = path.display();
        if path.components().any(|c| c.as_os_str() == "endpoints") {
            parse_str::<Endpoint>(path, text).unwrap_or_else(|e| panic!("{shown}: {e}"));
        } else {
            parse_str::<TypeDef>(path, text).unwrap_or_else(|e| panic!("{shown}: {e}"));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    /// `load_spec` over a small directory (an endpoint and a type, one of them mutated): the
    /// spec or errors that each name a file of the directory.
    #[test]
    fn load_spec_on_a_mutated_directory_never_panics(
        endpoint in any::<prop::sample::Index>(),
        which in any::<bool>(),
        edits in prop::collection::vec(edit(), 0..4),
    ) {
        let files = spec_files();
        let endpoints: Vec<_> = files.iter().filter(|(p, _)| p.components().any(|c| c.as_os_str() == "endpoints")).collect();
        let (_, endpoint_text) = endpoint.get(&endpoints);
        let user_dto = &files.iter().find(|(p, _)| p.ends_with("types/UserDto.yaml")).unwrap().1;
        let (mut a, mut b) = (endpoint_text.clone(), user_dto.clone());
        for edit in &edits {
            if which { a = apply(&a, edit) } else { b = apply(&b, edit) }
        }
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        std::fs::create_dir_all(dir.join("endpoints/users")).unwrap();
        std::fs::create_dir_all(dir.join("types")).unwrap();
        std::fs::write(dir.join("endpoints/users/fuzzed.yaml"), &a).unwrap();
        std::fs::write(dir.join("types/UserDto.yaml"), &b).unwrap();
        let result = spec_model::load_spec(dir);
        if let Err(errors) = result {
            prop_assert!(!errors.0.is_empty());
            for e in &errors.0 {
                prop_assert!(e.file.starts_with(dir), "{}", e);
                prop_assert!(!e.to_string().contains('\n'));
            }
        }
    }
}

#[test]
fn the_fuzz_corpus_and_regressions_replay() {
    let mut replayed = 0;
    for folder in ["fuzz/corpus/spec_loader", "fuzz/regressions/spec_loader"] {
        let Ok(entries) = std::fs::read_dir(root().join(folder)) else {
            continue;
        };
        for entry in entries {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap();
            load_both(&String::from_utf8_lossy(&bytes));
            replayed += 1;
        }
    }
    assert!(replayed >= 5, "the corpus is committed: {replayed} files");
}

/// An endpoint whose free-form `example` is `value`.
fn with_example(value: &str) -> String {
    format!(
        "name: get_user\ngroup: users\nsummary: s\nhttp: {{method: GET, path: /x, params_in: query}}\n\
         params:\n  - name: a\n    type: json\n    example: {value}\n"
    )
}

#[test]
fn deep_nesting_is_a_positioned_error_not_a_crash() {
    let file = Path::new("spec/endpoints/users/deep.yaml");
    for (open, close) in [("[", "]"), ("{a: ", "}")] {
        let n = 100_000;
        let text = with_example(&format!("{}1{}", open.repeat(n), close.repeat(n)));
        let e = parse_str::<Endpoint>(file, &text).unwrap_err();
        check_error(file, &text, &e);
        assert_eq!(e.line, 8, "{e}");
    }
}

#[test]
fn an_alias_bomb_is_refused_or_bounded() {
    let mut text = String::from("x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..12 {
        let p = i - 1;
        text.push_str(&format!(
            "x{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    let bomb = with_example("*a11").replace("name: get_user\n", &format!("{text}name: get_user\n"));
    let started = std::time::Instant::now();
    let result = parse_str::<Endpoint>(Path::new("bomb.yaml"), &bomb);
    assert!(result.is_err(), "unknown keys x0.. at least");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}
