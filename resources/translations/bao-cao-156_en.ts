<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Soạn đúng tin nhắn báo cáo tin nhắn rác, cuộc gọi rác và cuộc gọi lừa đảo gửi 156 hoặc 5656. Ứng dụng không dùng mạng và không tự gửi gì.&lt;/p&gt;&lt;p&gt;Theo Công văn tháng 01/2024 của Sở Giáo dục và Đào tạo tỉnh Đắk Lắk, thực hiện Công văn số 153/STTTT-TTra ngày 29/01/2024 của Sở Thông tin và Truyền thông.&lt;/p&gt;&lt;p&gt;Giấy phép MIT. Dùng Qt for Python (PySide6) theo LGPLv3, phonenumbers theo Apache 2.0, segno theo BSD. Toàn văn giấy phép nằm trong thư mục &lt;i&gt;resources/licenses&lt;/i&gt; của bản cài đặt.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Writes correct reports of spam SMS, spam calls and scam calls for 156 or 5656. The app uses no network and sends nothing by itself.&lt;/p&gt;&lt;p&gt;Following the January 2024 letter of the Department of Education and Training of Dak Lak province, issued under Letter No. 153/STTTT-TTra of 29 January 2024 of the Department of Information and Communications.&lt;/p&gt;&lt;p&gt;MIT License. Uses Qt for Python (PySide6) under the LGPLv3, phonenumbers under Apache 2.0 and segno under the BSD licence. The full licence texts are in the &lt;i&gt;resources/licenses&lt;/i&gt; folder of the installation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Giới thiệu {app}</source>
        <translation>About {app}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Tin nhắn rác</source>
        <extracomment>The kinds by their keyword, as people call them.</extracomment>
        <translation>Spam SMS</translation>
    </message>
    <message>
        <source>Cuộc gọi rác</source>
        <translation>Spam call</translation>
    </message>
    <message>
        <source>Cuộc gọi lừa đảo</source>
        <translation>Scam call</translation>
    </message>
    <message>
        <source>Báo cáo tin nhắn rác</source>
        <extracomment>The summary&apos;s title for each kind: one line on an A4 page.</extracomment>
        <translation>Report of a spam SMS</translation>
    </message>
    <message>
        <source>Báo cáo cuộc gọi rác</source>
        <translation>Report of a spam call</translation>
    </message>
    <message>
        <source>Báo cáo cuộc gọi lừa đảo</source>
        <translation>Report of a scam call</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <extracomment>The CSV file&apos;s header row, in Vietnamese (translated through ``translate``).</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Số / người gửi</source>
        <translation>Number / sender</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Gửi tới</source>
        <translation>Send to</translation>
    </message>
    <message>
        <source>Nhận cuộc gọi / tin nhắn lúc</source>
        <translation>Call / SMS received at</translation>
    </message>
    <message>
        <source>Số điện thoại / người gửi</source>
        <translation>Phone number / sender</translation>
    </message>
    <message>
        <source>Tin nhắn báo cáo</source>
        <translation>Report message</translation>
    </message>
    <message>
        <source>Soạn báo cáo lúc</source>
        <translation>Report written at</translation>
    </message>
    <message>
        <source>Người báo cáo</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Người báo cáo (ký, ghi rõ họ tên)</source>
        <translation>Reporter (signature and full name)</translation>
    </message>
    <message>
        <source>Lập bằng Báo cáo 156 {version}.</source>
        <translation>Made with Báo cáo 156 {version}.</translation>
    </message>
    <message>
        <source>%H:%M ngày %d/%m/%Y</source>
        <extracomment>strftime format of a time on the summary; translated, since word order differs.</extracomment>
        <translation>%H:%M on %d/%m/%Y</translation>
    </message>
    <message>
        <source>Nhật ký báo cáo</source>
        <extracomment>The worksheet&apos;s tab.</extracomment>
        <translation>Report log</translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message>
        <source>Số điện thoại hoặc tên người gửi tin nhắn rác</source>
        <translation>Phone number or sender name of the spam SMS</translation>
    </message>
    <message>
        <source>Ví dụ: 0912 345 678 hoặc VIETTEL</source>
        <translation>For example: 0912 345 678 or VIETTEL</translation>
    </message>
    <message>
        <source>Nội dung tin nhắn rác</source>
        <translation>Content of the spam SMS</translation>
    </message>
    <message>
        <source>Ví dụ: Quảng cáo vay tiền nhanh, kèm đường link lạ</source>
        <translation>For example: Quick loan advert with a strange link</translation>
    </message>
    <message>
        <source>Số điện thoại đã gọi cuộc gọi rác</source>
        <translation>Phone number that made the spam call</translation>
    </message>
    <message>
        <source>Ví dụ: 0912 345 678</source>
        <translation>For example: 0912 345 678</translation>
    </message>
    <message>
        <source>Nội dung cuộc gọi rác</source>
        <translation>Content of the spam call</translation>
    </message>
    <message>
        <source>Ví dụ: Gọi mời mua bảo hiểm nhiều lần trong ngày</source>
        <translation>For example: Called several times a day selling insurance</translation>
    </message>
    <message>
        <source>Số điện thoại đã gọi lừa đảo</source>
        <translation>Phone number that made the scam call</translation>
    </message>
    <message>
        <source>Nội dung cuộc gọi lừa đảo</source>
        <translation>Content of the scam call</translation>
    </message>
    <message>
        <source>Ví dụ: Mạo danh công an tỉnh, đòi chuyển tiền để không bị khóa SIM</source>
        <translation>For example: Posed as provincial police, asked for money to keep the SIM open</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Dấu hiệu lừa đảo và cách báo cáo</source>
        <extracomment>How long the organisation&apos;s guidance file may take to read before the notice. Something the user should know about the guidance shown (the organisation&apos;s file could not be used).</extracomment>
        <translation>Warning signs of scams and how to report them</translation>
    </message>
    <message>
        <source>Đọc bằng các phím mũi tên; F1 ẩn hoặc hiện khung này</source>
        <translation>Read it with the arrow keys; F1 hides or shows this panel</translation>
    </message>
    <message>
        <source>Tệp cảnh báo của đơn vị không trả lời sau {seconds} giây: đang hiện nội dung đi kèm ứng dụng.</source>
        <translation>Your organisation&apos;s warning file did not answer within {seconds} seconds: showing the text that comes with the app.</translation>
    </message>
    <message>
        <source>không mở được</source>
        <translation>could not be opened</translation>
    </message>
    <message>
        <source>không phải một tệp văn bản</source>
        <translation>is not a text file</translation>
    </message>
    <message>
        <source>lớn hơn {size} kB</source>
        <translation>is larger than {size} kB</translation>
    </message>
    <message>
        <source>không được lưu dạng UTF-8</source>
        <translation>is not saved as UTF-8</translation>
    </message>
    <message>
        <source>trống</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>Tệp cảnh báo của đơn vị {reason}: đang hiện nội dung đi kèm ứng dụng.</source>
        <translation>Your organisation&apos;s warning file {reason}: showing the text that comes with the app.</translation>
    </message>
    <message>
        <source>Không đọc được nội dung cảnh báo đi kèm ứng dụng. Hãy nhờ bộ phận IT cài đặt lại.

