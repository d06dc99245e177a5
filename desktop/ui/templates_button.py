"""The "Mẫu nội dung" button: a menu of the circular's phrases for the chosen kind."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from desktop.languages import SOURCE_LANGUAGE
from desktop.report import Kind
from desktop.ui.accessibility import explain

if TYPE_CHECKING:
    from desktop.templates import Template


class TemplatesButton(QPushButton):
    """Offers the templates of the current kind; emits the one chosen."""

    #: A template was chosen (a desktop.templates.Template).
    chosen = Signal(object)

    def __init__(
        self,
        kind: Callable[[], Kind],
        language: str = SOURCE_LANGUAGE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self._language = language
        self._templates: list[Template] | None = None  # read when the menu first opens
        self.setObjectName("templatesButton")
        self.setText(self.tr("Mẫu nội dung"))
        self.setAccessibleName(self.tr("Mẫu nội dung theo công văn"))
        explain(self, self.tr("Chèn một câu mẫu theo các tình huống trong công văn — Ctrl+T"))
        menu = QMenu(self)
        menu.setObjectName("templatesMenu")
        menu.aboutToShow.connect(self._fill_menu)
        self.setMenu(menu)

    def _fill_menu(self) -> None:
        from desktop.templates import TemplateError, load_templates, templates_for

        menu = self.menu()
        menu.clear()
        if self._templates is None:
            try:
                self._templates = load_templates(self._language)
            except TemplateError:
                self._templates = []
        if not self._templates:
            unavailable = menu.addAction(
                self.tr("Không đọc được các mẫu nội dung: hãy nhờ IT cài đặt lại.")
            )
            unavailable.setEnabled(False)
            return
        for template in templates_for(self._templates, self._kind()):
            # A label is data: its "&" (Sở TT&TT) is a letter, not a keyboard accelerator.
            action = menu.addAction(template.label.replace("&", "&&"))
            action.setToolTip(template.text)
            action.triggered.connect(lambda _checked=False, t=template: self.chosen.emit(t))
