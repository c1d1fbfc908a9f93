#!/usr/bin/env bash
# Issue 16, belt and braces: the build keeps SQLite's headers out of gp_services, gp_http and gp_app
# (server/no_sql/), but SQL could still travel as text. Fails naming file:line for any string
# literal opening with an SQL keyword in server/src outside store/.
set -uo pipefail
cd "$(dirname "$0")/.."
found=0
while IFS= read -r hit; do
  echo "SQL outside server/src/store/ (issue 16: move it into a repository): $hit"
  found=1
done < <(grep -rnE '"(SELECT|INSERT|UPDATE|DELETE|CREATE) ' server/src --include='*.cpp' --include='*.h' | grep -v '^server/src/store/')
if [ $found -ne 0 ]; then exit 1; fi
echo "no SQL text outside server/src/store/ passed"
