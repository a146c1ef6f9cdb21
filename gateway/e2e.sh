#!/usr/bin/env bash
# End-to-end check of the gateway and the identity issuer against a running local stack:
#
#   ./platform up --demo        # PostgreSQL, Kafka, identity-service, the services and the gateway, demo catalogue
#   gateway/e2e.sh
#
# 1. gets tokens from the issuer with curl (client-credentials grant of the demo personas)
# 2. no token -> 401, wrong role -> 403 (problem details), both with an X-Request-Id
# 3. a clerk creates a case through the gateway with a chosen X-Request-Id; the id comes back
# 4. the case can be read back through the gateway
# 5. the event the request caused on hall.case-events carries the same X-Request-Id header (Kafka)
# 6. every route: 401 without a token, 403 with a role the gateway rule leaves out, the service answers the right role
# Exit code 0 when every check passed. Needs curl; step 5 needs java and local-stack/target/lib (Kafka clients).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GATEWAY="${GATEWAY_URL:-http://127.0.0.1:18080}"
ISSUER="${ISSUER_URL:-http://127.0.0.1:18090}"
SECRET="${DEMO_CLIENT_SECRET:-demo-secret}"
KAFKA="${KAFKA_BOOTSTRAP:-127.0.0.1:19092}"
MATTER="${E2E_MATTER:-MKT-IMM-001}"
WINDOW="${E2E_WINDOW:-W-MKT-01}"
JAVA="${JAVA:-java}"
failures=0
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

pass() { printf 'ok    %s\n' "$1"; }
fail() { printf 'FAIL  %s\n' "$1"; failures=$((failures + 1)); }
header() { grep -i "^$1:" "$2" | tail -n 1 | cut -d: -f2- | tr -d ' \r'; }

token() {
  curl -sS -u "$1:$SECRET" -d grant_type=client_credentials "$ISSUER/oauth2/token" \
    | sed -nE 's/.*"access_token":"([^"]+)".*/\1/p'
}

curl -fsS "$GATEWAY/actuator/health" >/dev/null 2>&1 || { echo "gateway not healthy at $GATEWAY (./platform up?)"; exit 2; }

# 1. tokens
CLERK="$(token clerk)"
AGENT="$(token callback-agent)"
if [[ -n "$CLERK" && -n "$AGENT" ]]; then pass "tokens from $ISSUER for clerk and callback-agent"; else fail "no token from $ISSUER"; exit 1; fi

# 2. 401 and 403 through the gateway
status=$(curl -sS -o "$TMP/401.json" -D "$TMP/401.h" -w '%{http_code}' "$GATEWAY/api/cases")
if [[ "$status" == 401 ]] && grep -q '"status":401' "$TMP/401.json" && [[ -n "$(header X-Request-Id "$TMP/401.h")" ]]; then
  pass "no token -> 401 problem with X-Request-Id"
else fail "no token: expected 401 problem, got $status"; fi

status=$(curl -sS -o "$TMP/403.json" -w '%{http_code}' -H "Authorization: Bearer $AGENT" \
  -H 'Content-Type: application/json' -d '{}' "$GATEWAY/api/matters")
if [[ "$status" == 403 ]]; then pass "callback-agent POST /api/matters -> 403"; else fail "wrong role: expected 403, got $status"; fi

# 3. create a case through the gateway
REQUEST_ID="e2e-$(date +%s)-$RANDOM"
cat >"$TMP/case.json" <<JSON
{"applicant":{"name":"张三","phone":"13800138000","idNumber":"110101199003074512","callbackConsent":true},
 "matterCode":"$MATTER","windowCode":"$WINDOW","materials":["FORM","LICENSE","ID"]}
JSON
status=$(curl -sS -o "$TMP/created.json" -D "$TMP/created.h" -w '%{http_code}' \
  -H "Authorization: Bearer $CLERK" -H 'Content-Type: application/json' -H "X-Request-Id: $REQUEST_ID" \
  --data-binary @"$TMP/case.json" "$GATEWAY/api/cases")
returned="$(header X-Request-Id "$TMP/created.h")"
location="$(header Location "$TMP/created.h")"
if [[ "$status" == 20[01] ]]; then pass "clerk POST /api/cases -> $status ($location)"; else fail "create case: $status $(head -c 400 "$TMP/created.json")"; fi
if [[ "$returned" == "$REQUEST_ID" ]]; then pass "X-Request-Id $REQUEST_ID returned"; else fail "X-Request-Id: sent $REQUEST_ID, got '$returned'"; fi

