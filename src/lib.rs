//! Counterpart: put two news articles side by side and compare them claim by claim.
//!
//! The layers depend in one direction: [`model`] is plain data; [`ingest`] turns files into documents;
//! [`analysis`] turns documents into a comparison; [`export`] writes comparisons out; [`ui`] shows them;
//! [`commands`] is what the command line runs.

pub mod analysis;
mod assets;
pub mod commands;
pub mod export;
pub mod ingest;
pub mod model;
#[cfg(feature = "gui")]
pub mod ui;
