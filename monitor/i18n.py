"""Dashboard strings in Vietnamese and English: ``t(key, lang)``.

Each key holds both languages side by side, so a string cannot exist in one only; a test checks
that every key a page uses is here. Missing keys show the key itself (visible, never a crash).
"""

from __future__ import annotations

from monitor.page_strings import PAGE_STRINGS

LANGS = ("vi", "en")

STRINGS: dict[str, dict[str, str]] = {
    # --- shell ---------------------------------------------------------------------------
    "app.title": {"vi": "Giám sát thông tin bầu cử", "en": "Election information monitor"},
    "app.language": {"vi": "Ngôn ngữ / Language", "en": "Language / Ngôn ngữ"},
    "app.demo_banner": {
        "vi": "Chế độ trình diễn: dữ liệu mẫu ngoại tuyến. Tài khoản: officer / officer-demo, manager / manager-demo, trainer / trainer-demo, admin / admin-demo.",
        "en": "Demo mode: bundled offline data. Accounts: officer / officer-demo, manager / manager-demo, trainer / trainer-demo, admin / admin-demo.",
    },
    "app.demo_accounts_on": {
        "vi": "Tài khoản trình diễn còn mật khẩu đã công bố: {users}. Ai đọc README cũng đăng nhập được. Đặt mật khẩu mới (Quản trị hoặc `python -m monitor users reset TÊN`) trước khi dùng thật.",
        "en": "Demo accounts with published passwords remain: {users}. Anyone who read the README can sign in. Set new passwords (Admin, or `python -m monitor users reset NAME`) before real use.",
    },
    "app.demo_accounts_off": {
        "vi": "Tài khoản trình diễn còn mật khẩu đã công bố: {users}. Chúng không đăng nhập được khi chế độ trình diễn tắt, cho đến khi được đặt mật khẩu mới.",
        "en": "Demo accounts with published passwords remain: {users}. They cannot sign in while demo mode is off, until they get new passwords.",
    },
    "app.signed_in_as": {"vi": "Đăng nhập: {user} ({role})", "en": "Signed in: {user} ({role})"},
    "app.logout": {"vi": "Đăng xuất", "en": "Log out"},
    "app.time_zone": {"vi": "Giờ hiển thị theo múi {zone}", "en": "Times shown in {zone}"},
    "app.alerts_badge": {"vi": "Cảnh báo chưa ai xem: {n}", "en": "Alerts nobody has seen yet: {n}"},
    "trends.alerts_panel": {
        "vi": "Cảnh báo đang mở: {n} (chưa ai xem: {unseen})",
        "en": "Open alerts: {n} ({unseen} not seen yet)",
    },
    "trends.pick_narrative": {
        "vi": "Chọn ít nhất một luận điệu để xem xu hướng.",
        "en": "Choose at least one narrative to see its trend.",
    },
    "app.config_error": {"vi": "Cấu hình lỗi: {error}", "en": "Configuration error: {error}"},
    "app.storage_error": {"vi": "Không mở được cơ sở dữ liệu: {error}", "en": "Cannot open the database: {error}"},
    "app.demo_loading": {
        "vi": "Đang nạp dữ liệu trình diễn lần đầu…",
        "en": "Loading the demo data for the first run…",
    },
    "app.demo_busy": {
        "vi": "Một phiên khác đang nạp dữ liệu trình diễn; trang này sẽ tự tiếp tục khi nạp xong.",
        "en": "Another session is loading the demo data; this page goes on by itself when it is done.",
    },
    "app.demo_failed": {
        "vi": "Không nạp được dữ liệu trình diễn: {error}",
        "en": "The demo data could not be loaded: {error}",
    },
    "app.demo_done": {"vi": "Đã nạp dữ liệu trình diễn.", "en": "Demo data loaded."},
    "app.empty_db": {
        "vi": "Cơ sở dữ liệu chưa có tin nào. Chạy `python -m monitor collect` để thu thập.",
        "en": "The database holds no items yet. Run `python -m monitor collect` to collect some.",
    },
    "nav.queue": {"vi": "Hàng đợi duyệt", "en": "Review queue"},
    "nav.trends": {"vi": "Xu hướng", "en": "Trends"},
    "nav.cases": {"vi": "Tình huống", "en": "Cases"},
    "nav.messages": {"vi": "Thông điệp chính thức", "en": "Approved messages"},
    "nav.sources": {"vi": "Nguồn tin", "en": "Sources"},
    "nav.model": {"vi": "Mô hình", "en": "Model"},
    "nav.admin": {"vi": "Quản trị", "en": "Admin"},
    "nav.login": {"vi": "Đăng nhập", "en": "Log in"},
    "role.officer": {"vi": "cán bộ duyệt tin", "en": "officer"},
    "role.manager": {"vi": "quản lý", "en": "manager"},
    "role.trainer": {"vi": "giảng viên", "en": "trainer"},
    "role.admin": {"vi": "quản trị viên", "en": "admin"},
    # --- login -----------------------------------------------------------------------------
    "login.title": {"vi": "Đăng nhập", "en": "Log in"},
    "login.username": {"vi": "Tên đăng nhập", "en": "Username"},
    "login.password": {"vi": "Mật khẩu", "en": "Password"},
    "login.submit": {"vi": "Đăng nhập", "en": "Log in"},
    "login.failed": {"vi": "Sai tên đăng nhập hoặc mật khẩu.", "en": "Unknown user or wrong password."},
    "login.locked": {
        "vi": "Đăng nhập sai quá nhiều lần; tài khoản tạm khóa. Hãy thử lại sau.",
        "en": "Too many failed logins; the account is locked for a while. Try again later.",
    },
    "login.expired": {
        "vi": "Phiên làm việc đã hết hạn; hãy đăng nhập lại.",
        "en": "Your session expired; please log in again.",
    },
    "login.demo_locked": {
        "vi": "Tài khoản trình diễn này dùng mật khẩu đã công bố và chế độ trình diễn đang tắt. Quản trị viên cần đặt mật khẩu mới: `python -m monitor users reset TÊN`.",
        "en": "This demo account has a published password and demo mode is off. An administrator must set a new password: `python -m monitor users reset NAME`.",
    },
    "login.signed_out": {
        "vi": "Bạn đã bị đăng xuất: tài khoản đã bị vô hiệu hóa hoặc không còn được dùng.",
        "en": "You were signed out: the account was disabled or may no longer be used.",
    },
    "login.no_users": {
        "vi": "Chưa có tài khoản nào. Tạo quản trị viên: `python -m monitor users add NAME --role admin`.",
        "en": "No accounts yet. Create an admin: `python -m monitor users add NAME --role admin`.",
    },
    "auth.bad_username": {
        "vi": "Tên đăng nhập gồm 2–100 chữ cái (có thể có dấu), chữ số hoặc . _ - @, không có dấu cách.",
        "en": "A username has 2–100 letters (accents allowed), digits or . _ - @, and no spaces.",
    },
    "auth.published_password": {
        "vi": "Mật khẩu này đã được công bố cho bản trình diễn; hãy chọn mật khẩu khác.",
        "en": "That password is published for the demo; choose another.",
    },
    "auth.short_password": {"vi": "Mật khẩu cần ít nhất {n} ký tự.", "en": "A password needs at least {n} characters."},
    "auth.not_allowed": {"vi": "Vai trò của bạn không được dùng trang này.", "en": "Your role may not use this page."},
    # --- common ----------------------------------------------------------------------------
    "common.none": {"vi": "(không có)", "en": "(none)"},
    "common.all": {"vi": "Tất cả", "en": "All"},
    "common.save": {"vi": "Lưu", "en": "Save"},
    "common.saved": {"vi": "Đã lưu.", "en": "Saved."},
    "common.download_csv": {"vi": "Tải CSV", "en": "Download CSV"},
    "common.download_xlsx": {"vi": "Tải XLSX", "en": "Download XLSX"},
    "common.download_docx": {"vi": "Tải DOCX", "en": "Download DOCX"},
    "common.download_pdf": {"vi": "Tải PDF", "en": "Download PDF"},
    "common.download_png": {"vi": "Tải ảnh PNG", "en": "Download PNG"},
    "common.choose": {"vi": "Chọn…", "en": "Choose…"},
    "common.error": {"vi": "Lỗi: {error}", "en": "Error: {error}"},
    "common.select": {"vi": "Chọn", "en": "Select"},
    "common.nothing_selected": {"vi": "Chưa chọn mục nào.", "en": "Nothing selected."},
    "col.id": {"vi": "Mã", "en": "ID"},
    "col.title": {"vi": "Tiêu đề", "en": "Title"},
    "col.source": {"vi": "Nguồn", "en": "Source"},
    "col.source_name": {"vi": "Nguồn", "en": "Source"},
    "col.kind": {"vi": "Loại", "en": "Kind"},
    "col.lang": {"vi": "Ngôn ngữ", "en": "Language"},
    "col.published_at": {"vi": "Thời gian", "en": "Published"},
    "col.narrative": {"vi": "Luận điệu", "en": "Narrative"},
    "col.score": {"vi": "Điểm", "en": "Score"},
    "col.status": {"vi": "Trạng thái", "en": "Status"},
    "col.url": {"vi": "Đường dẫn", "en": "Link"},
    "col.cluster_size": {"vi": "Bản sao", "en": "Copies"},
    "col.claim": {"vi": "Nội dung sai lệch", "en": "Claim"},
    "col.evidence": {"vi": "Dấu hiệu", "en": "Evidence"},
    "col.findings": {"vi": "Sai lệch so với dữ kiện", "en": "Distorted facts"},
    "col.approved_rebuttal": {"vi": "Thông điệp chính thức", "en": "Approved rebuttal"},
    "col.reviewer_note": {"vi": "Ghi chú của cán bộ duyệt", "en": "Reviewer's note"},
    "col.teaching_note": {"vi": "Ghi chú giảng dạy", "en": "Teaching note"},
    "col.weight": {"vi": "Trọng số", "en": "Weight"},
    "col.user": {"vi": "Người dùng", "en": "User"},
    "col.decision": {"vi": "Quyết định", "en": "Decision"},
    "col.note": {"vi": "Ghi chú", "en": "Note"},
    "col.at": {"vi": "Lúc", "en": "At"},
    "col.action": {"vi": "Hành động", "en": "Action"},
    "col.target": {"vi": "Đối tượng", "en": "Target"},
    "col.detail": {"vi": "Chi tiết", "en": "Detail"},
    "kind.news": {"vi": "báo chí", "en": "news"},
    "kind.social": {"vi": "mạng xã hội", "en": "social"},
    "kind.official": {"vi": "chính thức", "en": "official"},
    "status.flagged": {"vi": "chờ duyệt", "en": "flagged"},
    "status.confirmed": {"vi": "đã xác nhận", "en": "confirmed"},
    "status.dismissed": {"vi": "đã bỏ qua", "en": "dismissed"},
    "status.unflagged": {"vi": "không gắn cờ", "en": "unflagged"},
    "status.look": {
        "vi": "cần xem thêm (chưa đủ bằng chứng để gắn cờ)",
        "en": "needs a look (not enough evidence to flag)",
    },
    "status.new": {"vi": "mới", "en": "new"},
    # --- queue -----------------------------------------------------------------------------
    "views.title": {"vi": "Bộ lọc đã lưu", "en": "Saved views"},
    "views.open": {"vi": "Mở", "en": "Open"},
    "views.delete": {"vi": "Xóa", "en": "Delete"},
    "views.deleted": {"vi": "Đã xóa bộ lọc.", "en": "View deleted."},
    "views.opened": {"vi": "Đã mở bộ lọc “{name}”.", "en": "Opened view “{name}”."},
    "views.rename": {"vi": "Đổi tên", "en": "Rename"},
    "views.rename_do": {"vi": "Lưu tên mới", "en": "Save the new name"},
    "views.renamed": {"vi": "Đã đổi tên bộ lọc.", "en": "View renamed."},
    "views.save_title": {"vi": "Lưu bộ lọc", "en": "Save view"},
    "views.save_and_export": {"vi": "Lưu bộ lọc · Xuất toàn bộ", "en": "Save view · Export everything"},
    "views.name": {"vi": "Tên bộ lọc", "en": "View name"},
    "views.shared": {"vi": "Chia sẻ với nhóm", "en": "Share with the team"},
    "views.alert_threshold": {"vi": "Báo khi vượt (0 = không)", "en": "Alert above (0 = off)"},
    "views.alert_help": {
        "vi": "Gửi cảnh báo khi số tin mới khớp bộ lọc trong một giờ/ngày vượt con số này.",
        "en": "Raise an alert when more new items than this match the view in an hour/day.",
    },
    "views.alert_window": {"vi": "Trong", "en": "Per"},
    "views.window.hour": {"vi": "một giờ", "en": "hour"},
    "views.window.day": {"vi": "một ngày", "en": "day"},
    "views.save": {"vi": "Lưu bộ lọc hiện tại", "en": "Save current filters"},
    "views.saved": {"vi": "Đã lưu bộ lọc “{name}”.", "en": "Saved view “{name}”."},
    "downloads.format": {"vi": "Định dạng", "en": "Format"},
    "downloads.start_many": {
        "vi": "Xuất tất cả tin khớp (hơn {n}, chạy nền)",
        "en": "Export every match (more than {n}, in the background)",
    },
    "downloads.start": {"vi": "Xuất tất cả {n} tin (chạy nền)", "en": "Export all {n} items (in the background)"},
    "downloads.title": {"vi": "Tệp đã xuất", "en": "Downloads"},
    "downloads.get": {"vi": "Tải về", "en": "Download"},
    "downloads.status.queued": {"vi": "đang chờ", "en": "queued"},
    "downloads.status.running": {"vi": "đang chạy", "en": "running"},
    "downloads.status.done": {"vi": "xong", "en": "done"},
    "downloads.status.failed": {"vi": "lỗi", "en": "failed"},
    "queue.title": {"vi": "Hàng đợi duyệt tin", "en": "Review queue"},
    "queue.filters": {"vi": "Bộ lọc", "en": "Filters"},
    "queue.search": {"vi": "Tìm kiếm (có dấu hoặc không dấu)", "en": "Search (with or without accents)"},
    "queue.grouped": {
        "vi": "Gộp bản gần giống (mỗi câu chuyện một dòng)",
        "en": "Group near-duplicates (one row per story)",
    },
    "queue.story": {"vi": "×{copies} bản · {sources} nguồn", "en": "×{copies} copies · {sources} source{sources_s}"},
    "queue.whole_story": {
        "vi": "Áp dụng cho cả câu chuyện: {n} bản đang chờ duyệt ({items})",
        "en": "Apply to the whole story: {n} flagged copies ({items})",
    },
    "queue.search_exact": {"vi": "Đúng dấu", "en": "Exact accents"},
    "queue.search_exact_help": {
        "vi": "Dấu phải khớp đúng như đã gõ: “phạt” không tìm ra “phát”.",
        "en": "Accents must match as typed: “phạt” does not find “phát”.",
    },
    "queue.order": {"vi": "Thứ tự", "en": "Order"},
    "queue.order.priority": {"vi": "Ưu tiên cao trước (điểm, mới nhất)", "en": "Highest priority (score, recency)"},
    "queue.order.recent": {"vi": "Mới nhất trước", "en": "Most recent"},
    "queue.order.uncertain": {
        "vi": "Hữu ích nhất để duyệt (mô hình phân vân)",
        "en": "Most useful to review (uncertain)",
    },
    "queue.narratives": {"vi": "Luận điệu", "en": "Narratives"},
    "queue.sources": {"vi": "Nguồn", "en": "Sources"},
    "queue.kinds": {"vi": "Loại nguồn", "en": "Source kinds"},
    "queue.langs": {"vi": "Ngôn ngữ", "en": "Languages"},
    "queue.dates": {"vi": "Khoảng thời gian", "en": "Date range"},
    "queue.min_score": {"vi": "Điểm tối thiểu", "en": "Minimum score"},
    "queue.statuses": {"vi": "Trạng thái", "en": "Status"},
    "queue.count": {"vi": "{n} tin khớp bộ lọc", "en": "{n} items match"},
    "queue.count_grouped": {
        "vi": "{n} câu chuyện ({items} tin) khớp bộ lọc",
        "en": "{n} stories ({items} items) match",
    },
    "queue.count_many": {"vi": "Hơn {n} tin khớp bộ lọc", "en": "More than {n} items match"},
    "queue.count_exact": {"vi": "Đếm chính xác", "en": "Count exactly"},
    "queue.page": {"vi": "Trang", "en": "Page"},
    "queue.empty": {
        "vi": "Không còn tin nào cần duyệt với bộ lọc này.",
        "en": "Nothing left to review with these filters.",
    },
    "queue.bulk": {"vi": "Xử lý hàng loạt các tin đã chọn", "en": "Bulk action on the selected items"},
    "queue.bulk_decision": {"vi": "Quyết định", "en": "Decision"},
    "queue.bulk_note": {"vi": "Ghi chú chung cho các tin đã chọn", "en": "Note for all selected items"},
    "queue.bulk_apply": {"vi": "Áp dụng cho các tin đã chọn", "en": "Apply to selected"},
    "queue.open_item": {"vi": "Tin đang xem", "en": "Item under review"},
    "queue.item_of": {"vi": "{source} · {time} · {lang}", "en": "{source} · {time} · {lang}"},
    "queue.open_link": {"vi": "Mở bài gốc", "en": "Open original"},
    "queue.unsafe_link": {"vi": "Đường dẫn (không mở được trực tiếp):", "en": "Link (not opened directly):"},
    "queue.text": {"vi": "Nội dung (dấu hiệu được tô sáng)", "en": "Text (evidence highlighted)"},
    "queue.classification": {
        "vi": "Luận điệu: {narrative} · điểm {score}",
        "en": "Narrative: {narrative} · score {score}",
    },
    "queue.evidence": {"vi": "Vì sao bị gắn cờ", "en": "Why it was flagged"},
    "queue.no_evidence": {"vi": "Mô hình không nêu dấu hiệu cụ thể.", "en": "The model named no specific evidence."},
    "queue.findings": {"vi": "Sai lệch so với dữ kiện chính thức", "en": "Disagrees with approved facts"},
    "queue.matched": {"vi": "Thông điệp chính thức trả lời", "en": "Approved message that answers it"},
    "queue.match_score": {"vi": "độ khớp {score}", "en": "match {score}"},
    "queue.no_match": {"vi": "Chưa có thông điệp chính thức phù hợp.", "en": "No matching approved message."},
    "queue.copies": {"vi": "Bản gần giống ({n})", "en": "Near-duplicate copies ({n})"},
    "queue.history": {"vi": "Lịch sử duyệt", "en": "Review history"},
    "queue.actions": {"vi": "Quyết định", "en": "Decision"},
    "queue.relabel_to": {"vi": "Luận điệu đúng (khi gán lại)", "en": "Correct narrative (for relabel)"},
    "queue.note": {"vi": "Ghi chú", "en": "Note"},
    "queue.case_set": {"vi": "Bộ tình huống (khi đánh dấu)", "en": "Case set (for training case)"},
    "queue.confirm": {"vi": "Xác nhận", "en": "Confirm"},
    "queue.dismiss": {"vi": "Bỏ qua", "en": "Dismiss"},
    "queue.relabel": {"vi": "Gán lại luận điệu", "en": "Relabel"},
    "queue.save_note": {"vi": "Lưu ghi chú", "en": "Save note"},
    "queue.mark_case": {"vi": "Đánh dấu làm tình huống", "en": "Mark as training case"},
    "queue.need_narrative": {"vi": "Hãy chọn luận điệu mới để gán lại.", "en": "Choose the new narrative to relabel."},
    "queue.case_inbox": {"vi": "Tình huống từ hàng đợi", "en": "Cases from the queue"},
    "queue.decided": {
        "vi": "Đã ghi: {decision} cho {n} tin: {items}.",
        "en": "Saved: {decision} for {n} item(s): {items}.",
    },
    "queue.refused": {
        "vi": "Chưa ghi {decision}: tin đã được người khác xử lý sau khi trang này hiện ra ({items}). Hãy xem lại rồi quyết định.",
        "en": "{decision} not saved: someone else changed the item after this page was drawn ({items}). Look again, then decide.",
    },
    "queue.bulk_applies": {"vi": "Sẽ áp dụng cho {n} tin: {items}", "en": "Applies to {n} item(s): {items}"},
    "queue.note_needed": {"vi": "Hãy viết ghi chú trước khi lưu.", "en": "Write the note first."},
    "queue.previous": {"vi": "Tin trước", "en": "Previous"},
    "queue.next": {"vi": "Tin sau", "en": "Next"},
    "queue.list": {"vi": "Danh sách (đánh dấu để xử lý hàng loạt)", "en": "List (tick for a bulk action)"},
    "queue.shortcuts": {
        "vi": "Phím tắt: {next} tin sau · {previous} tin trước · {confirm} xác nhận · {dismiss} bỏ qua",
        "en": "Shortcuts: {next} next · {previous} previous · {confirm} confirm · {dismiss} dismiss",
    },
    "decision.confirm": {"vi": "xác nhận", "en": "confirm"},
    "decision.dismiss": {"vi": "bỏ qua", "en": "dismiss"},
    "decision.relabel": {"vi": "gán lại", "en": "relabel"},
    "decision.note": {"vi": "ghi chú", "en": "note"},
    "decision.case": {"vi": "tình huống", "en": "training case"},
    # --- trends ----------------------------------------------------------------------------
    "trends.title": {"vi": "Xu hướng luận điệu", "en": "Narrative trends"},
    "trends.range": {"vi": "Khoảng thời gian", "en": "Date range"},
    "trends.granularity": {"vi": "Gộp theo", "en": "Group by"},
    "trends.day": {"vi": "Ngày", "en": "Day"},
    "trends.week": {"vi": "Tuần", "en": "Week"},
    "trends.no_data": {"vi": "Chưa có dữ liệu trong khoảng này.", "en": "No data in this range."},
    "trends.chart": {
        "vi": "Tin sai lệch theo luận điệu và lượng thông tin chính thức",
        "en": "Distorted items per narrative and approved-messaging volume",
    },
    "trends.axis_distorted": {"vi": "Tin sai lệch", "en": "Distorted items"},
    "trends.official_answers": {"vi": "Tin chính thức phản hồi", "en": "Official items answering it"},
    "trends.axis_date": {"vi": "Ngày ({zone})", "en": "Day ({zone})"},
    "trends.axis_week": {"vi": "Tuần bắt đầu từ thứ Hai ({zone})", "en": "Week starting Monday ({zone})"},
    "trends.date_format": {"vi": "%d/%m/%Y", "en": "%d %b %Y"},
    "trends.chart_help": {
        "vi": "Mỗi luận điệu một ô: cột màu của luận điệu là số tin sai lệch, cột xanh lá là số tin chính thức "
        "trả lời luận điệu đó (khớp với thông điệp đã duyệt); tam giác đánh dấu ngày tăng đột biến.",
        "en": "One panel per narrative: its colour is its distorted items, green the official items answering it "
        "(matched to an approved message); a triangle marks a spike.",
    },
    "digest.title": {"vi": "Bản tin tuần cho lãnh đạo", "en": "Weekly manager digest"},
    "digest.day": {"vi": "Ngày cuối của tuần", "en": "Last day of the week"},
    "digest.day_help": {
        "vi": "Để trống: hôm nay, hoặc ngày gần nhất có tin khi 7 ngày qua không có tin nào.",
        "en": "Empty: today, or the latest day with items when the last 7 days have none.",
    },
    "digest.make": {"vi": "Lập bản tin", "en": "Make the digest"},
    "digest.making": {"vi": "Đang lập bản tin…", "en": "Making the digest…"},
    "digest.failed": {"vi": "Không lập được bản tin: {error}", "en": "Could not make the digest: {error}"},
    "digest.download_html": {"vi": "Tải HTML", "en": "Download HTML"},
    "trends.axis_official": {"vi": "Tin chính thức", "en": "Official items"},
    "trends.official": {"vi": "Thông tin chính thức", "en": "Approved messaging"},
    "trends.spike": {"vi": "Đột biến", "en": "Spike"},
    "trends.outage": {"vi": "Nguồn gián đoạn", "en": "Feed down"},
    "trends.share": {"vi": "Tỷ lệ tiếng nói", "en": "Share of voice"},
    "trends.share_official": {"vi": "Chính thức", "en": "Official"},
    "trends.share_distorted": {"vi": "Sai lệch", "en": "Distorted"},
    "trends.share_metric": {"vi": "Tỷ lệ thông tin chính thức", "en": "Official share"},
    "trends.ttr": {"vi": "Thời gian phản hồi theo luận điệu", "en": "Time to response per narrative"},
    "trends.ttr_first": {"vi": "Tin sai lệch đầu tiên", "en": "First distorted item"},
    "trends.ttr_answer": {"vi": "Phản hồi chính thức đầu tiên", "en": "First official answer"},
    "trends.ttr_hours": {"vi": "Số giờ", "en": "Hours"},
    "trends.ttr_none": {"vi": "chưa có phản hồi", "en": "not answered yet"},
    "trends.top_sources": {"vi": "Nguồn phát tán nhiều nhất", "en": "Top sources per narrative"},
    "trends.outages": {"vi": "Thời điểm nguồn gián đoạn", "en": "When feeds were down"},
    "trends.count": {"vi": "Số tin", "en": "Count"},
    "trends.png_failed": {"vi": "Không tạo được ảnh PNG: {error}", "en": "Could not make the PNG: {error}"},
    "trends.alert_spike": {"vi": "Tăng đột biến", "en": "Spike"},
    "trends.alert_new_cluster": {"vi": "Cụm tin mới", "en": "New cluster"},
    "trends.alert_response_gap": {"vi": "Chưa phản hồi", "en": "Response gap"},
    "trends.alert_view": {"vi": "Bộ lọc đã lưu", "en": "Saved view"},
    "trends.alert_emerging": {"vi": "Luận điệu mới nổi", "en": "Emerging narrative"},
    "trends.png_needs": {
        "vi": "Tải ảnh PNG cần trình duyệt Chromium trên máy chủ (apt-get install chromium).",
        "en": "The PNG download needs Chromium on the server (apt-get install chromium).",
    },
    "trends.make_png": {"vi": "Tạo ảnh PNG", "en": "Make PNG"},
    "trends.alerts": {"vi": "Cảnh báo đang mở", "en": "Open alerts"},
    "trends.alert_option": {"vi": "#{id} · {kind} · {what}", "en": "#{id} · {kind} · {what}"},
    "trends.alert_pick": {"vi": "Cảnh báo đã xem", "en": "Alerts you have seen"},
    "trends.alert_ack": {"vi": "Xác nhận đã xem", "en": "Acknowledge"},
    "trends.alert_acked": {"vi": "Đã xác nhận {n} cảnh báo.", "en": "{n} alert(s) acknowledged."},
    "trends.alert_acknowledged_by": {"vi": "Người đã xem", "en": "Acknowledged by"},
    "trends.alert_ack_help": {
        "vi": "Cảnh báo vẫn mở cho đến khi số tin lắng xuống; xác nhận chỉ tắt nhắc nhở ở thanh bên.",
        "en": "An alert stays open until its counts calm down; acknowledging only clears the sidebar reminder.",
    },
    # --- an alert's detail, written from its facts (monitor/outputs/alert_text.py) -------------
    "alert.last_hour": {"vi": "1 giờ qua", "en": "the last hour"},
    "alert.last_day": {"vi": "24 giờ qua", "en": "the last 24 hours"},
    "alert.per_hour": {"vi": "giờ", "en": "hour"},
    "alert.per_day": {"vi": "ngày", "en": "day"},
    "alert.cluster_of": {"vi": "cụm {cluster} ({narrative})", "en": "cluster {cluster} ({narrative})"},
    "alert.spike": {
        "vi": "{count} tin sai lệch thuộc «{what}» trong {span}; mức thường là {baseline} tin mỗi {unit} "
        "(cảnh báo từ {threshold}).",
        "en": "{count} distorted items of {what} in {span}; usual is {baseline} per {unit} over its history "
        "(alert at {threshold}).",
    },
    "alert.new_cluster": {
        "vi": "Cùng một câu chuyện thuộc «{narrative}» xuất hiện từ {sources} nguồn khác nhau ({count} tin) "
        "trong 1 giờ qua.",
        "en": "The same {narrative} story appeared from {sources} different sources ({count} items) within the "
        "last hour.",
    },
    "alert.response_gap": {
        "vi": "«{narrative}» bị gắn cờ từ {since} ({count} tin sai lệch) mà sau hơn {gap} giờ vẫn chưa có tin "
        "chính thức nào trả lời.",
        "en": "{narrative} has been flagged since {since} ({count} distorted items) and no official item answering "
        "it has been published within {gap} hours.",
    },
    "alert.view": {
        "vi": "Bộ lọc đã lưu «{view}» ({owner}): {count} tin mới khớp trong {span} (nhiều hơn {threshold}).",
        "en": "Saved view '{view}' ({owner}): {count} new matching items in {span} (more than {threshold}).",
    },
    "alert.emerging": {
        "vi": "Một câu chuyện chưa thuộc luận điệu nào đang tăng: «{label}», {count} tin trong 24 giờ qua từ "
        "{sources} nguồn, gấp {growth} lần mức trung bình mỗi ngày của nó ({size} tin từ {first_seen}). Hãy "
        "đặt tên hoặc chọn «Không phải thông tin sai lệch» ở trang Luận điệu mới nổi.",
        "en": "A story no narrative claims is growing: “{label}”, {count} items in the last 24 hours from "
        "{sources} source(s), {growth}× its own daily mean ({size} items since {first_seen}). Name it or "
        "file it as not a distortion on the Emerging page.",
    },
    **PAGE_STRINGS,  # cases, messages, sources, model, admin, emerging: monitor/page_strings.py
}


def t(key: str, lang: str = "vi", /, **kwargs) -> str:
    """The string for ``key`` in ``lang`` (Vietnamese when the language is unknown)."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["vi"]
    if not kwargs:
        return text
    # `{n_s}` is "s" unless the count `n` is 1: English plurals ("1 source", "3 sources").
    plurals = {f"{k}_s": "" if v == 1 else "s" for k, v in kwargs.items() if isinstance(v, int)}
    return text.format(**kwargs, **plurals)


def error_text(exc: Exception, lang: str = "vi") -> str:
    """An error for the screen in the reader's language: library errors that carry a string key
    (``exc.key``, ``exc.params``) are translated; others keep their own message."""
    key = getattr(exc, "key", None)
    if key in STRINGS:
        return t(key, lang, **(getattr(exc, "params", None) or {}))
    return str(exc)


def missing_keys() -> list[tuple[str, str]]:
    """(key, lang) pairs with an empty or absent translation; a test keeps this empty."""
    return [(k, lang) for k, v in STRINGS.items() for lang in LANGS if not (v.get(lang) or "").strip()]
