"""The About box: what the app is, its version, its licences and the circular it follows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import APP_NAME, __version__


def about_text() -> str:
    """What the About box says: version, licences and the circular's reference."""
    return QCoreApplication.translate(
        "About",
        "<h3>{app} {version}</h3>"
        "<p>Soạn đúng tin nhắn báo cáo tin nhắn rác, cuộc gọi rác và cuộc gọi lừa đảo gửi "
        "156 hoặc 5656. Ứng dụng không dùng mạng và không tự gửi gì.</p>"
        "<p>Theo Công văn tháng 01/2024 của Sở Giáo dục và Đào tạo tỉnh Đắk Lắk, thực hiện "
        "Công văn số 153/STTTT-TTra ngày 29/01/2024 của Sở Thông tin và Truyền thông.</p>"
        "<p>Giấy phép MIT. Dùng Qt for Python (PySide6) theo LGPLv3, phonenumbers theo "
        "Apache 2.0, segno theo BSD. Toàn văn giấy phép nằm trong thư mục "
        "<i>resources/licenses</i> của bản cài đặt.</p>",
    ).format(app=APP_NAME, version=__version__)


def show_about(parent: QWidget) -> None:
    """Show the About box over ``parent``."""
    title = QCoreApplication.translate("About", "Giới thiệu {app}").format(app=APP_NAME)
    QMessageBox.about(parent, title, about_text())
