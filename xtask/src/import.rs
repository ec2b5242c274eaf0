//! `cargo xtask import`: reads the docs pages and writes, checks or reports on the spec.
//! A thin wrapper over [`importer::run`]; exit codes: 0 ok, 1 failure or stale, 2 bad usage.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use importer::{Mode, Options, Outcome};

enum Action {
    Write,
    Check,
    Report,
}

pub fn command(root: &Path, args: &[&str], usage: &str) -> ExitCode {
    let mut opts = Options::defaults(root);
    let mut action = Action::Write;
    let mut docs_given = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| -> Option<PathBuf> {
            let v = it.next().map(PathBuf::from);
            if v.is_none() {
                eprintln!("`{name}` needs a value\n{usage}");
            }
            v
        };
        match *arg {
            "--docs" => match value("--docs") {
                Some(v) => {
                    docs_given = Some(v.display().to_string());
                    opts.docs = v;
                }
                None => return ExitCode::from(2),
            },
            "--routes" => match value("--routes") {
                Some(v) => opts.routes = v,
                None => return ExitCode::from(2),
            },
            "--overrides" => match value("--overrides") {
                Some(v) => opts.overrides = v,
                None => return ExitCode::from(2),
            },
            "--spec" => match value("--spec") {
                Some(v) => opts.spec = v,
                None => return ExitCode::from(2),
            },
            "--check" => action = Action::Check,
            "--report" => action = Action::Report,
            other => {
                eprintln!("unknown argument `{other}`\n{usage}");
                return ExitCode::from(2);
            }
        }
    }
    let docs_label = docs_given.unwrap_or_else(|| importer::DOCS.to_string());
    let fix_args: Vec<&str> = args.iter().copied().filter(|a| *a != "--check").collect();
    let fix = if fix_args.contains(&"--docs") {
        format!("cargo xtask import {}", fix_args.join(" "))
    } else {
        format!(
            "cargo xtask import --docs {docs_label} {}",
            fix_args.join(" ")
        )
    };
    match action {
        Action::Report => match importer::import(&opts) {
            Ok((_, report)) => {
                print!("{}", report.to_markdown(&docs_label));
                ExitCode::SUCCESS
            }
            Err(failure) => {
                print!("{}", failure.report.to_markdown(&docs_label));
                eprintln!("{failure}");
                ExitCode::FAILURE
            }
        },
        Action::Write | Action::Check => {
            let mode = match action {
                Action::Check => Mode::Check,
                _ => Mode::Write,
            };
            let spec_label = opts
                .spec
                .strip_prefix(root)
                .unwrap_or(&opts.spec)
                .display()
                .to_string();
            match importer::run(&opts, mode) {
                Ok((outcome, report)) => {
                    let summary =
                        format!("{} (see `cargo xtask import --report`)", report.summary());
                    match outcome {
                        Outcome::UpToDate => {
                            println!("spec is up to date; {summary}");
                            ExitCode::SUCCESS
                        }
                        Outcome::Updated(files) => {
                            for f in &files {
                                println!("updated {spec_label}/{f}");
                            }
                            println!("{summary}");
                            ExitCode::SUCCESS
                        }
                        Outcome::Stale { files, diff } => {
                            print!("{diff}");
                            eprintln!(
                                "error: {} spec file(s) are not what the import produces\nrun `{}` to update them",
                                files.len(),
                                fix.trim_end()
                            );
                            ExitCode::FAILURE
                        }
                    }
                }
                Err(failure) => {
                    eprintln!("{failure}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}
