#!/usr/bin/env bash
# Packaging checks, run by CI after the tests: the production install path (build, then install
# without dev dependencies) runs the shell bot, and the packed tarball installs and runs `briefbot`.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# better-sqlite3's binding was compiled from source by the install before this (its prebuilt download is out of reach
# here), which takes about two minutes on two cores. The two installs below take that same binding as a local prebuild,
# prebuild-install's own way of installing a binding without the network, instead of compiling SQLite twice more.
binding=node_modules/better-sqlite3/build/Release/better_sqlite3.node
if [ -f "$binding" ]; then
  prebuild=$(node -p '`better-sqlite3-v${require("better-sqlite3/package.json").version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`')
  mkdir -p "$tmp/prebuilds"
  tar -czf "$tmp/prebuilds/$prebuild" -C node_modules/better-sqlite3 build/Release/better_sqlite3.node
  export npm_config_better_sqlite3_local_prebuilds="$tmp/prebuilds"
fi

echo "package check: production install (npm ci --omit=dev on a built tree)"
mkdir -p "$tmp/prod"
git ls-files -z | xargs -0 -I{} cp --parents {} "$tmp/prod/"
cp -r dist "$tmp/prod/"
(cd "$tmp/prod" && npm ci --omit=dev --no-audit --no-fund --loglevel=error >/dev/null)
[ ! -d "$tmp/prod/node_modules/typescript" ] || { echo "dev dependencies were installed"; exit 1; }
out=$(cd "$tmp/prod" && printf '/briefing\n' | BRIEFBOT_DB="$tmp/prod.db" node dist/main.js)
grep -q 'Networks should not be a new battlefield' <<<"$out" || { echo "the production install did not show the card"; exit 1; }

echo "package check: npm pack, install the tarball, run briefbot"
npm pack --silent --pack-destination "$tmp" >/dev/null
npm install -g --prefix "$tmp/global" --no-audit --no-fund --loglevel=error "$tmp"/briefbot-*.tgz >/dev/null
card=$("$tmp/global/bin/briefbot" brief test/fixtures/summit.txt --format json)
grep -q '"title": "Pacific ministers open trade talks in Lima"' <<<"$card" || { echo "the installed briefbot did not brief"; exit 1; }
"$tmp/global/bin/briefbot" --help | grep -q 'Usage:' || { echo "the installed briefbot has no help"; exit 1; }
echo "package check: ok"
