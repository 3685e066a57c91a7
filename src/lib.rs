//! Counterpart: put two news articles side by side and compare them claim by claim.
//!
//! The layers depend in one direction: [`model`] is plain data; [`ingest`] turns files into documents;
//! [`analysis`] turns documents into a comparison; [`export`] writes comparisons out; [`workspace`] loads
//! articles and writes outputs for both the command line ([`commands`]) and the window ([`ui`]); [`samples`]
//! are the built-in articles.

pub mod analysis;
mod assets;
pub mod commands;
pub mod export;
pub mod ingest;
pub mod model;
pub mod samples;
#[cfg(feature = "gui")]
pub mod ui;
pub mod workspace;
