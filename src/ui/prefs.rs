//! The user's preferences that outlive the window: theme, text zoom, recent files and the last pair opened.

use eframe::egui::ThemePreference;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The key the preferences are stored under in eframe's storage.
pub(super) const STORAGE_KEY: &str = "counterpart-prefs";
/// How many recent files are remembered.
pub(super) const MAX_RECENT: usize = 10;

/// Preferences kept between runs through eframe's persistence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Light, dark, or as the system has it.
    pub theme: ThemePreference,
    /// The article text zoom, 1 for the normal size.
    pub zoom: f32,
    /// Files opened, most recent first.
    pub recent: Vec<PathBuf>,
    /// The two articles open when the window last closed, if both came from files.
    pub last_pair: Option<[PathBuf; 2]>,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs { theme: ThemePreference::System, zoom: 1.0, recent: Vec::new(), last_pair: None }
    }
}

impl Prefs {
    /// Puts a file at the top of the recent list.
    pub fn remember(&mut self, path: PathBuf) {
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remember_moves_a_file_to_the_top_and_caps_the_list() {
        let mut prefs = Prefs::default();
        for i in 0..12 {
            prefs.remember(PathBuf::from(format!("{i}.txt")));
        }
        prefs.remember(PathBuf::from("5.txt"));
        assert_eq!(prefs.recent.len(), MAX_RECENT);
        assert_eq!(prefs.recent[0], PathBuf::from("5.txt"));
        assert_eq!(prefs.recent.iter().filter(|p| p.as_path() == std::path::Path::new("5.txt")).count(), 1);
    }
}
