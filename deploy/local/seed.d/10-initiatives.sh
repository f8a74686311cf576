# shellcheck shell=bash
# Demo initiatives: at least one under every measure I–VII, led by ten different parties, in every stage of the
# lifecycle (a proposal, endorsed, active, closed), with milestones, indicators and progress reports.
# Sourced by deploy/local/seed, which defines the seed_* helpers.
#
# Exports, for later seed.d files:
#   SEED_INITIATIVE_<SLUG>   the id of each initiative below, e.g. SEED_INITIATIVE_SMART_PORT (slug upper-cased,
#                            dashes as underscores)
#   SEED_INITIATIVES         "slug=id ..." for all of them
# Endorsed and active initiatives are public, so any demo client may link to them.

SEED_INITIATIVES=""

# seed_initiative SLUG CLIENT BODY: creates (or finds, by lead party, measure and title) one initiative and exports
# its id as SEED_INITIATIVE_<SLUG>; prints the id.
seed_initiative() {
  local slug=$1 client=$2 body=$3 lead measure title item id var
  lead=$(jq -r .leadParty <<<"$body")
  measure=$(jq -r .measure <<<"$body")
  title=$(jq -c .title <<<"$body")
  item=$(seed_create initiative "$slug" "$client" /api/v1/initiatives "$body" \
    "/api/v1/initiatives?leadParty=$lead&measure=$measure" ".title == $title")
  id=$(jq -r .id <<<"$item")
  var=SEED_INITIATIVE_$(tr 'a-z-' 'A-Z_' <<<"$slug")
  printf -v "$var" '%s' "$id"
  export "${var?}"
  SEED_INITIATIVES="$SEED_INITIATIVES${SEED_INITIATIVES:+ }$slug=$id"
}

# seed_milestone INITIATIVE_ID CLIENT SLUG BODY
seed_milestone() {
  local initiative=$1 client=$2 slug=$3 body=$4
  seed_create milestone "$slug" "$client" "/api/v1/initiatives/$initiative/milestones" "$body" \
    "/api/v1/initiatives/$initiative/milestones" ".title == $(jq -c .title <<<"$body")" >/dev/null
}

# seed_indicator INITIATIVE_ID CLIENT SLUG BODY: prints the indicator's id.
seed_indicator() {
  local initiative=$1 client=$2 slug=$3 body=$4
  seed_create indicator "$slug" "$client" "/api/v1/initiatives/$initiative/indicators" "$body" \
    "/api/v1/initiatives/$initiative/indicators" ".title == $(jq -c .title <<<"$body")" | jq -r .id
}

# seed_report INITIATIVE_ID CLIENT PARTY SLUG BODY: one report per party and period.
seed_report() {
  local initiative=$1 client=$2 party=$3 slug=$4 body=$5
  seed_create progress-report "$slug" "$client" "/api/v1/initiatives/$initiative/progress-reports" "$body" \
    "/api/v1/initiatives/$initiative/progress-reports" ".party == \"$party\" and .period == $(jq -c .period <<<"$body")" >/dev/null
}

ENDORSE="ENDORSED:Endorsed at the ASEAN-China Digital Ministers' Meeting"
ACTIVATE="ACTIVE:Implementation started; funding released"

