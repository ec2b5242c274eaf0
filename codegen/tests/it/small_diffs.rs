//! A small docs change makes a small code diff: adding one field to one DTO inserts only that
//! field's lines inside that DTO's items (its field, its setters, its line in each table of the
//! generated decoder); nothing else in any generated file moves.

use std::path::Path;

use codegen::outputs;
use codegen::plan::Plan;
use spec_model::load_spec;

#[test]
fn adding_one_field_changes_only_that_dtos_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let tmp = crate::common::TempDir::new("small-diff");
    crate::common::copy_dir(&root.join("spec"), tmp.path());
    let before = outputs::render(&Plan::new(&load_spec(tmp.path()).unwrap())).unwrap();

    // Insert a field in the middle of UserDto (not at the end), as a docs change would.
    let dto_path = tmp.path().join("types/UserDto.yaml");
    let dto = std::fs::read_to_string(&dto_path).unwrap();
    let anchor = "  - name: phone\n";
    assert!(dto.contains(anchor), "UserDto has a phone field");
    let added = "  - name: favoriteColor\n    type: string\n    description: 喜欢的颜色\n";
    std::fs::write(
        &dto_path,
        dto.replacen(anchor, &format!("{added}{anchor}"), 1),
    )
    .unwrap();
    let after = outputs::render(&Plan::new(&load_spec(tmp.path()).unwrap())).unwrap();

    let mut changed_files = Vec::new();
    for (dir, files) in &after {
        for (rel, new_text) in files {
            let old_text = &before[dir][rel];
            if old_text == new_text {
                continue;
            }
            changed_files.push(format!("{dir}/{rel}"));
            let diff = similar::TextDiff::from_lines(old_text.as_str(), new_text.as_str());
            let mut inserted = Vec::new();
            for op in diff.ops() {
                match op {
                    similar::DiffOp::Equal { .. } => {}
                    similar::DiffOp::Insert {
                        new_index, new_len, ..
                    } => inserted.extend(*new_index..new_index + new_len),
                    other => panic!("expected insertions only, got {other:?} in {rel}"),
                }
            }
            let lines: Vec<&str> = new_text.lines().collect();
            let start = lines
                .iter()
                .position(|l| l.trim() == "pub struct UserDto {")
                .unwrap();
            // The struct, its `impl` (constructor and setters) and its decoder follow each other.
            let impl_start = start
                + lines[start..]
                    .iter()
                    .position(|l| l.trim() == "impl UserDto {")
                    .unwrap();
            let decode_start = impl_start
                + lines[impl_start..]
                    .iter()
                    .position(|l| l.trim() == "impl crate::runtime::read::Decode for UserDto {")
                    .unwrap();
            // The decoder ends at the closing brace indented as its `impl` line.
            let indent = &lines[decode_start]
                [..lines[decode_start].len() - lines[decode_start].trim_start().len()];
            let end = decode_start
                + lines[decode_start..]
                    .iter()
                    .position(|l| *l == format!("{indent}}}"))
                    .unwrap();
            assert!(
                inserted.iter().all(|i| *i > start && *i < end),
                "insertions {inserted:?} fall outside UserDto's items (lines {start}..{end})"
            );
            let decoder: Vec<&str> = inserted
                .iter()
                .filter(|i| **i > decode_start)
                .map(|i| lines[*i].trim())
                .collect();
            assert!(decoder.contains(&"\"favoriteColor\","), "{decoder:?}");
            assert!(
                decoder
                    .contains(&"|p, r| crate::runtime::read::set_opt(&mut p.favorite_color, r),"),
                "{decoder:?}"
            );
            assert!(lines[impl_start..end]
                .iter()
                .any(|l| l.contains("pub fn favorite_color(")));
            assert!(lines[inserted[0]..=inserted[inserted.len() - 1]]
                .iter()
                .any(|l| l.contains("pub favorite_color:")));
        }
    }
    assert_eq!(changed_files, ["sdk/src/generated/types/common.rs"]);
}
