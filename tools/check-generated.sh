#!/usr/bin/env bash
# Generated files are committed and never hand-edited: rebuild them all, then fail if anything differs from git.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent generate
paths=(data custom-elements.json src/i18n/locales xliff src/react vscode.html-custom-data.json vscode.css-custom-data.json web-types.json)
if [ -n "$(git status --porcelain -- "${paths[@]}")" ]; then
  echo "Generated files are stale; run 'npm run generate' and commit the result:" >&2
  git status --short -- "${paths[@]}" >&2
  git --no-pager diff --stat -- "${paths[@]}" >&2
  exit 1
fi
echo "Generated files are up to date."