# --- Measure I: policy exchange. Led by China, proposed by its agency; active.
seed_initiative trusted-data-flows agency-cn-demo "$(cat <<'JSON'
{
  "title": "ASEAN-China policy dialogue on trusted cross-border data flows",
  "summary": "A standing dialogue of data protection authorities and digital ministries that compares rules on cross-border data transfers and drafts common model contractual clauses.",
  "objectives": "Publish a comparative study of data transfer rules in all twelve parties; agree model contractual clauses for cross-border data transfers; run two regulator exchanges a year.",
  "targetGroups": "Data protection authorities, digital economy ministries, industry associations",
  "measure": "I",
  "subAreas": ["TRUSTED_DIGITAL_ECOSYSTEM", "DIGITAL_REGULATORY_PRACTICES", "POLICIES_RULES_STANDARDS"],
  "tags": ["data governance", "cross-border data"],
  "leadParty": "CN",
  "participatingParties": ["CN", "ID", "MY", "SG", "TH", "VN"],
  "organisations": [
    {"name": "Cyberspace Administration of China", "role": "ACCOUNTABLE", "type": "GOVERNMENT", "party": "CN"},
    {"name": "Personal Data Protection Commission Singapore", "role": "IMPLEMENTING", "type": "GOVERNMENT", "party": "SG"},
    {"name": "ASEAN-China Centre", "role": "FUNDING", "type": "INTERNATIONAL_ORGANISATION"}
  ],
  "mechanisms": ["ASEAN-China Digital Ministers' Meeting"],
  "plannedStart": "2026-01-15",
  "plannedEnd": "2027-12-31",
  "budget": {"original": {"amount": "450000.00", "currency": "USD"}},
  "documents": [{"title": "Concept note", "url": "https://asean.org/acde/trusted-data-flows/concept-note.pdf", "category": "CONCEPT_NOTE"}]
}
JSON
)"
seed_advance agency-cn-demo "/api/v1/initiatives/$SEED_INITIATIVE_TRUSTED_DATA_FLOWS" "$ENDORSE" "$ACTIVATE"

# --- Measure I: a 2025 programme of events, led by Brunei; closed.
seed_initiative digital-economy-year secretariat-demo "$(cat <<'JSON'
{
  "title": "ASEAN-China Year of Digital Economy Cooperation 2025 events",
  "summary": "The calendar of ministerial, business and youth events held across the region during the 2025 year of digital economy cooperation.",
  "measure": "I",
  "subAreas": ["GOVERNMENT_BUSINESS_ACADEMIA_PLATFORM"],
  "tags": ["events"],
  "leadParty": "BN",
  "participatingParties": ["BN", "CN", "KH", "LA", "PH"],
  "organisations": [{"name": "Ministry of Transport and Infocommunications", "role": "ACCOUNTABLE", "type": "GOVERNMENT", "party": "BN"}],
  "plannedStart": "2025-01-01",
  "plannedEnd": "2025-12-31",
  "budget": {"original": {"amount": "200000.00", "currency": "USD"}, "revised": {"amount": "185000.00", "currency": "USD"}}
}
JSON
)"
seed_advance secretariat-demo "/api/v1/initiatives/$SEED_INITIATIVE_DIGITAL_ECONOMY_YEAR" "$ENDORSE" "$ACTIVATE" \
  "FINALISING:All events held; final report in preparation" "CLOSED:Final report accepted by the Senior Officials"

# --- Measure II: infrastructure, led by Lao PDR; endorsed, not started.
seed_initiative mekong-fibre secretariat-demo "$(cat <<'JSON'
{
  "title": "Mekong cross-border fibre interconnection feasibility study",
  "summary": "A joint technical and economic study of new terrestrial fibre routes between Lao PDR, Cambodia, Thailand, Viet Nam and Yunnan, and of open-access arrangements for them.",
  "measure": "II",
  "subAreas": ["CONNECTIVITY", "INTERNATIONAL_COMMUNICATION_INFRASTRUCTURE"],
  "tags": ["fibre", "mekong"],
  "leadParty": "LA",
  "participatingParties": ["LA", "KH", "TH", "VN", "CN"],
  "organisations": [
    {"name": "Ministry of Technology and Communications", "role": "ACCOUNTABLE", "type": "GOVERNMENT", "party": "LA"},
    {"name": "China Mobile International", "role": "IMPLEMENTING", "type": "PRIVATE_SECTOR", "party": "CN"}
  ],
  "plannedStart": "2027-03-01",
  "plannedEnd": "2028-02-29",
  "budget": {"original": {"amount": "1200000.00", "currency": "USD"}}
}
JSON
)"
seed_advance secretariat-demo "/api/v1/initiatives/$SEED_INITIATIVE_MEKONG_FIBRE" "$ENDORSE"

