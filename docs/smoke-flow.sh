#!/usr/bin/env bash
# End-to-end smoke flow across the running stack (start it with ./platform up --demo first).
#
#   docs/smoke-flow.sh
#
# What it checks, with curl against case-service, deadline-service and the gateway:
#   1. tokens from the identity issuer (clerk and admin demo personas);
#   2. a PROMISED matter of the clerk's department is submitted at the clerk's window and accepted;
#      deadline-service starts a clock due on the n-th CN working day after the acceptance day
#      (n = the matter's promised limit; checked against the official schedule written below and against
#      deadline-service's calendar endpoint), and case-service shows that due date (deadline event consumed);
#   3. suspend and resume (the clock is SUSPENDED, then RUNNING), complete (the clock stops ON_TIME);
#   4. a joint case (the first JOINT matter): accepted, one clock per participating department plus the
#      applicant's; every department approves (the officer persona where its department matches, else admin);
#      the case completes and every clock stops ON_TIME;
#   5. the X-Request-Id sent comes back (directly and through the gateway), appears in the log lines of
#      case-service, deadline-service and the gateway, and in the headers of the Kafka events it caused
#      (hall.case-events and hall.deadline-events; needs a JDK and local-stack/target/lib);
#   6. /ops/dead-letters of every service is empty (checked last);
#   7. the hall callback loop and the surveys through the gateway: an on-site form and a bad e-evaluator rating
#      count in the window's weekly figures, the rating ends in a FOLLOW_UP callback task; a sampling round over
#      this month's frame (the demo's hall cases), an unsatisfied answer opens a problem, the clerk rectifies, a
#      satisfied re-callback closes it; the window's weekly score (callbacks, ratings, forms) is published; the
#      clerk reads questionnaires, campaigns and its window's callbacks, an officer its department's scores.
#   8. the deadline rules: a late supplement notice is refused (422) and the case counts as accepted on the day
#      of receipt; an extension asked after the due instant is refused (422); the late completion stops the clock
#      LATE with exactly one accountability record; the window's clerk sets a matter's promised limit (above the
#      statutory limit 422), kept in its history.
#   9. owner visits (owner_visit_flow): a visit plan approved, an owner's issue from visit to satisfied closure; a
#      complaint the owner raised on the visit filed by case-service, resolved by the manager, and the owner's
#      COMPLAINT visit made for it exactly once, one working day after the resolution.
# Exit code 0 when every check passed, 1 otherwise; each check prints one PASS/FAIL line.
#
# Configuration (environment), defaults as in ./platform:
#   IDENTITY_PORT 18090, CASE_SERVICE_PORT 18081, DEADLINE_SERVICE_PORT 18082, CALLBACK_SERVICE_PORT 18083,
#   SURVEY_SERVICE_PORT 18084, GATEWAY_PORT 18080, PLATFORM_KAFKA_PORT 19092 (or PLATFORM_KAFKA_BOOTSTRAP),
#   or whole base URLs: ISSUER_URL, CASE_URL, DEADLINE_URL, CALLBACK_URL, SURVEY_URL, GATEWAY_URL;
#   PLATFORM_STATE_DIR (.platform; logs are read from its logs/), DEMO_CLIENT_SECRET (demo-secret),
#   SMOKE_CLERK_CLIENT (clerk), SMOKE_OFFICER_CLIENT (officer), SMOKE_ADMIN_CLIENT (admin),
#   SMOKE_SUPERVISOR_CLIENT (supervisor), SMOKE_AGENT_CLIENT (callback-agent),
#   SMOKE_WAIT_SECONDS (30: how long to wait for each asynchronous outcome),
#   SMOKE_CREATE_WINDOW (true: when the clerk's window is not in the catalogue, create it as admin under
#   SMOKE_WINDOW_DEPARTMENT, default D-MKT), SMOKE_SKIP_KAFKA / SMOKE_SKIP_LOGS (false).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ISSUER_URL="${ISSUER_URL:-http://127.0.0.1:${IDENTITY_PORT:-18090}}"
CASE_URL="${CASE_URL:-http://127.0.0.1:${CASE_SERVICE_PORT:-18081}}"
DEADLINE_URL="${DEADLINE_URL:-http://127.0.0.1:${DEADLINE_SERVICE_PORT:-18082}}"
CALLBACK_URL="${CALLBACK_URL:-http://127.0.0.1:${CALLBACK_SERVICE_PORT:-18083}}"
SURVEY_URL="${SURVEY_URL:-http://127.0.0.1:${SURVEY_SERVICE_PORT:-18084}}"
GATEWAY_URL="${GATEWAY_URL:-http://127.0.0.1:${GATEWAY_PORT:-18080}}"
KAFKA="${PLATFORM_KAFKA_BOOTSTRAP:-127.0.0.1:${PLATFORM_KAFKA_PORT:-19092}}"
STATE="${PLATFORM_STATE_DIR:-$ROOT/.platform}"
LOGS="$STATE/logs"
SECRET="${DEMO_CLIENT_SECRET:-demo-secret}"
CLERK_CLIENT="${SMOKE_CLERK_CLIENT:-clerk}"
OFFICER_CLIENT="${SMOKE_OFFICER_CLIENT:-officer}"
ADMIN_CLIENT="${SMOKE_ADMIN_CLIENT:-admin}"
WAIT="${SMOKE_WAIT_SECONDS:-30}"
RUN_ID="smoke-$(date +%s)-$$"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

FAILED=0
pass() { printf 'PASS  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; FAILED=$((FAILED + 1)); }
note() { printf '      %s\n' "$*"; }
stop() { fail "$*"; printf '\nsmoke flow stopped: %d check(s) failed\n' "$FAILED"; exit 1; }

# json FILE EXPRESSION: evaluates a Python expression over the parsed document `d` and prints the result
# (strings as they are, None as empty, everything else as JSON).
json() {
  python3 - "$1" "$2" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    text = f.read()
d = json.loads(text) if text.strip() else None
try:
    v = eval(sys.argv[2], {"d": d, "json": json})
except Exception:
    v = None
print("" if v is None else v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))
PY
}

# call METHOD URL TOKEN REQUEST_ID [BODY]: response body in $WORK/body, headers in $WORK/headers; prints the status.
call() {
  local method="$1" url="$2" token="$3" rid="$4" body="${5:-}"
  local -a args=(-s -X "$method" -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' -H "X-Request-Id: $rid")
  [[ -n "$token" ]] && args+=(-H "Authorization: Bearer $token")
  [[ -n "$body" ]] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  curl "${args[@]}" "$url" || echo 000
}

echoed_request_id() { tr -d '\r' <"$WORK/headers" | sed -n 's/^[Xx]-[Rr]equest-[Ii]d: *//p' | head -n 1; }

token() {
  local status
  status="$(curl -s -o "$WORK/token" -w '%{http_code}' -u "$1:$SECRET" -d grant_type=client_credentials \
    "$ISSUER_URL/oauth2/token" || echo 000)"
  [[ "$status" == 200 ]] || return 1
  json "$WORK/token" 'd["access_token"]'
}

# claim TOKEN NAME: a claim of a JWT (no verification; only to learn the persona's scope).
claim() {
  python3 - "$1" "$2" <<'PY'
import base64, json, sys
part = sys.argv[1].split(".")[1]
v = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))).get(sys.argv[2])
print("" if v is None else v if isinstance(v, str) else json.dumps(v))
PY
}

# until_json URL TOKEN EXPRESSION: polls GET URL until EXPRESSION (over `d`) is true; the last body stays in $WORK/body.
until_json() {
  local url="$1" tok="$2" expr="$3" deadline=$((SECONDS + WAIT)) status
  while :; do
    status="$(call GET "$url" "$tok" "$RUN_ID-poll")"
    if [[ "$status" == 200 && "$(json "$WORK/body" "bool($expr)")" == true ]]; then return 0; fi
    ((SECONDS >= deadline)) && return 1
    sleep 0.5
  done
}

