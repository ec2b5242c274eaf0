//! Property tests: the page parsers (and the whole import over a parsed page) never panic, on
//! arbitrary text and on real pages with random damage. Errors are fine; panics are not.

use std::path::Path;

use crate::common::*;
use importer::fields::read_description;
use importer::page::{Cell, Inline};
use importer::{assemble, markdown, parse_page, web, Overrides};
use proptest::prelude::*;

/// Real pages of both formats to damage.
fn real_pages() -> Vec<(String, String)> {
    let mut pages = vec![seed("000"), seed("003"), seed("004")];
    for rel in [
        "管理用户/get-user.md",
        "管理-pipeline/create-pipeline-function.md",
        "管理数据对象/metadata-create-field.md",
        "管理多租户/create-tenant.md",
        "管理用户/list-users.md",
    ] {
        pages.push((rel.to_string(), management_page(rel)));
    }
    pages
}

/// A damage to apply at a relative position: delete, insert, duplicate or cut.
#[derive(Debug, Clone)]
enum Damage {
    Delete { at: f64, len: usize },
    Insert { at: f64, text: String },
    DuplicateLine { at: f64 },
    Truncate { at: f64 },
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (0.0..1.0, 0usize..200).prop_map(|(at, len)| Damage::Delete { at, len }),
        (0.0..1.0, "[|`<>\\-# \n¶:：a-z0-9\\[\\]{}\"]{0,40}")
            .prop_map(|(at, text)| Damage::Insert { at, text }),
        (0.0..1.0).prop_map(|at| Damage::DuplicateLine { at }),
        (0.0..1.0).prop_map(|at| Damage::Truncate { at }),
    ]
}

fn apply(text: &str, damages: &[Damage]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for d in damages {
        let pos = |at: f64, n: usize| ((at * n as f64) as usize).min(n);
        match d {
            Damage::Delete { at, len } => {
                let start = pos(*at, chars.len());
                let end = (start + len).min(chars.len());
                chars.drain(start..end);
            }
            Damage::Insert { at, text } => {
                let start = pos(*at, chars.len());
                chars.splice(start..start, text.chars());
            }
            Damage::DuplicateLine { at } => {
                let s: String = chars.iter().collect();
                let mut lines: Vec<&str> = s.lines().collect();
                if !lines.is_empty() {
                    let i = pos(*at, lines.len() - 1);
                    lines.insert(i, lines[i]);
                }
                chars = lines.join("\n").chars().collect();
            }
            Damage::Truncate { at } => {
                let n = pos(*at, chars.len());
                chars.truncate(n);
            }
        }
    }
    chars.into_iter().collect()
}

fn import_one(path: &str, text: &str) {
    let routes = importer::routes::load(&upstream().join("routes.tsv")).unwrap();
    let mut overrides = Overrides::empty(Path::new("overrides.yaml"));
    let run = assemble(&[page(path, text)], &routes, &mut overrides);
    // Whatever happened, a failed import says why.
    assert!(run.spec.is_some() || !run.errors.is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let _ = markdown::parse("a.md", &text);
        let _ = web::parse("a.txt", &text);
        let _ = parse_page("a.md", &text);
    }

    #[test]
    fn page_like_text_never_panics(
        text in "(# [a-z]{0,5}\n|## (方法名称|请求参数|请求响应|数据结构)\n|### <a id=\"[A-Z][a-z]{0,4}\"></a> [A-Za-z]{0,5}\n|\\| [a-zA-Z|`<>#\\-]{0,30} \\|\n|\\| ---- \\| ---- \\|\n|¶ [^\n]{0,10}\n|```json\n|[{}\":,a-z0-9 ]{0,20}\n|类型： `[A-Za-z]{0,6}`\n){0,30}"
    ) {
        if let Ok(_page) = parse_page("p.md", &text) {
            import_one("管理用户/p.md", &text);
        }
        let _ = web::parse("p.txt", &text);
    }

    #[test]
    fn arbitrary_cells_never_panic(pieces in proptest::collection::vec(
        prop_oneof![
            "\\PC{0,20}".prop_map(Inline::Text),
            "\\PC{0,10}".prop_map(Inline::Code),
            "<a href=\"#[A-Za-z]{0,6}\">|</a>|<div>|<a id=\"x\">".prop_map(Inline::Html),
            Just(Inline::Break),
            "(- |枚举值：|嵌套类型：|示例值:)[a-zA-Z ,:：`]{0,20}".prop_map(Inline::Text),
        ],
        0..12,
    )) {
        let _ = read_description(&Cell(pieces));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn damaged_real_pages_never_panic(
        which in 0usize..8,
        damages in proptest::collection::vec(damage(), 1..6),
    ) {
        let pages = real_pages();
        let (path, text) = &pages[which % pages.len()];
        let damaged = apply(text, &damages);
        if parse_page(path, &damaged).is_ok() {
            import_one(&format!("管理用户/{}", path.rsplit('/').next().unwrap_or(path)), &damaged);
        }
    }
}
