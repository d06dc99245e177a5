"""The main window: the report form beside the warning panel, menus and shortcuts."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from desktop import APP_NAME
from desktop.report import Kind
from desktop.resources import ResourceError, resource_path
from desktop.settings import Preferences, Store
from desktop.ui.guidance_panel import GuidancePanel
from desktop.ui.report_form import Clipboard, ReportForm

#: How long a confirmation stays in the status bar.
STATUS_TIMEOUT_MS = 10_000

_KIND_SHORTCUTS = {Kind.SPAM_SMS: "Ctrl+1", Kind.SPAM_CALL: "Ctrl+2", Kind.SCAM_CALL: "Ctrl+3"}


class MainWindow(QMainWindow):
    """Báo cáo 156's only window."""

    def __init__(
        self,
        clipboard: Clipboard | None = None,
        settings: Store | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # The user's own settings (the registry under HKCU on Windows); tests pass their own.
        self.preferences = Preferences(settings if settings is not None else QSettings())
        self.setObjectName("mainWindow")
        self.setWindowTitle(
            self.tr("{app} – báo cáo tin nhắn rác, cuộc gọi lừa đảo").format(app=APP_NAME)
        )
        self._set_icon()

        self.form = ReportForm(clipboard)
        self.form.set_without_diacritics(self.preferences.without_diacritics)
        self.guidance = GuidancePanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.form)
        self.splitter.addWidget(self.guidance)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)

        self._create_actions()
        self._create_menus()
        self.statusBar().setObjectName("statusBar")
        self.form.copied.connect(self._on_copied)
        self.form.copy_refused.connect(self._on_copy_refused)
        self.form.edited.connect(self.statusBar().clearMessage)
        self.form.kind_changed.connect(lambda kind: self.kind_actions[kind].setChecked(True))
        self.kind_actions[self.form.kind()].setChecked(True)
        self.form.preview_panel.diacritics_box.toggled.connect(self._on_diacritics_toggled)

        self._started = False
        self._fit_to_screen()
        # Someone who opens the app has a number to report: start where it is typed.
        self.form.source_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time the window shows, finish the start-up work that could wait."""
        super().showEvent(event)
        if not self._started:
            self._started = True
            QTimer.singleShot(0, self.form.finish_startup)

    def _set_icon(self) -> None:
        # A missing icon is cosmetic; the guidance panel is what reports a broken install.
        with contextlib.suppress(ResourceError):
            self.setWindowIcon(QIcon(str(resource_path("icons", "app.png"))))

    def _action(
        self, text: str, name: str, shortcut: str, parent: QObject | None = None
    ) -> QAction:
        """A window-wide action with its object name and keyboard shortcut."""
        action = QAction(text, parent or self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        return action

    def _create_actions(self) -> None:
        names = {
            Kind.SPAM_SMS: self.tr("Tin nhắn rác (S)"),
            Kind.SPAM_CALL: self.tr("Cuộc gọi rác (V)"),
            Kind.SCAM_CALL: self.tr("Cuộc gọi lừa đảo (LD)"),
        }
        group = QActionGroup(self)
        self.kind_actions: dict[Kind, QAction] = {}
        for kind, text in names.items():
            action = self._action(text, f"action{kind.value}", _KIND_SHORTCUTS[kind], group)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, k=kind: self.form.set_kind(k))
            self.kind_actions[kind] = action

        self.copy_action = self._action(
            self.tr("Sao chép tin nhắn báo cáo"), "actionCopy", "Ctrl+Return"
        )
        # Both Enter keys: Return on the main block and Enter on the keypad.
        self.copy_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.copy_action.triggered.connect(self.form.copy_report)

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

        self.templates_action = self._action(
            self.tr("Chèn mẫu nội dung…"), "actionTemplates", "Ctrl+T"
        )
        self.templates_action.triggered.connect(self.form.show_templates)

        self.guidance_action = self._action(self.tr("Dấu hiệu lừa đảo"), "actionGuidance", "F1")
        self.guidance_action.setCheckable(True)
        self.guidance_action.setChecked(True)
        self.guidance_action.toggled.connect(self.guidance.setVisible)

        self.quit_action = self._action(self.tr("Thoát"), "actionQuit", "Ctrl+Q")
        self.quit_action.triggered.connect(self.close)

    def _create_menus(self) -> None:
        report_menu = self.menuBar().addMenu(self.tr("&Báo cáo"))
        report_menu.addActions(list(self.kind_actions.values()))
        report_menu.addSeparator()
        report_menu.addAction(self.copy_action)
        report_menu.addAction(self.focus_source_action)
        report_menu.addAction(self.templates_action)
        report_menu.addAction(self.diacritics_action)
        report_menu.addSeparator()
        report_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&Xem"))
        view_menu.addAction(self.guidance_action)

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

    def _on_copied(self, message: str, destination: str) -> None:
        self.statusBar().showMessage(
            self.tr("Đã sao chép: {message} — gửi tin nhắn này tới {destination}.").format(
                message=message, destination=destination
            ),
            STATUS_TIMEOUT_MS,
        )

    def _on_diacritics_toggled(self, on: bool) -> None:
        self.diacritics_action.setChecked(on)
        self.preferences.without_diacritics = on

    def _on_copy_refused(self, reason: str) -> None:
        self.statusBar().showMessage(
            self.tr("Chưa sao chép: {reason}").format(reason=reason), STATUS_TIMEOUT_MS
        )