# The n-th working day after a date by the official CN schedule (State Council notices 2024-2026): weekends
# and listed days off do not count, listed make-up working days do. Prints "DATE covered|uncovered".
cn_working_days_after() {
  python3 - "$1" "$2" <<'PY'
import datetime, sys
OFF = """2024-01-01 2024-02-10 2024-02-11 2024-02-12 2024-02-13 2024-02-14 2024-02-15 2024-02-16 2024-02-17
2024-04-04 2024-04-05 2024-04-06 2024-05-01 2024-05-02 2024-05-03 2024-05-04 2024-05-05 2024-06-10
2024-09-15 2024-09-16 2024-09-17 2024-10-01 2024-10-02 2024-10-03 2024-10-04 2024-10-05 2024-10-06 2024-10-07
2025-01-01 2025-01-28 2025-01-29 2025-01-30 2025-01-31 2025-02-01 2025-02-02 2025-02-03 2025-02-04
2025-04-04 2025-04-05 2025-04-06 2025-05-01 2025-05-02 2025-05-03 2025-05-04 2025-05-05 2025-05-31 2025-06-01
2025-06-02 2025-10-01 2025-10-02 2025-10-03 2025-10-04 2025-10-05 2025-10-06 2025-10-07 2025-10-08
2026-01-01 2026-01-02 2026-01-03 2026-02-15 2026-02-16 2026-02-17 2026-02-18 2026-02-19 2026-02-20 2026-02-21
2026-02-22 2026-02-23 2026-04-04 2026-04-05 2026-04-06 2026-05-01 2026-05-02 2026-05-03 2026-05-04 2026-05-05
2026-06-19 2026-06-20 2026-06-21 2026-09-25 2026-09-26 2026-09-27 2026-10-01 2026-10-02 2026-10-03 2026-10-04
2026-10-05 2026-10-06 2026-10-07""".split()
MAKEUP = """2024-02-04 2024-02-18 2024-04-07 2024-04-28 2024-05-11 2024-09-14 2024-09-29 2024-10-12
2025-01-26 2025-02-08 2025-04-27 2025-09-28 2025-10-11 2026-01-04 2026-02-14 2026-02-28 2026-05-09
2026-09-20 2026-10-10""".split()
off = {datetime.date.fromisoformat(x) for x in OFF}
makeup = {datetime.date.fromisoformat(x) for x in MAKEUP}
day, n = datetime.date.fromisoformat(sys.argv[1]), int(sys.argv[2])
while n > 0:
    day += datetime.timedelta(days=1)
    if day in makeup or (day.weekday() < 5 and day not in off):
        n -= 1
print(day.isoformat(), "covered" if 2024 <= day.year <= 2026 else "uncovered")
PY
}

# The calendar day of an instant in the hall's time zone (HALL_ZONE, default Asia/Shanghai).
hall_date() {
  python3 - "$1" "${HALL_ZONE:-Asia/Shanghai}" <<'PY'
import datetime, sys, zoneinfo
s = sys.argv[1].replace("Z", "+00:00")
if "." in s:
    head, tail = s.split(".", 1)
    frac = "".join(ch for ch in tail if ch.isdigit())
    s = head + "." + frac[:6].ljust(6, "0") + tail[len(frac):]
print(datetime.datetime.fromisoformat(s).astimezone(zoneinfo.ZoneInfo(sys.argv[2])).date().isoformat())
PY
}

printf 'smoke flow %s\n  issuer %s  case-service %s  deadline-service %s  gateway %s  kafka %s\n\n' \
  "$RUN_ID" "$ISSUER_URL" "$CASE_URL" "$DEADLINE_URL" "$GATEWAY_URL" "$KAFKA"

# ---------------------------------------------------------------------------------------------------------
# 1. Tokens and catalogue
ADMIN="$(token "$ADMIN_CLIENT")" || stop "no token for '$ADMIN_CLIENT' from $ISSUER_URL (is the stack up?)"
CLERK="$(token "$CLERK_CLIENT")" || stop "no token for '$CLERK_CLIENT' from $ISSUER_URL (set SMOKE_CLERK_CLIENT)"
OFFICER="$(token "$OFFICER_CLIENT" || true)"
WINDOW="$(claim "$CLERK" window)"
[[ -n "$WINDOW" ]] || stop "the token of '$CLERK_CLIENT' has no window claim"
pass "tokens for $ADMIN_CLIENT and $CLERK_CLIENT (window $WINDOW)${OFFICER:+, $OFFICER_CLIENT (department $(claim "$OFFICER" department))}"

status="$(call GET "$CASE_URL/api/windows/$WINDOW" "$ADMIN" "$RUN_ID-window")"
if [[ "$status" == 404 && "${SMOKE_CREATE_WINDOW:-true}" == true ]]; then
  department="${SMOKE_WINDOW_DEPARTMENT:-D-MKT}"
  status="$(call POST "$CASE_URL/api/windows" "$ADMIN" "$RUN_ID-window" \
    "{\"code\":\"$WINDOW\",\"name\":\"smoke window $WINDOW\",\"departmentCode\":\"$department\"}")"
  [[ "$status" == 201 ]] || stop "creating window $WINDOW answered $status: $(head -c 300 "$WORK/body")"
  note "window $WINDOW of the clerk's token is not in the catalogue; created it under $department"
  status="$(call GET "$CASE_URL/api/windows/$WINDOW" "$ADMIN" "$RUN_ID-window")"
fi
[[ "$status" == 200 ]] || stop "window $WINDOW: GET answered $status (load the demo data: ./platform demo)"
WINDOW_DEPARTMENT="$(json "$WORK/body" 'd["departmentCode"]')"

status="$(call GET "$CASE_URL/api/matters" "$ADMIN" "$RUN_ID-matters")"
[[ "$status" == 200 ]] || stop "GET /api/matters answered $status"
cp "$WORK/body" "$WORK/matters"
MATTER="$(json "$WORK/matters" "next((m['code'] for m in d if m['category']=='PROMISED' and m['departmentCode']=='$WINDOW_DEPARTMENT'), None)")"
[[ -n "$MATTER" ]] || stop "no PROMISED matter of department $WINDOW_DEPARTMENT in the catalogue (./platform demo loads one)"
LIMIT="$(json "$WORK/matters" "next(m['promisedLimitDays'] for m in d if m['code']=='$MATTER')")"
MATERIALS="$(json "$WORK/matters" "[x['code'] for m in d if m['code']=='$MATTER' for x in m['materials']]")"
pass "catalogue: window $WINDOW (department $WINDOW_DEPARTMENT), PROMISED matter $MATTER, promised limit $LIMIT working days"

# ---------------------------------------------------------------------------------------------------------
# 2. Promised case: submit, accept, clock, due date back in case-service
RID_SUBMIT="$RUN_ID-submit"
status="$(call POST "$CASE_URL/api/cases" "$CLERK" "$RID_SUBMIT" "{\"applicant\":{\"name\":\"张三\",\"phone\":\"13800138000\",
  \"idNumber\":\"110101199003071234\",\"callbackConsent\":true,\"subject\":\"smoke $RUN_ID\"},\"matterCode\":\"$MATTER\",
  \"windowCode\":\"$WINDOW\",\"materials\":$MATERIALS}")"
[[ "$status" == 201 ]] || stop "submit answered $status: $(head -c 400 "$WORK/body")"
CASE_ID="$(json "$WORK/body" 'd["id"]')"
pass "submitted case $CASE_ID ($(json "$WORK/body" 'd["status"]'))"
[[ "$(echoed_request_id)" == "$RID_SUBMIT" ]] && pass "X-Request-Id $RID_SUBMIT returned by case-service" \
  || fail "case-service returned X-Request-Id '$(echoed_request_id)', sent $RID_SUBMIT"

RID_ACCEPT="$RUN_ID-accept"
status="$(call POST "$CASE_URL/api/cases/$CASE_ID/acceptance" "$CLERK" "$RID_ACCEPT")"
[[ "$status" == 200 && "$(json "$WORK/body" 'd["status"]')" == ACCEPTED ]] \
  || stop "accept answered $status: $(head -c 400 "$WORK/body")"
ACCEPTED_AT="$(json "$WORK/body" 'd["acceptedAt"]')"
ACCEPTED_ON="$(hall_date "$ACCEPTED_AT")"
pass "accepted at $ACCEPTED_AT (hall date $ACCEPTED_ON)"

