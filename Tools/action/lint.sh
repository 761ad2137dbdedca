#!/usr/bin/env bash
# Runs tthc lint for the GitHub Action (action.yml): annotations on the diff (--format github) and
# a SARIF file for code scanning. It records the exit status as the step output `status` and always
# exits 0, so the SARIF is uploaded before the action's last step fails the job.
#
#   TTHC_PATHS     catalog directories or files, separated by spaces (default: Catalog)
#   TTHC_SARIF     the SARIF file to write (default: tthc-lint.sarif)
#   TTHC_FAIL_ON   error | warning | note (default: the configuration's fail_on, else error)
#   TTHC_LANG      en | vi
#   TTHC_ARGS      more options, separated by spaces (--baseline FILE, --config FILE, …)
set -uo pipefail

sarif="${TTHC_SARIF:-tthc-lint.sarif}"
read -r -a paths <<< "${TTHC_PATHS:-Catalog}"
arguments=(lint "${paths[@]}" --format sarif --output "$sarif" --format github)
if [ -n "${TTHC_FAIL_ON:-}" ]; then arguments+=(--fail-on "$TTHC_FAIL_ON"); fi
if [ -n "${TTHC_LANG:-}" ]; then arguments+=(--lang "$TTHC_LANG"); fi
if [ -n "${TTHC_ARGS:-}" ]; then read -r -a extra <<< "$TTHC_ARGS"; arguments+=("${extra[@]}"); fi

echo "tthc ${arguments[*]}"
tthc "${arguments[@]}"
status=$?
{
  echo "status=$status"
  if [ -f "$sarif" ]; then echo "sarif-file=$sarif"; fi
} >> "${GITHUB_OUTPUT:-/dev/null}"
case "$status" in
  0) ;;
  1) echo "::error title=tthc lint::findings at or above the failing severity (exit status 1)" ;;
  *) echo "::error title=tthc lint::tthc could not lint (exit status $status): see the log above" ;;
esac
exit 0
