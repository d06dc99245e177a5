"""The main window: the report form beside the warning panel, menus and shortcuts."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from desktop import APP_NAME
from desktop.languages import LANGUAGES, SOURCE_LANGUAGE
from desktop.presets import DESTINATION, LANGUAGE, LOG_ENABLED, Origin, resolve
from desktop.resources import ResourceError, resource_path
from desktop.settings import Preferences, Store
from desktop.sms import MAX_CONTENT_CHARS
from desktop.ui.accessibility import announce, install_roles
from desktop.ui.guidance_panel import GuidancePanel
from desktop.ui.log_keeper import LogKeeper, Recorded
from desktop.ui.report_form import Clipboard, ReportForm
from desktop.ui.stores import it_stores
from desktop.ui.translation import install_language
from desktop.ui.window_menus import WindowMenus

if TYPE_CHECKING:  # Qt classes the first frame does not need are loaded when first used
    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QDialog

#: How long a confirmation stays in the status bar.
STATUS_TIMEOUT_MS = 10_000

#: The start-up work waits for the window's first paint, but no longer than this (a window
#: started minimised is not painted until it is restored).
STARTUP_WAIT_MS = 2_000


class MainWindow(QMainWindow, WindowMenus):
    """Báo cáo 156's only window."""

    #: Start-up has finished: the window is painted and the work that could wait is done.
    started = Signal()

    def __init__(
        self,
        clipboard: Clipboard | None = None,
        settings: Store | None = None,
        it_settings: Sequence[tuple[Origin, Store]] | None = None,
        data_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        # The user's own settings (HKCU on Windows) and IT's presets (HKLM); tests pass theirs.
        user = settings if settings is not None else QSettings()
        machine = it_settings if it_settings is not None else it_stores()
        self.preferences = Preferences(user)
        self.presets = resolve(machine, user)
        self.setObjectName("mainWindow")
        self._set_icon()
        self.language = SOURCE_LANGUAGE
        language_missing = not self._install_language(self.presets.language.value)

        self.log_keeper = LogKeeper(data_dir, self.presets.log_enabled.value, self)
        self.log_keeper.notice.connect(self._show_notice)
        self.log_keeper.written.connect(lambda: self.form.refresh())  # the repeat warning
        self._started = False
        # The work that can wait starts once the window is painted (see paintEvent()).
        QTimer.singleShot(STARTUP_WAIT_MS, self, self._finish_startup)
        self._build()
        self.form.preview_panel.set_destination(
            self.presets.destination.value, locked=self.presets.destination.locked
        )
        self._fit_to_screen()
        self._restore_geometry()
        # Someone who opens the app has a number to report: start where it is typed.
        self.form.source_edit.setFocus()
        if language_missing:
            self._show_notice(self._language_missing(self.presets.language.value))

    def _build(self) -> None:
        """Everything the user reads, in the interface language: built again to switch it."""
        # "What — App", as Windows titles go. A title that ends with the application's
        # display name is shown as it is; any other gets " — Báo cáo 156" added by Qt.
        subject = self.presets.organisation.value or self.tr("Tin nhắn rác, cuộc gọi lừa đảo")
        self.setWindowTitle(f"{subject} — {APP_NAME}")
        # Each part is made inside its parent: moving a built widget tree into another costs
        # a pass over all of it.
        self.splitter = QSplitter()  # side by side
        self.splitter.setObjectName("splitter")
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.form = ReportForm(
            self._clipboard, self.language, self.log_keeper.repeats, parent=self.splitter
        )
        self.form.set_without_diacritics(self.preferences.without_diacritics)
        self.form.preview_panel.destination_chosen.connect(
            lambda number: self.preferences.remember(DESTINATION, number)
        )
        guidance_path = self.presets.guidance_path.value
        self.guidance = GuidancePanel(guidance_path, self.language, self.splitter)
        self.guidance.notice.connect(self._show_notice)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self._create_actions()
        self._create_menus()
        self.statusBar().setObjectName("statusBar")
        self.form.copied.connect(self._on_copied)
        self.form.copy_refused.connect(self._on_copy_refused)
        self.form.warning_copied.connect(self._on_warning_copied)
        self.form.content_edit.input_cut.connect(self._on_content_cut)
        self.form.edited.connect(self.statusBar().clearMessage)
        self.form.kind_changed.connect(lambda kind: self.kind_actions[kind].setChecked(True))
        self.kind_actions[self.form.kind()].setChecked(True)
        self.form.preview_panel.diacritics_box.toggled.connect(self._on_diacritics_toggled)

    def set_language(self, language: str) -> bool:
        """Show the interface in ``language`` from now on, and remember the choice.

        The window is rebuilt in place: what was typed, the chosen kind and destination, the
        size and the place stay. False when IT fixed the language or this copy lacks it.
        """
        if language == self.language:
            return True
        if self.presets.language.locked:
            refusal = self.tr("Bộ phận IT đã đặt sẵn ngôn ngữ.")
        elif not self._install_language(language):
            refusal = self._language_missing(language)
        else:
            self.preferences.remember(LANGUAGE, language)
            self._rebuild()
            return True
        self._show_notice(refusal)
        self._check_language_action()
        return False

    def _install_language(self, language: str) -> bool:
        if not install_language(language):
            return False
        self.language = language
        return True

    def _rebuild(self) -> None:
        """Build the window's contents again (in a new language), keeping the user's work."""
        state = self.form.state()
        guidance_shown = self.guidance_action.isChecked()
        sizes = self.splitter.sizes()
        self._discard_contents()
        self._build()
        self.splitter.setSizes(sizes)
        self.guidance_action.setChecked(guidance_shown)
        if self._started:
            self.form.finish_startup()
            self.guidance.load_organisation_text()
        self.form.restore(state, destination_locked=self.presets.destination.locked)

    def _language_missing(self, language: str) -> str:
        name = LANGUAGES.get(language, language)
        return self.tr("Bản cài đặt này không có giao diện {language}.").format(language=name)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._started:
            # The first paint: the rest of start-up, done now, would leave the window blank
            # for as long as it takes; once this paint is on screen, it is done.
            QTimer.singleShot(0, self, self._finish_startup)

    def _finish_startup(self) -> None:
        """The start-up work that could wait until the window is on screen and painted."""
        if self._started:
            return
        self._started = True
        install_roles()
        self.form.finish_startup()
        self.guidance.load_organisation_text()
        self.log_keeper.open()
        self.started.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember where the window was, for the next start."""
        self.preferences.window_geometry = bytes(self.saveGeometry().toBase64()).decode("ascii")
        self.log_keeper.close()
        super().closeEvent(event)

    def _restore_geometry(self) -> None:
        saved = self.preferences.window_geometry
        if saved:
            from PySide6.QtCore import QByteArray

            # Qt moves a window whose screen is gone back onto one that is there.
            self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))

    def show_about(self) -> None:
        """The About box: version, licences, the circular it follows."""
        from desktop.ui.about import show_about  # QMessageBox: not needed for the first frame

        show_about(self)

    def _set_icon(self) -> None:
        # 64 px covers title and task bars up to 200 % scaling. Qt decodes every pixel of the
        # window's icon for the system as the window shows: the 256 px app.png is the
        # installer's. A missing icon is cosmetic; the guidance panel is what reports a
        # broken install.
        with contextlib.suppress(ResourceError):
            self.setWindowIcon(QIcon(str(resource_path("icons", "window.png"))))

    def _fit_to_screen(self) -> None:
        """Open at a comfortable size that never exceeds the screen it opens on."""
        available = self.screen().availableGeometry()
        width = min(1040, int(available.width() * 0.92))
        height = min(660, int(available.height() * 0.9))
        self.resize(
            max(width, self.minimumSizeHint().width()), max(height, self.minimumSizeHint().height())
        )
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    def show_log(self) -> QDialog | None:
        """Open the report log (Ctrl+H); says why when there is none."""
        from desktop.ui.log_dialog import LogDialog  # only when asked for: start-up stays light

        self.log_keeper.open()
        if self.log_keeper.log is None:
            self._show_notice(
                self.log_keeper.problem or self.tr("Nhật ký đang tắt (menu Nhật ký).")
            )
            return None
        dialog = LogDialog(
            self.log_keeper.log, self.preferences, self.presets.organisation.value, self
        )
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.form.refresh())
        dialog.open()
        return dialog

    def _on_log_enabled(self, enabled: bool) -> None:
        self.preferences.remember(LOG_ENABLED, enabled)
        self.log_keeper.set_enabled(enabled)
        self.form.refresh()

    def _tell(self, text: str, timeout: int = STATUS_TIMEOUT_MS, *, urgent: bool = False) -> None:
        """Say ``text`` in the status bar, and to screen readers."""
        self.statusBar().showMessage(text, timeout)
        announce(self.statusBar(), text, urgent=urgent)

    def _on_content_cut(self, pasted: int, kept: int) -> None:
        self._show_notice(
            self.tr(
                "Chỉ dán {kept} trong {pasted} ký tự: nội dung báo cáo dài nhất {limit} ký tự."
            ).format(kept=kept, pasted=pasted, limit=MAX_CONTENT_CHARS)
        )

    def _show_notice(self, text: str) -> None:
        self._tell(text, STATUS_TIMEOUT_MS * 2)

    def _on_copied(self, message: str, destination: str) -> None:
        recorded = self.log_keeper.record(self.form.composition(), destination)
        text = self.tr("Đã sao chép: {message} — gửi tin nhắn này tới {destination}.").format(
            message=message, destination=destination
        )
        if recorded is Recorded.LOGGED:
            text += " " + self.tr("Đã lưu vào nhật ký.")
        elif recorded is Recorded.KEPT:
            text += " " + self.tr("Nhật ký đang bận: báo cáo được giữ lại và sẽ ghi sau ít giây.")
        elif self.log_keeper.problem:
            text += " " + self.log_keeper.problem
        self._tell(text)
        self.form.refresh()

    def _on_warning_copied(self, warning: str) -> None:
        self._tell(
            self.tr("Đã sao chép cảnh báo cho đồng nghiệp — dán vào nhóm chat của cơ quan: {text}")
            .format(text=warning)
        )  # fmt: skip

    def _on_diacritics_toggled(self, on: bool) -> None:
        self.diacritics_action.setChecked(on)
        self.preferences.without_diacritics = on

    def _on_copy_refused(self, reason: str) -> None:
        self._tell(self.tr("Chưa sao chép: {reason}").format(reason=reason), urgent=True)
