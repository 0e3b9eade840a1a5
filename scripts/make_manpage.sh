#!/usr/bin/env bash
# Regenerates docs/rnnstep.1 from the command line's own help with swift-argument-parser's
# GenerateManual plugin (works offline: the plugin comes with the package's dependencies).
# ManPageTests fails when a command or option is missing from the page: run this script then.
# RNNSTEP_MAN_DATE sets the page's date (default: today, UTC).
set -euo pipefail
cd "$(dirname "$0")/.."
date=${RNNSTEP_MAN_DATE:-$(date -u +%Y-%m-%d)}
swift package plugin generate-manual --configuration debug --date "$date"
# mdoc warns about empty lines (a blank line in a command's discussion): make them paragraph breaks.
sed -e 's/^$/.Pp/' .build/plugins/GenerateManual/outputs/rnnstep/rnnstep.1 > docs/rnnstep.1
echo "wrote docs/rnnstep.1 (man ./docs/rnnstep.1 to read it)"
