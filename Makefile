# Thin wrapper over packaging/dev.sh and CMake for those who prefer make.
.PHONY: run test build format
run:
	packaging/dev.sh run
test:
	packaging/dev.sh test
build:
	cmake -S . -B build -G Ninja && cmake --build build
format:
	cmake --build build --target format