Cú pháp báo cáo gửi 156 hoặc 5656:
S &lt;số&gt; &lt;nội dung&gt;: tin nhắn rác
V &lt;số&gt; &lt;nội dung&gt;: cuộc gọi rác
LD &lt;số&gt; &lt;nội dung&gt;: cuộc gọi lừa đảo</source>
        <translation>The warning text that comes with the app cannot be read. Please ask IT to reinstall the app.

Report syntax, sent to 156 or 5656:
S &lt;number&gt; &lt;content&gt;: spam SMS
V &lt;number&gt; &lt;content&gt;: spam call
LD &lt;number&gt; &lt;content&gt;: scam call</translation>
    </message>
</context>
<context>
    <name>KindSelector</name>
    <message>
        <source>Báo cáo:</source>
        <extracomment>A kind was chosen (clicked, or set), even the one already chosen.</extracomment>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Bạn muốn báo cáo gì?</source>
        <translation>What do you want to report?</translation>
    </message>
    <message>
        <source>Tin nhắn rác (S)</source>
        <extracomment>Each kind&apos;s keyboard shortcut: its button&apos;s and its menu item&apos;s.</extracomment>
        <translation>Spam SMS (S)</translation>
    </message>
    <message>
        <source>Cuộc gọi rác (V)</source>
        <translation>Spam call (V)</translation>
    </message>
    <message>
        <source>Cuộc gọi lừa đảo (LD)</source>
        <translation>Scam call (LD)</translation>
    </message>
    <message>
        <source>Chọn loại báo cáo này — {shortcut}</source>
        <translation>Choose this kind of report — {shortcut}</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Nhật ký báo cáo</source>
        <extracomment>The widest text of each fixed column, so the columns keep their width whatever is shown. A report was copied again: its message.</extracomment>
        <translation>Report log</translation>
    </message>
    <message>
        <source>Tìm trong nhật ký</source>
        <extracomment>The files made from the log: exports and summaries.</extracomment>
        <translation>Search the log</translation>
    </message>
    <message>
        <source>Tìm số điện thoại hoặc nội dung…</source>
        <translation>Search for a number or content…</translation>
    </message>
    <message>
        <source>Gõ một phần số hoặc nội dung, có dấu hay không dấu đều được</source>
        <translation>Type part of a number or of the content, with or without diacritics</translation>
    </message>
    <message>
        <source>Xóa ô tìm</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Các báo cáo đã sao chép</source>
        <translation>Reports copied</translation>
    </message>
    <message>
        <source>Enter sao chép lại báo cáo đang chọn</source>
        <translation>Enter copies the chosen report again</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Gửi tới</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Hoàn tác xóa</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>Lấy lại báo cáo vừa xóa — Ctrl+Z</source>
        <translation>Bring back the report just deleted — Ctrl+Z</translation>
    </message>
    <message>
        <source>Sao chép lại</source>
        <translation>Copy again</translation>
    </message>
    <message>
        <source>Đưa tin nhắn của báo cáo đang chọn vào bộ nhớ tạm</source>
        <translation>Put the chosen report&apos;s message on the clipboard</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>In bản tóm tắt một trang của báo cáo đang chọn</source>
        <translation>Print a one-page summary of the chosen report</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Lưu bản tóm tắt của báo cáo đang chọn thành tệp PDF</source>
        <translation>Save a summary of the chosen report as a PDF file</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Xóa báo cáo đang chọn khỏi nhật ký (có thể hoàn tác)</source>
        <translation>Delete the chosen report from the log (can be undone)</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Lưu cả nhật ký thành tệp Excel (.xlsx): số điện thoại giữ số 0 đầu</source>
        <translation>Save the whole log as an Excel workbook (.xlsx): phone numbers keep their leading 0</translation>
    </message>
    <message>
        <source>Xuất CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Lưu cả nhật ký thành tệp CSV cho các chương trình khác</source>
        <translation>Save the whole log as a CSV file for other programs</translation>
    </message>
    <message>
        <source>Xóa hết…</source>
        <translation>Clear all…</translation>
    </message>
    <message>
        <source>Xóa mọi báo cáo trong nhật ký, sau khi hỏi lại</source>
        <translation>Delete every report in the log, after asking again</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đóng nhật ký</source>
        <translation>Close the log</translation>
    </message>
    <message>
        <source>Trở lại cửa sổ báo cáo — Esc</source>
        <translation>Back to the report window — Esc</translation>
    </message>
    <message>
        <source>{count} báo cáo</source>
        <translation>{count} reports</translation>
    </message>
    <message>
        <source> · {count} dòng không đọc được, đã bỏ qua</source>
        <translation> · {count} unreadable rows left out</translation>
    </message>
    <message>
        <source>Đã sao chép: {message}</source>
        <translation>Copied: {message}</translation>
    </message>
    <message>
        <source>Đã xóa báo cáo {source} lúc {time}. Bấm «Hoàn tác» (Ctrl+Z) để lấy lại.</source>
        <translation>Deleted the report of {source} at {time}. Click “Undo” (Ctrl+Z) to bring it back.</translation>
    </message>
    <message>
        <source>Đã lấy lại báo cáo {source}.</source>
        <translation>Brought back the report of {source}.</translation>
    </message>
    <message>
        <source>Xóa hết nhật ký</source>
        <translation>Clear the log</translation>
    </message>
    <message>
        <source>Xóa tất cả báo cáo trong nhật ký? Không thể hoàn tác.</source>
        <translation>Delete every report in the log? This cannot be undone.</translation>
    </message>
    <message>
        <source>Đã xóa hết nhật ký.</source>
        <translation>The log is now empty.</translation>
    </message>
