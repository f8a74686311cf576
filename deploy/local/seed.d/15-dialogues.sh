# shellcheck shell=bash
# Demo dialogues and their outcomes: the ASEAN Digital Ministers' Meeting (ADGMIN) and the ASEAN-China digital
# ministers' meeting endorsing seeded initiatives, a workshop reviewing one and tasking another, and a senior officials'
# meeting reviewing the rural hubs proposal (an outcome only the secretariat and the proposal's agencies see).
# Each dialogue is written by its host's agency (VN, TH) or, for a host without a demo client (PH), the secretariat.
# Sourced by deploy/local/seed after 10-initiatives.sh, whose SEED_INITIATIVE_* ids it uses.
#
# Exports, for later seed.d files:
#   SEED_DIALOGUE_<SLUG>   the id of each dialogue below, e.g. SEED_DIALOGUE_ADGMIN

# seed_dialogue SLUG CLIENT BODY: creates (or finds, by host party and title) one dialogue and exports its id as
# SEED_DIALOGUE_<SLUG>.
seed_dialogue() {
  local slug=$1 client=$2 body=$3 host title item var
  host=$(jq -r .hostParty <<<"$body")
  title=$(jq -c .title <<<"$body")
  item=$(seed_create dialogue "$slug" "$client" /api/v1/dialogues "$body" \
    "/api/v1/dialogues?hostParty=$host" ".title == $title")
  var=SEED_DIALOGUE_$(tr 'a-z-' 'A-Z_' <<<"$slug")
  printf -v "$var" '%s' "$(jq -r .id <<<"$item")"
  export "${var?}"
}

# seed_outcome DIALOGUE_ID CLIENT SLUG INITIATIVE_ID KIND [NOTE]: once per dialogue, initiative and kind.
seed_outcome() {
  local dialogue=$1 client=$2 slug=$3 initiative=$4 kind=$5 note=${6:-}
  seed_create dialogue-outcome "$slug" "$client" "/api/v1/dialogues/$dialogue/outcomes" \
    "$(jq -nc --arg i "$initiative" --arg k "$kind" --arg n "$note" '{initiativeId: $i, kind: $k} + (if $n == "" then {} else {note: $n} end)')" \
    "/api/v1/dialogues/$dialogue/outcomes" ".initiativeId == \"$initiative\" and .kind == \"$kind\"" >/dev/null
}

seed_dialogue adgmin agency-vn-demo "$(cat <<'JSON'
{
  "kind": "MINISTERIAL_MEETING",
  "title": "6th ASEAN Digital Ministers' Meeting (ADGMIN)",
  "titleLanguage": "en",
  "startDate": "2026-01-15",
  "endDate": "2026-01-16",
  "place": "Hanoi, Viet Nam",
  "hostParty": "VN",
  "participatingParties": ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"],
  "agenda": [
    {"title": "Implementation of the ASEAN Digital Masterplan 2030"},
    {"title": "Endorsement of deliverables", "description": "Initiatives put forward by the senior officials (ADGSOM)"}
  ]
}
JSON
)"
seed_outcome "$SEED_DIALOGUE_ADGMIN" agency-vn-demo adgmin-economy-year "$SEED_INITIATIVE_DIGITAL_ECONOMY_YEAR" ENDORSED
seed_outcome "$SEED_DIALOGUE_ADGMIN" agency-vn-demo adgmin-talent "$SEED_INITIATIVE_DIGITAL_TALENT" ENDORSED

seed_dialogue asean-china-dmm agency-vn-demo "$(cat <<'JSON'
{
  "kind": "MINISTERIAL_MEETING",
  "title": "ASEAN-China Digital Ministers' Meeting",
  "titleLanguage": "en",
  "startDate": "2026-01-16",
  "place": "Hanoi, Viet Nam",
  "hostParty": "VN",
  "participatingParties": ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL", "CN"],
  "agenda": [
    {"title": "ASEAN-China digital economy cooperation work plan"},
    {"title": "New cooperation initiatives", "description": "Data flows, smart ports, AI governance and connectivity"}
  ]
}
JSON
)"
for pair in trusted-data-flows:TRUSTED_DATA_FLOWS smart-port:SMART_PORT ai-sandbox:AI_SANDBOX mekong-fibre:MEKONG_FIBRE; do
  var=SEED_INITIATIVE_${pair#*:}
  seed_outcome "$SEED_DIALOGUE_ASEAN_CHINA_DMM" agency-vn-demo "acdmm-${pair%%:*}" "${!var}" ENDORSED
done

seed_dialogue ai-governance-workshop agency-th-demo "$(cat <<'JSON'
{
  "kind": "WORKSHOP",
  "title": "ASEAN-China workshop on AI governance and regulatory sandboxes",
  "titleLanguage": "en",
  "startDate": "2026-06-10",
  "endDate": "2026-06-11",
  "place": "Bangkok, Thailand",
  "online": true,
  "hostParty": "TH",
  "participatingParties": ["TH", "CN", "MY", "SG", "VN"],
  "agenda": [
    {"title": "Progress of the AI sandbox pilots"},
    {"title": "Smart agriculture: sensor data and its owners"}
  ]
}
JSON
)"
seed_outcome "$SEED_DIALOGUE_AI_GOVERNANCE_WORKSHOP" agency-th-demo workshop-ai-sandbox "$SEED_INITIATIVE_AI_SANDBOX" REVIEWED \
  "Pilots on track; two more regulators join the sandbox"
seed_outcome "$SEED_DIALOGUE_AI_GOVERNANCE_WORKSHOP" agency-th-demo workshop-agriculture "$SEED_INITIATIVE_SMART_AGRICULTURE" TASKED \
  "Draft a data-sharing agreement for farm sensor data before the next ADGSOM"

seed_dialogue adgsom secretariat-demo "$(cat <<'JSON'
{
  "kind": "SENIOR_OFFICIALS_MEETING",
  "title": "ASEAN Digital Senior Officials' Meeting (ADGSOM) with China",
  "titleLanguage": "en",
  "startDate": "2026-10-20",
  "online": true,
  "hostParty": "PH",
  "participatingParties": ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL", "CN"],
  "agenda": [{"title": "Proposals for the next ministerial meeting"}]
}
JSON
)"
seed_outcome "$SEED_DIALOGUE_ADGSOM" secretariat-demo adgsom-rural-hubs "$SEED_INITIATIVE_RURAL_HUBS" REVIEWED \
  "Recommended for endorsement once the site list is agreed"

export -f seed_dialogue seed_outcome

seed_summary_dialogues() {
  local all
  all=$(seed_api anonymous GET "/api/v1/dialogues?limit=1")
  echo "  dialogues: $(jq .total <<<"$all"); the ASEAN-China meeting records $(seed_api anonymous GET \
    "/api/v1/dialogues/$SEED_DIALOGUE_ASEAN_CHINA_DMM/outcomes?limit=1" | jq .total) endorsements"
}
seed_summary_add seed_summary_dialogues
