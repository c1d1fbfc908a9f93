# Turns one data file into a C++ source defining gp::embedded::<SYM> (a string view of its bytes).
# Usage: cmake -DIN=file -DOUT=file.cpp -DSYM=name -P embed.cmake
file(READ "${IN}" content)
string(FIND "${content}" ")gp_embed\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw-string delimiter")
endif()
file(WRITE "${OUT}.tmp" "// Generated from ${IN} by scripts/embed.cmake. Do not edit.\n#include <string_view>\nnamespace gp::embedded {\nextern const std::string_view ${SYM};\nconst std::string_view ${SYM} = R\"gp_embed(${content})gp_embed\";\n}\n")
file(RENAME "${OUT}.tmp" "${OUT}")
