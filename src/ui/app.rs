//! The application state and its frame loop.

use crate::model::Comparison;
use eframe::egui;

/// The window's state: the comparison on show and any error to report.
pub struct CounterpartApp {
    pub comparison: Comparison,
    pub error: Option<String>,
}

impl CounterpartApp {
    pub fn new(comparison: Comparison, error: Option<String>) -> Self {
        CounterpartApp { comparison, error }
    }
}

impl eframe::App for CounterpartApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if let Some(err) = &self.error {
            ui.colored_label(ui.visuals().error_fg_color, err);
        }
        ui.columns(self.comparison.documents.len().max(1), |cols| {
            for (col, doc) in cols.iter_mut().zip(&self.comparison.documents) {
                col.heading(doc.display_name());
                egui::ScrollArea::vertical().id_salt(doc.id.0).show(col, |ui| {
                    for p in &doc.paragraphs {
                        ui.label(doc.slice(*p));
                        ui.add_space(6.0);
                    }
                });
            }
        });
    }
}
