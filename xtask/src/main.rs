//! `cargo xtask`: the project's maintenance commands (docs import, code generation, spec diff,
//! regeneration). Only argument parsing and printing live here; the work is in the library.

use std::path::PathBuf;
use std::process::ExitCode;

use codegen::{Mode, Outcome};
use xtask::regenerate::{self, Regenerated};
use xtask::{diff, import, workspace_root as root};

const USAGE: &str = "usage:
  cargo xtask codegen [--check]
  cargo xtask import [--docs <dir>] [--routes <file>] [--overrides <file>] [--spec <dir>] [--check | --report]
  cargo xtask diff --from <git revision|spec dir> [--to <spec dir>] [--json]
  cargo xtask regenerate [--docs <dir>] [--routes <file>] [--report-out <file>]
  cargo xtask regenerate --check";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["codegen"] => codegen(Mode::Write),
        ["codegen", "--check"] => codegen(Mode::Check),
        ["diff", rest @ ..] => diff_command(rest),
        ["import", rest @ ..] => import::command(&root(), rest, USAGE),
        ["regenerate", "--check"] => match xtask::derived::check(&root()) {
            Ok(()) => {
                println!("everything derived from the vendored docs is up to date");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
        ["regenerate", rest @ ..] => regenerate_command(rest),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn codegen(mode: Mode) -> ExitCode {
    let root = root();
    match codegen::run(&root, mode) {
        Ok(Outcome::UpToDate) => {
            println!("generated code is up to date");
            ExitCode::SUCCESS
        }
        Ok(Outcome::Updated(files)) => {
            for f in &files {
                println!("wrote {f}");
            }
            ExitCode::SUCCESS
        }
        Ok(Outcome::Stale { files, diff }) => {
            print!("{diff}");
            eprintln!(
                "error: {} generated file(s) are stale: {}\nrun `cargo xtask codegen` to update them",
                files.len(),
                files.join(", ")
            );
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn diff_command(args: &[&str]) -> ExitCode {
    let (mut from, mut to, mut json) = (None, None, false);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match *arg {
            "--from" => from = it.next().copied(),
            "--to" => to = it.next().copied(),
            "--json" => json = true,
            other => {
                eprintln!("unknown argument `{other}`\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(from) = from else {
        eprintln!("`--from` is required\n{USAGE}");
        return ExitCode::from(2);
    };
    let root = root();
    let default_to = root.join("spec");
    let to = to
        .map(str::to_string)
        .unwrap_or_else(|| default_to.display().to_string());
    match diff::run(&root, from, &to, json) {
        Ok((_, text)) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn regenerate_command(args: &[&str]) -> ExitCode {
    let (mut docs, mut routes, mut report_out) = (None, None, None);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let slot = match *arg {
            "--docs" => &mut docs,
            "--routes" => &mut routes,
            "--report-out" => &mut report_out,
            other => {
                eprintln!("unknown argument `{other}`\n{USAGE}");
                return ExitCode::from(2);
            }
        };
        match it.next() {
            Some(value) => *slot = Some(PathBuf::from(value)),
            None => {
                eprintln!("`{arg}` needs a value\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let opts = regenerate::Options {
        root: root(),
        docs,
        routes,
    };
    let result = regenerate::run(&opts);
    if let Ok(done) = &result {
        if !done.without_route.is_empty() {
            eprintln!(
                "warning: {} documented method(s) have no route and were left out (add them to upstream/routes.tsv or pass --routes <file>):",
                done.without_route.len()
            );
            for line in &done.without_route {
                eprintln!("  {line}");
            }
        }
    }
    let (report, code) = match result.map(|done| done.outcome) {
        Ok(Regenerated::NoChanges) => {
            println!("no changes");
            (
                "No changes to the API spec.\n".to_string(),
                ExitCode::SUCCESS,
            )
        }
        Ok(Regenerated::Changed {
            files,
            report,
            import_summary,
            ..
        }) => {
            println!("{import_summary}");
            for f in &files {
                println!("updated {f}");
            }
            println!("\n{report}");
            (report, ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("error: {e}\nnothing was changed");
            return ExitCode::FAILURE;
        }
    };
    if let Some(out) = report_out {
        if let Err(e) = std::fs::write(&out, report) {
            eprintln!("error: cannot write the report to {}: {e}", out.display());
            return ExitCode::FAILURE;
        }
    }
    code
}