read -r EXPECTED_DUE COVERAGE <<<"$(cn_working_days_after "$ACCEPTED_ON" "$LIMIT")"
if until_json "$DEADLINE_URL/api/deadlines/$CASE_ID" "$CLERK" "any(c['kind']=='APPLICANT' for c in d['clocks'])"; then
  DUE_ON="$(json "$WORK/body" "next(c['dueOn'] for c in d['clocks'] if c['kind']=='APPLICANT')")"
  CLOCK_STATE="$(json "$WORK/body" "next(c['state'] for c in d['clocks'] if c['kind']=='APPLICANT')")"
  CLOCK_LIMIT="$(json "$WORK/body" "next(c['limitDays'] for c in d['clocks'] if c['kind']=='APPLICANT')")"
  [[ "$CLOCK_STATE" == RUNNING && "$CLOCK_LIMIT" == "$LIMIT" ]] && pass "deadline-service clock RUNNING, limit $CLOCK_LIMIT" \
    || fail "deadline-service clock is $CLOCK_STATE with limit $CLOCK_LIMIT (expected RUNNING, $LIMIT)"
  if [[ "$COVERAGE" == covered ]]; then
    [[ "$DUE_ON" == "$EXPECTED_DUE" ]] && pass "due on $DUE_ON = $LIMIT CN working days after $ACCEPTED_ON" \
      || fail "due on $DUE_ON, expected $EXPECTED_DUE ($LIMIT CN working days after $ACCEPTED_ON)"
  else
    note "the due date falls outside 2024-2026 (this script's schedule); compared with the calendar endpoint only"
  fi
  status="$(call GET "$DEADLINE_URL/api/calendars/CN/working-days?from=$ACCEPTED_ON&days=$LIMIT" "$CLERK" "$RUN_ID-calendar")"
  [[ "$status" == 200 && "$(json "$WORK/body" 'd["date"]')" == "$DUE_ON" ]] \
    && pass "calendar endpoint agrees: $ACCEPTED_ON + $LIMIT working days = $DUE_ON" \
    || fail "calendar endpoint answered $status $(head -c 200 "$WORK/body"), clock says $DUE_ON"
else
  stop "no APPLICANT clock for case $CASE_ID in deadline-service after ${WAIT}s: $(head -c 300 "$WORK/body")"
fi

# the due date travels back: case-service shows it (dueAt is the end of the due day in the hall's zone)
if until_json "$CASE_URL/api/cases/$CASE_ID" "$CLERK" "d['deadline'] is not None and d['deadline'].get('dueAt')"; then
  CASE_DUE_AT="$(json "$WORK/body" 'd["deadline"]["dueAt"]')"
  [[ "$(hall_date "$CASE_DUE_AT")" == "$DUE_ON" ]] && pass "case-service shows the due date $DUE_ON (dueAt $CASE_DUE_AT)" \
    || fail "case-service shows dueAt $CASE_DUE_AT, deadline-service says $DUE_ON"
else
  fail "case-service shows no deadline for $CASE_ID after ${WAIT}s"
fi

# ---------------------------------------------------------------------------------------------------------
# 3. Suspend, resume, complete
status="$(call POST "$CASE_URL/api/cases/$CASE_ID/suspensions" "$CLERK" "$RUN_ID-suspend" \
  '{"reason":"EXPERT_REVIEW","note":"专家评审"}')"
SUSPENSION_ID="$(json "$WORK/body" "next((s['id'] for s in d['suspensions'] if s['endedAt'] is None), None)")"
[[ "$status" == 200 && -n "$SUSPENSION_ID" ]] && pass "suspended (suspension $SUSPENSION_ID)" \
  || stop "suspend answered $status: $(head -c 300 "$WORK/body")"
until_json "$DEADLINE_URL/api/deadlines/$CASE_ID" "$CLERK" "next(c['state'] for c in d['clocks'] if c['kind']=='APPLICANT')=='SUSPENDED'" \
  && pass "clock SUSPENDED" || fail "clock not SUSPENDED after ${WAIT}s: $(head -c 300 "$WORK/body")"
status="$(call GET "$CASE_URL/api/cases/$CASE_ID" "$CLERK" "$RUN_ID-suspended-view")"
[[ "$status" == 200 && "$(json "$WORK/body" 'd["status"]+"/"+d["deadline"]["state"]')" == SUSPENDED/SUSPENDED ]] \
  && pass "case-service shows the case and its clock SUSPENDED" \
  || fail "case-service shows case/clock $(json "$WORK/body" 'd["status"]+"/"+str((d["deadline"] or {}).get("state"))') while suspended"

status="$(call POST "$CASE_URL/api/cases/$CASE_ID/suspensions/$SUSPENSION_ID/end" "$CLERK" "$RUN_ID-resume" '{"note":"评审结束"}')"
[[ "$status" == 200 ]] && pass "resumed" || stop "resume answered $status: $(head -c 300 "$WORK/body")"
until_json "$DEADLINE_URL/api/deadlines/$CASE_ID" "$CLERK" "next(c for c in d['clocks'] if c['kind']=='APPLICANT')['state']=='RUNNING' and next(c for c in d['clocks'] if c['kind']=='APPLICANT')['suspensions'][0]['resumedAt']" \
  && pass "clock RUNNING again (due on $(json "$WORK/body" "next(c['dueOn'] for c in d['clocks'] if c['kind']=='APPLICANT')"))" \
  || fail "clock not RUNNING after the resumption: $(head -c 300 "$WORK/body")"

RID_COMPLETE="$RUN_ID-complete"
status="$(call POST "$CASE_URL/api/cases/$CASE_ID/completion" "$CLERK" "$RID_COMPLETE" '{"result":"准予许可"}')"
[[ "$status" == 200 && "$(json "$WORK/body" 'd["status"]')" == COMPLETED ]] && pass "completed" \
  || stop "complete answered $status: $(head -c 300 "$WORK/body")"
until_json "$DEADLINE_URL/api/deadlines/$CASE_ID" "$CLERK" "next(c['state'] for c in d['clocks'] if c['kind']=='APPLICANT')=='STOPPED'" \
  && { [[ "$(json "$WORK/body" "next(c['outcome'] for c in d['clocks'] if c['kind']=='APPLICANT')")" == ON_TIME ]] \
         && pass "clock STOPPED, ON_TIME" || fail "clock stopped with outcome $(json "$WORK/body" "next(c['outcome'] for c in d['clocks'] if c['kind']=='APPLICANT')")"; } \
  || fail "clock not STOPPED after ${WAIT}s: $(head -c 300 "$WORK/body")"
until_json "$CASE_URL/api/cases/$CASE_ID" "$CLERK" "d['deadline'] and d['deadline']['state']=='STOPPED' and d['deadline']['outcome']=='ON_TIME'" \
  && pass "case-service shows the stopped clock (ON_TIME)" || fail "case-service still shows $(json "$WORK/body" 'd["deadline"]')"

# ---------------------------------------------------------------------------------------------------------
# 4. Joint case: every participating department approves
JOINT="$(json "$WORK/matters" "next((m['code'] for m in d if m['category']=='JOINT'), None)")"
if [[ -z "$JOINT" ]]; then
  fail "no JOINT matter in the catalogue"
