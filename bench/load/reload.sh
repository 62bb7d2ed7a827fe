#!/usr/bin/env bash
# The load of run.sh while appsettings.json is rewritten 100 times: see run.sh for the settings.
exec "$(dirname "$0")/run.sh" reload "$@"
