# shellcheck shell=bash
# Demo matchmaking: one enterprise in each of the twelve parties with published partnering opportunities that
# complement each other (so every offer has matches), agency verification in VN, TH and CN, a university (MY), an NGO
# (PH) and a government agency (TH) whose requests match those offers, and two expressions of interest that the
# opportunity's owner accepted (so the two sides see each other's contacts): CN in VN's sensors, CN in MY's research.
# Uses SEED_INITIATIVE_SMART_PORT of 10-initiatives.sh when it is set. Sourced by deploy/local/seed, which defines the
# seed_* helpers.
#
# Exports, for later seed.d files:
#   SEED_ENTERPRISE_<PARTY>    the id of each party's demo enterprise, e.g. SEED_ENTERPRISE_VN
#   SEED_ORGANISATION_<KEY>    the id of each organisation of another kind, e.g. SEED_ORGANISATION_MY_UNIVERSITY
#   SEED_OPPORTUNITY_<SLUG>    the id of each opportunity below, e.g. SEED_OPPORTUNITY_VN_SOIL_SENSORS
#   SEED_OPPORTUNITIES         "slug=id ..." of the opportunities
#   SEED_INTEREST_ACCEPTED     the id of the accepted expression of interest (CN in VN's soil sensors)
#   SEED_INTEREST_RESEARCH     the id of the accepted one across kinds (CN's enterprise in MY's university research)
#
# Owners: a partner or agency registers enterprises of its own party only, so the demo clients own those of their
# parties (VN agency-vn-demo, TH agency-th-demo, CN partner-cn-demo, MY partner-my-demo) and the secretariat, which
# may register for any party, owns the other eight. Dates: each opportunity expires a year after its enterprise was
# registered (its createdAt, the same on every later run), so request bodies and Idempotency-Keys stay the same.

SEED_OPPORTUNITIES=""

seed_mm_owner() {
  case $1 in
    VN) echo agency-vn-demo ;;
    TH) echo agency-th-demo ;;
    CN) echo partner-cn-demo ;;
    MY) echo partner-my-demo ;;
    *) echo secretariat-demo ;;
  esac
}

# seed_enterprise PARTY NAME SIZE EMPLOYEES SECTORS_JSON LANGUAGES_JSON DESCRIPTION: exports SEED_ENTERPRISE_<PARTY>.
seed_enterprise() {
  local party=$1 name=$2 size=$3 employees=$4 sectors=$5 languages=$6 description=$7 owner body item var
  owner=$(seed_mm_owner "$party")
  body=$(jq -nc --arg party "$party" --arg name "$name" --arg size "$size" --argjson employees "$employees" \
    --argjson sectors "$sectors" --argjson languages "$languages" --arg description "$description" \
    --arg email "partnering@$(tr 'A-Z ' 'a-z-' <<<"$name" | tr -cd 'a-z-').example" \
    '{name: $name, party: $party, sizeBand: $size,
      sizeBasis: {employees: $employees, definition: ($party + " national MSME definition")},
      sectors: $sectors, languages: $languages, description: $description,
      contact: {person: "Partnering desk", email: $email}}')
  item=$(seed_create enterprise "$party" "$owner" /api/v1/enterprises "$body" \
    "/api/v1/enterprises?party=$party" ".name == $(jq -c .name <<<"$body")")
  var=SEED_ENTERPRISE_$party
  printf -v "$var" '%s' "$(jq -r .id <<<"$item")"
  export "${var?}"
}