else
  JOINT_DEPT="$(json "$WORK/matters" "next(m['departmentCode'] for m in d if m['code']=='$JOINT')")"
  JOINT_WINDOW="$(call GET "$CASE_URL/api/windows" "$ADMIN" "$RUN_ID-windows" >/dev/null; json "$WORK/body" "next((w['code'] for w in d if w['departmentCode']=='$JOINT_DEPT'), None)")"
  JOINT_MATERIALS="$(json "$WORK/matters" "[x['code'] for m in d if m['code']=='$JOINT' for x in m['materials']]")"
  PARTS="$(json "$WORK/matters" "' '.join(j['departmentCode'] for m in d if m['code']=='$JOINT' for j in m['jointDepartments'])")"
  status="$(call POST "$CASE_URL/api/cases" "$ADMIN" "$RUN_ID-joint-submit" "{\"applicant\":{\"name\":\"李四\",\"phone\":\"13900139000\",
    \"callbackConsent\":false,\"subject\":\"smoke $RUN_ID\"},\"matterCode\":\"$JOINT\",\"windowCode\":\"$JOINT_WINDOW\",
    \"materials\":$JOINT_MATERIALS}")"
  [[ "$status" == 201 ]] || stop "joint submit answered $status: $(head -c 300 "$WORK/body")"
  JOINT_ID="$(json "$WORK/body" 'd["id"]')"
  status="$(call POST "$CASE_URL/api/cases/$JOINT_ID/acceptance" "$ADMIN" "$RUN_ID-joint-accept")"
  [[ "$status" == 200 ]] && pass "joint case $JOINT_ID ($JOINT at $JOINT_WINDOW) accepted; parts: $PARTS" \
    || stop "joint accept answered $status: $(head -c 300 "$WORK/body")"
  expected_clocks=$(( $(wc -w <<<"$PARTS") + 1 ))
  until_json "$DEADLINE_URL/api/deadlines/$JOINT_ID" "$ADMIN" "len(d['clocks'])==$expected_clocks" \
    && pass "joint clocks: $(json "$WORK/body" "', '.join(c['kind']+' '+c['departmentCode']+' due '+c['dueOn']+(' (provisional)' if c['provisional'] else '') for c in d['clocks'])")" \
    || fail "expected $expected_clocks clocks for the joint case: $(head -c 400 "$WORK/body")"
  OFFICER_DEPT="$( [[ -n "$OFFICER" ]] && claim "$OFFICER" department)"
  for part in $PARTS; do
    who="$ADMIN"; whoname="$ADMIN_CLIENT"
    if [[ -n "$OFFICER" && "$OFFICER_DEPT" == "$part" ]]; then who="$OFFICER"; whoname="$OFFICER_CLIENT"; fi
    status="$(call POST "$CASE_URL/api/cases/$JOINT_ID/joint-parts/$part/decisions" "$who" "$RUN_ID-joint-$part" \
      '{"approved":true,"reason":"同意"}')"
    [[ "$status" == 200 ]] && pass "$part approved (by $whoname)" || fail "$part decision answered $status: $(head -c 300 "$WORK/body")"
  done
  [[ "$(json "$WORK/body" 'd["status"]')" == COMPLETED ]] && pass "joint case COMPLETED after every approval" \
    || fail "joint case is $(json "$WORK/body" 'd["status"]') after every approval"
  until_json "$DEADLINE_URL/api/deadlines/$JOINT_ID" "$ADMIN" "all(c['state']=='STOPPED' for c in d['clocks'])" \
    && { [[ "$(json "$WORK/body" "all(c['outcome']=='ON_TIME' for c in d['clocks'])")" == true ]] \
           && pass "every joint clock STOPPED, ON_TIME" || fail "joint clocks: $(head -c 400 "$WORK/body")"; } \
    || fail "not every joint clock stopped after ${WAIT}s: $(head -c 400 "$WORK/body")"
fi

# ---------------------------------------------------------------------------------------------------------
# 5. Correlation: gateway, log lines, Kafka headers
RID_GATEWAY="$RUN_ID-gateway"
status="$(call GET "$GATEWAY_URL/api/cases/$CASE_ID" "$CLERK" "$RID_GATEWAY")"
if [[ "$status" == 200 && "$(json "$WORK/body" 'd["id"]')" == "$CASE_ID" ]]; then
  pass "gateway routes GET /api/cases/{id}"
  [[ "$(echoed_request_id)" == "$RID_GATEWAY" ]] && pass "X-Request-Id returned by the gateway" \
    || fail "the gateway returned X-Request-Id '$(echoed_request_id)', sent $RID_GATEWAY"
else
  fail "GET $GATEWAY_URL/api/cases/$CASE_ID answered $status: $(head -c 300 "$WORK/body")"
fi
status="$(call GET "$GATEWAY_URL/api/deadlines/$CASE_ID" "$CLERK" "$RUN_ID-gateway-deadlines")"
[[ "$status" == 200 ]] && pass "gateway routes GET /api/deadlines/{caseId}" || fail "gateway /api/deadlines answered $status"
# a POST through the gateway: the id it passes on reaches case-service's log and the event it causes
RID_GATEWAY_SUBMIT="$RUN_ID-gateway-submit"
GATEWAY_CASE_ID=""
status="$(call POST "$GATEWAY_URL/api/cases" "$CLERK" "$RID_GATEWAY_SUBMIT" "{\"applicant\":{\"name\":\"王五\",
  \"phone\":\"13700137000\",\"callbackConsent\":true},\"matterCode\":\"$MATTER\",\"windowCode\":\"$WINDOW\",
  \"materials\":$MATERIALS}")"
if [[ "$status" == 201 && "$(echoed_request_id)" == "$RID_GATEWAY_SUBMIT" ]]; then
  GATEWAY_CASE_ID="$(json "$WORK/body" 'd["id"]')"
  pass "gateway routes POST /api/cases (case $GATEWAY_CASE_ID, X-Request-Id returned)"
else
  fail "POST $GATEWAY_URL/api/cases answered $status with X-Request-Id '$(echoed_request_id)': $(head -c 300 "$WORK/body")"
fi

if [[ "${SMOKE_SKIP_LOGS:-false}" != true ]]; then
  if [[ -d "$LOGS" ]]; then
    for pair in "case-service:$RID_ACCEPT" "deadline-service:$RID_ACCEPT" "gateway:$RID_GATEWAY" \
                "case-service:$RID_GATEWAY_SUBMIT"; do
      name="${pair%%:*}"; rid="${pair#*:}"
      if grep -q -- "$rid" "$LOGS/$name.log" 2>/dev/null; then pass "$name log lines carry $rid"
      else fail "no line of ${LOGS#"$ROOT/"}/$name.log carries $rid"; fi
    done
  else
    note "no log folder $LOGS; log checks skipped"
  fi
fi

if [[ "${SMOKE_SKIP_KAFKA:-false}" != true ]]; then
  JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  if [[ -d "$ROOT/local-stack/target/lib" ]] && command -v "$JAVA" >/dev/null 2>&1; then
    cat >"$WORK/TopicHeaders.java" <<'JAVA'
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.*;
import org.apache.kafka.clients.consumer.*;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Prints each record of a topic (all partitions, from the beginning, no group) as: key | header=value ... */
public class TopicHeaders {
    public static void main(String[] args) {
        Properties p = new Properties();
        p.put("bootstrap.servers", args[0]);
        p.put("key.deserializer", ByteArrayDeserializer.class.getName());
        p.put("value.deserializer", ByteArrayDeserializer.class.getName());
        p.put("enable.auto.commit", "false");
        try (var consumer = new KafkaConsumer<byte[], byte[]>(p)) {
            List<TopicPartition> parts = consumer.partitionsFor(args[1], Duration.ofSeconds(10)).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            long deadline = System.currentTimeMillis() + 20000;
            while (System.currentTimeMillis() < deadline && parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    StringBuilder line = new StringBuilder(r.key() == null ? "-" : new String(r.key(), StandardCharsets.UTF_8)).append(" |");
                    for (Header h : r.headers()) {
                        line.append(' ').append(h.key()).append('=')
                                .append(h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
                    }
                    System.out.println(line);
                }
            }
        }
    }
}
JAVA
    for topic in hall.case-events hall.deadline-events; do
      "$JAVA" -Xmx128m -cp "$ROOT/local-stack/target/lib/*" "$WORK/TopicHeaders.java" "$KAFKA" "$topic" \
        >"$WORK/$topic" 2>"$WORK/$topic.err" || note "reading $topic failed: $(tail -n 1 "$WORK/$topic.err")"
    done
    # topic | event type | case | request id that caused it
    expectations=("hall.case-events|hall.case.accepted.v1|$CASE_ID|$RID_ACCEPT"
                  "hall.deadline-events|hall.deadline.started.v1|$CASE_ID|$RID_ACCEPT"
                  "hall.case-events|hall.case.completed.v1|$CASE_ID|$RID_COMPLETE")
    [[ -n "$GATEWAY_CASE_ID" ]] && expectations+=("hall.case-events|hall.case.submitted.v1|$GATEWAY_CASE_ID|$RID_GATEWAY_SUBMIT")
    for expectation in "${expectations[@]}"; do
      IFS='|' read -r topic type key rid <<<"$expectation"
      if grep "^$key " "$WORK/$topic" | grep " ce_type=$type " | grep -q " X-Request-Id=$rid\( \|$\)"; then
        pass "$topic: $type of case $key carries X-Request-Id $rid"
      else
        fail "$topic: no $type of case $key with X-Request-Id $rid ($(grep -c "^$key " "$WORK/$topic") records of the case)"
      fi
    done
  else
    note "no local-stack/target/lib or no java; Kafka header checks skipped"
  fi
