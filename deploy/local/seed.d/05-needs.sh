# shellcheck shell=bash
# Demo cooperation needs (matchmaking-service), posted first so that the initiatives, offers and programs of the later
# seed.d files can declare they answer them: KH's rice cooperatives need soil data (answered by VN's soil-sensor
# offer), LA's national CERT needs incident-response training (answered by SG's security-operations offer and MY's
# SOC analysts program), VN's ports need 5G (answered by the smart port pilot), TH's factories needed digital skills
# (met), MM asks for regulatory advice (open, unanswered). Sourced by deploy/local/seed, which defines the seed_* helpers.
#
# Exports, for later seed.d files:
#   SEED_NEED_<SLUG>   the id of each need below, e.g. SEED_NEED_KH_FARM_DATA
#
# Posters: an agency posts the needs of its own party; the secretariat those of parties without a demo agency.

# seed_need SLUG CLIENT BODY ["STATUS:reason" ...]: creates (or finds, by party and title) a need, moves it, exports.
seed_need() {
  local slug=$1 client=$2 body=$3 item id var
  shift 3
  body=$(jq -c --arg starts "$(seed_date 0)" --arg ends "$(seed_date 365)" '. + {startsOn: $starts, endsOn: $ends}' <<<"$body")
  item=$(seed_create need "$slug" "$client" /api/v1/needs "$body" \
    "/api/v1/needs?party=$(jq -r .party <<<"$body")" ".title == $(jq -c .title <<<"$body")")
  id=$(jq -r .id <<<"$item")
  if [ $# -gt 0 ]; then
    seed_advance "$client" "/api/v1/needs/$id" "OPEN:" "$@"
  fi
  var=SEED_NEED_$(tr 'a-z-' 'A-Z_' <<<"$slug")
  printf -v "$var" '%s' "$id"
  export "${var?}"
}

seed_log "-- cooperation needs"
seed_need kh-farm-data secretariat-demo '{"party": "KH", "kind": "TECHNOLOGY", "measure": "IV", "subAreas": ["AGRICULTURE"],
  "title": "Affordable soil and weather data for rice cooperatives",
  "description": "Low-cost field sensors and an advisory service in Khmer for 40 rice cooperatives in Battambang and Takeo, about 6,000 farming households.",
  "audiences": ["MSME_OWNERS", "PUBLIC"], "audienceSize": 6000, "technologies": ["INTERNET_OF_THINGS", "SMART_AGRICULTURE"],
  "sectors": ["A"], "languages": ["km", "en"]}' "BEING_ANSWERED:A soil-sensor offer from Viet Nam is in talks with the cooperatives"
seed_need la-cert-training secretariat-demo '{"party": "LA", "kind": "CAPACITY_BUILDING", "measure": "V", "subAreas": ["SECURITY_CAPACITY_BUILDING"],
  "title": "Incident response training for the national CERT",
  "description": "Hands-on incident handling and digital forensics for 40 analysts of the Lao national computer emergency response team, ideally with a mentoring partner for a year.",
  "audiences": ["TECHNICIANS", "OFFICIALS"], "audienceSize": 40, "technologies": ["CYBERSECURITY"], "sectors": ["O"], "languages": ["lo", "en"]}'
seed_need vn-port-5g agency-vn-demo '{"party": "VN", "kind": "INFRASTRUCTURE", "measure": "III", "subAreas": ["FIVE_G"],
  "title": "Private 5G for container terminals",
  "description": "Private 5G coverage and edge computing for two container terminals, so cranes can be operated remotely and berths scheduled in real time.",
  "audiences": ["MANAGERS", "TECHNICIANS"], "audienceSize": 300, "technologies": ["FIVE_G", "SMART_LOGISTICS"], "sectors": ["H"], "languages": ["vi", "en"]}'
seed_need th-factory-skills agency-th-demo '{"party": "TH", "kind": "CAPACITY_BUILDING", "measure": "VI", "subAreas": ["DIGITAL_SKILLS"],
  "title": "Digital skills for food-factory technicians",
  "description": "Sensor maintenance and data literacy for 200 technicians of small food factories retrofitting their lines.",
  "audiences": ["TECHNICIANS"], "audienceSize": 200, "technologies": ["SMART_MANUFACTURING", "INTERNET_OF_THINGS"], "sectors": ["C"], "languages": ["th", "en"]}' \
  "MET:Two cohorts of the factory retrofit training trained 210 technicians"
seed_need mm-regulatory-advice secretariat-demo '{"party": "MM", "kind": "POLICY_ADVICE", "measure": "I", "subAreas": ["DIGITAL_REGULATORY_PRACTICES"],
  "title": "Advice on electronic transactions and e-documents rules",
  "description": "Peer advice from parties that reformed their electronic transactions laws, to let freight and customs documents go paperless.",
  "audiences": ["OFFICIALS"], "audienceSize": 25, "technologies": ["DIGITAL_TRADE"], "sectors": ["H", "O"], "languages": ["my", "en"]}'

seed_needs_summary() {
  local stats matches
  stats=$(seed_api anonymous GET /api/v1/needs/stats)
  matches=$(seed_api anonymous GET "/api/v1/needs/$SEED_NEED_LA_CERT_TRAINING/matches?limit=3")
  echo "  needs: $(jq -r .posted <<<"$stats") posted, $(jq -r '[.byStatus[] | "\(.count) \(.code)"] | join(", ")' <<<"$stats");" \
    "share met $(jq -r .metShare <<<"$stats")"
  echo "    best offers for LA's CERT training: $(jq -r '[.items[] | "\(.opportunity.party) \(.opportunity.title) (\(.score))"] | join("; ")' <<<"$matches")"
  echo "    what answers it: $(seed_api anonymous GET "/api/v1/needs/$SEED_NEED_LA_CERT_TRAINING/answers" \
    | jq -r '"\(.offers.answers.total // 0) offers, \(.programs.answers.total // 0) programs, \(.initiatives.answers.total // 0) initiatives"')"
}
seed_summary_add seed_needs_summary
