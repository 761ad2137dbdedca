#!/usr/bin/env bash
# Installs tthc for the GitHub Action (action.yml): the released static Linux binary, checked
# against the release's SHA256SUMS, or a local binary (TTHC_BINARY, for tests and self-built
# copies). Adds its folder to GITHUB_PATH so later steps run `tthc`.
#
#   TTHC_RELEASE_URL  https://github.com/OWNER/tthc/releases/download/TAG (the folder of the assets)
#   TTHC_BINARY       a tthc binary to install instead of downloading one
#   TTHC_INSTALL_DIR  where to put it (default: $RUNNER_TEMP/tthc/bin)
set -euo pipefail

asset=tthc-linux-x86_64.tar.gz
dest="${TTHC_INSTALL_DIR:-${RUNNER_TEMP:-/tmp}/tthc/bin}"
mkdir -p "$dest"

if [ -n "${TTHC_BINARY:-}" ]; then
  install -m 755 "$TTHC_BINARY" "$dest/tthc"
else
  if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    echo "tthc: the released binary is for Linux x86_64, this runner is $(uname -s)-$(uname -m); use build-from-source: true" >&2
    exit 2
  fi
  : "${TTHC_RELEASE_URL:?TTHC_RELEASE_URL must name the release folder}"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  curl -fsSL --retry 3 -o "$work/$asset" "$TTHC_RELEASE_URL/$asset"
  curl -fsSL --retry 3 -o "$work/SHA256SUMS" "$TTHC_RELEASE_URL/SHA256SUMS"
  if ! (cd "$work" && grep " $asset\$" SHA256SUMS | sha256sum --check --status); then
    echo "tthc: $asset does not match the release's SHA256SUMS; not installed" >&2
    exit 1
  fi
  tar -xzf "$work/$asset" -C "$work"
  install -m 755 "$work/tthc" "$dest/tthc"
fi

echo "$dest" >> "${GITHUB_PATH:-/dev/null}"
"$dest/tthc" --version
