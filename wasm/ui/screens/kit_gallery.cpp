#include "ui/screens/kit_gallery.h"

#include <string>

#include "ui/widgets.h"

namespace ui::screens {

state::GalleryIntent draw_gallery(state::GalleryState& s, int countdown_left) {
  state::GalleryIntent in;
  heading("gallery.title", "组件一览 Widget kit");
  text("gallery.intro",
       "本页展示界面组件，供开发与测试使用。 This page shows every widget of the kit, for screen "
       "authors and browser tests.",
       Tone::Muted);

  heading("gallery.h.actions", "按钮 Buttons", 2);
  ButtonOpts primary;
  primary.style = ButtonStyle::Primary;
  if (button("gallery.button.primary", "提交申请", primary)) in.click = true;
  same_line();
  button("gallery.button.secondary", "保存草稿");
  ButtonOpts danger;
  danger.style = ButtonStyle::Danger;
  if (fits_on_line(120)) same_line();
  button("gallery.button.danger", "撤回申请", danger);
  ButtonOpts off;
  off.enabled = false;
  button("gallery.button.disabled", "不可用 Disabled", off);
  text("gallery.clicks", "点击次数 Clicks: " + std::to_string(s.clicks));
  link("gallery.link", "查看办电须知 Read the notice");

  heading("gallery.h.tabs", "标签 Tabs", 2);
  const int t = tabs("gallery.tabs",
                     {{"gallery.tab.0", "居民"}, {"gallery.tab.1", "非居民"}, {"gallery.tab.2", "高压"},
                      {"gallery.tab.3", "分布式光伏"}, {"gallery.tab.4", "充电桩"}},
                     s.tab);
  if (t != s.tab) in.select_tab = t;

  heading("gallery.h.fields", "输入 Fields", 2);
  card_begin("gallery.card.fields");
  InputOpts text_opts;
  text_opts.hint = "任意文字 Any text";
  text_opts.max_bytes = 8192;  // long enough to stress the glyph atlas in measurements
  input_text("gallery.text", "文字 Text", s.text, text_opts);
  InputOpts num;
  num.kind = platform::TextKind::Number;
  num.hint = "kVA";
  num.error = s.number.empty() ? "" : "示例错误信息 An example error message";
  input_text("gallery.number", "容量 Capacity (kVA)", s.number, num);
  InputOpts pw;
  pw.kind = platform::TextKind::Password;
  input_text("gallery.password", "密码 Password", s.password, pw);
  checkbox("gallery.agree", "我已阅读并同意《供用电须知》", s.agree);
  const int r = radio_group("gallery.radio", {"个人 Person", "企业 Company", "机关事业单位 Institution"}, s.radio);
  if (r != s.radio) in.select_radio = r;
  combo("gallery.combo", "用电类别 Category", s.combo, {"居民生活", "一般工商业", "大工业", "农业生产"});
  card_end();

  heading("gallery.h.table", "表格 Table", 2);
  if (table_begin("gallery.table", {"阶段 Stage", "时限 Limit", "说明 Notes"})) {
    table_row({"受理", "1 个工作日", "资料齐全当场受理"});
    table_row({"现场勘查", "2 个工作日", "与客户约定时间，到现场核实用电地址、容量和供电条件"});
    table_row({"装表接电", "3 个工作日", "验收合格后装表送电"});
    table_end();
  }

  heading("gallery.h.timer", "计时 Timer", 2);
  if (countdown_left > 0) {
    text("gallery.countdown", "倒计时 Countdown: " + std::to_string(countdown_left));
  } else if (button("gallery.countdown.start", "开始 5 秒倒计时 Start")) {
    in.start_countdown = true;
  }

  heading("gallery.h.long", "长内容 Long content", 2);
  for (int i = 1; i <= 30; ++i) {
    const std::string id = "gallery.row." + std::to_string(i);
    field_row(id.c_str(), "第 " + std::to_string(i) + " 项", "申请编号 GP-2026-" + std::to_string(1000 + i));
  }
  button("gallery.bottom", "页面底部 Bottom of the page");
  return in;
}

}  // namespace ui::screens
