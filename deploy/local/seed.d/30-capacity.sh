# shellcheck shell=bash
# Demo capacity building: programs linked to the seeded initiatives, cohorts with seats and per-party quotas,
# enrolments that fill a cohort and leave a waitlist, a withdrawal that promotes the first in line, a no-show, and
# recorded results that issue certificates (and one that fails).
# Needs 10-initiatives.sh (SEED_INITIATIVE_*). Sourced by deploy/local/seed, which defines the seed_* helpers.
#
# Exports, for later seed.d files:
#   SEED_PROGRAM_<SLUG>      the id of each program below, e.g. SEED_PROGRAM_CLOUD_OPS
#   SEED_COHORT_<SLUG>       the id of each cohort below, e.g. SEED_COHORT_CLOUD_OPS_HANOI
#   SEED_PROGRAMS            "slug=id ..." of the programs
#   SEED_COHORTS             "slug=id ..." of the cohorts
#   SEED_CERTIFICATES        the ids of the certificates issued to the demo participants, space-separated
#
# Dates: cohorts are scheduled relative to the day their program was created (its createdAt, which stays the same on
# every later run), so the request bodies, and with them the Idempotency-Keys' requests, stay the same from run to
# run, and the first run's enrolment windows are open. Results are recorded only from a cohort's last day on, so a
# cohort whose story goes on to results is moved, after its enrolments, to the days just before its program was
# created (seed_ran), as if it had run then.

: "${SEED_INITIATIVE_DIGITAL_TALENT:?10-initiatives.sh must run first}"
SEED_PROGRAMS=""
SEED_COHORTS=""
SEED_CERTIFICATES=""

# seed_program SLUG CLIENT BODY [PUBLISH]: creates (or finds, by provider party, measure and title) a program,
# publishes it unless PUBLISH is false (it then stays a DRAFT), exports SEED_PROGRAM_<SLUG>.
seed_program() {
  local slug=$1 client=$2 body=$3 publish=${4:-true} item id var
  item=$(seed_create program "$slug" "$client" /api/v1/programs "$body" \
    "/api/v1/programs?providerParty=$(jq -r .providerParty <<<"$body")&measure=$(jq -r .measure <<<"$body")" \
    ".title == $(jq -c .title <<<"$body")")
  id=$(jq -r .id <<<"$item")
  var=SEED_PROGRAM_$(tr 'a-z-' 'A-Z_' <<<"$slug")
  printf -v "$var" '%s' "$id"
  export "${var?}"
  SEED_PROGRAMS="$SEED_PROGRAMS${SEED_PROGRAMS:+ }$slug=$id"
  if [ "$publish" = true ]; then
    seed_advance "$client" "/api/v1/programs/$id" "PUBLISHED:Curriculum approved; open for cohorts and enrolment"
  fi
}

# seed_cohort SLUG PROGRAM_ID CLIENT START_OFFSET_DAYS LENGTH_DAYS TIME_ZONE PLACE SEATS QUOTAS_JSON COMPLETION_JSON [RAN]
# The cohort starts START_OFFSET_DAYS after the program was created; enrolment is open from the day before the
# program was created until noon UTC on the eve of the start (before midnight in the Asian time zones used here).
# RAN=true: seed_ran will move it into the past, so it is also looked up on the dates it has there.
seed_cohort() {
  local slug=$1 program=$2 client=$3 offset=$4 length=$5 zone=$6 place=$7 seats=$8 quotas=$9 completion=${10}
  local ran=${11:-false} anchor start lookup body item id var
  anchor=$(seed_api "$client" GET "/api/v1/programs/$program" | jq -r '.createdAt[0:10]')
  start=$(seed_date "$offset" "$anchor")
  lookup=".startDate == \"$start\""
  if [ "$ran" = true ]; then
    lookup="$lookup or .startDate == \"$(seed_ran_start "$anchor" "$length")\""
  fi
  body=$(jq -nc --arg start "$start" --arg last "$(seed_date "$((length - 1))" "$start")" \
    --arg opens "$(seed_date -1 "$anchor")T00:00:00Z" --arg closes "$(seed_date -1 "$start")T12:00:00Z" \
    --arg zone "$zone" --arg place "$place" --argjson seats "$seats" --argjson quotas "$quotas" --argjson completion "$completion" \
    '{startDate: $start, endDate: $last, enrolmentOpens: $opens, enrolmentCloses: $closes, timeZone: $zone, seats: $seats,
      quotas: $quotas, completion: $completion} + (if $place == "" then {} else {place: $place} end)')
  item=$(seed_create cohort "$slug" "$client" "/api/v1/programs/$program/cohorts" "$body" \
    "/api/v1/programs/$program/cohorts" "$lookup")
  id=$(jq -r .id <<<"$item")
  var=SEED_COHORT_$(tr 'a-z-' 'A-Z_' <<<"$slug")
  printf -v "$var" '%s' "$id"
  export "${var?}"
  SEED_COHORTS="$SEED_COHORTS${SEED_COHORTS:+ }$slug=$id"
}

