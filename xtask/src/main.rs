//! `cargo xtask`: the project's maintenance commands (docs import, code generation, spec diff,
//! regeneration). Only argument parsing and printing live here; the work is in the library.

use std::process::ExitCode;

use codegen::{Mode, Outcome};
use xtask::flags::{self, XtaskCmd};
use xtask::regenerate::{self, Regenerated};
use xtask::{diff, import, workspace_root as root};

fn main() -> ExitCode {
    match flags::Xtask::from_env_or_exit().subcommand {
        XtaskCmd::Codegen(cmd) => codegen(if cmd.check { Mode::Check } else { Mode::Write }),
        XtaskCmd::Diff(cmd) => diff_command(cmd),
        XtaskCmd::Import(cmd) => import::command(&root(), cmd),
        XtaskCmd::Regenerate(cmd)
            if cmd.check
                && (cmd.docs.is_some()
                    || cmd.auth_docs.is_some()
                    || cmd.routes.is_some()
                    || cmd.factory.is_some()
                    || cmd.auth_factory.is_some()
                    || cmd.node_sdk.is_some()
                    || cmd.report_out.is_some()) =>
        {
            eprintln!(
                "error: `regenerate --check` checks the vendored docs; it takes no other flag"
            );
            ExitCode::from(2)
        }
        XtaskCmd::Regenerate(cmd) if cmd.check => match xtask::derived::check(&root()) {
            Ok(()) => {
                println!("everything derived from the vendored docs is up to date");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
        XtaskCmd::Regenerate(cmd) => regenerate_command(cmd),
        XtaskCmd::Semver(cmd) => semver_command(&cmd.baseline),
        XtaskCmd::SdkRoutes(cmd) => {
            let table = root().join(importer::ROUTES);
            match xtask::sdk_routes::run(&table, cmd.go.as_deref(), cmd.java.as_deref()) {
                Ok(summary) => {
                    print!("{summary}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}\nnothing was changed");
                    ExitCode::FAILURE
                }
            }
        }
        XtaskCmd::Msrv(_) => match xtask::msrv::run(&root()) {
            Ok(claim) => {
                println!("authing's dependency tree builds on its claimed rust-version {claim}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
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

fn diff_command(cmd: flags::Diff) -> ExitCode {
    let (from, to, json) = (cmd.from, cmd.to, cmd.json);
    let root = root();
    let default_to = root.join("spec");
    let to = to.unwrap_or_else(|| default_to.display().to_string());
    match diff::run(&root, &from, &to, json) {
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

fn semver_command(baseline: &str) -> ExitCode {
    match xtask::semver::run(&root(), baseline) {
        Ok(xtask::semver::Verdict::Compatible) => {
            println!("authing: no semver violation against {baseline}");
            ExitCode::SUCCESS
        }
        Ok(xtask::semver::Verdict::Breaking(summary)) => {
            println!("authing: breaking changes against {baseline}:\n{summary}");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn regenerate_command(cmd: flags::Regenerate) -> ExitCode {
    let report_out = cmd.report_out;
    let opts = regenerate::Options {
        root: root(),
        docs: cmd.docs,
        auth_docs: cmd.auth_docs,
        routes: cmd.routes,
        factory: cmd.factory,
        auth_factory: cmd.auth_factory,
        node_sdk: cmd.node_sdk,
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
            version,
            last_release,
            new_version,
            ..
        }) => {
            println!("{import_summary}");
            for f in &files {
                println!("updated {f}");
            }
            // The spec diff cannot see what the regenerated code does to the Rust API: compare
            // the regenerated tree with the commit it started from (or say why not).
            let semver = xtask::semver::run(&opts.root, "HEAD");
            let mut new_version = new_version;
            if let Ok(xtask::semver::Verdict::Breaking(_)) = &semver {
                match xtask::version::raised_for_breaking(&last_release, &new_version) {
                    Ok(Some(raised)) => {
                        if let Err(e) = regenerate::raise_version(&opts.root, &new_version, &raised)
                        {
                            eprintln!("error: {e}");
                            return ExitCode::FAILURE;
                        }
                        println!("the semver check found a breaking change: version {raised}");
                        new_version = raised;
                    }
                    Ok(None) => {}
                    Err(e) => {
                        eprintln!("error: {e}");
                        return ExitCode::FAILURE;
                    }
                }
            }
            let report = format!(
                "Version: {version} -> {new_version}\n\n{report}\n{}",
                xtask::semver::report_section("HEAD", &semver)
            );
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