# --- Measure III: the 5G smart port pilot, led by Viet Nam; active, with milestones, an indicator and reports.
seed_initiative smart-port agency-vn-demo "$(jq -c --arg need "$(seed_need_id vn-port-5g VN "Private 5G for container terminals")" '. + {answersNeeds: ([$need] - [""])}' <<'JSON'
{
  "title": "ASEAN-China 5G smart port pilot",
  "summary": "Private 5G networks at Hai Phong and Qinzhou container terminals for remote crane operation, berth scheduling and paperless customs clearance between the two ports.",
  "objectives": "Cut average vessel turnaround by 15%; exchange electronic manifests between the two ports; publish a replicable blueprint for other ASEAN ports.",
  "targetGroups": "Port operators, customs administrations, shipping lines",
  "measure": "III",
  "subAreas": ["FIVE_G", "DIGITAL_TRADE_PILOTS"],
  "tags": ["5G", "ports", "logistics"],
  "leadParty": "VN",
  "participatingParties": ["VN", "CN", "SG"],
  "organisations": [
    {"name": "Ministry of Science and Technology of Viet Nam", "role": "ACCOUNTABLE", "type": "GOVERNMENT", "party": "VN"},
    {"name": "Hai Phong Port JSC", "role": "IMPLEMENTING", "type": "PRIVATE_SECTOR", "party": "VN"},
    {"name": "Beibu Gulf Port Group", "role": "IMPLEMENTING", "type": "PRIVATE_SECTOR", "party": "CN"}
  ],
  "mechanisms": ["ASEAN-China Digital Ministers' Meeting", "China-ASEAN Information Harbor Forum"],
  "plannedStart": "2026-02-01",
  "plannedEnd": "2027-06-30",
  "budget": {"original": {"amount": "3500000.00", "currency": "USD"}},
  "documents": [
    {"title": "Memorandum of understanding", "url": "https://asean.org/acde/smart-port/mou.pdf", "category": "MOU"},
    {"title": "Work plan 2026-2027", "url": "https://asean.org/acde/smart-port/work-plan.pdf", "category": "WORK_PLAN"}
  ]
}
JSON
)"
seed_advance agency-vn-demo "/api/v1/initiatives/$SEED_INITIATIVE_SMART_PORT" "$ENDORSE" "$ACTIVATE"
seed_milestone "$SEED_INITIATIVE_SMART_PORT" agency-vn-demo smart-port-network \
  '{"title": "Private 5G network live at both terminals", "dueDate": "2026-05-31", "status": "DONE", "completedOn": "2026-05-20"}'
seed_milestone "$SEED_INITIATIVE_SMART_PORT" agency-vn-demo smart-port-manifests \
  '{"title": "First electronic manifests exchanged between the ports", "dueDate": "2026-09-30", "status": "MISSED"}'
seed_milestone "$SEED_INITIATIVE_SMART_PORT" agency-vn-demo smart-port-blueprint \
  '{"title": "Replication blueprint published", "dueDate": "2027-06-15", "status": "PLANNED"}'
