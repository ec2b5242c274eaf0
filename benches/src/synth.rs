//! A synthetic spec `n` times the size of the real one, for scaling the codegen benchmark: copy
//! `k` (1 ≤ k < n) of every endpoint and type, with every type name `T` renamed `TXk` wherever
//! it occurs as a whole word, every endpoint `name: e` renamed `e_xk` and its path `p` made
//! `p-xk`. Copy 0 is the spec itself. Groups stay the same, so each group grows `n` times.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// Writes the `n`-fold spec of `spec` into `out` (which must not exist yet). Returns how many
/// endpoint and type files were written.
pub fn write(spec: &Path, out: &Path, n: usize) -> Result<(usize, usize), String> {
    let err = |p: &Path, e: std::io::Error| format!("{}: {e}", p.display());
    let types = stems(&spec.join("types"))?;
    let names: BTreeSet<String> = types.iter().map(|(_, s)| s.clone()).collect();
    let endpoints = spec.join("endpoints");
    let groups: BTreeSet<PathBuf> = spec_model::files::list(&endpoints)?
        .iter()
        .filter_map(|rel| rel.split_once('/'))
        .map(|(group, _)| endpoints.join(group))
        .collect();
    let (mut endpoints_written, mut types_written) = (0, 0);
    for k in 0..n {
        let suffix = |name: &str| {
            if k == 0 {
                name.to_owned()
            } else {
                format!("{name}X{k}")
            }
        };
        let dir = out.join("types");
        fs::create_dir_all(&dir).map_err(|e| err(&dir, e))?;
        for (file, stem) in &types {
            let text = fs::read_to_string(file).map_err(|e| err(file, e))?;
            let renamed = rename_words(&text, &names, &suffix);
            let target = dir.join(format!("{}.yaml", suffix(stem)));
            fs::write(&target, renamed).map_err(|e| err(&target, e))?;
            types_written += 1;
        }
        for group in &groups {
            let dir = out
                .join("endpoints")
                .join(group.file_name().unwrap_or_default());
            fs::create_dir_all(&dir).map_err(|e| err(&dir, e))?;
            for (file, stem) in stems(group)? {
                let text = fs::read_to_string(&file).map_err(|e| err(&file, e))?;
                let mut renamed = rename_words(&text, &names, &suffix);
                if k > 0 {
                    renamed = rename_endpoint(&renamed, k);
                }
                let name = if k == 0 { stem } else { format!("{stem}_x{k}") };
                let target = dir.join(format!("{name}.yaml"));
                fs::write(&target, renamed).map_err(|e| err(&target, e))?;
                endpoints_written += 1;
            }
        }
    }
    Ok((endpoints_written, types_written))
}

/// The `*.yaml` files directly in `dir` with their stems, sorted.
fn stems(dir: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    Ok(spec_model::files::list(dir)?
        .into_iter()
        .filter(|rel| !rel.contains('/'))
        .filter_map(|rel| Some((dir.join(&rel), rel.strip_suffix(".yaml")?.to_owned())))
        .collect())
}

/// `text` with every whole word (a run of ASCII letters, digits and `_`) found in `names`
/// replaced by `rename(word)`.
pub fn rename_words(
    text: &str,
    names: &BTreeSet<String>,
    rename: &dyn Fn(&str) -> String,
) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if names.contains(word.as_str()) {
            out.push_str(&rename(word));
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// An endpoint file's `name:` and `path:` lines made unique for copy `k`.
fn rename_endpoint(text: &str, k: usize) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        if let Some(name) = body.strip_prefix("name: ") {
            out.push_str(&format!("name: {name}_x{k}{end}"));
        } else if let Some(path) = body.strip_prefix("  path: ") {
            out.push_str(&format!("  path: {path}-x{k}{end}"));
        } else {
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renames_whole_words_and_endpoint_lines() {
        let names: BTreeSet<String> = ["UserDto".to_owned()].into();
        let r = rename_words(
            "data: array<UserDto> UserDtoX; 用户UserDto.",
            &names,
            &|n| format!("{n}X1"),
        );
        assert_eq!(r, "data: array<UserDtoX1> UserDtoX; 用户UserDtoX1.");
        let e = rename_endpoint("name: get_user\nhttp:\n  path: /api/v3/get-user\n", 2);
        assert_eq!(e, "name: get_user_x2\nhttp:\n  path: /api/v3/get-user-x2\n");
    }
}