# 4. read it back
if [[ -n "$location" ]]; then
  path="/${location#*://*/}"; [[ "$location" == /* ]] && path="$location"
  status=$(curl -sS -o "$TMP/case-read.json" -w '%{http_code}' -H "Authorization: Bearer $CLERK" "$GATEWAY$path")
  if [[ "$status" == 200 ]]; then pass "GET $path -> 200"; else fail "GET $path -> $status"; fi
fi

# 5. the request id in the Kafka headers of the event the request caused
LIB="$ROOT/local-stack/target/lib"
if [[ -d "$LIB" ]] && command -v "$JAVA" >/dev/null; then
  cat >"$TMP/FindRequestId.java" <<'JAVA'
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

public class FindRequestId {
    public static void main(String[] args) {
        Properties p = new Properties();
        p.put("bootstrap.servers", args[0]);
        p.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        p.put("value.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(args[1]).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long until = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < until) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    Header h = r.headers().lastHeader("X-Request-Id");
                    if (h != null && args[2].equals(new String(h.value(), StandardCharsets.UTF_8))) {
                        Header type = r.headers().lastHeader("ce_type");
                        Header trace = r.headers().lastHeader("traceparent");
                        System.out.println((type == null ? "?" : new String(type.value(), StandardCharsets.UTF_8)) + " key=" + r.key()
                                + " traceparent=" + (trace == null ? "-" : new String(trace.value(), StandardCharsets.UTF_8)));
                        return;
                    }
                }
            }
            System.exit(1);
        }
    }
}
JAVA
  if found=$("$JAVA" -cp "$LIB/*" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "$TMP/FindRequestId.java" "$KAFKA" hall.case-events "$REQUEST_ID" 2>"$TMP/kafka.err"); then
    pass "event on hall.case-events carries X-Request-Id $REQUEST_ID ($found)"
    # W3C trace context from the gateway through the service into the event's headers
    GATEWAY_LOG="${PLATFORM_STATE_DIR:-$ROOT/.platform}/logs/gateway.log"
    if [[ -f "$GATEWAY_LOG" ]]; then
      trace_id="$(grep "$REQUEST_ID" "$GATEWAY_LOG" | grep -o '\[gateway,[0-9a-f]\{32\}' | head -n 1 | cut -d, -f2)"
      if [[ -n "$trace_id" && "$found" == *"traceparent=00-$trace_id-"* ]]; then
        pass "event's traceparent continues the gateway's trace $trace_id"
      else
        fail "event's traceparent does not continue the gateway's trace '${trace_id:-?}' ($found)"
      fi
    fi
  else
    fail "no event with X-Request-Id $REQUEST_ID on hall.case-events within 30 s $(tail -n 2 "$TMP/kafka.err")"
  fi
else
  echo "skip  Kafka header check (no $LIB or no java)"
fi

# 6. every route, against the running services: no token -> 401, a role the gateway rule leaves out -> 403,
#    a role it names reaches the service (any answer of the service itself: 200, 404, 405, 400, ...)
APPLICANT="$(token applicant)"; SUPERVISOR="$(token supervisor)"; MANAGER="$(token manager)"; OFFICER="$(token officer)"
bearer_of() {
  case "$1" in
    applicant) echo "$APPLICANT" ;; clerk) echo "$CLERK" ;; supervisor) echo "$SUPERVISOR" ;;
    callback-agent) echo "$AGENT" ;; manager) echo "$MANAGER" ;; officer) echo "$OFFICER" ;;
  esac
}
YEAR_MONTH="$(date +%Y-%m)"; TODAY="$(date +%Y-%m-%d)"
# path | persona the rule leaves out ("-" when every role may read) | persona it names
ROUTES=(
  "/api/cases|manager|clerk"
  "/api/complaints|-|applicant"
  "/api/ledgers/$WINDOW/$YEAR_MONTH|applicant|supervisor"
  "/api/departments|-|applicant"
  "/api/windows|-|applicant"
  "/api/matters|-|applicant"
  "/api/calendars/CN/days/$TODAY|-|applicant"
  "/api/deadlines|applicant|supervisor"
  "/api/extensions/none|applicant|supervisor"
  "/api/accountability|applicant|supervisor"
  "/api/deadline-statistics/windows?from=$YEAR_MONTH-01&to=$TODAY|applicant|supervisor"
  "/api/callbacks|applicant|callback-agent"
  "/api/callback-plans|applicant|callback-agent"
  "/api/sampling-rounds|applicant|callback-agent"
  "/api/visits|applicant|callback-agent"
  "/api/projects|applicant|callback-agent"
  "/api/problems|applicant|callback-agent"
  "/api/window-scores|applicant|supervisor"
  "/api/questionnaires|clerk|manager"
  "/api/campaigns|clerk|manager"
  "/api/survey-responses|officer|applicant"
  "/api/evaluator-ratings|officer|applicant"
  "/api/survey-statistics|applicant|supervisor"
  "/api/rectifications|applicant|callback-agent"
)
for route in "${ROUTES[@]}"; do
  IFS='|' read -r path denied allowed <<<"$route"
  status=$(curl -sS -o /dev/null -w '%{http_code}' "$GATEWAY$path")
  [[ "$status" == 401 ]] || fail "GET $path without token: expected 401, got $status"
  if [[ "$denied" != "-" ]]; then
    status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(bearer_of "$denied")" "$GATEWAY$path")
    [[ "$status" == 403 ]] || fail "GET $path as $denied: expected 403, got $status"
  fi
  status=$(curl -sS -o "$TMP/route.json" -w '%{http_code}' -H "Authorization: Bearer $(bearer_of "$allowed")" "$GATEWAY$path")
  if [[ "$status" =~ ^(401|403|429|50[0-9])$ ]]; then
    fail "GET $path as $allowed: expected an answer of the service, got $status $(head -c 200 "$TMP/route.json")"
  else
    refused=""; [[ "$denied" != "-" ]] && refused=", 403 as $denied"
    pass "GET $path: 401 without token$refused, $status from the service as $allowed"
  fi
done

# the request id in the service's and the gateway's logs (local stack writes them under .platform/logs)
LOGS="${PLATFORM_STATE_DIR:-$ROOT/.platform}/logs"
for component in gateway case-service; do
  if [[ -f "$LOGS/$component.log" ]]; then
    if grep -q "$REQUEST_ID" "$LOGS/$component.log"; then pass "$component log mentions $REQUEST_ID"; else fail "$component log lacks $REQUEST_ID"; fi
  fi
done

if ((failures == 0)); then echo "e2e: all checks passed"; else echo "e2e: $failures check(s) failed"; fi
exit $((failures > 0))
