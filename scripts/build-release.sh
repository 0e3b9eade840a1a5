#!/usr/bin/env bash
# The release build that is installed (README) and measured (scripts/bench.sh):
#
#     scripts/build-release.sh [PRODUCT ...]     # default: rnnstep; writes .build/release/PRODUCT
#
# It is `swift build -c release --static-swift-stdlib`, linked so that the program starts sooner
# (docs/performance.md, round 3, "Linking"; DECISIONS.md): on Linux, where they are available,
# - libstdc++ statically: the dynamic loader no longer binds about 1,700 symbols of libstdc++.so
#   and its own relocations at every start;
# - with lld (shipped with Swift toolchains) and packed relative relocations (DT_RELR), which
#   glibc reads from 2.36 on; older glibc gets lld without them.
# Measured from exec to `main` in tmux (uprobes, medians of 15): 3.3-3.6 ms plain, 2.3-2.5 ms so.
# The executable stays position-independent. When the program built so does not start
# (`--version`), it is built again plain, and the script says so.
set -euo pipefail
cd "$(dirname "$0")/.."
products=("$@")
[ ${#products[@]} -gt 0 ] || products=(rnnstep)

flags=()
if [ "$(uname -s)" = Linux ]; then
    swiftc=$(command -v swiftc || true)
    bin=$( [ -n "$swiftc" ] && dirname "$(readlink -f "$swiftc")" || true)
    if [ -n "$bin" ] && { [ -x "$bin/ld.lld" ] || command -v ld.lld >/dev/null 2>&1; }; then
        flags+=(-Xswiftc -use-ld=lld)
        glibc=$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')
        major=${glibc%%.*}
        minor=${glibc#*.}
        minor=${minor%%.*}
        if [ -n "$glibc" ] && { [ "$major" -gt 2 ] || { [ "$major" -eq 2 ] && [ "$minor" -ge 36 ]; }; }; then
            flags+=(-Xlinker -z -Xlinker pack-relative-relocs)
        fi
    fi
    # `-lstdc++` (which the static Swift runtime asks for) finds this folder's archive first.
    clang=${bin:+$bin/clang}
    [ -n "$clang" ] && [ -x "$clang" ] || clang=cc
    archive=$("$clang" -print-file-name=libstdc++.a 2>/dev/null || true)
    if [ -n "$archive" ] && [ -f "$archive" ]; then
        mkdir -p .build/static-libstdc++
        ln -sf "$archive" .build/static-libstdc++/libstdc++.a
        flags+=(-Xlinker "-L$PWD/.build/static-libstdc++")
    fi
fi

build() {
    for product in "${products[@]}"; do
        # SwiftPM does not relink when only linker flags change: remove the old link.
        rm -f ".build/release/$product"
        swift build -c release --static-swift-stdlib --product "$product" "$@"
    done
}

if [ ${#flags[@]} -gt 0 ]; then
    build "${flags[@]}"
    if ! ".build/release/${products[0]}" --version >/dev/null 2>&1 && [ "${products[0]}" = rnnstep ]; then
        echo "build-release: the program linked with ${flags[*]} does not start here; linking it plain" >&2
        build
    fi
else
    build
fi