# seed_ran_start ANCHOR_DATE LENGTH_DAYS: the first day of a cohort of that length that ran up to the eve of ANCHOR_DATE.
seed_ran_start() { seed_date "-$2" "$1"; }

# seed_ran COHORT_ID CLIENT: moves the cohort, keeping its length, to the days just before its program was created,
# with an enrolment window that closed before them, so that its results can be recorded; its enrolments stay.
seed_ran() {
  local cohort=$1 client=$2 view anchor length start etag body
  view=$(seed_api "$client" GET "/api/v1/cohorts/$cohort" "" -D "$SEED_TMP/headers-$cohort")
  anchor=$(seed_api "$client" GET "/api/v1/programs/$(jq -r .programId <<<"$view")" | jq -r '.createdAt[0:10]')
  length=$((($(date -u -d "$(jq -r .endDate <<<"$view")" +%s) - $(date -u -d "$(jq -r .startDate <<<"$view")" +%s)) / 86400 + 1))
  start=$(seed_ran_start "$anchor" "$length")
  [ "$(jq -r .startDate <<<"$view")" != "$start" ] || return 0
  etag=$(tr -d '\r' <"$SEED_TMP/headers-$cohort" | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')
  body=$(jq -c --arg start "$start" --arg last "$(seed_date -1 "$anchor")" --arg opens "$(seed_date -30 "$start")T00:00:00Z" \
    --arg closes "$(seed_date -1 "$start")T12:00:00Z" \
    '{startDate: $start, endDate: $last, enrolmentOpens: $opens, enrolmentCloses: $closes, timeZone, seats, quotas,
      completion} + (if .place == null then {} else {place} end)' <<<"$view")
  seed_api "$client" PUT "/api/v1/cohorts/$cohort" "$body" -H "If-Match: $etag" >/dev/null
  echo "transition done" >>"$SEED_TMP/counts"
  seed_log "  > cohorts/$cohort: moved to $start .. $(seed_date -1 "$anchor"), as if it had run"
}

# seed_enrol COHORT_ID CLIENT PROVIDER_CLIENT NAME EMAIL PARTY ORGANISATION_TYPE SEX: prints the enrolment id.
# Enrols as CLIENT (a client of the participant's party, or the secretariat); looks the email up as the provider
# (partners see their participants' enrolments without personal data).
seed_enrol() {
  local cohort=$1 client=$2 provider=$3 name=$4 email=$5 party=$6 type=$7 sex=$8 body
  body=$(jq -nc --arg name "$name" --arg email "$email" --arg party "$party" --arg type "$type" --arg sex "$sex" \
    '{participant: {name: $name, email: $email, party: $party, organisationType: $type, sex: $sex, consent: true}}')
  seed_create enrolment "$cohort/$email" "$client" "/api/v1/cohorts/$cohort/enrolments" "$body" \
    "/api/v1/cohorts/$cohort/enrolments" ".email == \"$email\"" "$provider" | jq -r .id
}

# seed_result ENROLMENT_ID PROVIDER_CLIENT ATTENDANCE SCORE: records results of a CONFIRMED enrolment (once).
seed_result() {
  local enrolment=$1 client=$2 attendance=$3 score=$4 status view
  status=$(seed_api "$client" GET "/api/v1/enrolments/$enrolment" | jq -r .status)
  case $status in
    COMPLETED | FAILED) return ;;
    CONFIRMED) ;;
    *) seed_fail "enrolment $enrolment is $status; results need a CONFIRMED enrolment" ;;
  esac
  view=$(seed_api "$client" POST "/api/v1/enrolments/$enrolment/result" \
    "$(jq -nc --argjson attendance "$attendance" --arg score "$score" \
      '{attendancePercent: $attendance} + (if $score == "" then {} else {score: ($score | tonumber)} end)')")
  echo "transition done" >>"$SEED_TMP/counts"
  seed_log "  > enrolments/$enrolment: CONFIRMED -> $(jq -r .status <<<"$view")"
}

