# shellcheck shell=bash
# Demo library items: real documents of ASEAN, China and the parties, as links (the platform never fetches them),
# under several measures and document types, published by the secretariat and by agencies for their own party, one
# withdrawn and one left as a draft of its agency. Some name the demo initiatives of 10-initiatives.sh they inform.
# Sourced by deploy/local/seed, which defines the seed_* helpers.

PUBLISH="PUBLISHED:Cleared for the knowledge exchange library"

# seed_library_item SLUG CLIENT BODY [STEP...]: creates (or finds, by title) one item and walks it through STEPs
# ("STATUS:reason"); prints the id.
seed_library_item() {
  local slug=$1 client=$2 body=$3 title item id
  shift 3
  title=$(jq -c .title <<<"$body")
  item=$(seed_create library-item "$slug" "$client" /api/v1/library/items "$body" \
    "/api/v1/library/items?measure=$(jq -r .measure <<<"$body")" ".title == $title")
  id=$(jq -r .id <<<"$item")
  [ $# -eq 0 ] || seed_advance "$client" "/api/v1/library/items/$id" "$@"
  printf '%s\n' "$id"
}

seed_library_item ai-governance-guide secretariat-demo "$(jq -nc --arg ai "$SEED_INITIATIVE_AI_SANDBOX" '{
  title: "ASEAN Guide on AI Governance and Ethics",
  summary: "Guiding principles (transparency, fairness, security, human-centricity, privacy, accountability, robustness) and recommended practices for organisations that design, develop and deploy AI systems in ASEAN, with national and regional recommendations.",
  documentType: "GUIDELINE", measure: "III", subAreas: ["AI_GOVERNANCE"],
  parties: ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"], language: "en",
  publicationDate: "2024-02-02", url: "https://asean.org/book/asean-guide-on-ai-governance-and-ethics/",
  licence: "All rights reserved", relatedInitiatives: [$ai]}')" "$PUBLISH" >/dev/null

seed_library_item data-management-framework secretariat-demo "$(jq -nc --arg flows "$SEED_INITIATIVE_TRUSTED_DATA_FLOWS" '{
  title: "ASEAN Data Management Framework",
  summary: "A step-by-step guide for businesses, especially MSMEs, to put data governance in place: a data inventory, classification by impact, and protective measures proportionate to each category, in line with the ASEAN Framework on Digital Data Governance.",
  documentType: "GUIDELINE", measure: "I", subAreas: ["TRUSTED_DIGITAL_ECOSYSTEM", "POLICIES_RULES_STANDARDS"],
  parties: ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"], language: "en",
  publicationDate: "2021-01-22", url: "https://asean.org/book/asean-data-management-framework/",
  licence: "All rights reserved", relatedInitiatives: [$flows]}')" "$PUBLISH" >/dev/null

seed_library_item model-contractual-clauses secretariat-demo "$(jq -nc --arg flows "$SEED_INITIATIVE_TRUSTED_DATA_FLOWS" '{
  title: "ASEAN Model Contractual Clauses for Cross Border Data Flows",
  summary: "Template contractual terms for transfers of personal data between businesses in ASEAN member states, with baseline data protection obligations for controller-to-processor and controller-to-controller transfers.",
  documentType: "STANDARD", measure: "I", subAreas: ["DIGITAL_REGULATORY_PRACTICES", "POLICIES_RULES_STANDARDS"],
  parties: ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"], language: "en",
  publicationDate: "2021-01-22", url: "https://asean.org/book/asean-model-contractual-clauses-for-cross-border-data-flows/",
  licence: "All rights reserved", relatedInitiatives: [$flows]}')" "$PUBLISH" >/dev/null

seed_library_item digital-economy-partnership secretariat-demo "$(jq -nc --arg year "$SEED_INITIATIVE_DIGITAL_ECONOMY_YEAR" '{
  title: "ASEAN-China Action Plan on Digital Economy Partnership (2021-2025)",
  summary: "The plan of action agreed by ASEAN and China for their digital economy partnership: digital infrastructure, digital transformation, emerging technologies, smart cities, digital skills and cybersecurity cooperation.",
  documentType: "POLICY", measure: "I", subAreas: ["DIGITAL_DEVELOPMENT_STRATEGIES"],
  parties: ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "CN"], language: "en",
  publicationDate: "2021-01-22", url: "https://asean.org/asean-china-digital-economy-partnership/",
  relatedInitiatives: [$year]}')" "$PUBLISH" >/dev/null

