//! `cargo xtask`: the project's maintenance commands (docs import, code generation, spec diff).
//! Each command is a thin wrapper over a library function so tests can call the same code.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use codegen::{Mode, Outcome};

mod diff;
mod import;

const USAGE: &str = "usage:
  cargo xtask codegen [--check]
  cargo xtask import [--docs <dir>] [--routes <file>] [--overrides <file>] [--spec <dir>] [--check | --report]
  cargo xtask diff --from <git revision|spec dir> [--to <spec dir>] [--json]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["codegen"] => codegen(Mode::Write),
        ["codegen", "--check"] => codegen(Mode::Check),
        ["diff", rest @ ..] => diff_command(rest),
        ["import", rest @ ..] => import::command(&root(), rest, USAGE),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The workspace root (the parent of this crate's directory).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
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
