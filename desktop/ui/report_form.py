"""The report form: kind buttons, number and content fields with templates, and the preview.

The form only gathers input and shows what :func:`desktop.report.compose` says about it;
every rule about what a report may contain lives in the core.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6 import QtCore
from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.languages import SOURCE_LANGUAGE
from desktop.phone import warm_up
from desktop.problems import Field
from desktop.report import Composition, Kind, compose
from desktop.ui.content_field import ContentField
from desktop.ui.field_texts import field_texts
from desktop.ui.kind_selector import KindSelector
from desktop.ui.preview_panel import PreviewPanel
from desktop.ui.source_field import SourceField
from desktop.ui.translation import translated

if TYPE_CHECKING:
    from desktop.colleague_warning import Wording
    from desktop.report_log import Repeats
    from desktop.templates import Template


class FormState(NamedTuple):
    """What the user has put in the form, to be put back (in a form built anew)."""

    kind: Kind
    destination: str
    source: str
    content: str
    typing_content: bool
    reported: tuple[str | None, Repeats | None]  # the report just made, as the notes keep it


class Clipboard(Protocol):
    """What the form needs of a clipboard (QClipboard has it; tests may pass their own)."""

    def setText(self, text: str) -> None: ...


class ReportForm(QWidget):
    """Composes one report and copies it."""

    #: A report was copied: the message and the destination chosen for it.
    copied = Signal(str, str)
    #: Copying was asked for but the report is not valid yet: the first problem's message.
    copy_refused = Signal(str)
    #: The warning for colleagues was copied: its text.
    warning_copied = Signal(str)
    #: The kind changed, by button or shortcut.
    kind_changed = Signal(object)
    #: Anything the user can change was changed.
    edited = Signal()

    def __init__(
        self,
        clipboard: Clipboard | None = None,
        language: str = SOURCE_LANGUAGE,
        repeats_of: Callable[[str], Repeats | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``repeats_of``: where to learn whether a number was reported before (the log)."""
        super().__init__(parent)
        self.setObjectName("reportForm")
        self._clipboard = clipboard
        self._language = language
        self._reveal_problems = False
        self._composition: Composition | None = None
        self._wording: Wording | None = None  # of the warning for colleagues, once asked for
        self._build()
        if repeats_of is not None:
            self.source_notes.repeats_of = repeats_of
        self.set_kind(Kind.SPAM_SMS)

    # ----- public interface -------------------------------------------------------------

    def kind(self) -> Kind:
        """The kind currently chosen."""
        return self.kind_selector.kind()

    def set_kind(self, kind: Kind) -> None:
        """Choose the kind, as the kind buttons and Ctrl+1/2/3 do."""
        self.kind_selector.set_kind(kind)

    def state(self) -> FormState:
        """What the user has chosen and typed, and where."""
        return FormState(
            self.kind(),
            self.destination(),
            self.source_edit.text(),
            self.content_edit.toPlainText(),
            self.content_edit.hasFocus(),
            self.source_notes.reported,
        )

    def restore(self, state: FormState, *, destination_locked: bool) -> None:
        """Put back what :meth:`state` gave, the cursor where it was."""
        self.set_kind(state.kind)
        self.preview_panel.set_destination(state.destination, locked=destination_locked)
        self.source_edit.setText(state.source)
        self.content_edit.setPlainText(state.content)
        self.source_notes.reported = state.reported  # still "just reported" after the switch
        self.refresh()
        (self.content_edit if state.typing_content else self.source_edit).setFocus()

    def destination(self) -> str:
        """The number the report is to be sent to."""
        return self.preview_panel.destination()

    def without_diacritics(self) -> bool:
        """Whether Bỏ dấu is on."""
        return self.preview_panel.without_diacritics()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a switch between light and dark theme with readable message colours."""
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh()
        super().changeEvent(event)

    def set_without_diacritics(self, on: bool) -> None:
        """Turn Bỏ dấu on or off (its check box and Ctrl+D)."""
        self.preview_panel.diacritics_box.setChecked(on)

    def insert_template(self, template: Template) -> None:
        """Add a template's phrase to the end of the content, as the next sentence or clause."""
        self.content_field.insert_template(template)

    def show_templates(self) -> None:
        """Open the templates menu (Ctrl+T)."""
        self.templates_button.showMenu()

    def composition(self) -> Composition:
        """What the core made of the current input."""
        assert self._composition is not None
        return self._composition

    def preview_text(self) -> str:
        """The text the preview shows (exactly the message, when the report is valid)."""
        return self.preview.toPlainText()

    def focus_source(self) -> None:
        """Put the cursor in the number field with its text selected (Ctrl+L)."""
        self.source_edit.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.source_edit.selectAll()

    def finish_startup(self) -> None:
        """What can wait until the window is on screen (called once, right after it shows).

        The clear button looks up the icon theme and the number reader loads its metadata;
        together they would delay the window by more than the rest of start-up.
        """
        self.source_field.add_clear_button()
        self.preview_panel.follow_message_height()
        warm_up()

    def copy_report(self) -> bool:
        """Copy the report if it is valid; otherwise show every problem and say why not."""
        composition = self.composition()
        if composition.message is None:
            return self._refuse(composition)
        self._put_on_clipboard(composition.message)
        self.source_notes.note_copy(composition.source.text)
        self.copied.emit(composition.message, self.destination())
        return True

    def copy_warning(self) -> bool:
        """Copy the warning for colleagues about this report (Ctrl+Shift+C), once the report
        is valid; otherwise show every problem and say why not."""
        composition = self.composition()
        if composition.message is None:
            return self._refuse(composition)
        warning = self._colleague_warning(say_why=True)
        if warning is None:
            return False
        self._put_on_clipboard(warning)
        self.warning_copied.emit(warning)
        return True

    def _put_on_clipboard(self, text: str) -> None:
        (self._clipboard or QGuiApplication.clipboard()).setText(text)

    def _refuse(self, composition: Composition) -> bool:
        """Show every problem, go to the first, and say why nothing was copied (False)."""
        self._reveal_problems = True
        self.refresh()
        first = composition.problems[0]
        field_widget = self.source_edit if first.field is Field.SOURCE else self.content_edit
        field_widget.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        self.copy_refused.emit(translated(first.text))
        return False

    def _colleague_warning(self, *, say_why: bool = False) -> str | None:
        """The warning for colleagues about the report as typed, in the interface language:
        with its diacritics (it is read in a chat, not sent by SMS). None when the report is
        not complete, or the wording cannot be read (said as a refusal when ``say_why``: the
        user asked for it)."""
        from desktop.colleague_warning import WordingError, colleague_warning, load_wording

        if self._wording is None:
            try:
                self._wording = load_wording(self._language)
            except WordingError as error:
                if say_why:
                    self.copy_refused.emit(str(error))
                return None
        composition = self.composition()
        if self.without_diacritics():  # the report was composed without them for the SMS
            composition = compose(
                self.kind(), self.source_edit.text(), self.content_edit.toPlainText()
            )
        return colleague_warning(composition, self.destination(), self._wording)

    # ----- building ---------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        self.kind_selector = KindSelector()
        self.kind_selector.chosen.connect(self._on_kind_toggled)
        layout.addWidget(self.kind_selector)
        layout.addSpacing(6)
        layout.addLayout(self._build_fields(), 1)
        layout.addSpacing(6)
        self.preview_panel = PreviewPanel()
        self.preview_panel.changed.connect(self._on_edited)
        self.preview_panel.copy_requested.connect(self.copy_report)
        layout.addWidget(self.preview_panel)
        # The panel's widgets, under the names the rest of the app and its tests use.
        self.preview = self.preview_panel.preview
        self.copy_button = self.preview_panel.copy_button
        self.send_hint = self.preview_panel.send_hint
        QWidget.setTabOrder(self.source_edit, self.content_edit)

    def _build_fields(self) -> QVBoxLayout:
        self.source_field = SourceField(self)
        self.source_notes = self.source_field.notes
        self.source_notes.warning_requested.connect(self.copy_warning)
        # Its widgets, under the names the rest of the app and its tests use.
        self.source_label = self.source_field.label
        self.source_edit = self.source_field.edit
        self.source_message = self.source_notes.message
        self.source_offer = self.source_notes.offer
        self.repeat_warning = self.source_notes.repeat_warning
        self.warning_button = self.source_notes.warning_button
        self.source_edit.textChanged.connect(self._on_edited)
        self.source_edit.returnPressed.connect(
            lambda: self.content_edit.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
        )

        self.content_field = ContentField(self.kind, self._language, self)
        # Its widgets, under the names the rest of the app and its tests use.
        self.content_label = self.content_field.label
        self.content_edit = self.content_field.edit
        self.templates_button = self.content_field.templates_button
        self.content_message = self.content_field.message
        self.content_edit.textChanged.connect(self._on_edited)

        column = QVBoxLayout()
        column.addWidget(self.source_label)
        column.addWidget(self.source_edit)
        column.addLayout(self.source_notes.layout)
        column.addSpacing(4)
        column.addLayout(self.content_field.layout, 1)
        return column

    # ----- reacting ---------------------------------------------------------------------

    def _on_kind_toggled(self) -> None:
        kind = self.kind()
        source_label, source_example, content_label, content_example = field_texts(kind)
        self.source_field.set_texts(source_label, source_example)
        self.content_field.set_texts(content_label, content_example)
        self.kind_changed.emit(kind)
        self._on_edited()

    def _on_edited(self) -> None:
        self.refresh()
        self.edited.emit()

    def refresh(self) -> None:
        """Show what the core makes of the current input (again, after the log or the
        settings changed)."""
        composition = compose(
            self.kind(),
            self.source_edit.text(),
            self.content_edit.toPlainText(),
            without_diacritics=self.preview_panel.without_diacritics(),
        )
        self._composition = composition
        reveal = self._reveal_problems
        source = composition.source.text if composition.source else None
        just_copied = self.source_notes.just_copied(source)
        warning = (self._colleague_warning() or "") if just_copied else ""
        self.source_field.show_state(composition, reveal=reveal, warning=warning)
        self.content_field.show_state(composition, reveal=reveal)
        self.preview_panel.show_composition(composition)
