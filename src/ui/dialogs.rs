//! File dialogs behind a small trait: rfd's asynchronous dialogs in the window, scripted answers in tests.

use eframe::egui;
use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};
use std::task::{Context, Poll, Wake, Waker};

/// What a dialog is asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogRequest {
    /// An article to show in a pane.
    OpenArticle {
        /// The pane, 0 for A and 1 for B.
        pane: usize,
    },
    /// A project file to open.
    OpenProject,
    /// Where to save the project.
    SaveProject,
    /// Where to write an export, with the file extension it takes.
    Export {
        /// The extension, without the dot.
        extension: &'static str,
    },
}

impl DialogRequest {
    /// The dialog's title.
    pub fn title(&self) -> String {
        match self {
            DialogRequest::OpenArticle { pane } => format!("Open article {}", pane_letter(*pane)),
            DialogRequest::OpenProject => "Open project".into(),
            DialogRequest::SaveProject => "Save project".into(),
            DialogRequest::Export { extension } => format!("Export as .{extension}"),
        }
    }
}

/// "A" for the left pane, "B" for the right one.
pub(super) fn pane_letter(pane: usize) -> char {
    if pane == 0 { 'A' } else { 'B' }
}

/// How a file dialog ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogAnswer {
    /// The user chose this path.
    Chosen(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// The desktop has no file dialog to show, so the window must ask in its own way.
    Unavailable,
}

impl From<Option<PathBuf>> for DialogAnswer {
    fn from(path: Option<PathBuf>) -> Self {
        path.map_or(DialogAnswer::Cancelled, DialogAnswer::Chosen)
    }
}

/// Shows file dialogs without blocking the window: the answer arrives on the receiver later.
pub trait FileDialogs {
    /// Opens a dialog for `request`; the receiver gets how it ended.
    fn ask(&mut self, request: DialogRequest, ctx: &egui::Context) -> Receiver<DialogAnswer>;
}

/// The desktop's own dialogs through rfd (the XDG portal, or zenity), each run on a worker thread.
#[derive(Debug, Default)]
pub struct RfdDialogs;

impl FileDialogs for RfdDialogs {
    fn ask(&mut self, request: DialogRequest, ctx: &egui::Context) -> Receiver<DialogAnswer> {
        let (tx, rx) = mpsc::channel();
        if !native_dialogs_available() {
            let _ = tx.send(DialogAnswer::Unavailable);
            return rx;
        }
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let dialog = rfd::AsyncFileDialog::new().set_title(request.title());
            let picked = match &request {
                DialogRequest::OpenArticle { .. } => block_on(
                    dialog
                        .add_filter("Articles", &["txt", "md", "markdown", "html", "htm"])
                        .add_filter("All files", &["*"])
                        .pick_file(),
                ),
                DialogRequest::OpenProject => block_on(dialog.add_filter("Counterpart project", &["ron"]).pick_file()),
                DialogRequest::SaveProject => block_on(
                    dialog.add_filter("Counterpart project", &["ron"]).set_file_name("comparison.ron").save_file(),
                ),
                DialogRequest::Export { extension } => block_on(
                    dialog
                        .add_filter(*extension, &[*extension])
                        .set_file_name(format!("comparison.{extension}"))
                        .save_file(),
                ),
            };
            let _ = tx.send(picked.map(|h| h.path().to_path_buf()).into());
            ctx.request_repaint();
        });
        rx
    }
}

/// True when rfd has a dialog to show. On Linux it needs the XDG desktop portal (a session bus, and a portal
/// installed for it to start) or zenity; elsewhere the system always has one. Worked out once.
fn native_dialogs_available() -> bool {
    static AVAILABLE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        if !cfg!(target_os = "linux") {
            return true;
        }
        let env = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        let on_path = |program: &str| {
            env("PATH").is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
        };
        let session_bus = env("DBUS_SESSION_BUS_ADDRESS").is_some()
            || env("XDG_RUNTIME_DIR").is_some_and(|dir| std::path::Path::new(&dir).join("bus").exists());
        let data_dirs = env("XDG_DATA_DIRS").unwrap_or_else(|| "/usr/local/share:/usr/share".into());
        let portal = std::env::split_paths(&data_dirs)
            .any(|dir| dir.join("dbus-1/services/org.freedesktop.portal.Desktop.service").is_file());
        on_path("zenity") || (session_bus && portal)
    })
}

/// Wakes the thread that waits on a future.
struct ThreadWaker(std::thread::Thread);

impl Wake for ThreadWaker {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }
}

/// Runs a future to completion on the current (worker) thread.
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let waker = Waker::from(Arc::new(ThreadWaker(std::thread::current())));
    let mut cx = Context::from_waker(&waker);
    loop {
        match future.as_mut().poll(&mut cx) {
            Poll::Ready(out) => return out,
            Poll::Pending => std::thread::park(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_on_runs_a_future_that_wakes_from_another_thread() {
        let (tx, rx) = mpsc::channel::<u32>();
        let fut = std::future::poll_fn(move |cx| match rx.try_recv() {
            Ok(v) => Poll::Ready(v),
            Err(_) => {
                let waker = cx.waker().clone();
                let tx = tx.clone();
                std::thread::spawn(move || {
                    let _ = tx.send(7);
                    waker.wake();
                });
                Poll::Pending
            }
        });
        assert_eq!(block_on(fut), 7);
    }

    #[test]
    fn titles_name_the_pane() {
        assert_eq!(DialogRequest::OpenArticle { pane: 1 }.title(), "Open article B");
    }
}
