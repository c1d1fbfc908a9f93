# The browser app's pure C++ (no ImGui, no Emscripten): screen logic, strings, and the platform
# layer's decision logic. Listed once here because two builds compile it: the WASM app
# (wasm/CMakeLists.txt) and the native tests (tests/CMakeLists.txt, tests/wasm_state/).
# Every file in state/ is pure by convention, so the folder is globbed.
file(GLOB GP_APP_STATE_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/state/*.cpp)
set(GP_APP_CORE_SOURCES
  ${GP_APP_STATE_SOURCES}
  ${CMAKE_CURRENT_LIST_DIR}/platform/glyph_set.cpp
  ${CMAKE_CURRENT_LIST_DIR}/platform/font_manifest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/platform/input_queue.cpp
  ${CMAKE_CURRENT_LIST_DIR}/net/api_reply.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ui/text_wrap.cpp
)
set(GP_APP_CORE_INCLUDE_DIR ${CMAKE_CURRENT_LIST_DIR})