fi

# ---------------------------------------------------------------------------------------------------------
# 8. The deadline rules, in one function: a late supplement notice, a late completion with its
#    accountability record, an extension asked after the due instant, a promised limit set by the window's clerk.
#    Imported cases (receivedAt in the past, by the admin persona) stand for cases whose periods have passed.
rules_flow() {
  local received imported status limit_path own_limit statutory
  received="$(date -u -d '40 days ago' +%Y-%m-%dT%H:%M:%SZ)"
  status="$(call POST "$CASE_URL/api/cases" "$ADMIN" "$RUN_ID-rules-import" "{\"applicant\":{\"name\":\"赵六\",
    \"phone\":\"13500135000\",\"callbackConsent\":false},\"matterCode\":\"$MATTER\",\"windowCode\":\"$WINDOW\",
    \"materials\":$MATERIALS,\"receivedAt\":\"$received\"}")"
  [[ "$status" == 201 ]] || { fail "rules: import of a case received $received answered $status: $(head -c 300 "$WORK/body")"; return; }
  imported="$(json "$WORK/body" 'd["id"]')"
  pass "rules: case $imported imported as received $received (40 days ago, no notice given)"

  # 1. a supplement notice after the 5-working-day period is refused; the case counts as accepted on the day of receipt
  status="$(call POST "$CASE_URL/api/cases/$imported/supplement-requests" "$CLERK" "$RUN_ID-rules-late-notice" \
    '{"items":[{"code":"PLAN","reason":"比例尺不清，无法审查布局"}]}')"
  [[ "$status" == 422 && "$(json "$WORK/body" 'd["errors"][0]["field"]')" == noticePeriod ]] \
    && pass "rules 1: late supplement notice refused (422 noticePeriod)" \
    || fail "rules 1: late supplement notice answered $status: $(head -c 300 "$WORK/body")"
  status="$(call GET "$CASE_URL/api/cases/$imported" "$CLERK" "$RUN_ID-rules-deemed")"
  [[ "$(json "$WORK/body" 'd["status"]+"/"+str(d["deemedAccepted"])+"/"+str(d["acceptedAt"]==d["receivedAt"])')" == ACCEPTED/True/True ]] \
    && pass "rules 1: the case counts as accepted on the day of receipt (deemed)" \
    || fail "rules 1: case is $(json "$WORK/body" 'd["status"]') deemed=$(json "$WORK/body" 'd["deemedAccepted"]')"

  # 3. the applicant clock is past due: an extension asked now is refused
  if until_json "$DEADLINE_URL/api/deadlines/$imported" "$CLERK" "any(c['kind']=='APPLICANT' for c in d['clocks'])"; then
    status="$(call POST "$DEADLINE_URL/api/deadlines/$imported/extensions" "$CLERK" "$RUN_ID-rules-late-extension" \
      '{"workingDays":2,"reason":"需补充现场核查"}')"
    [[ "$status" == 422 && "$(json "$WORK/body" 'd["type"]')" == *extension-after-due ]] \
      && pass "rules 3: extension asked after the due instant refused (422 extension-after-due)" \
      || fail "rules 3: late extension answered $status: $(head -c 300 "$WORK/body")"
  else
    fail "rules: no applicant clock for the deemed case $imported after ${WAIT}s"
  fi

  # 2. completed at once, late: the clock stops LATE and exactly one accountability record is opened
  status="$(call POST "$CASE_URL/api/cases/$imported/completion" "$CLERK" "$RUN_ID-rules-late-complete" '{"result":"准予许可"}')"
  [[ "$status" == 200 ]] || fail "rules 2: completion answered $status: $(head -c 300 "$WORK/body")"
  until_json "$DEADLINE_URL/api/deadlines/$imported" "$CLERK" "next(c['state'] for c in d['clocks'] if c['kind']=='APPLICANT')=='STOPPED'" \
    && [[ "$(json "$WORK/body" "next(c['outcome'] for c in d['clocks'] if c['kind']=='APPLICANT')")" == LATE ]] \
    && pass "rules 2: late completion stops the clock LATE" \
    || fail "rules 2: clock after the late completion: $(head -c 300 "$WORK/body")"
  if until_json "$DEADLINE_URL/api/accountability?window=$WINDOW&size=200" "$ADMIN" \
      "sum(1 for r in (d if isinstance(d, list) else d.get('items', [])) if r['caseId']=='$imported')==1"; then
    pass "rules 2: one accountability record for the late case"
  else
    fail "rules 2: accountability records of the late case: $(head -c 300 "$WORK/body")"
  fi

  # 4. the window's clerk sets the promised limit of a matter (not above the statutory limit), with its history
  limit_path="$CASE_URL/api/windows/$WINDOW/matters/$MATTER/promised-limit"
  status="$(call GET "$limit_path" "$CLERK" "$RUN_ID-rules-limit")"
  own_limit="$(json "$WORK/body" 'd["promisedLimitDays"]')"
  statutory="$(json "$WORK/body" 'd["statutoryLimitDays"]')"
  [[ "$status" == 200 && -n "$statutory" ]] || { fail "rules 4: GET promised limit answered $status: $(head -c 300 "$WORK/body")"; return; }
  status="$(call PUT "$limit_path" "$CLERK" "$RUN_ID-rules-limit-above" "{\"promisedLimitDays\":$((statutory + 1)),\"reason\":\"smoke\"}")"
  [[ "$status" == 422 ]] && pass "rules 4: a promised limit above the statutory $statutory days refused (422)" \
    || fail "rules 4: limit above the statutory one answered $status"
  status="$(call PUT "$limit_path" "$CLERK" "$RUN_ID-rules-limit-set" "{\"promisedLimitDays\":$statutory,\"reason\":\"smoke $RUN_ID\"}")"
  [[ "$status" == 200 && "$(json "$WORK/body" 'd["promisedLimitDays"]')" == "$statutory" ]] \
    && pass "rules 4: the clerk of $WINDOW set the promised limit of $MATTER to $statutory working days" \
    || fail "rules 4: setting the limit answered $status: $(head -c 300 "$WORK/body")"
  status="$(call GET "$limit_path" "$CLERK" "$RUN_ID-rules-limit-history")"
  [[ "$(json "$WORK/body" "any(c['reason']=='smoke $RUN_ID' for c in d['changes'])")" == true ]] \
    && pass "rules 4: the change is in the limit's history" || fail "rules 4: history: $(head -c 300 "$WORK/body")"
  # the rest of the flow (and the next run) keeps the limit it started with
  call PUT "$limit_path" "$CLERK" "$RUN_ID-rules-limit-restore" "{\"promisedLimitDays\":$own_limit,\"reason\":\"smoke restore\"}" >/dev/null
}
rules_flow

# 7. The hall callback loop and the surveys, through the gateway (callback_survey_flow below): on-site form and
#    bad e-evaluator rating of the completed case; the rating's follow-up callback; the clerk reads questionnaires,
#    campaigns and its window's callbacks; a weekly sampling round over the month's frame (the demo's hall cases);
#    an unsatisfied answer opens a problem, the clerk reports the rectification, the satisfied re-callback closes
#    it; the week's window score counts callbacks, ratings and forms and is published; an officer sees only its
#    department's windows.