# seed_organisation KEY KIND PARTY NAME SECTORS_JSON LANGUAGES_JSON DESCRIPTION KIND_FIELDS_JSON: an organisation of
# another kind than enterprise, with the fields of its kind; exports SEED_ORGANISATION_<KEY>.
seed_organisation() {
  local key=$1 kind=$2 party=$3 name=$4 sectors=$5 languages=$6 description=$7 fields=$8 owner body item var
  owner=$(seed_mm_owner "$party")
  body=$(jq -nc --arg kind "$kind" --arg party "$party" --arg name "$name" --argjson sectors "$sectors" \
    --argjson languages "$languages" --arg description "$description" --argjson fields "$fields" \
    --arg email "partnering@$(tr 'A-Z ' 'a-z-' <<<"$name" | tr -cd 'a-z-').example" \
    '{kind: $kind, name: $name, party: $party, sectors: $sectors, languages: $languages, description: $description,
      contact: {person: "Partnerships office", email: $email}} + $fields')
  item=$(seed_create organisation "$key" "$owner" /api/v1/organisations "$body" \
    "/api/v1/organisations?party=$party&kind=$kind" ".name == $(jq -c .name <<<"$body")")
  var=SEED_ORGANISATION_$(tr 'a-z-' 'A-Z_' <<<"$key")
  printf -v "$var" '%s' "$(jq -r .id <<<"$item")"
  export "${var?}"
}

# seed_opportunity SLUG PARTY BODY_WITHOUT_ENTERPRISE_AND_EXPIRY [ORGANISATION_ID]: creates (or finds by title),
# publishes, exports. The opportunity is the party's demo enterprise's unless an organisation of the party is given.
seed_opportunity() {
  local slug=$1 party=$2 fields=$3 owner enterprise anchor body item id var
  owner=$(seed_mm_owner "$party")
  var=SEED_ENTERPRISE_$party
  enterprise=${4:-${!var}}
  anchor=$(seed_api "$owner" GET "/api/v1/organisations/$enterprise" | jq -r '.createdAt[0:10]')
  body=$(jq -c --arg enterprise "$enterprise" --arg expires "$(seed_date 365 "$anchor")" \
    '. + {enterpriseId: $enterprise, expiresOn: $expires}' <<<"$fields")
  item=$(seed_create opportunity "$slug" "$owner" /api/v1/opportunities "$body" \
    "/api/v1/opportunities?enterpriseId=$enterprise" ".title == $(jq -c .title <<<"$body")")
  id=$(jq -r .id <<<"$item")
  seed_advance "$owner" "/api/v1/opportunities/$id" "PUBLISHED:Profile reviewed; open for partners"
  var=SEED_OPPORTUNITY_$(tr 'a-z-' 'A-Z_' <<<"$slug")
  printf -v "$var" '%s' "$id"
  export "${var?}"
  SEED_OPPORTUNITIES="$SEED_OPPORTUNITIES${SEED_OPPORTUNITIES:+ }$slug=$id"
}

# seed_mm_fields TYPE TITLE SUMMARY TECHNOLOGIES SECTORS TARGETS PARTNERSHIPS STAGE MEASURE [KEYWORDS]: the fields as JSON.
seed_mm_fields() {
  jq -nc --arg type "$1" --arg title "$2" --arg summary "$3" --argjson technologies "$4" --argjson sectors "$5" \
    --argjson targets "$6" --argjson partnerships "$7" --arg stage "$8" --arg measure "$9" --argjson keywords "${10:-[]}" \
    '{type: $type, title: $title, summary: $summary, technologies: $technologies, sectors: $sectors,
      targetParties: $targets, partnershipTypes: $partnerships, stage: $stage, measure: $measure, keywords: $keywords}'
}

# seed_answers NEED_ID: the fields on stdin, declaring that they answer the need of 05-needs.sh (unchanged without one).
seed_answers() { jq -c --arg need "$1" 'if $need == "" then . else . + {answersNeeds: [$need]} end'; }

