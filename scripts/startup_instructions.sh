#!/usr/bin/env bash
# Instructions from exec to the first frame of `play` in tmux 120x40, counted by valgrind's
# callgrind (deterministic, unlike wall-clock time on a shared machine; docs/performance.md).
#
#     scripts/startup_instructions.sh [BINARY] [PLAY ARGS...]   # default: .build/release/rnnstep, `lessons`
#     scripts/startup_instructions.sh bench/hello               # any program: its whole run (q after 3 s)
#
# For rnnstep the count stops where `play` starts reading the rest of the deck (callgrind's
# --dump-before on DeckLoading.collect), which is right after the first frame is drawn; the
# profile is kept in .build/startup.callgrind.1 for callgrind_annotate. Needs valgrind and tmux.
# A copy without debug information is profiled (valgrind cannot read the Swift binary's).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/rnnstep}
shift || true
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(lessons)
work=$(mktemp -d "${TMPDIR:-/tmp}/rnnstep-callgrind.XXXXXX")
socket=rnnstep-callgrind-$$
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
strip -g -o "$work/bin" "$bin"
out=$PWD/.build/startup.callgrind
rm -f "$out" "$out".*
case "$(basename "$bin")" in
    rnnstep*) cmd=("$work/bin" play --lang en "${args[@]}");;
    *) cmd=("$work/bin");;
esac
printf -v quoted '%q ' "${cmd[@]}"
tmux -L "$socket" new-session -d -x 120 -y 40 \
    "env LANG=C.UTF-8 TERM=tmux-256color XDG_STATE_HOME=$work valgrind --tool=callgrind \
     --dump-before='\$s7rnnstep11DeckLoadingO7collect*' --callgrind-out-file=$out $quoted 2>$work/log; sleep 30"
for _ in $(seq 120); do
    sleep 0.25
    [ -s "$out.1" ] && break
    tmux -L "$socket" capture-pane -p | grep -q 'q quit\|READY' && { sleep 2; break; }
done
tmux -L "$socket" send-keys q
for _ in $(seq 40); do sleep 0.25; [ -s "$out" ] && break; done
first=$out.1
case "$(basename "$bin")" in
    rnnstep*) if [ ! -s "$first" ]; then
                  echo "startup_instructions: no count at DeckLoading.collect (is the symbol in $bin?)" >&2
                  exit 1
              fi;;
    *) [ -s "$first" ] || first=$out;;
esac
echo "instructions to the first frame: $(awk '/^totals:/ {print $2}' "$first" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')  ($first)"