WITHDRAW="WITHDRAWN:Reassigned to other duties during the course dates"
NO_SHOW="NO_SHOW:Did not attend any session"
PASS_MARK_60='{"minAttendancePercent": 80, "passMark": 60}'

# --- Cloud operations for government technicians: Viet Nam provides it (its agency), for the digital talent
# initiative. A small cohort in Hanoi fills up: 6 seats, 2 reserved for VN and 1 for TH, 9 applications.
seed_program cloud-ops agency-vn-demo "$(jq -nc --arg initiative "$SEED_INITIATIVE_DIGITAL_TALENT" '{
  title: "Cloud operations for government technicians",
  description: "Five days of hands-on training in running and securing government workloads on cloud platforms: landing zones, identity, backups, cost control and incident handling.",
  measure: "VI",
  topics: ["CLOUD", "DIGITAL_GOVERNMENT", "CYBERSECURITY"],
  audiences: ["TECHNICIANS", "OFFICIALS"],
  providerParty: "VN",
  providerOrganisation: "Viet Nam Academy of Digital Skills",
  delivery: "HYBRID",
  languages: ["en", "vi"],
  initiativeId: $initiative,
  certificateValidityMonths: 36
}')"
seed_cohort cloud-ops-hanoi "$SEED_PROGRAM_CLOUD_OPS" agency-vn-demo 21 5 Asia/Ho_Chi_Minh \
  "Hanoi, National Innovation Centre" 6 '[{"party": "VN", "seats": 2}, {"party": "TH", "seats": 1}]' "$PASS_MARK_60" true
seed_cohort cloud-ops-online "$SEED_PROGRAM_CLOUD_OPS" agency-vn-demo 60 5 Asia/Ho_Chi_Minh \
  "Online, with a lab day at the Ho Chi Minh City Innovation Hub" 30 '[{"party": "VN", "seats": 10}]' "$PASS_MARK_60"

c=$SEED_COHORT_CLOUD_OPS_HANOI
lan=$(seed_enrol "$c" agency-vn-demo agency-vn-demo "Nguyen Thi Lan" lan.nguyen@mst.example.org VN GOVERNMENT F)
minh=$(seed_enrol "$c" agency-vn-demo agency-vn-demo "Tran Van Minh" minh.tran@mst.example.org VN GOVERNMENT M)
somchai=$(seed_enrol "$c" agency-th-demo agency-vn-demo "Somchai Phongsri" somchai.p@depa.example.org TH GOVERNMENT M)
anh=$(seed_enrol "$c" agency-vn-demo agency-vn-demo "Le Hoang Anh" anh.le@hcmc.example.org VN GOVERNMENT F)
fang=$(seed_enrol "$c" agency-cn-demo agency-vn-demo "Wang Fang" wang.fang@gxic.example.org CN GOVERNMENT F)
kanya=$(seed_enrol "$c" agency-th-demo agency-vn-demo "Kanya Srisuk" kanya.s@dga.example.org TH GOVERNMENT F)
liu=$(seed_enrol "$c" partner-cn-demo agency-vn-demo "Liu Yang" liu.yang@cloudcn.example.org CN PRIVATE_SECTOR M)
seed_enrol "$c" partner-my-demo agency-vn-demo "Ahmad Faizal bin Ismail" ahmad.faizal@mycloud.example.org MY PRIVATE_SECTOR M >/dev/null
seed_enrol "$c" partner-my-demo agency-vn-demo "Nurul Aisyah binti Rahman" nurul.aisyah@mycloud.example.org MY PRIVATE_SECTOR F >/dev/null
# Kanya withdraws: her open seat goes to the longest-waiting applicant of any party (Liu Yang).
seed_advance agency-th-demo "/api/v1/enrolments/$kanya" "$WITHDRAW"
seed_advance agency-vn-demo "/api/v1/enrolments/$anh" "$NO_SHOW"
# The course runs; then the provider records the results.
seed_ran "$c" agency-vn-demo
seed_result "$lan" agency-vn-demo 95 88
seed_result "$minh" agency-vn-demo 90 74
seed_result "$somchai" agency-vn-demo 85 52
seed_result "$fang" agency-vn-demo 100 91
seed_result "$liu" agency-vn-demo 85 67