seed_log "-- enterprises"
seed_enterprise BN "Seria Digital Services" SMALL 18 '["K"]' '["ms", "en"]' "Cloud hosting and managed services for Brunei SMEs."
seed_enterprise KH "Mekong Rice Tech" MICRO 7 '["A"]' '["km", "en"]' "Farm-management app for rice cooperatives in Battambang."
seed_enterprise ID "Nusantara Commerce" MEDIUM 140 '["G", "K"]' '["id", "en"]' "Marketplace enabler for batik and craft sellers."
seed_enterprise LA "Vientiane Agri Data" MICRO 5 '["A", "M"]' '["lo", "en"]' "Weather and soil data services for Lao farmers."
seed_enterprise MY "Klang Valley Payments" MEDIUM 120 '["K", "L"]' '["ms", "en", "zh"]' "Cross-border QR payment gateway for merchants."
seed_enterprise MM "Yangon Logistics Hub" SMALL 35 '["H"]' '["my", "en"]' "Freight forwarding moving to digital documents."
seed_enterprise PH "Cebu Fintech Labs" SMALL 25 '["K", "L"]' '["en", "fil"]' "Mobile microfinance for sari-sari stores."
seed_enterprise SG "Lion City Cyber" MEDIUM 90 '["K"]' '["en", "zh", "ms"]' "Managed security operations for regional SMEs."
seed_enterprise TH "Chao Phraya Smart Factory" SMALL 45 '["C"]' '["th", "en"]' "Retrofitting food factories with sensors and analytics."
seed_enterprise VN "Hai Phong Agritech" SMALL 42 '["A", "K"]' '["vi", "en"]' "Soil sensors and advisory apps for smallholder farms."
seed_enterprise TL "Dili Coffee Trace" MICRO 6 '["A", "G"]' '["pt", "tet", "en"]' "Traceability for Timorese specialty coffee."
seed_enterprise CN "Guangxi Smart Agriculture Co." LARGE 850 '["A", "C", "K"]' '["zh", "en"]' "Precision agriculture equipment and platforms."

for mm_party in VN TH CN; do
  mm_agency=agency-$(tr 'A-Z' 'a-z' <<<"$mm_party")-demo
  mm_var=SEED_ENTERPRISE_$mm_party
  if [ "$(seed_api "$mm_agency" GET "/api/v1/enterprises/${!mm_var}" | jq -r .verified)" != true ]; then
    seed_api "$mm_agency" POST "/api/v1/enterprises/${!mm_var}/verification" '{"verified": true}' >/dev/null
    seed_log "  > enterprise $mm_party verified by $mm_agency"
  fi
done

seed_log "-- opportunities"
seed_opportunity vn-soil-sensors VN "$(seed_mm_fields TECHNOLOGY_OFFER "Low-cost IoT soil sensors with a mobile advisory app" \
  "Solar-powered soil moisture and salinity sensors and a Vietnamese/English advisory app, proven on 3,000 rice farms in the Red River delta." \
  '["INTERNET_OF_THINGS", "SMART_AGRICULTURE"]' '["A"]' '[]' '["LICENSING", "TECHNICAL_COOPERATION", "DISTRIBUTION"]' ON_THE_MARKET IV '["rice", "soil moisture"]' \
  | seed_answers "$(seed_need_id kh-farm-data KH "Affordable soil and weather data for rice cooperatives")")"
seed_opportunity cn-field-sensing CN "$(seed_mm_fields TECHNOLOGY_REQUEST "Field sensing for precision rice farming in ASEAN" \
  "A Guangxi equipment maker seeks proven low-cost field sensors to bundle with its drones for ASEAN rice growers." \
  '["INTERNET_OF_THINGS", "SMART_AGRICULTURE", "ARTIFICIAL_INTELLIGENCE"]' '["A", "C"]' '["VN", "TH", "KH", "LA"]' '["LICENSING", "MANUFACTURING"]' MARKET_READY IV '["rice", "drones"]')"
seed_opportunity kh-farm-data KH "$(seed_mm_fields TECHNOLOGY_REQUEST "Sensors and data for a rice cooperative app" \
  "A Cambodian farm-management app wants soil data from affordable sensors for 40 cooperatives." \
  '["INTERNET_OF_THINGS", "SMART_AGRICULTURE"]' '["A"]' '[]' '["LICENSING", "TECHNICAL_COOPERATION"]' PILOT VII '["rice", "cooperatives"]')"
seed_opportunity la-weather-ai LA "$(seed_mm_fields RESEARCH_COOPERATION "AI weather downscaling for Lao farms" \
  "Joint research on AI downscaling of seasonal forecasts for upland farms, with field validation in Luang Prabang." \
  '["ARTIFICIAL_INTELLIGENCE", "BIG_DATA", "SMART_AGRICULTURE"]' '["A", "M"]' '[]' '["RESEARCH_COOPERATION"]' LAB_TESTED III)"
