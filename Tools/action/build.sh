#!/usr/bin/env bash
# Builds tthc from source for the GitHub Action (build-from-source: true), on a runner with a Swift
# 6 toolchain. Installs the system packages it needs; the action caches .build between runs.
set -euo pipefail
cd "$1"
missing=()
pkg-config --exists yaml-0.1 2>/dev/null || missing+=(libyaml-dev pkg-config)
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; if [ "$(id -u)" != 0 ]; then sudo=sudo; fi
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" pkg-config
fi
swift build -c release --product tthc
echo "$PWD/.build/release" >> "${GITHUB_PATH:-/dev/null}"
