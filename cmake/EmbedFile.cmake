# Writes a C++ source that holds a file's bytes, so that data the program needs (CMS's layouts
# and tables) is compiled in rather than looked for at run time.
#   cmake -DINPUT=file -DOUTPUT=file.cpp -DSYMBOL=name -P EmbedFile.cmake
# defines `extern const char SYMBOL[]` (NUL-terminated) and `extern const unsigned SYMBOL_size`
# in namespace aco::embedded.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hexLength)
math(EXPR size "${hexLength} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
# Line breaks every 16 bytes keep the generated file readable and the compiler's lines short.
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n    " bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
    "// Generated from ${INPUT} by cmake/EmbedFile.cmake; do not edit.\n"
    "namespace aco::embedded {\n"
    "extern const char ${SYMBOL}[];\n"
    "extern const unsigned ${SYMBOL}_size;\n"
    "const char ${SYMBOL}[] = {\n    ${bytes}'\\0'};\n"
    "const unsigned ${SYMBOL}_size = ${size};\n"
    "} // namespace aco::embedded\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