seed_opportunity cn-agri-ai-research CN "$(seed_mm_fields RESEARCH_COOPERATION "Crop models with AI and satellite data" \
  "Research partners sought to train crop-yield models on satellite and ground data across ASEAN climates." \
  '["ARTIFICIAL_INTELLIGENCE", "SATELLITE", "SMART_AGRICULTURE"]' '["A"]' '[]' '["RESEARCH_COOPERATION"]' PROTOTYPE III)"
seed_opportunity th-factory-retrofit TH "$(seed_mm_fields TECHNOLOGY_REQUEST "Retrofit kit for food-factory lines" \
  "Sensors, edge analytics and digital twins to retrofit ten food-processing lines without replacing machines." \
  '["SMART_MANUFACTURING", "INTERNET_OF_THINGS", "DIGITAL_TWINS"]' '["C"]' '["CN", "SG", "MY"]' '["SERVICES", "TECHNICAL_COOPERATION"]' MARKET_READY IV)"
seed_opportunity cn-factory-twins CN "$(seed_mm_fields TECHNOLOGY_OFFER "Digital twins for small food factories" \
  "A modular sensor and digital-twin kit for small and medium food factories, with Thai and English dashboards." \
  '["SMART_MANUFACTURING", "DIGITAL_TWINS", "INTERNET_OF_THINGS"]' '["C"]' '[]' '["SERVICES", "LICENSING", "JOINT_VENTURE"]' ON_THE_MARKET IV)"
seed_opportunity my-qr-payments MY "$(seed_mm_fields BUSINESS_OFFER "Cross-border QR payments for merchants" \
  "Merchants accept DuitNow, PromptPay, QRIS and VietQR with one integration; partners sought to distribute it." \
  '["DIGITAL_PAYMENTS", "FINTECH", "E_COMMERCE"]' '["K", "L"]' '[]' '["DISTRIBUTION", "JOINT_VENTURE"]' ON_THE_MARKET VII)"
seed_opportunity id-marketplace ID "$(seed_mm_fields BUSINESS_REQUEST "Payment partner for a craft marketplace" \
  "An Indonesian marketplace enabler seeks a cross-border payment partner so batik sellers can sell to Malaysia and Singapore." \
  '["E_COMMERCE", "DIGITAL_PAYMENTS"]' '["G"]' '["MY", "SG", "TH"]' '["DISTRIBUTION", "SERVICES"]' MARKET_READY VII '["batik", "crafts"]')"
seed_opportunity ph-microfinance PH "$(seed_mm_fields BUSINESS_REQUEST "Scoring engine for store microloans" \
  "A Philippine microfinance app seeks a credit-scoring partner for loans to sari-sari stores." \
  '["FINTECH", "ARTIFICIAL_INTELLIGENCE"]' '["L"]' '[]' '["LICENSING", "BUSINESS_MODEL_SHARING"]' PILOT VII)"
seed_opportunity bn-cloud BN "$(seed_mm_fields BUSINESS_OFFER "Managed cloud for SMEs, with local data residency" \
  "Managed cloud hosting with data kept in Brunei; partners sought to resell it to SMEs in BIMP-EAGA." \
  '["CLOUD_COMPUTING", "DATA_CENTRES"]' '["K"]' '["ID", "MY", "PH"]' '["DISTRIBUTION"]' ON_THE_MARKET II)"
seed_opportunity sg-soc SG "$(seed_mm_fields BUSINESS_OFFER "Security operations as a service for SMEs" \
  "A 24/7 security operations centre and incident response retainer priced for SMEs; resellers sought." \
  '["CYBERSECURITY", "CLOUD_COMPUTING"]' '["K"]' '[]' '["DISTRIBUTION", "SERVICES"]' ON_THE_MARKET V | seed_answers "$(seed_need_id la-cert-training LA "Incident response training for the national CERT")")"
