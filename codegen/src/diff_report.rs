//! Renders a [`SpecDiff`] for people (Markdown fit for a PR description: counts first, grouped
//! by impact and kind, descriptions last and collapsed) and for tools (JSON).

use std::fmt::Write as _;

use serde::Serialize;

use crate::diff::{next_version, Bump, ChangeKind, Impact, SpecDiff};

/// The report's JSON shape.
#[derive(Debug, Serialize)]
pub struct JsonReport<'a> {
    pub breaking: usize,
    pub additive: usize,
    pub patch: usize,
    pub bump: Bump,
    pub current_version: &'a str,
    pub next_version: Option<String>,
    pub changes: &'a [crate::diff::Change],
}

pub fn to_json(diff: &SpecDiff, version: &str) -> String {
    let bump = diff.bump(version);
    let report = JsonReport {
        breaking: diff.count(Impact::Breaking),
        additive: diff.count(Impact::Additive),
        patch: diff.count(Impact::Patch),
        bump,
        current_version: version,
        next_version: next_version(version, bump),
        changes: &diff.changes,
    };
    serde_json::to_string_pretty(&report).unwrap_or_default() + "\n"
}

fn bump_word(bump: Bump) -> &'static str {
    match bump {
        Bump::None => "none",
        Bump::Patch => "patch",
        Bump::Minor => "minor",
        Bump::Major => "major",
    }
}

pub fn to_markdown(diff: &SpecDiff, version: &str) -> String {
    let mut out = String::new();
    if diff.is_empty() {
        out.push_str("No changes to the API spec.\n");
        return out;
    }
    let bump = diff.bump(version);
    let next = next_version(version, bump).unwrap_or_else(|| "?".into());
    let _ = writeln!(
        out,
        "**{} breaking, {} additive, {} patch** changes: a **{}** release ({version} → {next}).\n",
        diff.count(Impact::Breaking),
        diff.count(Impact::Additive),
        diff.count(Impact::Patch),
        bump_word(bump),
    );
    // Counts per kind first.
    out.push_str("| change | impact | count |\n|---|---|---|\n");
    let mut kinds: Vec<(ChangeKind, Impact)> =
        diff.changes.iter().map(|c| (c.kind, c.impact)).collect();
    kinds.sort();
    kinds.dedup();
    for (kind, impact) in &kinds {
        let n = diff
            .changes
            .iter()
            .filter(|c| c.kind == *kind && c.impact == *impact)
            .count();
        let _ = writeln!(out, "| {} | {} | {n} |", kind.title(), impact_word(*impact));
    }
    for impact in [Impact::Breaking, Impact::Additive, Impact::Patch] {
        let listed: Vec<_> = diff
            .changes
            .iter()
            .filter(|c| c.impact == impact && c.kind != ChangeKind::DescriptionChanged)
            .collect();
        if listed.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n### {} ({})", impact_title(impact), listed.len());
        let mut current = None;
        for c in listed {
            if current != Some(c.kind) {
                current = Some(c.kind);
                let _ = writeln!(out, "\n{}:", c.kind.title());
            }
            if c.detail.is_empty() {
                let _ = writeln!(out, "- `{}`", c.target);
            } else {
                let _ = writeln!(out, "- `{}`: {}", c.target, c.detail);
            }
        }
    }
    let descriptions: Vec<_> = diff
        .changes
        .iter()
        .filter(|c| c.kind == ChangeKind::DescriptionChanged)
        .collect();
    if !descriptions.is_empty() {
        let _ = writeln!(
            out,
            "\n<details><summary>Descriptions changed ({})</summary>\n",
            descriptions.len()
        );
        for c in descriptions {
            let _ = writeln!(out, "- `{}`", c.target);
        }
        out.push_str("\n</details>\n");
    }
    out
}

fn impact_word(impact: Impact) -> &'static str {
    match impact {
        Impact::Breaking => "breaking",
        Impact::Additive => "additive",
        Impact::Patch => "patch",
    }
}

fn impact_title(impact: Impact) -> &'static str {
    match impact {
        Impact::Breaking => "Breaking",
        Impact::Additive => "Additive",
        Impact::Patch => "Patch",
    }
}
