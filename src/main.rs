//! The `counterpart` executable: parses the command line and hands over to the library.

use clap::{Parser, Subcommand};
use counterpart::commands::{self, AnalyzeFormat};
use counterpart::export::ExportFormat;
use counterpart::workspace::Linking;
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc rather than the system allocator: the analysis makes many small short-lived allocations on several
/// threads, where glibc's malloc spends a fifth of the time and its per-thread arenas keep freed memory resident.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc 3's `mi_option_e` (include/mimalloc.h), which the -sys crate leaves
/// unnamed: how long freed memory stays committed before it is returned to the system.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Put two news articles side by side and compare them claim by claim.
///
/// With no arguments, opens the window on the two built-in sample articles. With two files, opens the window on
/// them. Articles may be plain text (.txt), Markdown (.md) or saved web pages (.html).
#[derive(Parser)]
#[command(name = "counterpart", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Articles to open in the window: A, then B
    #[arg(value_name = "FILE", num_args = 0..=2)]
    files: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse articles without a window and print the result
    Analyze {
        /// One or more articles; with two, their claims are linked and the event is checked
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// Output format
        #[arg(long, short, value_enum, default_value_t = AnalyzeFormat::Json)]
        format: AnalyzeFormat,
        /// Write to this file instead of standard output
        #[arg(long, short, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Link the claims from their words, names, numbers and dates only, without the sentence encoder: faster
        #[arg(long)]
        words_only: bool,
    },
    /// Export a project, a JSON export or articles (analysed first) as ron, json, w3c, csv, html or md
    Export {
        /// One project file (.ron), one JSON export (.json), or one or more articles
        #[arg(value_name = "PROJECT_OR_FILES", required = true)]
        inputs: Vec<PathBuf>,
        /// Output format
        #[arg(long, short, value_enum)]
        format: ExportFormat,
        /// Write to this file instead of standard output (csv also writes NAME-quotes.csv and NAME-divergence.csv
        /// beside it)
        #[arg(long, short, value_name = "OUT")]
        output: Option<PathBuf>,
        /// When articles are given: link their claims from their words, names, numbers and dates only, without
        /// the sentence encoder
        #[arg(long)]
        words_only: bool,
    },
}

/// How `--words-only` asks the claims to be linked.
fn linking(words_only: bool) -> Linking {
    if words_only { Linking::WordsOnly } else { Linking::ByMeaning }
}

fn main() -> ExitCode {
    // Return freed memory at once, which keeps the peak of an analysis (and of the window holding one) a third
    // lower at no measurable cost in time.
    // SAFETY: mi_option_set is not thread safe, and no other thread exists yet.
    #[allow(unsafe_code, reason = "mimalloc's options have no safe setter")]
    unsafe {
        libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0)
    };
    // The sentence encoder's matrix products (candle) ask how many threads to use at every call, and without
    // RAYON_NUM_THREADS the answer reads the cgroup files under /proc and /sys each time: a fifth of the encoder's
    // time on two 20 KB articles. The number rayon would choose anyway, set once, is answered from memory.
    if std::env::var_os("RAYON_NUM_THREADS").is_none() {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        // SAFETY: no other thread exists yet, so nothing reads the environment while it changes.
        #[allow(unsafe_code, reason = "setting a variable of the environment is unsafe; no other thread exists yet")]
        unsafe {
            std::env::set_var("RAYON_NUM_THREADS", threads.to_string())
        };
    }
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Analyze { files, format, output, words_only }) => {
            commands::analyze(&files, format, output.as_deref(), linking(words_only))
        }
        Some(Command::Export { inputs, format, output, words_only }) => {
            commands::export(&inputs, format, output.as_deref(), linking(words_only))
        }
        None => counterpart::ui::run(cli.files),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("counterpart: error: {e:#}");
            ExitCode::from(1)
        }
    }
}