seed_opportunity mm-paperless-freight MM "$(seed_mm_fields BUSINESS_REQUEST "Paperless freight documents" \
  "A Yangon forwarder seeks an e-documents and cloud partner for electronic bills of lading and customs filings." \
  '["DIGITAL_TRADE", "CLOUD_COMPUTING", "SMART_LOGISTICS"]' '["H"]' '[]' '["SERVICES", "DISTRIBUTION"]' CONCEPT IV)"
seed_opportunity tl-coffee-trace TL "$(seed_mm_fields TECHNOLOGY_OFFER "Coffee traceability from farm to cup" \
  "QR-based traceability for specialty coffee lots, built with Timorese cooperatives; licensable for other crops." \
  '["BLOCKCHAIN", "SMART_AGRICULTURE", "E_COMMERCE"]' '["A", "G"]' '[]' '["LICENSING", "BUSINESS_MODEL_SHARING"]' ON_THE_MARKET VII '["coffee", "traceability"]')"
mm_port=$(seed_mm_fields TECHNOLOGY_REQUEST "5G berth scheduling for a container terminal" \
  "Hai Phong terminal operators seek 5G-connected berth scheduling and remote crane control for the smart port pilot." \
  '["FIVE_G", "SMART_LOGISTICS"]' '["H"]' '["CN", "SG"]' '["SERVICES", "TECHNICAL_COOPERATION"]' PILOT III)
if [ -n "${SEED_INITIATIVE_SMART_PORT:-}" ]; then
  mm_port=$(jq -c --arg initiative "$SEED_INITIATIVE_SMART_PORT" '. + {initiativeId: $initiative}' <<<"$mm_port")
fi
seed_opportunity vn-smart-port VN "$mm_port"

seed_log "-- organisations of other kinds, and what they seek"
seed_organisation my-university UNIVERSITY MY "Universiti Teknologi Digital Malaysia" '["P", "M"]' '["ms", "en", "zh"]' \
  "Research university with AI and smart-agriculture laboratories open to joint research with ASEAN and Chinese partners." '{}'
seed_organisation ph-ngo NGO PH "Bayanihan Digital Farmers Network" '["A", "S"]' '["en", "fil"]' \
  "Civil-society network helping farmer groups in Mindanao adopt affordable digital tools." '{}'
seed_organisation th-agency GOVERNMENT_AGENCY TH "Digital Economy Promotion Office of Thailand" '["O", "C"]' '["th", "en"]' \
  "National agency funding digital upgrades of Thai factories and industrial estates." '{"governmentLevel": "NATIONAL"}'
seed_opportunity my-crop-ai-research MY "$(seed_mm_fields RESEARCH_COOPERATION "Joint research on AI crop models for tropical rice" \
  "Universiti Teknologi Digital Malaysia seeks research partners to train and validate AI crop-yield models on satellite and field data from ASEAN rice areas." \
  '["ARTIFICIAL_INTELLIGENCE", "SATELLITE", "SMART_AGRICULTURE"]' '["A", "M"]' '[]' '["RESEARCH_COOPERATION"]' PROTOTYPE III '["rice", "crop models"]')" \
  "$SEED_ORGANISATION_MY_UNIVERSITY"
seed_opportunity ph-farmer-sensors PH "$(seed_mm_fields TECHNOLOGY_REQUEST "Affordable soil sensors for farmer groups in Mindanao" \
  "A civil-society network seeks low-cost soil sensors and a simple advisory app for 60 farmer groups, with training in Filipino." \
  '["INTERNET_OF_THINGS", "SMART_AGRICULTURE"]' '["A"]' '[]' '["LICENSING", "TECHNICAL_COOPERATION"]' PILOT VII '["rice", "farmer groups"]')" \
  "$SEED_ORGANISATION_PH_NGO"
seed_opportunity th-estate-twins TH "$(seed_mm_fields TECHNOLOGY_REQUEST "Digital twins for Thai industrial estates" \
  "A national programme seeks digital-twin and sensor providers to upgrade factories in three industrial estates, co-funded by the agency." \
  '["DIGITAL_TWINS", "SMART_MANUFACTURING", "INTERNET_OF_THINGS"]' '["C"]' '["CN", "SG", "MY"]' '["SERVICES", "TECHNICAL_COOPERATION"]' MARKET_READY IV)" \
  "$SEED_ORGANISATION_TH_AGENCY"

