//! `cargo xtask import`: reads the docs pages and writes, checks or reports on the spec.
//! A thin wrapper over [`importer::run`]; exit codes: 0 ok, 1 failure or stale.

use std::path::Path;
use std::process::ExitCode;

use importer::{Mode, Options, Outcome};

use crate::flags;

pub fn command(root: &Path, flags: flags::Import) -> ExitCode {
    let mut opts = Options::defaults(root);
    let docs_label = match (&flags.docs, &flags.auth_docs) {
        (None, None) => importer::DOCS_LABEL.to_string(),
        (docs, auth) => format!(
            "`{}` and `{}`",
            docs.as_ref()
                .map_or(importer::DOCS.into(), |d| d.display().to_string()),
            auth.as_ref()
                .map_or(importer::AUTH_DOCS.into(), |d| d.display().to_string())
        ),
    };
    // The command that brings a stale spec up to date: this one without `--check`.
    let mut fix = String::from("cargo xtask import");
    for (flag, value) in [
        ("--docs", &flags.docs),
        ("--auth-docs", &flags.auth_docs),
        ("--routes", &flags.routes),
        ("--overrides", &flags.overrides),
        ("--spec", &flags.spec),
    ] {
        if let Some(v) = value {
            fix.push_str(&format!(" {flag} {}", v.display()));
        }
    }
    opts.docs = flags.docs.unwrap_or(opts.docs);
    if let Some(auth_docs) = flags.auth_docs {
        opts.auth_docs = Some(auth_docs);
    }
    opts.routes = flags.routes.unwrap_or(opts.routes);
    opts.overrides = flags.overrides.unwrap_or(opts.overrides);
    opts.spec = flags.spec.unwrap_or(opts.spec);

    if flags.report {
        // Checked, not written: the report also compares the imported spec with the docs
        // factory's OpenAPI (the fidelity report), which needs the spec validated.
        return match importer::run_checked(&opts, Mode::Check) {
            Ok(imported) => {
                print!("{}", imported.report.to_markdown(&docs_label));
                if let Some(fidelity) = imported.fidelity_report() {
                    print!("\n{fidelity}");
                }
                ExitCode::SUCCESS
            }
            Err(failure) => {
                print!("{}", failure.report.to_markdown(&docs_label));
                eprintln!("{failure}");
                ExitCode::FAILURE
            }
        };
    }
    let mode = if flags.check {
        Mode::Check
    } else {
        Mode::Write
    };
    let spec_label = opts
        .spec
        .strip_prefix(root)
        .unwrap_or(&opts.spec)
        .display()
        .to_string();
    match importer::run(&opts, mode) {
        Ok((outcome, report)) => {
            let summary = format!("{} (see `cargo xtask import --report`)", report.summary());
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
                        "error: {} spec file(s) are not what the import produces\nrun `{fix}` to update them",
                        files.len(),
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
