"""The one-click fix offered beside a field's message: "Dùng 028 3822 3344"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.ui.accessibility import explain


class OfferButton(QPushButton):
    """Shows the text the core offers for a field; clicked, it hands that text over."""

    #: The offer was taken: the text to put in the field.
    taken = Signal(str)

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.offer = ""
        self.setAccessibleName(self.tr("Dùng số được gợi ý"))  # named even while hidden
        self.setVisible(False)
        self.clicked.connect(lambda _checked=False: self.taken.emit(self.offer))

    def show_offer(self, offer: str) -> None:
        """Offer ``offer`` (the text the field would hold); an empty offer hides the button."""
        if offer == self.offer:
            return
        self.offer = offer
        self.setVisible(bool(offer))
        if offer:
            # The offer is the user's own text: a "&" in it is no shortcut.
            self.setText(self.tr("Dùng {offer}").format(offer=offer.replace("&", "&&")))
            self.setAccessibleName(self.tr("Dùng {offer}").format(offer=offer))
            explain(
                self,
                self.tr("Thay ô số điện thoại bằng {offer} (Ctrl+Z để hoàn tác)").format(
                    offer=offer
                ),
            )
