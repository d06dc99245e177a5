"""The main window's menus and the actions behind them, with their keyboard shortcuts.

Mixed into :class:`~desktop.ui.main_window.MainWindow`, as a form built in Designer is: it
uses the window's ``form``, ``guidance``, ``presets`` and ``preferences``, and its slots
(``show_log``, ``show_about``, ``set_language``, ``close``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from desktop.languages import LANGUAGES
from desktop.report import Kind
from desktop.ui.kind_selector import KIND_SHORTCUTS, kind_names


class WindowMenus:
    """Builds (and takes down again, to switch languages) the menus and their actions."""

    def _action(
        self, text: str, name: str, *shortcuts: str, parent: QObject | None = None
    ) -> QAction:
        """A window-wide action with its object name and keyboard shortcuts, the first one
        the one its menu shows."""
        action = QAction(text, parent or self)
        action.setObjectName(name)
        action.setShortcuts(list(shortcuts))
        return action

    def _create_actions(self) -> None:
        self._kind_group = group = QActionGroup(self)
        self.kind_actions: dict[Kind, QAction] = {}
        for kind, text in kind_names().items():  # named as the buttons are
            action = self._action(text, f"action{kind.value}", KIND_SHORTCUTS[kind], parent=group)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, k=kind: self.form.set_kind(k))
            self.kind_actions[kind] = action

        # Enter on the keypad copies too.
        self.copy_action = self._action(
            self.tr("Sao chép tin nhắn báo cáo"), "actionCopy", "Ctrl+Return", "Ctrl+Enter"
        )
        self.copy_action.triggered.connect(self.form.copy_report)

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