SMART_PORT_CALLS=$(seed_indicator "$SEED_INITIATIVE_SMART_PORT" agency-vn-demo smart-port-calls "$(cat <<'JSON'
{
  "title": "Vessel calls handled with 5G-enabled berth scheduling",
  "description": "Calls at Hai Phong and Qinzhou whose berth plan was produced by the shared scheduling system.",
  "level": "OUTPUT",
  "unit": "COUNT",
  "ascending": true,
  "baseline": {"value": 0, "date": "2026-01-31"},
  "targets": [{"period": "2026-H1", "value": 200}, {"period": "2026-H2", "value": 600}, {"period": "2027-H1", "value": 1200}]
}
JSON
)")
SMART_PORT_TURNAROUND=$(seed_indicator "$SEED_INITIATIVE_SMART_PORT" agency-vn-demo smart-port-turnaround "$(cat <<'JSON'
{
  "title": "Reduction of average vessel turnaround time",
  "level": "OUTCOME",
  "unit": "PERCENT",
  "ascending": true,
  "baseline": {"value": 0, "date": "2026-01-31"},
  "targets": [{"period": "2026", "value": 8}, {"period": "2027", "value": 15}]
}
JSON
)")
seed_report "$SEED_INITIATIVE_SMART_PORT" agency-vn-demo VN smart-port-vn-2026-h1 "$(jq -n --arg calls "$SMART_PORT_CALLS" '{
  period: "2026-H1",
  narrative: "The private 5G network went live at Hai Phong in May. Berth scheduling ran on it for 163 calls; remote crane operation is in trial on two cranes.",
  actuals: [{indicatorId: $calls, value: 163, byParty: [{party: "VN", value: 163}]}]
}')"
seed_report "$SEED_INITIATIVE_SMART_PORT" agency-cn-demo CN smart-port-cn-2026-h1 "$(jq -n --arg calls "$SMART_PORT_CALLS" '{
  period: "2026-H1",
  narrative: "Qinzhou joined the shared scheduling system in June; 58 calls were scheduled on it. Customs data exchange awaits the manifest mapping.",
  actuals: [{indicatorId: $calls, value: 58, byParty: [{party: "CN", value: 58}]}]
}')"
seed_report "$SEED_INITIATIVE_SMART_PORT" agency-vn-demo VN smart-port-vn-2026-h2 "$(jq -n --arg calls "$SMART_PORT_CALLS" --arg turnaround "$SMART_PORT_TURNAROUND" '{
  period: "2026-H2",
  narrative: "Both terminals schedule every call on the shared system. Turnaround fell by 6% against the baseline; the electronic manifest exchange slipped to the first quarter of 2027.",
  actuals: [
    {indicatorId: $calls, value: 540, byParty: [{party: "VN", value: 320}, {party: "CN", value: 220}]},
    {indicatorId: $turnaround, value: 6}
  ]
}')"

# --- Measure III: AI governance, led by Singapore; active.
seed_initiative ai-sandbox secretariat-demo "$(cat <<'JSON'
{
  "title": "Regional network of AI governance sandboxes",
  "summary": "Regulators run joint sandboxes where companies test AI systems against shared assurance criteria before deploying them in several markets.",
  "measure": "III",
  "subAreas": ["AI_GOVERNANCE", "STANDARDS_RECOGNITION"],
  "tags": ["AI", "sandbox"],
  "leadParty": "SG",
  "participatingParties": ["SG", "CN", "ID", "MY", "PH"],
  "organisations": [{"name": "Infocomm Media Development Authority", "role": "ACCOUNTABLE", "type": "GOVERNMENT", "party": "SG"}],
  "plannedStart": "2026-04-01",
  "plannedEnd": "2028-03-31",
  "budget": {"original": {"amount": "2800000.00", "currency": "SGD"}}
}
JSON
)"
seed_advance secretariat-demo "/api/v1/initiatives/$SEED_INITIATIVE_AI_SANDBOX" "$ENDORSE" "$ACTIVATE"

