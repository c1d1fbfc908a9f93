# The browser app's pure C++ (no ImGui, no Emscripten): screen logic, strings, and the platform
# layer's decision logic. Listed once here because two builds compile it: the WASM app
# (wasm/CMakeLists.txt) and the native tests (tests/CMakeLists.txt, tests/wasm_state/).
set(GP_APP_CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/state/strings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/state/info_state.cpp
  ${CMAKE_CURRENT_LIST_DIR}/state/app_state.cpp
  ${CMAKE_CURRENT_LIST_DIR}/state/gallery_state.cpp
  ${CMAKE_CURRENT_LIST_DIR}/state/rules_form.cpp
  ${CMAKE_CURRENT_LIST_DIR}/platform/glyph_set.cpp
  ${CMAKE_CURRENT_LIST_DIR}/platform/font_manifest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/platform/input_queue.cpp
  ${CMAKE_CURRENT_LIST_DIR}/net/api_reply.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ui/text_wrap.cpp
)
set(GP_APP_CORE_INCLUDE_DIR ${CMAKE_CURRENT_LIST_DIR})
