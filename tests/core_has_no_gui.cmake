# Fails when a file under core/ includes a header of a Qt GUI module (Gui, Widgets, Charts,
# PrintSupport, Svg, ...): the core library must stay usable without any of them.
file(GLOB_RECURSE sources "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(offenders "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line IN LISTS lines)
        if(line MATCHES "[<\"/](QtGui|QtWidgets|QtCharts|QtPrintSupport|QtSvg|QtSvgWidgets|QtOpenGL)[/>\"]"
           OR line MATCHES "[<\"](QWidget|QApplication|QGuiApplication|QPainter|QImage|QPixmap|QColor|QFont|QPdfWriter|QChart[A-Za-z]*)[>\"]")
            list(APPEND offenders "${source}: ${line}")
        endif()
    endforeach()
endforeach()
if(offenders)
    list(JOIN offenders "\n  " report)
    message(FATAL_ERROR "core/ includes Qt GUI headers:\n  ${report}")
endif()
list(LENGTH sources count)
message(STATUS "core/: no Qt GUI include in ${count} files")
