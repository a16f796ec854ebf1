//! `job-offer-check`: the native command-line tool (see `src/cli.rs`); an empty program on wasm.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    job_offer_check::cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