# --- Selling across borders: a Chinese training provider (partner) for the MSME e-commerce initiative; online,
# attendance only (no assessment).
seed_program ecommerce-msme partner-cn-demo "$(jq -nc --arg initiative "$SEED_INITIATIVE_MSME_ECOMMERCE" '{
  title: "Selling across borders: e-commerce for small businesses",
  description: "Six online sessions on listing products on regional marketplaces, cross-border payments, logistics, returns and the consumer protection rules of the main markets.",
  measure: "VII",
  topics: ["ECOMMERCE_FOR_MSMES", "DIGITAL_TRADE"],
  audiences: ["MSME_OWNERS", "MANAGERS"],
  providerParty: "CN",
  providerOrganisation: "China-ASEAN E-commerce Academy, Nanning",
  delivery: "ONLINE",
  languages: ["en", "zh-Hans"],
  initiativeId: $initiative
}')"
seed_cohort ecommerce-msme-2027 "$SEED_PROGRAM_ECOMMERCE_MSME" partner-cn-demo 14 10 Asia/Shanghai "" 20 \
  '[{"party": "PH", "seats": 4}, {"party": "TL", "seats": 2}, {"party": "VN", "seats": 4}]' '{"minAttendancePercent": 75}' true
c=$SEED_COHORT_ECOMMERCE_MSME_2027
hoa=$(seed_enrol "$c" agency-vn-demo partner-cn-demo "Pham Thu Hoa" hoa.pham@handicrafts.example.org VN PRIVATE_SECTOR F)
seed_enrol "$c" agency-vn-demo partner-cn-demo "Vo Quoc Bao" bao.vo@coffee.example.org VN PRIVATE_SECTOR M >/dev/null
siti=$(seed_enrol "$c" partner-my-demo partner-cn-demo "Siti Hajar binti Osman" siti.hajar@batik.example.org MY PRIVATE_SECTOR F)
seed_enrol "$c" partner-my-demo partner-cn-demo "Tan Wei Ming" weiming.tan@durian.example.org MY PRIVATE_SECTOR M >/dev/null
seed_enrol "$c" partner-cn-demo partner-cn-demo "Zhao Li" zhao.li@teashop.example.org CN PRIVATE_SECTOR F >/dev/null
seed_enrol "$c" secretariat-demo partner-cn-demo "Maria Soares" maria.soares@tais.example.org TL CIVIL_SOCIETY F >/dev/null
seed_enrol "$c" agency-th-demo partner-cn-demo "Preecha Wongsa" preecha.w@otop.example.org TH PRIVATE_SECTOR UNDISCLOSED >/dev/null
seed_ran "$c" partner-cn-demo
seed_result "$hoa" partner-cn-demo 100 ""
seed_result "$siti" partner-cn-demo 60 ""

# --- Incident handling for SOC analysts: a Malaysian provider (partner) for the CERT exercises initiative.
seed_program soc-analysts partner-my-demo "$(jq -nc --arg initiative "$SEED_INITIATIVE_CERT_EXERCISES" --arg need "$(seed_need_id la-cert-training LA "Incident response training for the national CERT")" '{
  answersNeeds: ([$need] - [""]),
  title: "Incident handling for security operations centre analysts",
  description: "A cyber-range course: triage, forensics, containment and cross-border escalation, ending with a team exercise on a simulated attack on a payment switch.",
  measure: "V",
  topics: ["CYBERSECURITY"],
  audiences: ["TECHNICIANS"],
  providerParty: "MY",
  providerOrganisation: "Kuala Lumpur Cyber Range Academy",
  delivery: "IN_PERSON",
  languages: ["en", "ms"],
  initiativeId: $initiative,
  certificateValidityMonths: 24
}')"
seed_cohort soc-analysts-kl "$SEED_PROGRAM_SOC_ANALYSTS" partner-my-demo 45 4 Asia/Kuala_Lumpur \
  "Kuala Lumpur, Cyberjaya cyber range" 12 '[{"party": "MY", "seats": 4}]' '{"minAttendancePercent": 90, "passMark": 70}'
c=$SEED_COHORT_SOC_ANALYSTS_KL
seed_enrol "$c" partner-my-demo partner-my-demo "Lim Chee Keong" cheekeong.lim@bank.example.org MY PRIVATE_SECTOR M >/dev/null
seed_enrol "$c" partner-my-demo partner-my-demo "Farah Nadia" farah.nadia@telco.example.org MY PRIVATE_SECTOR F >/dev/null
seed_enrol "$c" agency-th-demo partner-my-demo "Anan Chaiyaporn" anan.c@thaicert.example.org TH GOVERNMENT M >/dev/null
seed_enrol "$c" agency-vn-demo partner-my-demo "Dang Minh Chau" chau.dang@vncert.example.org VN GOVERNMENT F >/dev/null

