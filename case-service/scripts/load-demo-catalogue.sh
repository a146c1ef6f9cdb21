#!/usr/bin/env bash
# Loads the demo hall catalogue (src/main/resources/demo/catalogue.json) through the API as ADMIN.
# Usage: load-demo-catalogue.sh <base-url, e.g. http://127.0.0.1:18081> <ADMIN bearer token>
# Entries that exist already answer 409 and are skipped, so the script can run again.
set -euo pipefail
base="${1:?base url}"
token="${2:?admin token}"
file="${CATALOGUE_JSON:-$(dirname "$0")/../src/main/resources/demo/catalogue.json}"

python3 - "$base" "$token" "$file" <<'PY'
import json, sys, urllib.request, urllib.error
base, token, path = sys.argv[1], sys.argv[2], sys.argv[3]
catalogue = json.load(open(path, encoding="utf-8"))
for key, endpoint in (("departments", "/api/departments"), ("windows", "/api/windows"), ("matters", "/api/matters")):
    for entry in catalogue[key]:
        req = urllib.request.Request(base + endpoint, data=json.dumps(entry, ensure_ascii=False).encode("utf-8"),
                                     method="POST", headers={"Content-Type": "application/json",
                                                             "Authorization": "Bearer " + token})
        try:
            with urllib.request.urlopen(req) as r:
                print(f"{endpoint} {entry['code']}: {r.status}")
        except urllib.error.HTTPError as e:
            if e.code == 409:
                print(f"{endpoint} {entry['code']}: exists")
            else:
                sys.exit(f"{endpoint} {entry['code']}: {e.code} {e.read().decode()}")
PY