# --- Measure IV: smart agriculture, led by Thailand, proposed by its agency; active, with milestones.
seed_initiative smart-agriculture agency-th-demo "$(cat <<'JSON'
{
  "title": "Smart agriculture services for Mekong smallholders",
  "summary": "Low-cost soil and weather sensors, a shared advisory app and e-payments for rice and cassava smallholders in Thailand, Cambodia, Lao PDR and Myanmar.",
  "targetGroups": "Smallholder farmers and their cooperatives",
  "measure": "IV",
  "subAreas": ["AGRICULTURE", "TRANSFORMATION_EXPERIENCE_SHARING"],
  "tags": ["agriculture", "IoT"],
  "leadParty": "TH",
  "participatingParties": ["TH", "CN", "KH", "LA", "MM"],
  "organisations": [
    {"name": "Digital Economy Promotion Agency", "role": "ACCOUNTABLE", "type": "GOVERNMENT", "party": "TH"},
    {"name": "Kasetsart University", "role": "IMPLEMENTING", "type": "ACADEMIA", "party": "TH"},
    {"name": "Yunnan Agricultural University", "role": "IMPLEMENTING", "type": "ACADEMIA", "party": "CN"}
  ],
  "plannedStart": "2026-03-01",
  "plannedEnd": "2028-02-29",
  "budget": {"original": {"amount": "58000000.00", "currency": "THB"}}
}
JSON
)"
seed_advance agency-th-demo "/api/v1/initiatives/$SEED_INITIATIVE_SMART_AGRICULTURE" "$ENDORSE" "$ACTIVATE"
seed_milestone "$SEED_INITIATIVE_SMART_AGRICULTURE" agency-th-demo smart-agriculture-pilots \
  '{"title": "Sensor kits installed in 40 pilot villages", "dueDate": "2026-08-31", "status": "DONE", "completedOn": "2026-09-12"}'
seed_milestone "$SEED_INITIATIVE_SMART_AGRICULTURE" agency-th-demo smart-agriculture-app \
  '{"title": "Advisory app available in Thai, Khmer, Lao and Burmese", "dueDate": "2027-01-31", "status": "PLANNED"}'

# --- Measure V: digital security, led by Malaysia; endorsed.
seed_initiative cert-exercises secretariat-demo "$(cat <<'JSON'
{
  "title": "ASEAN-China CERT incident response exercises",
  "summary": "Yearly table-top and live-fire exercises of the national computer emergency response teams, with a shared playbook for cross-border incidents.",
  "measure": "V",
  "subAreas": ["SECURITY_CAPACITY_BUILDING", "SECURITY_POLICIES"],
  "tags": ["CERT", "incident response"],
  "leadParty": "MY",
  "participatingParties": ["MY", "BN", "KH", "CN", "ID", "LA", "MM", "PH", "SG", "TH", "TL", "VN"],
  "organisations": [{"name": "CyberSecurity Malaysia", "role": "IMPLEMENTING", "type": "GOVERNMENT", "party": "MY"}],
  "plannedStart": "2026-06-01",
  "plannedEnd": "2028-12-31",
  "budget": {"original": {"amount": "900000.00", "currency": "USD"}}
}
JSON
)"
seed_advance secretariat-demo "/api/v1/initiatives/$SEED_INITIATIVE_CERT_EXERCISES" "$ENDORSE"

# --- Measure VI: digital talent, led by Indonesia; active (capacity programs link to it).
seed_initiative digital-talent secretariat-demo "$(cat <<'JSON'
{
  "title": "Digital talent exchange for government technicians",
  "summary": "Short courses, secondments and a shared curriculum that train government IT technicians in cloud operations, data and digital public services.",
  "measure": "VI",
  "subAreas": ["DIGITAL_TALENT", "MANAGER_TECHNICIAN_EXCHANGE", "DIGITAL_SKILLS"],
  "tags": ["skills", "public sector"],
  "leadParty": "ID",
  "participatingParties": ["ID", "CN", "PH", "TH", "TL", "VN"],
  "organisations": [{"name": "Ministry of Communication and Digital Affairs", "role": "ACCOUNTABLE", "type": "GOVERNMENT", "party": "ID"}],
  "plannedStart": "2026-01-01",
  "plannedEnd": "2028-12-31",
  "budget": {"original": {"amount": "1500000.00", "currency": "USD"}}
}
JSON
)"
seed_advance secretariat-demo "/api/v1/initiatives/$SEED_INITIATIVE_DIGITAL_TALENT" "$ENDORSE" "$ACTIVATE"
TALENT_TRAINED=$(seed_indicator "$SEED_INITIATIVE_DIGITAL_TALENT" secretariat-demo digital-talent-trained "$(cat <<'JSON'
{
  "title": "Government technicians certified",
  "level": "OUTPUT",
  "unit": "COUNT",
  "ascending": true,
  "baseline": {"value": 0, "date": "2025-12-31"},
  "targets": [{"period": "2026", "value": 300}, {"period": "2027", "value": 800}]
}
JSON
)")
seed_report "$SEED_INITIATIVE_DIGITAL_TALENT" agency-th-demo TH digital-talent-th-2026-h1 "$(jq -n --arg trained "$TALENT_TRAINED" '{
  period: "2026-H1",
  narrative: "Two cohorts of the cloud operations course ran in Bangkok; 46 technicians were certified, 19 of them women.",
  actuals: [{indicatorId: $trained, value: 46, byParty: [{party: "TH", value: 46}], bySex: [{sex: "F", value: 19}, {sex: "M", value: 27}]}]
}')"