# --- Digital literacy for educators: provided by Timor-Leste, created by the secretariat on its behalf.
seed_program educators-tl secretariat-demo "$(jq -nc --arg initiative "$SEED_INITIATIVE_DIGITAL_TALENT" '{
  title: "Digital literacy for school teachers",
  description: "Teaching with digital tools, online safety for pupils and building simple digital learning materials, for primary and secondary teachers.",
  measure: "VI",
  topics: ["DIGITAL_LITERACY"],
  audiences: ["EDUCATORS"],
  providerParty: "TL",
  providerOrganisation: "National Institute for Teacher Training, Dili",
  delivery: "ONLINE",
  languages: ["en", "pt", "tet"],
  initiativeId: $initiative
}')"
seed_cohort educators-tl-2027 "$SEED_PROGRAM_EDUCATORS_TL" secretariat-demo 30 20 Asia/Dili "" 40 \
  '[{"party": "TL", "seats": 20}]' '{"minAttendancePercent": 70}'
c=$SEED_COHORT_EDUCATORS_TL_2027
seed_enrol "$c" secretariat-demo secretariat-demo "Joana da Costa" joana.costa@escola.example.org TL GOVERNMENT F >/dev/null
seed_enrol "$c" secretariat-demo secretariat-demo "Armando Pereira" armando.pereira@escola.example.org TL GOVERNMENT M >/dev/null
seed_enrol "$c" secretariat-demo secretariat-demo "Rosa Ximenes" rosa.ximenes@escola.example.org TL ACADEMIA F >/dev/null

# --- AI governance for public officials: Thailand's agency is still preparing it (a DRAFT, seen only by Thai
# clients and the secretariat).
seed_program ai-officials agency-th-demo "$(jq -nc --arg initiative "$SEED_INITIATIVE_AI_SANDBOX" '{
  title: "AI governance for public officials",
  description: "Risk classification, impact assessment and procurement of AI systems for the public sector, with case studies from the regional sandboxes.",
  measure: "VI",
  topics: ["AI_GOVERNANCE", "DIGITAL_GOVERNMENT"],
  audiences: ["OFFICIALS", "MANAGERS"],
  providerParty: "TH",
  providerOrganisation: "Digital Government Development Agency Academy",
  delivery: "HYBRID",
  languages: ["en", "th"],
  initiativeId: $initiative
}')" false

for pair in $SEED_COHORTS; do
  for id in $(seed_api secretariat-demo GET "/api/v1/cohorts/${pair#*=}/enrolments?status=COMPLETED&limit=100" | jq -r '.items[].certificateId'); do
    SEED_CERTIFICATES="$SEED_CERTIFICATES${SEED_CERTIFICATES:+ }$id"
  done
done
unset c lan minh somchai anh fang kanya liu hoa siti pair id
export SEED_PROGRAMS SEED_COHORTS SEED_CERTIFICATES
export -f seed_program seed_cohort seed_ran_start seed_ran seed_enrol seed_result

seed_summary_capacity() {
  local programs pair cohort statuses="" line certificate verdict
  programs=$(seed_api secretariat-demo GET '/api/v1/programs?limit=100')
  echo "  programs: $(jq .total <<<"$programs") ($(jq -r '[.items | group_by(.status)[] | "\(length) \(.[0].status)"] | join(", ")' <<<"$programs"))"
  for pair in $SEED_COHORTS; do
    cohort=$(seed_api secretariat-demo GET "/api/v1/cohorts/${pair#*=}")
    statuses=$(seed_api secretariat-demo GET "/api/v1/cohorts/${pair#*=}/enrolments?limit=100" |
      jq -r '[.items | group_by(.status)[] | "\(length) \(.[0].status)"] | join(", ")')
    line=$(jq -r '"\(.seats) seats, \(.seatsTaken) taken, \(.waitlisted) waiting"' <<<"$cohort")
    echo "  cohort ${pair%%=*}: $line; enrolments: ${statuses:-none}"
  done
  echo "  certificates of the demo participants: $(wc -w <<<"$SEED_CERTIFICATES")"
  certificate=${SEED_CERTIFICATES%% *}
  if [ -n "$certificate" ]; then
    verdict=$(seed_api secretariat-demo POST /api/v1/certificates/verify \
      "$(seed_api secretariat-demo GET "/api/v1/certificates/$certificate" | jq -c '{credential: .jwt}')" | jq -r .verdict)
    echo "  certificate $certificate verifies as $verdict ($ACDE_API_URL/api/v1/certificates/$certificate)"
  fi
  echo "  statistics: $(seed_api secretariat-demo GET /api/v1/capacity/stats | jq -c '{programs, participants, completions}')"
}
seed_summary_add seed_summary_capacity