seed_library_item cybersecurity-cooperation agency-cn-demo "$(jq -nc --arg cert "$SEED_INITIATIVE_CERT_EXERCISES" '{
  title: "Initiative on Strengthening China-ASEAN Cooperation on Cybersecurity Capacity Building",
  summary: "China and ASEAN commit to joint training of cybersecurity personnel, information sharing between CERTs and exchanges on cybersecurity policies and standards.",
  documentType: "POLICY", measure: "V", subAreas: ["SECURITY_CAPACITY_BUILDING", "SECURITY_POLICIES"],
  parties: ["CN"], language: "en", publicationDate: "2023-09-06",
  url: "https://www.mfa.gov.cn/eng/wjbxw/202309/t20230907_11139563.html", relatedInitiatives: [$cert]}')" "$PUBLISH" >/dev/null

seed_library_item pipl-zh agency-cn-demo "$(jq -nc '{
  title: "中华人民共和国个人信息保护法",
  summary: "Personal Information Protection Law of the People'"'"'s Republic of China: rules for processing personal information, cross-border provision of personal information, the rights of individuals and the duties of processors.",
  documentType: "REGULATION", measure: "I", subAreas: ["DIGITAL_REGULATORY_PRACTICES"],
  parties: ["CN"], language: "zh-Hans", publicationDate: "2021-08-20",
  url: "http://www.npc.gov.cn/npc/c30834/202108/a8c4e3672c74491a80b53a172bb753fe.shtml"}')" "$PUBLISH" >/dev/null

seed_library_item vn-ecommerce-case agency-vn-demo "$(jq -nc --arg msme "$SEED_INITIATIVE_MSME_ECOMMERCE" '{
  title: "Bringing rural cooperatives online: a case study from Viet Nam",
  summary: "How agricultural cooperatives in the Mekong Delta began selling on cross-border e-commerce platforms: training, logistics partners and payment set-up, with sales figures after one year.",
  documentType: "CASE_STUDY", measure: "VII", subAreas: ["MSME_PARTICIPATION"],
  parties: ["VN"], language: "en", publicationDate: "2025-11-15",
  url: "https://example.org/acde/library/vn-rural-cooperatives-online.pdf", licence: "CC-BY-4.0",
  relatedInitiatives: [$msme]}')" "$PUBLISH" >/dev/null

seed_library_item th-smart-farming agency-th-demo "$(jq -nc --arg farm "$SEED_INITIATIVE_SMART_AGRICULTURE" '{
  title: "Smart farming sensor networks: practices from Thai pilot provinces",
  summary: "Best practices for deploying soil and weather sensors with farmer groups: connectivity options, data sharing agreements and maintenance by local technicians.",
  documentType: "BEST_PRACTICE", measure: "IV", subAreas: ["AGRICULTURE"],
  parties: ["TH"], language: "en", publicationDate: "2026-04-01",
  url: "https://example.org/acde/library/th-smart-farming-practices.pdf", licence: "CC-BY-4.0",
  relatedInitiatives: [$farm]}')" >/dev/null   # a draft of Thailand's agency: hidden from everyone else

seed_library_item digital-masterplan-2020 secretariat-demo "$(jq -nc '{
  title: "ASEAN ICT Masterplan 2020",
  summary: "The regional plan for ICT development 2016-2020: economic transformation, people integration and empowerment, innovation, ICT infrastructure, human capital, ICT in the single market, new media and content, and information security.",
  documentType: "POLICY", measure: "II", subAreas: ["CONNECTIVITY"],
  parties: ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"], language: "en",
  publicationDate: "2015-11-20", url: "https://asean.org/book/asean-ict-masterplan-2020/"}')" \
  "$PUBLISH" "WITHDRAWN:Superseded by the ASEAN Digital Masterplan 2025" >/dev/null

seed_summary_library() {
  local all public
  all=$(seed_api secretariat-demo GET "/api/v1/library/items?limit=1" | jq .total)
  public=$(seed_api anonymous GET "/api/v1/library/items?limit=1" | jq .total)
  echo "  library items: $all ($public public)"
}
seed_summary_add seed_summary_library