# The latest instant (UTC, ISO) inside the default calling hours 08:30-20:00 hall time that is not in the future.
latest_calling_instant() {
  python3 - "${HALL_ZONE:-Asia/Shanghai}" <<'PY'
import datetime, sys, zoneinfo
zone = zoneinfo.ZoneInfo(sys.argv[1])
now = datetime.datetime.now(zone) - datetime.timedelta(seconds=30)
start, end = datetime.time(8, 30), datetime.time(19, 59)
if now.time() < start:
    now = datetime.datetime.combine(now.date() - datetime.timedelta(days=1), end, zone)
elif now.time() > end:
    now = datetime.datetime.combine(now.date(), end, zone)
print(now.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
PY
}

# The ISO weeks whose Monday lies in the current hall month (their sampling frame is this month), this week first.
weeks_of_this_month() {
  python3 - "${HALL_ZONE:-Asia/Shanghai}" <<'PY'
import datetime, sys, zoneinfo
today = datetime.datetime.now(zoneinfo.ZoneInfo(sys.argv[1])).date()
monday = today - datetime.timedelta(days=today.weekday())
weeks = []
day = today.replace(day=1)
while day.month == today.month:
    if day.weekday() == 0:
        y, w, _ = day.isocalendar()
        weeks.append((abs((day - monday).days), f"{y}-W{w:02d}"))
    day += datetime.timedelta(days=1)
print(" ".join(w for _, w in sorted(weeks)))
PY
}

# callback_answers OVERALL EFFICIENCY: the six answers of a reached person as a JSON body.
callback_answers() {
  printf '{"answers":{"SERVICE_ATTITUDE":"SATISFIED","EFFICIENCY":"%s","PUBLISHED_PROCEDURE":"SATISFIED","NO_OUTSIDE_HANDLING":"SATISFIED","INTEGRITY":"SATISFIED","OVERALL":"%s"},"comments":"冒烟测试回访","suggestions":"无"}' "$2" "$1"
}

# post_settled URL TOKEN RID BODY CHECK_URL EXPRESSION: POSTs through the gateway; a 503 after the gateway's time
# limit may or may not have been processed, so then the state is read until EXPRESSION holds. Prints the status
# (200 when the state shows the change).
post_settled() {
  local status
  status="$(call POST "$1" "$2" "$3" "$4")"
  if [[ "$status" == 503 ]] && until_json "$5" "$2" "$6"; then status=200; fi
  echo "$status"
}

# reach_and_answer TASK OVERALL EFFICIENCY WHAT: a REACHED call inside the calling hours, then the answers.
reach_and_answer() {
  local task="$1" at status
  at="$(latest_calling_instant)"
  status="$(post_settled "$GATEWAY_URL/api/callbacks/$task/attempts" "$AGENT" "$RUN_ID-attempt-$task" \
    "{\"result\":\"REACHED\",\"attemptedAt\":\"$at\"}" "$GATEWAY_URL/api/callbacks/$task" "d['status']=='REACHED'")"
  [[ "$status" == 200 ]] || { fail "$4: call of task $task at $at answered $status: $(head -c 300 "$WORK/body")"; return 1; }
  status="$(post_settled "$GATEWAY_URL/api/callbacks/$task/outcome" "$AGENT" "$RUN_ID-outcome-$task" \
    "$(callback_answers "$2" "$3")" "$GATEWAY_URL/api/callbacks/$task" "d['status']=='ANSWERED'")"
  [[ "$status" == 200 && "$(json "$WORK/body" 'd["status"]')" == ANSWERED ]] \
    && pass "$4: task $task reached at $at and answered (overall $2, efficiency $3)" \
    || { fail "$4: outcome of $task answered $status: $(head -c 300 "$WORK/body")"; return 1; }
}

callback_survey_flow() {
  local supervisor agent week status form task round problem recallback rated_case="$CASE_ID"
  SUPERVISOR="$(token "${SMOKE_SUPERVISOR_CLIENT:-supervisor}")" || { fail "no token for the supervisor persona"; return; }
  AGENT="$(token "${SMOKE_AGENT_CLIENT:-callback-agent}")" || { fail "no token for the callback agent persona"; return; }
  week="$(python3 -c 'import datetime, zoneinfo; d = datetime.datetime.now(zoneinfo.ZoneInfo("'"${HALL_ZONE:-Asia/Shanghai}"'")).date(); y, w, _ = d.isocalendar(); print(f"{y}-W{w:02d}")')"

  # the clerk reads questionnaires and its window's on-site campaigns through the gateway
  status="$(call GET "$GATEWAY_URL/api/questionnaires" "$CLERK" "$RUN_ID-clerk-questionnaires")"
  [[ "$status" == 200 ]] && pass "gateway: the clerk reads questionnaires ($(json "$WORK/body" 'len(d)') templates)" \
    || fail "gateway GET /api/questionnaires as clerk answered $status"

  # an on-site form and a bad e-evaluator rating of the completed case, at the clerk's window
  form='{"answers":{"ATTITUDE":"满意","EFFICIENCY":"满意","PROCEDURE":"满意","IN-HALL":"满意","INTEGRITY":"满意","OVERALL":"基本满意"}}'
  status="$(call POST "$GATEWAY_URL/api/survey-responses" "$CLERK" "$RUN_ID-onsite-form" "$form")"
  [[ "$status" == 201 ]] && pass "on-site form of window $WINDOW recorded through the gateway (score $(json "$WORK/body" 'd["score"]'))" \
    || fail "on-site form answered $status: $(head -c 300 "$WORK/body")"
  status="$(call GET "$GATEWAY_URL/api/campaigns?window=$WINDOW&week=$week" "$CLERK" "$RUN_ID-clerk-campaigns")"
  [[ "$status" == 200 && "$(json "$WORK/body" "any(c['campaign']['windowCode']=='$WINDOW' for c in d)")" == true ]] \
    && pass "gateway: the clerk reads its window's on-site campaign of $week" \
    || fail "gateway GET /api/campaigns as clerk answered $status: $(head -c 300 "$WORK/body")"
  status="$(call POST "$GATEWAY_URL/api/evaluator-ratings" "$CLERK" "$RUN_ID-bad-rating" \
    "{\"caseId\":\"$rated_case\",\"level\":\"UNSATISFIED\",\"reason\":\"办理时间过长\"}")"
  [[ "$status" == 201 ]] && pass "bad e-evaluator rating of case $rated_case recorded (score $(json "$WORK/body" 'd["score"]'))" \
    || fail "bad rating answered $status: $(head -c 300 "$WORK/body")"
  until_json "$GATEWAY_URL/api/survey-statistics?window=$WINDOW&week=$week" "$ADMIN" \
      "d['windowWeek']['ratings'] >= 1 and d['windowWeek']['onsiteForms'] >= 1" \
    && pass "survey-service: window $WINDOW week $week: $(json "$WORK/body" 'd["windowWeek"]')" \
    || fail "survey-service figures of $WINDOW $week: $(head -c 300 "$WORK/body")"

  # the bad rating asked callback-service for a follow-up callback (FollowUpRequested), which the clerk can see
  until_json "$GATEWAY_URL/api/callbacks?window=$WINDOW&limit=200" "$AGENT" \
      "any(t['kind']=='FOLLOW_UP' and t['caseId']=='$rated_case' for t in d)" \
    && pass "callback-service: FOLLOW_UP callback task for the bad rating of case $rated_case" \
    || fail "no FOLLOW_UP callback task for case $rated_case after ${WAIT}s"
  status="$(call GET "$GATEWAY_URL/api/callbacks?window=$WINDOW" "$CLERK" "$RUN_ID-clerk-callbacks")"
  [[ "$status" == 200 && "$(json "$WORK/body" "all(t['windowCode']=='$WINDOW' for t in d) and len(d) > 0")" == true ]] \
    && pass "gateway: the clerk reads its window's callback tasks ($(json "$WORK/body" 'len(d)'))" \
    || fail "gateway GET /api/callbacks as clerk answered $status: $(head -c 300 "$WORK/body")"
  status="$(call POST "$GATEWAY_URL/api/callbacks/none/attempts" "$CLERK" "$RUN_ID-clerk-attempt" '{"result":"REACHED"}')"
  [[ "$status" == 403 ]] && pass "gateway: a clerk may not record calls (403)" || fail "a clerk's call attempt answered $status"

  # a weekly sampling round over this month's frame (one round per week: a later run takes the next free week)
  round=""
  for candidate in $(weeks_of_this_month); do
    status="$(call POST "$GATEWAY_URL/api/sampling-rounds" "$SUPERVISOR" "$RUN_ID-round-$candidate" "{\"week\":\"$candidate\"}")"
    if [[ "$status" == 201 ]]; then round="$(json "$WORK/body" 'd["id"]')"; break; fi
    [[ "$status" == 409 ]] || break
  done
  [[ -n "$round" ]] || { fail "no sampling round could be drawn this month (last answer $status: $(head -c 300 "$WORK/body"))"; return; }
  cp "$WORK/body" "$WORK/round"
  pass "sampling round $round of $candidate: $(json "$WORK/round" "', '.join(w['windowCode']+' '+str(len(w['tasks']))+'/'+str(w['frameSize']) for w in d['windows'])") (tasks/frame)"
  task="$(json "$WORK/round" "next((t['id'] for w in d['windows'] if w['windowCode']=='$WINDOW' for t in w['tasks']), None)")"
  [[ -n "$task" ]] || { fail "the round drew no task at window $WINDOW (load the demo data: ./platform demo)"; return; }

  # unsatisfied -> problem -> the clerk's rectification -> satisfied re-callback -> closed
  reach_and_answer "$task" BASICALLY_SATISFIED UNSATISFIED "round callback" || return
  until_json "$GATEWAY_URL/api/problems?window=$WINDOW" "$CLERK" "any(p['callbackId']=='$task' and p['dueDate'] for p in d)" \
    || { fail "no problem with a due date for task $task: $(head -c 300 "$WORK/body")"; return; }
  problem="$(json "$WORK/body" "next(p['id'] for p in d if p['callbackId']=='$task')")"
  pass "problem $problem opened against $WINDOW ($(json "$WORK/body" "next(p['dimension']+', level '+p['level']+', due '+p['dueDate'] for p in d if p['id']=='$problem')"))"
  status="$(post_settled "$GATEWAY_URL/api/problems/$problem/rectification" "$CLERK" "$RUN_ID-rectification" \
    '{"measures":"已对窗口人员进行提醒谈话，压缩办理时限"}' "$GATEWAY_URL/api/problems/$problem" "d.get('reCallbackId')")"
  recallback="$(json "$WORK/body" 'd["reCallbackId"]')"
  [[ "$status" == 200 && -n "$recallback" ]] && pass "the clerk reported the rectification; re-callback task $recallback" \
    || { fail "rectification answered $status: $(head -c 300 "$WORK/body")"; return; }
  reach_and_answer "$recallback" SATISFIED SATISFIED "re-callback" || return
  status="$(call GET "$GATEWAY_URL/api/problems/$problem" "$CLERK" "$RUN_ID-problem-closed")"
  [[ "$status" == 200 && "$(json "$WORK/body" 'd["status"]+"/"+d["closedHow"]')" == CLOSED/SATISFIED_CALLBACK ]] \
    && pass "problem $problem CLOSED by the satisfied re-callback" \
    || fail "problem $problem is $(json "$WORK/body" 'd["status"]') after a satisfied re-callback ($status)"

  # the week's score of the window: callbacks, e-evaluator ratings and on-site forms; then published
  until_json "$GATEWAY_URL/api/window-scores/$WINDOW?week=$week" "$CLERK" \
      "d['reached'] >= 2 and d['ratings'] >= 1 and d['forms'] >= 1" \
    && pass "window score of $WINDOW $week: reached $(json "$WORK/body" 'd["reached"]'), ratings $(json "$WORK/body" 'd["ratings"]'), forms $(json "$WORK/body" 'd["forms"]'), score $(json "$WORK/body" 'd["score"]'), grade $(json "$WORK/body" 'd["grade"]')" \
    || fail "window score of $WINDOW $week: $(head -c 400 "$WORK/body")"
  status="$(post_settled "$GATEWAY_URL/api/window-scores/$week/publication" "$SUPERVISOR" "$RUN_ID-publication" \
    "{\"reason\":\"冒烟测试 $RUN_ID\"}" "$GATEWAY_URL/api/window-scores?week=$week" "d['reason']=='冒烟测试 $RUN_ID'")"
  [[ ( "$status" == 201 || "$status" == 200 ) && "$(json "$WORK/body" "d['published'] and any(w['windowCode']=='$WINDOW' and w['ratings'] >= 1 and w['forms'] >= 1 for w in d['windows'])")" == true ]] \
    && pass "weekly scores of $week published (version $(json "$WORK/body" 'd["version"]'))" \
    || fail "publication of $week answered $status: $(head -c 300 "$WORK/body")"
  status="$(call GET "$GATEWAY_URL/api/window-scores?week=$week" "$CLERK" "$RUN_ID-clerk-board")"
  [[ "$status" == 200 && "$(json "$WORK/body" "d['published'] and [w['windowCode'] for w in d['windows']]==['$WINDOW']")" == true ]] \
    && pass "the clerk reads its window's published score only" || fail "the clerk's board: $status $(head -c 300 "$WORK/body")"
  if [[ -n "$OFFICER" ]]; then
    local department windows
    department="$(claim "$OFFICER" department)"
    call GET "$CASE_URL/api/windows" "$ADMIN" "$RUN_ID-windows" >/dev/null
    windows="$(json "$WORK/body" "[w['code'] for w in d if w['departmentCode']=='$department']")"
    status="$(call GET "$GATEWAY_URL/api/window-scores?week=$week" "$OFFICER" "$RUN_ID-officer-board")"
    [[ "$status" == 200 && "$(json "$WORK/body" "all(w['windowCode'] in $windows for w in d['windows'])")" == true ]] \
      && pass "the officer of $department reads its department's window scores ($(json "$WORK/body" "[w['windowCode'] for w in d['windows']]"))" \
      || fail "the officer's board answered $status: $(head -c 300 "$WORK/body")"
  fi
}

callback_survey_flow

# ---------------------------------------------------------------------------------------------------------
# 9. Owner visits (callback-service through the gateway, personas SMOKE_MANAGER_CLIENT `manager` of project P01 and
# SMOKE_AGENT_CLIENT `callback-agent`): a month's visit plan proposed and approved, a visit recorded with an
# issue the owner raised, the issue assigned to ENGINEERING (due date from deadline-service's calendar), measures
# reported, the owner called back and satisfied, the issue closed.
owner_visit_flow() {
  local manager agent project month status plan visit issue task called_at i complaint
  manager="$(token "${SMOKE_MANAGER_CLIENT:-manager}")" || { fail "no token for the manager persona"; return; }
  agent="$(token "${SMOKE_AGENT_CLIENT:-callback-agent}")" || { fail "no token for the callback-agent persona"; return; }
  project="$(claim "$manager" project)"
  [[ -n "$project" ]] || { fail "the manager persona's token has no project claim"; return; }
  # the first month from next month on without a plan yet (a rerun finds the next one)
  for i in $(seq 1 24); do
    month="$(python3 -c "import datetime, zoneinfo; d = datetime.datetime.now(zoneinfo.ZoneInfo('${HALL_ZONE:-Asia/Shanghai}')).date(); m = d.month - 1 + $i; print(f'{d.year + m // 12}-{m % 12 + 1:02d}')")"
    status="$(call POST "$GATEWAY_URL/api/visit-plans" "$agent" "$RUN_ID-visit-plan" "{\"project\":\"$project\",\"month\":\"$month\"}")"
    [[ "$status" == 409 ]] || break
  done
  [[ "$status" == 201 ]] || { fail "visit plan of $project for $month answered $status: $(head -c 300 "$WORK/body")"; return; }
  plan="$(json "$WORK/body" 'd["id"]')"
  pass "visit plan $plan of $project for $month: $(json "$WORK/body" 'len(d["visits"])') of $(json "$WORK/body" 'd["households"]') households (cycle $(json "$WORK/body" 'd["cycleMonths"]') months)"
  status="$(call POST "$GATEWAY_URL/api/visit-plans/$plan/decision" "$manager" "$RUN_ID-visit-plan-decision" '{"approved":true}')"
  [[ "$status" == 200 && "$(json "$WORK/body" 'd["status"]')" == APPROVED ]] && pass "plan approved by the project manager" \
    || { fail "plan decision answered $status: $(head -c 300 "$WORK/body")"; return; }
  visit="$(json "$WORK/body" 'd["visits"][0]["id"] if d["visits"] else None')"
  if [[ -z "$visit" ]]; then
    status="$(call GET "$GATEWAY_URL/api/projects/$project/owners?size=1" "$manager" "$RUN_ID-owners")"
    status="$(call POST "$GATEWAY_URL/api/visits" "$agent" "$RUN_ID-special-visit" "{\"project\":\"$project\",
      \"ownerId\":\"$(json "$WORK/body" 'd["items"][0]["id"]')\",\"kind\":\"SPECIAL\",\"method\":\"FACE_TO_FACE\",
      \"plannedOn\":\"$(date +%F)\",\"content\":\"专项走访\",\"purpose\":\"了解停水影响\"}")"
    [[ "$status" == 201 ]] || { fail "ad hoc visit answered $status: $(head -c 300 "$WORK/body")"; return; }
    visit="$(json "$WORK/body" 'd["id"]')"
    note "the plan had no household due; visiting ad hoc instead"
  fi
  status="$(call POST "$GATEWAY_URL/api/visits/$visit/record" "$agent" "$RUN_ID-visit-record" \
    '{"notes":"业主在家","issues":[{"category":"维修","description":"楼道灯不亮"},{"category":"收费","description":"能否按季度缴费","answer":"可以，已告知"},{"description":"保洁不及时，楼道垃圾两天未清","complaint":true}]}')"
  [[ "$status" == 200 ]] || { fail "recording visit $visit answered $status: $(head -c 300 "$WORK/body")"; return; }
  issue="$(json "$WORK/body" 'd["issueIds"][0]')"
  complaint="$(json "$WORK/body" 'd["complaintIds"][0]')"
  pass "visit $visit recorded; issue $issue escalated, another answered on the spot, complaint $complaint raised"
  status="$(call POST "$GATEWAY_URL/api/problems/$issue/assignment" "$manager" "$RUN_ID-issue-assign" '{"department":"ENGINEERING"}')"
  [[ "$status" == 200 ]] && pass "issue assigned to ENGINEERING, measures due $(json "$WORK/body" 'd["dueDate"]')" \
    || { fail "assignment answered $status: $(head -c 300 "$WORK/body")"; return; }
  status="$(call POST "$GATEWAY_URL/api/problems/$issue/rectification" "$manager" "$RUN_ID-issue-measures" '{"measures":"工程部已更换灯具"}')"
  [[ "$status" == 200 ]] || { fail "measures answered $status: $(head -c 300 "$WORK/body")"; return; }
  task="$(json "$WORK/body" 'd["reCallbackId"]')"
  pass "measures reported; re-callback $task"
  # a call inside the calling hours (08:30-20:00 hall time): now, or the latest 19:00 before now
  called_at="$(python3 -c "
import datetime, zoneinfo
z = zoneinfo.ZoneInfo('${HALL_ZONE:-Asia/Shanghai}'); now = datetime.datetime.now(z)
t = now if datetime.time(8, 31) <= now.time() < datetime.time(19, 59) else now.replace(hour=19, minute=0, second=0, microsecond=0)
t = t if t <= now else t - datetime.timedelta(days=1)
print((t - datetime.timedelta(seconds=30)).astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'))")"
  status="$(call POST "$GATEWAY_URL/api/callbacks/$task/attempts" "$agent" "$RUN_ID-recall-attempt" "{\"result\":\"REACHED\",\"attemptedAt\":\"$called_at\"}")"
  [[ "$status" == 200 ]] || { fail "re-callback attempt answered $status: $(head -c 300 "$WORK/body")"; return; }
  status="$(call POST "$GATEWAY_URL/api/callbacks/$task/outcome" "$agent" "$RUN_ID-recall-outcome" \
    '{"answers":{"SERVICE_ATTITUDE":"SATISFIED","EFFICIENCY":"SATISFIED","PUBLISHED_PROCEDURE":"SATISFIED","NO_OUTSIDE_HANDLING":"SATISFIED","INTEGRITY":"SATISFIED","OVERALL":"SATISFIED"},"comments":"灯已修好"}')"
  [[ "$status" == 200 ]] || { fail "re-callback outcome answered $status: $(head -c 300 "$WORK/body")"; return; }
  status="$(call GET "$GATEWAY_URL/api/problems/$issue" "$manager" "$RUN_ID-issue-closed")"
  [[ "$status" == 200 && "$(json "$WORK/body" 'd["status"]+"/"+d["closedHow"]')" == CLOSED/SATISFIED_CALLBACK ]] \
    && pass "owner satisfied: issue $issue CLOSED after $(json "$WORK/body" 'd["round"]') round(s)" \
    || fail "issue $issue is $(json "$WORK/body" 'd["status"]') ($status) after a satisfied re-callback"
  owner_complaint_visit "$manager" "$agent" "$project" "$complaint"
}

# owner_complaint_visit MANAGER AGENT PROJECT COMPLAINT: case-service files the complaint raised on the visit (from
# callback-service's event), the project's manager resolves it, and callback-service plans exactly one COMPLAINT
# visit of the owner for it, one working day after the resolution (hall time, official CN schedule).
owner_complaint_visit() {
  local manager="$1" agent="$2" project="$3" complaint="$4" status resolved_on expected
  if until_json "$GATEWAY_URL/api/complaints/$complaint" "$manager" "d['status']=='OPEN'"; then
    pass "complaint $complaint raised on the visit filed by case-service as a property-service complaint of $project"
  else
    fail "complaint $complaint not filed by case-service within ${WAIT}s: $(head -c 300 "$WORK/body")"; return
  fi
  status="$(call POST "$GATEWAY_URL/api/complaints/$complaint/resolution" "$manager" "$RUN_ID-complaint-resolution" \
    '{"outcome":"已对保洁员进行培训，楼道每日清扫两次"}')"
  [[ "$status" == 200 ]] || { fail "resolving complaint $complaint answered $status: $(head -c 300 "$WORK/body")"; return; }
  resolved_on="$(hall_date "$(json "$WORK/body" 'd["resolvedAt"]')")"
  if until_json "$GATEWAY_URL/api/visits?project=$project" "$agent" "any(v.get('sourceRef')=='complaint:$complaint' for v in d)"; then
    local found kind planned_on
    found="$(json "$WORK/body" "len([v for v in d if v.get('sourceRef')=='complaint:$complaint'])")"
    kind="$(json "$WORK/body" "[v['kind'] for v in d if v.get('sourceRef')=='complaint:$complaint'][0]")"
    planned_on="$(json "$WORK/body" "[v['plannedOn'] for v in d if v.get('sourceRef')=='complaint:$complaint'][0]")"
    read -r expected _ <<<"$(cn_working_days_after "$resolved_on" 1)"
    [[ "$found" == 1 && "$kind" == COMPLAINT && "$planned_on" == "$expected" ]] \
      && pass "complaint resolved on $resolved_on: one COMPLAINT visit of the owner planned on $planned_on" \
      || fail "complaint visits for $complaint: $found, kind $kind, planned on $planned_on (expected one COMPLAINT on $expected)"
  else
    fail "no COMPLAINT visit for complaint $complaint within ${WAIT}s"
  fi
}
owner_visit_flow

# ---------------------------------------------------------------------------------------------------------
# 6. Dead letters
for pair in "case-service:$CASE_URL" "deadline-service:$DEADLINE_URL" "callback-service:$CALLBACK_URL" "survey-service:$SURVEY_URL"; do
  name="${pair%%:*}"; url="${pair#*:}"
  status="$(call GET "$url/ops/dead-letters" "$ADMIN" "$RUN_ID-dead-letters")"
  if [[ "$status" == 200 && "$(json "$WORK/body" 'len(d) if isinstance(d, list) else len(d.get("items", d.get("content", [])))')" == 0 ]]; then
    pass "$name: no dead letters"
  else
    fail "$name /ops/dead-letters answered $status: $(head -c 300 "$WORK/body")"
  fi
done

echo
if ((FAILED == 0)); then echo "smoke flow passed"; else echo "smoke flow: $FAILED check(s) failed"; exit 1; fi
