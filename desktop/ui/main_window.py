"""The main window: the report form beside the warning panel, menus and shortcuts."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QWidget

from desktop import APP_NAME, __version__
from desktop.languages import LANGUAGES, SOURCE_LANGUAGE
from desktop.presets import DESTINATION, LANGUAGE, LOG_ENABLED, Origin, resolve
from desktop.report import Kind
from desktop.resources import ResourceError, resource_path
from desktop.settings import Preferences, Store
from desktop.sms import MAX_CONTENT_CHARS
from desktop.ui.accessibility import announce, install_roles
from desktop.ui.guidance_panel import GuidancePanel
from desktop.ui.log_keeper import LogKeeper, Recorded
from desktop.ui.properties import set_properties
from desktop.ui.report_form import Clipboard, ReportForm
from desktop.ui.stores import it_stores
from desktop.ui.translation import install_language

if TYPE_CHECKING:  # Qt classes the first frame does not need are loaded when first used
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog

#: How long a confirmation stays in the status bar.
STATUS_TIMEOUT_MS = 10_000

#: The start-up work waits for the window's first paint, but no longer than this (a window
#: started minimised is not painted until it is restored).
STARTUP_WAIT_MS = 2_000

_KIND_SHORTCUTS = {Kind.SPAM_SMS: "Ctrl+1", Kind.SPAM_CALL: "Ctrl+2", Kind.SCAM_CALL: "Ctrl+3"}


class MainWindow(QMainWindow):
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
        # The event loop's first round comes after the window is shown; the work that can wait
        # starts once the window is painted. (A showEvent() written in Python would make
        # PySide6 build QEvent's Python types before the window shows.)
        QTimer.singleShot(0, self, self._await_first_paint)
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
        self.form = ReportForm(self._clipboard, self.language, self.splitter)
        self.form.set_without_diacritics(self.preferences.without_diacritics)
        self.form.set_repeat_lookup(self.log_keeper.repeats)
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
        form = self.form
        kind, destination = form.kind(), form.preview_panel.destination()
        source, content = form.source_edit.text(), form.content_edit.toPlainText()
        in_content = form.content_edit.hasFocus()
        guidance_shown = self.guidance_action.isChecked()
        sizes = self.splitter.sizes()
        self._discard_contents()
        self._build()
        self.splitter.setSizes(sizes)
        self.form.set_kind(kind)
        self.form.preview_panel.set_destination(destination, locked=self.presets.destination.locked)
        self.form.source_edit.setText(source)
        self.form.content_edit.setPlainText(content)
        self.guidance_action.setChecked(guidance_shown)
        if self._started:
            self.form.finish_startup()
            self.guidance.load_organisation_text()
        (self.form.content_edit if in_content else self.form.source_edit).setFocus()

    def _discard_contents(self) -> None:
        """Remove what _build() made: the central widget, the menus and their actions."""
        for menu in self.menuBar().findChildren(QMenu):
            menu.deleteLater()
        self.menuBar().clear()
        groups = (self._kind_group, self._language_group)
        for action in self.findChildren(QAction):
            if action.parent() is self or action.parent() in groups:
                action.setShortcuts([])  # gone at once, not when deleteLater runs
                action.deleteLater()
        for group in groups:
            group.deleteLater()
        self.takeCentralWidget().deleteLater()

    def _check_language_action(self) -> None:
        self.language_actions[self.language].setChecked(True)

    def _language_missing(self, language: str) -> str:
        name = LANGUAGES.get(language, language)
        return self.tr("Bản cài đặt này không có giao diện {language}.").format(language=name)

    def _await_first_paint(self, next_look_ms: int = 1) -> None:
        """Finish starting up once the window has been painted.

        The window is on screen by now but not yet painted: the rest of start-up, done now,
        would leave it blank for as long as it takes (60 ms here). Qt paints a window the
        moment it is exposed, so until it is, look again a little later each time. (An event
        filter would hand Qt's events to Python, and PySide6 would build QEvent's Python
        types, 2 ms, before the first paint.)
        """
        handle = self.windowHandle()
        if handle is not None and handle.isExposed():
            QTimer.singleShot(0, self, self._finish_startup)  # once that paint is on screen
        elif not self._started:
            QTimer.singleShot(
                next_look_ms, self, lambda: self._await_first_paint(min(2 * next_look_ms, 64))
            )

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

    def about_text(self) -> str:
        """What the About dialog says: version, licences and the circular's reference."""
        return self.tr(
            "<h3>{app} {version}</h3>"
            "<p>Soạn đúng tin nhắn báo cáo tin nhắn rác, cuộc gọi rác và cuộc gọi lừa đảo gửi "
            "156 hoặc 5656. Ứng dụng không dùng mạng và không tự gửi gì.</p>"
            "<p>Theo Công văn tháng 01/2024 của Sở Giáo dục và Đào tạo tỉnh Đắk Lắk, thực hiện "
            "Công văn số 153/STTTT-TTra ngày 29/01/2024 của Sở Thông tin và Truyền thông.</p>"
            "<p>Giấy phép MIT. Dùng Qt for Python (PySide6) theo LGPLv3, phonenumbers theo "
            "Apache 2.0, segno theo BSD. Toàn văn giấy phép nằm trong thư mục "
            "<i>resources/licenses</i> của bản cài đặt.</p>"
        ).format(app=APP_NAME, version=__version__)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("Giới thiệu {app}").format(app=APP_NAME), self.about_text())

    def _set_icon(self) -> None:
        # 64 px covers title and task bars up to 200 % scaling. Qt decodes every pixel of the
        # window's icon for the system as the window shows: the 256 px app.png (the
        # installer's) would cost 1.5 ms more. A missing icon is cosmetic; the guidance
        # panel is what reports a broken install.
        with contextlib.suppress(ResourceError):
            self.setWindowIcon(QIcon(str(resource_path("icons", "window.png"))))

    def _action(
        self, text: str, name: str, shortcut: str, parent: QObject | None = None
    ) -> QAction:
        """A window-wide action with its object name and keyboard shortcut."""
        action = QAction(text, parent or self)
        action.setObjectName(name)
        # By name, as a .ui file does: no QKeySequence, whose Python type and enums (1 ms)
        # the first frame does not need.
        set_properties(action, shortcut=shortcut)
        return action

    def _create_actions(self) -> None:
        names = {
            Kind.SPAM_SMS: self.tr("Tin nhắn rác (S)"),
            Kind.SPAM_CALL: self.tr("Cuộc gọi rác (V)"),
            Kind.SCAM_CALL: self.tr("Cuộc gọi lừa đảo (LD)"),
        }
        self._kind_group = group = QActionGroup(self)
        self.kind_actions: dict[Kind, QAction] = {}
        for kind, text in names.items():
            action = self._action(text, f"action{kind.value}", _KIND_SHORTCUTS[kind], group)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, k=kind: self.form.set_kind(k))
            self.kind_actions[kind] = action

        self.copy_action = self._action(
            self.tr("Sao chép tin nhắn báo cáo"), "actionCopy", "Ctrl+Return"
        )
        self.copy_action.triggered.connect(self.form.copy_report)
        # Enter on the keypad copies too: an action outside the menus, as an action's
        # `shortcut` holds one key sequence.
        keypad_copy = self._action(self.copy_action.text(), "actionCopyKeypad", "Ctrl+Enter")
        keypad_copy.triggered.connect(self.form.copy_report)
        self.addAction(keypad_copy)

        self.warning_action = self._action(
            self.tr("Sao chép cảnh báo cho đồng nghiệp"), "actionCopyWarning", "Ctrl+Shift+C"
        )
        self.warning_action.triggered.connect(self.form.copy_warning)

        self.focus_source_action = self._action(
            self.tr("Đến ô số điện thoại"), "actionFocusSource", "Ctrl+L"
        )
        self.focus_source_action.triggered.connect(self.form.focus_source)

        self.diacritics_action = self._action(
            self.tr("Bỏ dấu trong nội dung"), "actionWithoutDiacritics", "Ctrl+D"
        )
        self.diacritics_action.setCheckable(True)
        self.diacritics_action.setChecked(self.preferences.without_diacritics)
        self.diacritics_action.triggered.connect(self.form.set_without_diacritics)

        self.large_qr_action = self._action(self.tr("Phóng to mã QR"), "actionLargeQr", "Ctrl+R")
        self.large_qr_action.triggered.connect(self.form.preview_panel.show_large_qr)

        self.templates_action = self._action(
            self.tr("Chèn mẫu nội dung…"), "actionTemplates", "Ctrl+T"
        )
        self.templates_action.triggered.connect(self.form.show_templates)

        self.guidance_action = self._action(self.tr("Dấu hiệu lừa đảo"), "actionGuidance", "F1")
        self.guidance_action.setCheckable(True)
        self.guidance_action.setChecked(True)
        self.guidance_action.toggled.connect(self.guidance.setVisible)

        self.log_action = self._action(self.tr("Xem nhật ký báo cáo…"), "actionLog", "Ctrl+H")
        self.log_action.triggered.connect(self.show_log)

        self.log_enabled_action = QAction(self.tr("Lưu báo cáo vào nhật ký"), self)
        self.log_enabled_action.setObjectName("actionLogEnabled")
        self.log_enabled_action.setCheckable(True)
        self.log_enabled_action.setChecked(self.presets.log_enabled.value)
        if self.presets.log_enabled.locked:
            self.log_enabled_action.setEnabled(False)
            self.log_enabled_action.setToolTip(self.tr("Bộ phận IT đã đặt sẵn."))
        self.log_enabled_action.toggled.connect(self._on_log_enabled)

        self.about_action = QAction(self.tr("Giới thiệu Báo cáo 156…"), self)
        self.about_action.setObjectName("actionAbout")
        self.about_action.triggered.connect(self.show_about)

        self.quit_action = self._action(self.tr("Thoát"), "actionQuit", "Ctrl+Q")
        self.quit_action.triggered.connect(self.close)

        # Each language is named in itself, so anyone can find their own.
        self._language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self._language_group)
            action.setObjectName(f"actionLanguage_{code}")
            action.setCheckable(True)
            action.setEnabled(not self.presets.language.locked)
            if self.presets.language.locked:
                action.setToolTip(self.tr("Bộ phận IT đã đặt sẵn ngôn ngữ."))
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_actions[code] = action
        self._check_language_action()

    def _create_menus(self) -> None:
        report_menu = self.menuBar().addMenu(self.tr("&Báo cáo"))
        report_menu.addActions(list(self.kind_actions.values()))
        report_menu.addSeparator()
        report_menu.addAction(self.copy_action)
        report_menu.addAction(self.warning_action)
        report_menu.addAction(self.focus_source_action)
        report_menu.addAction(self.templates_action)
        report_menu.addAction(self.diacritics_action)
        report_menu.addAction(self.large_qr_action)
        report_menu.addSeparator()
        report_menu.addAction(self.quit_action)
        log_menu = self.menuBar().addMenu(self.tr("&Nhật ký"))
        log_menu.addAction(self.log_action)
        log_menu.addAction(self.log_enabled_action)
        view_menu = self.menuBar().addMenu(self.tr("&Xem"))
        view_menu.addAction(self.guidance_action)
        language_menu = view_menu.addMenu(self.tr("&Ngôn ngữ (Language)"))
        language_menu.setObjectName("languageMenu")
        language_menu.addActions(list(self.language_actions.values()))
        help_menu = self.menuBar().addMenu(self.tr("&Trợ giúp"))
        help_menu.addAction(self.about_action)

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
