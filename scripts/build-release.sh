#!/usr/bin/env bash
# The release build that is installed (README) and measured (scripts/bench.sh):
#
#     scripts/build-release.sh [PRODUCT ...]     # default: rnnstep; writes .build/release/PRODUCT
#
# It is `swift build -c release --static-swift-stdlib`, linked so that the program starts sooner
# (docs/performance.md, round 3, "Linking"; DECISIONS.md): on Linux, where they are available,
# - libstdc++, ncursesw (with tinfo) and libgcc statically: the dynamic loader no longer opens,
#   maps and relocates those libraries and binds their symbols at every start (libstdc++ alone
#   had about 1,700); the program then needs only glibc's libc and libm (and no `$ORIGIN` run path);
# - with lld (shipped with Swift toolchains) and packed relative relocations (DT_RELR), which
#   glibc reads from 2.36 on; older glibc gets lld without them.
# Measured from exec to `main` in tmux (uprobes, medians of 15): 3.3-3.6 ms plain, 2.2-2.4 ms with
# libstdc++ linked in, 1.6-1.9 ms with ncursesw and libgcc too.
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
    # Archives linked in instead of shared libraries, each only when it is installed: `-lstdc++`
    # (which the static Swift runtime asks for) and `-lncursesw` (the CNcursesw module map) find
    # this folder's archives first; ncurses' archive needs its terminfo half named too.
    clang=${bin:+$bin/clang}
    [ -n "$clang" ] && [ -x "$clang" ] || clang=cc
    archives=$PWD/.build/static-libs
    rm -rf "$archives"
    for name in libstdc++.a libncursesw.a libtinfo.a; do
        archive=$("$clang" -print-file-name=$name 2>/dev/null || true)
        if [ -n "$archive" ] && [ -f "$archive" ]; then
            mkdir -p "$archives"
            ln -sf "$archive" "$archives/$name"
        fi
    done
    # ncurses is linked in only as the pair (one half static and one shared would duplicate it).
    if [ ! -f "$archives/libncursesw.a" ] || [ ! -f "$archives/libtinfo.a" ]; then
        rm -f "$archives/libncursesw.a" "$archives/libtinfo.a"
    fi
    if [ -d "$archives" ]; then
        flags+=(-Xlinker "-L$archives")
    fi
    if [ -f "$archives/libtinfo.a" ]; then
        flags+=(-Xlinker -ltinfo)
    fi
    # The unwinder (libgcc_s) linked in as well.
    flags+=(-Xswiftc -Xclang-linker -Xswiftc -static-libgcc)
    # No `$ORIGIN` run path: the program loads no library of its own folder, and with one the
    # loader looked for libc and libm in a dozen subfolders of it before its cache.
    flags+=(--disable-local-rpath)
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
