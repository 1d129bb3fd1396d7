#!/bin/sh
# Entry point of the image (docker/Dockerfile): one command per process, each the same entry file that
# package.json's script of that name runs through tsx (test/unit/docker.test.ts checks this).
# `exec` replaces the shell, so SIGTERM from `docker stop` reaches node (src/main/shutdown.ts).
set -eu
cmd="${1:-api}"
if [ "$#" -gt 0 ]; then shift; fi
case "$cmd" in
  api) exec node --import tsx src/main/apiMain.ts "$@" ;;
  workers) exec node --import tsx workers/main.ts "$@" ;;
  migrate) exec node --import tsx src/cli/index.ts migrate "$@" ;;
  cli) exec node --import tsx src/cli/index.ts "$@" ;;
  # the npm-packaged anvil (optional dependency @foundry-rs/anvil-linux-amd64), for docker/compose.yml
  anvil) exec /app/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil "$@" ;;
  *) exec "$@" ;;
esac