# --- Measure VII: MSME e-commerce, led by the Philippines; active (capacity programs link to it).
seed_initiative msme-ecommerce secretariat-demo "$(cat <<'JSON'
{
  "title": "Cross-border e-commerce onboarding for MSMEs",
  "summary": "Helps micro and small enterprises list on cross-border marketplaces: product data, e-payments, logistics and consumer protection rules of the target markets.",
  "measure": "VII",
  "subAreas": ["MSME_PARTICIPATION", "ACCESS_AND_USE"],
  "tags": ["e-commerce", "MSME"],
  "leadParty": "PH",
  "participatingParties": ["PH", "BN", "CN", "TL", "VN"],
  "organisations": [
    {"name": "Department of Trade and Industry", "role": "ACCOUNTABLE", "type": "GOVERNMENT", "party": "PH"},
    {"name": "China-ASEAN Business Council", "role": "IMPLEMENTING", "type": "CIVIL_SOCIETY"}
  ],
  "plannedStart": "2026-05-01",
  "plannedEnd": "2027-10-31",
  "budget": {"original": {"amount": "750000.00", "currency": "USD"}}
}
JSON
)"
seed_advance secretariat-demo "/api/v1/initiatives/$SEED_INITIATIVE_MSME_ECOMMERCE" "$ENDORSE" "$ACTIVATE"

# --- Measure VII: rural inclusion, led by Cambodia; still a proposal (seen by the secretariat and its parties' agencies).
seed_initiative rural-hubs secretariat-demo "$(cat <<'JSON'
{
  "title": "Rural digital inclusion hubs",
  "summary": "Community centres with connectivity, shared devices and trained facilitators in rural districts, run with local governments.",
  "measure": "VII",
  "subAreas": ["DIGITAL_DIVIDE", "ACCESS_AND_USE"],
  "tags": ["inclusion", "rural"],
  "leadParty": "KH",
  "participatingParties": ["KH", "CN", "LA", "MM", "TL"],
  "plannedStart": "2027-01-01",
  "plannedEnd": "2029-12-31"
}
JSON
)"

export SEED_INITIATIVES
export -f seed_initiative seed_milestone seed_indicator seed_report

seed_summary_initiatives() {
  local stats
  stats=$(seed_api secretariat-demo GET "/api/v1/initiatives/stats?groupBy=status")
  echo "  initiatives: $(jq .total <<<"$stats") ($(jq -r '[.groups[] | select(.count > 0) | "\(.count) \(.code)"] | join(", ")' <<<"$stats"))"
  local milestones=0 indicators=0 reports=0 pair id
  for pair in $SEED_INITIATIVES; do
    id=${pair#*=}
    milestones=$((milestones + $(seed_api secretariat-demo GET "/api/v1/initiatives/$id/milestones?limit=1" | jq .total)))
    indicators=$((indicators + $(seed_api secretariat-demo GET "/api/v1/initiatives/$id/indicators?limit=1" | jq .total)))
    reports=$((reports + $(seed_api secretariat-demo GET "/api/v1/initiatives/$id/progress-reports?limit=1" | jq .total)))
  done
  echo "  of the $(wc -w <<<"$SEED_INITIATIVES") demo initiatives: $milestones milestones, $indicators indicators, $reports progress reports"
}
seed_summary_add seed_summary_initiatives
