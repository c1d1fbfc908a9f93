// The one string table of the browser app: Simplified Chinese first, English second.
// Screens ask for text by id; the current language lives in app state (AppState::lang), which the
// app loop passes to set_language() whenever it changes.
#pragma once
#include <cstddef>

namespace state {

enum class Lang { Zh, En };

enum class Str {
  AppTitle,        // 阳光业扩一站通
  CompanyName,     // 国网邾县供电公司
  PageTitle,       // company · app title
  SwitchLanguage,  // the label of the language switch: the *other* language's name
  TabGuide,
  TabProcess,
  TabDocuments,
  TabFees,
  GuideBody,
  ProcessBody,
  DocumentsBody,
  FeesBody,
  PhoneLabel,
  PhoneHint,
  NameLabel,
  NameHint,
  Submit,
  FormOk,
  Loading,
  Count_  // keep last
};

// Text of `id` in `lang`; never null.
const char* tr(Lang lang, Str id);
// Text of `id` in the current language.
const char* tr(Str id);

void set_language(Lang lang);
Lang language();

// Every string of the table in every language (to seed the font's glyph set and the base font
// subset at build time).
const char* raw(Lang lang, std::size_t index);

}  // namespace state