</context>
<context>
    <name>LogFiles</name>
    <message>
        <source>CSV (*.csv)</source>
        <extracomment>The save dialog and the print dialog; tests put in their own answers.</extracomment>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sổ làm việc Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Xuất nhật ký</source>
        <translation>Export the log</translation>
    </message>
    <message>
        <source>Đã gửi bản tóm tắt tới máy in.</source>
        <translation>The summary was sent to the printer.</translation>
    </message>
    <message>
        <source>Lưu bản tóm tắt</source>
        <translation>Save the summary</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Không lưu được tệp {path}: {error}</source>
        <translation>Could not save {path}: {error}</translation>
    </message>
    <message>
        <source>Đã lưu {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
<context>
    <name>LogKeeper</name>
    <message>
        <source>Nhật ký đã rảnh: các báo cáo giữ lại đã được ghi.</source>
        <extracomment>How often reports kept while the log was busy are tried again. Something the user should read once (in the status bar). Reports kept while the log was busy have now been written.</extracomment>
        <translation>The log is free again: the reports kept meanwhile have been written.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tin nhắn rác, cuộc gọi lừa đảo</source>
        <extracomment>How long a confirmation stays in the status bar. The start-up work waits for the window&apos;s first paint, but no longer than this (a window started minimised is not painted until it is restored). Start-up has finished: the window is painted and the work that could wait is done.</extracomment>
        <translation>Spam and scam calls</translation>
    </message>
    <message>
        <source>Bộ phận IT đã đặt sẵn ngôn ngữ.</source>
        <translation>IT has set the language.</translation>
    </message>
    <message>
        <source>Bản cài đặt này không có giao diện {language}.</source>
        <translation>This installation has no {language} interface.</translation>
    </message>
    <message>
        <source>Nhật ký đang tắt (menu Nhật ký).</source>
        <translation>The log is turned off (Log menu).</translation>
    </message>
    <message>
        <source>Chỉ dán {kept} trong {pasted} ký tự: nội dung báo cáo dài nhất {limit} ký tự.</source>
        <translation>Pasted {kept} of {pasted} characters: a report&apos;s content is at most {limit} characters.</translation>
    </message>
    <message>
        <source>Đã sao chép: {message} — gửi tin nhắn này tới {destination}.</source>
        <translation>Copied: {message} — send this message to {destination}.</translation>
    </message>
    <message>
        <source>Đã lưu vào nhật ký.</source>
        <translation>Kept in the log.</translation>
    </message>
    <message>
        <source>Nhật ký đang bận: báo cáo được giữ lại và sẽ ghi sau ít giây.</source>
        <translation>The log is busy: the report is kept and will be written in a few seconds.</translation>
    </message>
    <message>
        <source>Đã sao chép cảnh báo cho đồng nghiệp — dán vào nhóm chat của cơ quan: {text}</source>
        <translation>Warning for colleagues copied — paste it into your office&apos;s chat group: {text}</translation>
    </message>
    <message>
        <source>Chưa sao chép: {reason}</source>
        <translation>Not copied: {reason}</translation>
    </message>
</context>
<context>
    <name>OfferButton</name>
    <message>
        <source>Dùng số được gợi ý</source>
        <extracomment>The offer was taken: the text to put in the field.</extracomment>
        <translation>Use the suggested number</translation>
    </message>
    <message>
        <source>Dùng {offer}</source>
        <translation>Use {offer}</translation>
    </message>
    <message>
        <source>Thay ô số điện thoại bằng {offer} (Ctrl+Z để hoàn tác)</source>
        <translation>Replace the phone number field with {offer} (Ctrl+Z to undo)</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Tin nhắn báo cáo</source>
        <extracomment>How long typing must pause before the QR code is redrawn. Anything that changes the message or where it goes. The user asked to copy. The user chose a destination.</extracomment>
        <translation>Report message</translation>
    </message>
    <message>
        <source>Bộ phận IT đã đặt sẵn số nhận báo cáo.</source>
        <translation>IT has set the number reports go to.</translation>
    </message>
    <message>
        <source>&lt;số điện thoại&gt;</source>
        <translation>&lt;phone number&gt;</translation>
    </message>
    <message>
        <source>&lt;nội dung&gt;</source>
        <translation>&lt;content&gt;</translation>
    </message>
    <message>
        <source>Gửi tới {destination} (miễn phí): quét mã QR hoặc soạn đúng tin này.</source>
        <translation>Send to {destination} (free): scan the QR code or type this message.</translation>
    </message>
    <message>
        <source>Điền số và nội dung; tin nhắn gửi tới {destination} (miễn phí).</source>
        <translation>Fill in the number and content; it goes to {destination} (free).</translation>
    </message>
    <message>
        <source>Sửa chỗ được báo ở trên; tin nhắn gửi tới {destination} (miễn phí).</source>
        <translation>Fix what is marked above; the message goes to {destination} (free).</translation>
    </message>
    <message>
        <source>Đúng tin nhắn sẽ được sao chép khi bấm Ctrl+Enter</source>
        <translation>Exactly the message that Ctrl+Enter copies</translation>
    </message>
    <message>
        <source>Bỏ dấu</source>
        <translation>No diacritics</translation>
    </message>
    <message>
        <source>Bỏ dấu tiếng Việt trong nội dung</source>
        <translation>Remove Vietnamese diacritics from the content</translation>
    </message>
    <message>
        <source>Viết nội dung không dấu để vừa một tin nhắn — Ctrl+D</source>
        <translation>Write the content without diacritics to fit one SMS — Ctrl+D</translation>
    </message>
    <message>
        <source>Gửi tới:</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <source>Số nhận báo cáo</source>
        <translation>Report number</translation>
    </message>
    <message>
        <source>Gửi tới {number}</source>
        <translation>Send to {number}</translation>
    </message>
    <message>
        <source>Số nhận báo cáo (miễn phí)</source>
        <translation>Number that receives reports (free of charge)</translation>
    </message>
    <message>
        <source>Sao chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Sao chép tin nhắn báo cáo</source>
        <translation>Copy the report message</translation>
    </message>
    <message>
        <source>Sao chép tin nhắn báo cáo — Ctrl+Enter</source>
        <translation>Copy the report message — Ctrl+Enter</translation>
    </message>
    <message>
        <source>Phóng to mã</source>
        <translation>Enlarge</translation>
    </message>
    <message>
        <source>Phóng to mã QR</source>
        <translation>Enlarge the QR code</translation>
    </message>
    <message>
        <source>Quét mã bằng camera điện thoại để mở tin nhắn báo cáo đã soạn sẵn; bấm để xem mã cỡ lớn, dễ quét hơn — Ctrl+R</source>
        <translation>Scan the code with the phone&apos;s camera to open the report, ready to send; click for a larger code that scans more easily — Ctrl+R</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Chưa nhập số điện thoại.</source>
        <extracomment>The numbers reports are sent to; never the source of a report. Longer than any number a person could mean; past this the text is not parsed at all. E.164 allows at most 15 digits; more means several numbers were pasted together.</extracomment>
        <translation>No phone number yet.</translation>
    </message>
    <message>
        <source>Chỉ ghi số điện thoại, không ghi tên hay ghi chú bên cạnh.</source>
        <translation>Write the phone number only, without a name or a note beside it.</translation>
    </message>
    <message>
        <source>Quá dài để là một số điện thoại ({length} ký tự). Mỗi báo cáo chỉ ghi một số.</source>
        <translation>Too long for a phone number ({length} characters). Each report names one number.</translation>
    </message>
    <message>
        <source>{count} chữ số là quá nhiều cho một số điện thoại. Mỗi báo cáo chỉ ghi một số.</source>
        <translation>{count} digits are too many for one phone number. Each report names one number.</translation>
    </message>
    <message>
        <source>Dấu + chỉ viết một lần, ở đầu số: +84 912 345 678. Hãy xóa dấu + thừa.</source>
        <translation>Write + once, at the start: +84 912 345 678. Delete the extra +.</translation>
    </message>
    <message>
        <source>Số điện thoại có ký tự không dùng được: {characters}. Chỉ gõ chữ số, dấu cách và + . - ( ).</source>
        <translation>The phone number has characters that cannot be used: {characters}. Type only digits, spaces and + . - ( ).</translation>
    </message>
    <message>
        <source>Số điện thoại chưa có chữ số nào.</source>
        <translation>The phone number has no digits yet.</translation>
    </message>
    <message>
        <source>Số điện thoại có chữ cái ({letters}). Hãy gõ lại đúng các chữ số: chữ cái không được tự đổi thành số.</source>
        <translation>The phone number has letters ({letters}). Type the digits exactly: letters are not turned into digits.</translation>
    </message>
    <message>
        <source>Cuộc gọi luôn đến từ một số điện thoại: hãy nhập số, không nhập tên.</source>
        <translation>Calls always come from a phone number: type the number, not a name.</translation>
    </message>
    <message>
        <source>Tên người gửi chỉ gồm 1–11 chữ cái không dấu, chữ số hoặc . - _ (ví dụ VIETTEL), không có dấu cách.</source>
        <translation>A sender name has 1–11 plain letters, digits or . - _ (for example VIETTEL), with no spaces.</translation>
    </message>
    <message>
        <source>Đầu số ngắn {number} chỉ dùng cho tin nhắn rác (S). Cuộc gọi đến từ một số điện thoại đầy đủ.</source>
        <translation>The short code {number} is only for spam SMS (S). Calls come from a full phone number.</translation>
    </message>
    <message>
        <source>Nếu đây là số cố định cũ của TP. Hồ Chí Minh (đầu 08 trước năm 2017), số nay là {number}.</source>
        <extracomment>11-digit mobile prefixes renumbered to 10 digits in 2018, old → new. Hồ Chí Minh City&apos;s and Hà Nội&apos;s two-digit area codes, renumbered in 2017 (8 digits followed them), old → new.</extracomment>
        <translation>If this is an old Ho Chi Minh City landline (area code 08 before 2017), the number today is {number}.</translation>
    </message>
    <message>
        <source>Nếu đây là số cố định cũ của Hà Nội (đầu 04 trước năm 2017), số nay là {number}.</source>
        <translation>If this is an old Hanoi landline (area code 04 before 2017), the number today is {number}.</translation>
    </message>
    <message>
        <source>Đầu 08 của TP. Hồ Chí Minh đã đổi thành 028 từ năm 2017: số nay là {number}.</source>
        <translation>Ho Chi Minh City&apos;s area code 08 became 028 in 2017: the number today is {number}.</translation>
    </message>
    <message>
        <source>Đầu 04 của Hà Nội đã đổi thành 024 từ năm 2017: số nay là {number}.</source>
        <translation>Hanoi&apos;s area code 04 became 024 in 2017: the number today is {number}.</translation>
    </message>
    <message>
        <source>Số di động 11 chữ số đã đổi sang 10 chữ số từ năm 2018. Hãy nhập số mới.</source>
        <translation>11-digit mobile numbers became 10-digit numbers in 2018. Type the new number.</translation>
    </message>
    <message>
        <source>Số 11 chữ số đầu {old} đã đổi sang đầu {new} từ năm 2018. Hãy nhập {suggestion}.</source>
        <translation>11-digit numbers starting {old} now start {new}, since 2018. Type {suggestion}.</translation>
    </message>
    <message>
        <source>Đầu số này chưa có trong danh sách đã biết — hãy so lại từng chữ số với điện thoại.</source>
        <translation>This prefix is not in the list of known numbers yet — check every digit against the phone.</translation>
    </message>
    <message>
        <source>{number} là số nhận báo cáo, không phải số vi phạm. Hãy nhập số đã nhắn tin hoặc gọi cho bạn.</source>
        <translation>{number} is where reports go, not the offending number. Type the number that texted or called you.</translation>
    </message>
    <message>
        <source>Không phải số điện thoại hợp lệ ({count} chữ số). Số di động Việt Nam có 10 chữ số, ví dụ 0912345678; số nước ngoài bắt đầu bằng +.</source>
        <translation>Not a valid phone number ({count} digits). Vietnamese mobile numbers have 10 digits, for example 0912345678; foreign numbers start with +.</translation>
    </message>
    <message>
        <source>Chưa nhập nội dung: ghi ngắn gọn tin nhắn hoặc cuộc gọi đã nói gì.</source>
        <extracomment>Where reports are sent by SMS; both are free of charge.</extracomment>
        <translation>No content yet: say briefly what the message or the call said.</translation>
    </message>
    <message>
        <source>Nội dung quá dài ({length} ký tự, tối đa {limit}). Hãy rút gọn.</source>
        <translation>The content is too long ({length} characters, at most {limit}). Please shorten it.</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <source>Mã QR của tin nhắn báo cáo</source>
        <extracomment>Device pixels per module when the screen has room; never fewer than MIN_MODULE_PIXELS.</extracomment>
        <translation>QR code of the report message</translation>
    </message>
    <message>
        <source>Quét bằng camera điện thoại: tin nhắn gửi {destination} được soạn sẵn.</source>
        <translation>Scan with the phone&apos;s camera: the message to {destination} is written for you.</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>Mã QR của tin nhắn báo cáo</source>
        <extracomment>The inline code&apos;s side, in pixels at 100 % scaling: a version 4 code (the short reports) with its quiet zone, 41 modules, at 3 pixels each. Longer reports open larger (Ctrl+R). The fewest device pixels per module a phone&apos;s camera reads reliably from a screen. The code was clicked: the user wants it larger.</extracomment>
        <translation>QR code of the report message</translation>
    </message>
    <message>
        <source>Mã QR mở tin nhắn: {text}</source>
        <translation>QR code that opens the message: {text}</translation>
    </message>
</context>
<context>
    <name>ReportLog</name>
    <message>
        <source>Nhật ký được tạo bởi phiên bản mới hơn của ứng dụng; hãy cập nhật Báo cáo 156 để dùng lại nhật ký.</source>
        <extracomment>How long a write waits for another writer of the log. Short: typing and copying never wait on the log; a report that could not be written yet is kept and written later. How many entries a listing reads at a time: the log window reads more as it scrolls.</extracomment>
        <translation>The log was made by a newer version of the app; update Báo cáo 156 to use the log again.</translation>
    </message>
    <message>
        <source>{path} là một thư mục, không phải tệp nhật ký.</source>
        <translation>{path} is a folder, not a log file.</translation>
    </message>
    <message>
        <source>Tệp nhật ký bị hỏng nên đã được cất sang {name}, và một nhật ký mới đã được tạo.</source>
        <translation>The log file was damaged, so it was set aside as {name} and a new log was started.</translation>
    </message>
    <message>
        <source>Nhật ký đang bận (một cửa sổ khác của ứng dụng đang ghi): báo cáo được giữ lại và sẽ ghi khi nhật ký rảnh.</source>
        <translation>The log is busy (another window of the app is writing): the report is kept and will be written when the log is free.</translation>
    </message>
    <message>
        <source>Không ghi được nhật ký vào {folder} ({error}). Ứng dụng vẫn soạn và sao chép báo cáo bình thường, nhưng không lưu nhật ký.</source>
        <translation>Cannot write the log in {folder} ({error}). The app still writes and copies reports as usual, but keeps no log.</translation>
    </message>
</context>
<context>
    <name>ReporterDialog</name>
    <message>
        <source>Thông tin in trên bản tóm tắt</source>
        <extracomment>Wide enough for a school&apos;s or an office&apos;s full name.</extracomment>
        <translation>Details printed on the summary</translation>
    </message>
    <message>
        <source>Họ tên và đơn vị được in trên bản tóm tắt, để nộp cho công an hoặc cơ quan quản lý. Có thể để trống và viết tay sau.</source>
        <translation>The name and unit are printed on the summary, to hand to the police or the authorities. They may be left empty and written by hand later.</translation>
    </message>
    <message>
        <source>Họ tên người báo cáo</source>
        <translation>Reporter&apos;s full name</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Nhận cuộc gọi hoặc tin nhắn lúc</source>
        <translation>Call or SMS received at</translation>
    </message>
    <message>
        <source>&amp;Họ tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Đơn &amp;vị:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Nhận cuộc gọi / tin nhắn lúc:</source>
        <translation>&amp;Call / SMS received at:</translation>
    </message>
</context>
<context>
    <name>SmsMeter</name>
    <message>
        <source>không dấu (GSM-7)</source>
        <translation>plain letters (GSM-7)</translation>
    </message>
    <message>
        <source>có dấu (Unicode)</source>
        <translation>with diacritics (Unicode)</translation>
    </message>
    <message>
        <source>{characters} ký tự · {encoding} · 1 tin nhắn (còn {left} ký tự)</source>
        <translation>{characters} characters · {encoding} · 1 SMS ({left} characters left)</translation>
    </message>
    <message>
        <source>{characters} ký tự · {encoding} · {parts} tin nhắn, gửi thành {parts} tin.</source>
        <translation>{characters} characters · {encoding} · {parts} SMS, sent as {parts} messages.</translation>
    </message>
    <message>
        <source>Bật «Bỏ dấu» (Ctrl+D) để gọn hơn.</source>
        <translation>“No diacritics” (Ctrl+D) makes it shorter.</translation>
    </message>
</context>
<context>
    <name>SourceField</name>
    <message>
        <source>Xóa số đã nhập</source>
        <translation>Clear the number</translation>
    </message>
</context>
<context>
    <name>SourceNotes</name>
    <message>
        <source>Sao chép cảnh báo</source>
        <extracomment>The fix offered was taken: the text to put in the number field. The user asked to copy the warning for colleagues. Where to learn how often a source was reported before (the report log). The source just reported, and its repeats from before that report.</extracomment>
        <translation>Copy warning</translation>
    </message>
    <message>
        <source>Sao chép cảnh báo cho đồng nghiệp</source>
        <translation>Copy a warning for colleagues</translation>
    </message>
    <message>
        <source>✓ {type}: ghi là {source}</source>
        <translation>✓ {type}: written as {source}</translation>
    </message>
    <message>
        <source>⚠ {type}: ghi là {source}. {caution}</source>
        <translation>⚠ {type}: written as {source}. {caution}</translation>
    </message>
    <message>
        <source>⚠ Vừa báo cáo; trước đó đã báo cáo {count} lần, gần nhất lúc {time}.</source>
        <translation>⚠ Just reported; reported before: {count}×, last at {time}.</translation>
    </message>
    <message>
        <source>⚠ Số này đã được báo cáo {count} lần, lần gần nhất lúc {time}.</source>
        <translation>⚠ This number was reported before: {count}×, last at {time}.</translation>
    </message>
    <message>
        <source>✓ Vừa báo cáo số này.</source>
        <translation>✓ This number was just reported.</translation>
    </message>
    <message>
        <source>Sao chép lời cảnh báo này cho nhóm chat của cơ quan — Ctrl+Shift+C:</source>
        <translation>Copy this warning for your office&apos;s chat group — Ctrl+Shift+C:</translation>
    </message>
    <message>
        <source>Số di động Việt Nam</source>
        <translation>Vietnamese mobile number</translation>
    </message>
    <message>
        <source>Số cố định Việt Nam</source>
        <translation>Vietnamese landline</translation>
    </message>
    <message>
        <source>Tổng đài 1800/1900</source>
        <translation>1800/1900 service number</translation>
    </message>
    <message>
        <source>Số Việt Nam</source>
        <translation>Vietnamese number</translation>
    </message>
    <message>
        <source>Số nước ngoài</source>
        <translation>Foreign number</translation>
    </message>
    <message>
        <source>Đầu số ngắn</source>
        <translation>Short code</translation>
    </message>
    <message>
        <source>Tên người gửi</source>
        <translation>Sender name</translation>
    </message>
</context>
<context>
    <name>TemplatesButton</name>
    <message>
        <source>Mẫu nội dung</source>
        <extracomment>A template was chosen (a desktop.templates.Template).</extracomment>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Mẫu nội dung theo công văn</source>
        <translation>Content templates from the circular</translation>
    </message>
    <message>
        <source>Chèn một câu mẫu theo các tình huống trong công văn — Ctrl+T</source>
        <translation>Insert a phrase for one of the circular&apos;s scenarios — Ctrl+T</translation>
    </message>
    <message>
        <source>Không đọc được các mẫu nội dung: hãy nhờ IT cài đặt lại.</source>
        <translation>The content templates cannot be read: please ask IT to reinstall the app.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Sao chép tin nhắn báo cáo</source>
        <translation>Copy the report message</translation>
    </message>
    <message>
        <source>Sao chép cảnh báo cho đồng nghiệp</source>
        <translation>Copy a warning for colleagues</translation>
    </message>
    <message>
        <source>Đến ô số điện thoại</source>
        <translation>Go to the number field</translation>
    </message>
    <message>
        <source>Bỏ dấu trong nội dung</source>
        <translation>Content without diacritics</translation>
    </message>
    <message>
        <source>Phóng to mã QR</source>
        <translation>Enlarge the QR code</translation>
    </message>
    <message>
        <source>Chèn mẫu nội dung…</source>
        <translation>Insert a content template…</translation>
    </message>
    <message>
        <source>Dấu hiệu lừa đảo</source>
        <translation>Warning signs</translation>
    </message>
    <message>
        <source>Xem nhật ký báo cáo…</source>
        <translation>View the report log…</translation>
    </message>
    <message>
        <source>Lưu báo cáo vào nhật ký</source>
        <translation>Keep reports in the log</translation>
    </message>
    <message>
        <source>Bộ phận IT đã đặt sẵn.</source>
        <translation>Set by IT.</translation>
    </message>
    <message>
        <source>Giới thiệu Báo cáo 156…</source>
        <translation>About Báo cáo 156…</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Bộ phận IT đã đặt sẵn ngôn ngữ.</source>
        <translation>IT has set the language.</translation>
    </message>
    <message>
        <source>&amp;Báo cáo</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;Nhật ký</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ (Language)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
</context>
</TS>