seed_log "-- an accepted expression of interest (CN asks VN for its soil sensors)"
mm_interest=$(jq -nc --arg opportunity "$SEED_OPPORTUNITY_VN_SOIL_SENSORS" --arg enterprise "$SEED_ENTERPRISE_CN" \
  --arg from "$SEED_OPPORTUNITY_CN_FIELD_SENSING" \
  '{opportunityId: $opportunity, enterpriseId: $enterprise, fromOpportunityId: $from, partnershipType: "LICENSING",
    message: "We would like to license your sensors and bundle them with our drones for Thai and Cambodian growers."}')
mm_item=$(seed_create interest vn-soil-sensors-cn partner-cn-demo /api/v1/interests "$mm_interest" \
  "/api/v1/interests?opportunityId=$SEED_OPPORTUNITY_VN_SOIL_SENSORS" ".enterpriseId == \"$SEED_ENTERPRISE_CN\"")
SEED_INTEREST_ACCEPTED=$(jq -r .id <<<"$mm_item")
export SEED_INTEREST_ACCEPTED
seed_advance agency-vn-demo "/api/v1/interests/$SEED_INTEREST_ACCEPTED" "ACCEPTED:Licensing talks agreed; contacts exchanged"

seed_log "-- an accepted expression of interest across kinds (CN's enterprise in MY's university research)"
mm_interest=$(jq -nc --arg opportunity "$SEED_OPPORTUNITY_MY_CROP_AI_RESEARCH" --arg enterprise "$SEED_ENTERPRISE_CN" \
  --arg from "$SEED_OPPORTUNITY_CN_AGRI_AI_RESEARCH" \
  '{opportunityId: $opportunity, enterpriseId: $enterprise, fromOpportunityId: $from, partnershipType: "RESEARCH_COOPERATION",
    message: "Our drones collect field data across Guangxi; we would like to train the crop models with you."}')
mm_item=$(seed_create interest my-crop-ai-research-cn partner-cn-demo /api/v1/interests "$mm_interest" \
  "/api/v1/interests?opportunityId=$SEED_OPPORTUNITY_MY_CROP_AI_RESEARCH" ".enterpriseId == \"$SEED_ENTERPRISE_CN\"")
SEED_INTEREST_RESEARCH=$(jq -r .id <<<"$mm_item")
export SEED_INTEREST_RESEARCH
seed_advance partner-my-demo "/api/v1/interests/$SEED_INTEREST_RESEARCH" "ACCEPTED:Joint proposal agreed; contacts exchanged"

seed_matchmaking_summary() {
  local matches stats
  # Public reads, made as anyone makes them (a refusal is reported with its status and problem, like every call).
  matches=$(seed_api anonymous GET "/api/v1/opportunities/$SEED_OPPORTUNITY_VN_SOIL_SENSORS/matches?limit=3")
  stats=$(seed_api anonymous GET /api/v1/matchmaking/stats)
  echo "  matchmaking: $(wc -w <<<"$SEED_OPPORTUNITIES") published opportunities of 12 enterprises (one per party)" \
    "and a university, an NGO and a government agency; $(jq -r .openOpportunities <<<"$stats") open in all;" \
    "organisations by kind: $(jq -r '[.organisationsByKind[] | select(.count > 0) | "\(.code) \(.count)"] | join(", ")' <<<"$stats")"
  echo "    best matches for VN's soil sensors: $(jq -r '[.items[] | "\(.opportunity.party) \(.opportunity.title) (\(.score))"] | join("; ")' <<<"$matches")"
  echo "    interest $SEED_INTEREST_ACCEPTED: CN in VN's soil sensors, $(seed_api partner-cn-demo GET "/api/v1/interests/$SEED_INTEREST_ACCEPTED" | jq -r .status)"
}
seed_summary_add seed_matchmaking_summary
