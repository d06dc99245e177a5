"""What the window says under the number: how it was read (or what is wrong with it), a
one-click fix, whether it was reported before, and, right after a report, the offer to warn
colleagues."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.phone import SourceType
from desktop.ui.field_message import FieldMessage, Tone
from desktop.ui.offer_button import OfferButton
from desktop.ui.translation import translated

if TYPE_CHECKING:
    from desktop.phone import Source
    from desktop.report_log import Repeats


class SourceNotes(QObject):
    """The messages under the number field and the buttons beside them."""

    #: The fix offered was taken: the text to put in the number field.
    offer_taken = Signal(str)
    #: The user asked to copy the warning for colleagues.
    warning_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        #: Where to learn how often a source was reported before (the report log).
        self.repeats_of: Callable[[str], Repeats | None] = lambda _source: None
        #: The source just reported, and its repeats from before that report.
        self.reported: tuple[str | None, Repeats | None] = (None, None)
        self.message = FieldMessage("sourceMessage")
        self.offer = OfferButton("sourceOffer")
        self.offer.taken.connect(self.offer_taken)
        self.repeat_warning = FieldMessage("repeatWarning")
        self.warning_button = QPushButton(self.tr("Sao chép cảnh báo"))
        self.warning_button.setObjectName("copyWarning")
        self.warning_button.setAccessibleName(self.tr("Sao chép cảnh báo cho đồng nghiệp"))
        self.warning_button.setVisible(False)
        self.warning_button.clicked.connect(lambda _checked=False: self.warning_requested.emit())
        self.layout = QVBoxLayout()
        for message, button in (
            (self.message, self.offer),
            (self.repeat_warning, self.warning_button),
        ):
            row = QHBoxLayout()  # each button beside the message it belongs to
            row.addWidget(message, 1)
            row.addWidget(button)
            self.layout.addLayout(row)

    def show_source(self, source: Source) -> str:
        """Say how the number was read, in amber with its fix when it is to be checked;
        returns what was said."""
        type_name = self._type_names()[source.type]
        if source.caution is None:
            text = self.tr("✓ {type}: ghi là {source}").format(type=type_name, source=source.text)
            tone, offer = Tone.OK, ""
        else:  # taken, but to be checked: amber, not green
            text = self.tr("⚠ {type}: ghi là {source}. {caution}").format(
                type=type_name, source=source.text, caution=translated(source.caution.text)
            )
            tone, offer = Tone.WARNING, source.caution.offer
        self.message.show_text(text, tone)
        self.offer.show_offer(offer)
        return text

    def note_copy(self, source: str) -> None:
        """``source`` was just reported: from now on its repeats are those from before."""
        self.reported = (source, self.repeats_of(source))

    def forget_copy(self) -> None:
        """The number changed: the report just made is no longer the one shown."""
        self.reported = (None, None)

    def just_copied(self, source: str | None) -> bool:
        """Whether ``source`` is the one just reported."""
        return source is not None and source == self.reported[0]

    def show_repeats(self, source: str | None, *, warning: str) -> None:
        """Say whether ``source`` was reported before; right after its report (``warning``
        is then the warning for colleagues it makes), offer to copy that warning."""
        just_copied = self.just_copied(source)
        if source is None:
            repeats = None
        elif just_copied:  # the report just made is not a repeat: those from before it are
            repeats = self.reported[1]
        else:
            repeats = self.repeats_of(source)
        text, tone = "", Tone.WARNING
        if repeats is not None:
            template = (
                self.tr("⚠ Vừa báo cáo; trước đó đã báo cáo {count} lần, gần nhất lúc {time}.")
                if just_copied
                else self.tr("⚠ Số này đã được báo cáo {count} lần, lần gần nhất lúc {time}.")
            )
            text = template.format(
                count=repeats.count, time=repeats.last.strftime("%H:%M %d/%m/%Y")
            )
        elif just_copied:  # the report just made is not a repeat of anything
            text, tone = self.tr("✓ Vừa báo cáo số này."), Tone.OK
        # Right after a copy the status bar says what was done; this only stays in view.
        self.repeat_warning.show_text(text, tone, quietly=just_copied)
        self.warning_button.setVisible(just_copied and bool(warning))
        if just_copied and warning:
            # The Qt namespace is built on first use: right after a report, never at start.
            from PySide6.QtGui import Qt

            said = self.tr("Sao chép lời cảnh báo này cho nhóm chat của cơ quan — Ctrl+Shift+C:")
            preview = f"{said}\n\n{warning}"
            # The warning quotes the report: shown as the text it is, never as markup.
            self.warning_button.setToolTip(
                Qt.convertFromPlainText(preview, Qt.WhiteSpaceMode.WhiteSpaceNormal)
            )
            self.warning_button.setAccessibleDescription(preview)

    def _type_names(self) -> dict[SourceType, str]:
        return {
            SourceType.VN_MOBILE: self.tr("Số di động Việt Nam"),
            SourceType.VN_LANDLINE: self.tr("Số cố định Việt Nam"),
            SourceType.VN_SERVICE: self.tr("Tổng đài 1800/1900"),
            SourceType.VN_OTHER: self.tr("Số Việt Nam"),
            SourceType.FOREIGN: self.tr("Số nước ngoài"),
            SourceType.SHORT_CODE: self.tr("Đầu số ngắn"),
            SourceType.BRANDNAME: self.tr("Tên người gửi"),
        }
