-- :n library items with text, codes and dates spread the way a real library would have them: seven measures with
-- their own sub-areas, six document types, one to three parties (one item in ten names the ten ASEAN members),
-- languages led by English, publication dates over 2015-2026, 80 % published, 5 % withdrawn, 15 % drafts. Titles and
-- summaries are built from a vocabulary of digital-cooperation phrases, so full-text queries hit realistic shares of
-- the rows (a topic word in a few per cent, a common word in a third). Generated columns (search, language_key) are
-- filled by PostgreSQL as for rows the service writes, library_item_terms by its trigger (V9, V13), and the JSON
-- columns the previous version reads (sub_areas, parties) from the arrays by theirs (V13).
TRUNCATE library_item CASCADE;
WITH v AS (
  SELECT ARRAY['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'] AS measures,
         ARRAY['POLICY', 'REGULATION', 'STANDARD', 'GUIDELINE', 'BEST_PRACTICE', 'CASE_STUDY'] AS types,
         ARRAY['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'TL', 'CN'] AS codes,
         ARRAY['en', 'en', 'en', 'en', 'en', 'en', 'zh-Hans', 'zh-Hans', 'vi', 'th', 'id', 'ms', 'km', 'lo', 'my',
               'fil', 'en-SG', 'zh-Hant'] AS languages,
         ARRAY['Personal data protection', 'Cross-border data flows', 'Artificial intelligence governance',
               'Cybersecurity incident response', 'Digital trade facilitation', 'Electronic payments interoperability',
               '5G network deployment', 'Cloud computing adoption', 'Smart city platforms', 'E-government services',
               'Digital identity', 'Broadband access in rural areas', 'MSME digital transformation',
               'Digital skills for teachers', 'Open data publication', 'Critical information infrastructure',
               'Submarine cable resilience', 'Cross-border e-commerce', 'Paperless customs clearance',
               'Digital agriculture', 'Smart manufacturing', 'Online dispute resolution', 'Consumer protection online',
               'Spectrum management', 'Data centre energy efficiency', 'Telemedicine services', 'Fintech sandboxes',
               'Blockchain in supply chains', 'Digital literacy for older people', 'Child online safety',
               'Emergency alert systems', 'Satellite connectivity', 'Internet exchange points', 'IoT device security',
               'Algorithmic transparency', 'Digital tax administration', 'Mobile money regulation',
               'Standards for digital signatures', 'Talent exchange in software engineering', 'Green data centres'] AS topics,
         ARRAY['Sets out the national framework for', 'Describes lessons learned from pilots in', 'Recommends practices for',
               'Defines requirements that operators must meet for', 'Compares approaches across the region to',
               'Reports outcomes of a two-year programme on', 'Guides regulators and agencies through',
               'Explains how small and medium enterprises can benefit from',
               'Establishes technical specifications and conformity assessment for',
               'Summarises consultations with industry and academia on'] AS openings,
         ARRAY['public sector bodies', 'telecommunications operators', 'financial institutions', 'universities',
               'local governments', 'platform companies', 'startups', 'border agencies', 'hospitals', 'schools',
               'rural communities', 'exporters', 'data protection authorities', 'national CERTs',
               'standards bodies'] AS audiences,
         jsonb_build_object(
           'I', jsonb_build_array('TRUSTED_DIGITAL_ECOSYSTEM', 'DIGITAL_DEVELOPMENT_STRATEGIES', 'DIGITAL_REGULATORY_PRACTICES', 'POLICIES_RULES_STANDARDS', 'GOVERNMENT_BUSINESS_ACADEMIA_PLATFORM'),
           'II', jsonb_build_array('CONNECTIVITY', 'INTEROPERABILITY', 'ICT_CAPABILITIES', 'INTERNATIONAL_COMMUNICATION_INFRASTRUCTURE'),
           'III', jsonb_build_array('FIVE_G', 'CLOUD_COMPUTING', 'DIGITAL_GOVERNMENT', 'FUTURE_NETWORKS', 'AI_GOVERNANCE', 'DIGITAL_TRADE_PILOTS', 'STANDARDS_RECOGNITION', 'TECHNOLOGY_SHARING', 'ENTERPRISE_MATCHMAKING', 'BUSINESS_MODEL_SHARING'),
           'IV', jsonb_build_array('MANUFACTURING', 'AGRICULTURE', 'SERVICE_INDUSTRY', 'TRANSFORMATION_EXPERIENCE_SHARING'),
           'V', jsonb_build_array('SECURITY_POLICIES', 'SECURITY_TECHNOLOGIES', 'SECURITY_STANDARDS', 'SECURITY_INDUSTRIES', 'SECURITY_CAPACITY_BUILDING'),
           'VI', jsonb_build_array('DIGITAL_TALENT', 'MANAGER_TECHNICIAN_EXCHANGE', 'DIGITAL_SKILLS', 'DIGITAL_LITERACY'),
           'VII', jsonb_build_array('ACCESS_AND_USE', 'MSME_PARTICIPATION', 'INFRASTRUCTURE_UPGRADING', 'DIGITAL_DIVIDE')) AS sub_areas
), picked AS (
  SELECT g,
         measures[1 + g % 7] AS measure,
         types[1 + (g / 7) % 6] AS document_type,
         CASE WHEN g % 10 = 0 THEN ARRAY['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN']
              WHEN g % 3 = 0 THEN ARRAY[codes[1 + (g * 7) % 12], codes[1 + (g * 7 + 5) % 12], codes[1 + (g * 7 + 8) % 12]]
              WHEN g % 3 = 1 THEN ARRAY[codes[1 + (g * 5) % 12], codes[1 + (g * 5 + 3) % 12]]
              ELSE ARRAY[codes[1 + (g * 11) % 12]] END AS parties,
         languages[1 + (g * 13) % 18] AS language,
         topics[1 + (g * 17) % 40] AS topic,
         topics[1 + (g * 29 + 7) % 40] AS second_topic,
         openings[1 + (g * 3) % 10] AS opening,
         audiences[1 + (g * 19) % 15] AS audience,
         v.sub_areas,
         DATE '2015-01-01' + ((g * 7919) % 4380) AS publication_date,
         timestamptz '2026-01-01 00:00:00Z' + g * interval '1 minute' AS created_at
  FROM v, generate_series(1, :n) AS g
)
INSERT INTO library_item (id, title, summary, document_type, measure, sub_area_codes, party_codes, party_mask, language,
                          publication_date, url, licence, status, published_at, created_by, created_at, updated_by,
                          updated_at, version)
SELECT md5('library-item-' || g)::uuid,
       topic || ': ' || lower(replace(document_type, '_', ' ')) || ' ' || g,
       opening || ' ' || lower(topic) || ' among ' || audience || ', with notes on ' || lower(second_topic) || '.',
       document_type, measure,
       CASE WHEN g % 4 = 0 THEN ARRAY[sub_areas -> measure ->> (g % jsonb_array_length(sub_areas -> measure)),
                                      sub_areas -> measure ->> ((g + 1) % jsonb_array_length(sub_areas -> measure))]
            ELSE ARRAY[sub_areas -> measure ->> (g % jsonb_array_length(sub_areas -> measure))] END,
       parties,
       (SELECT bit_or(1 << (array_position(ARRAY['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'TL', 'CN'], p) - 1))
          FROM unnest(parties) AS p),
       language, publication_date,
       'https://example.org/library/' || g || '.pdf',
       CASE WHEN g % 3 = 0 THEN 'CC-BY-4.0' WHEN g % 3 = 1 THEN 'All rights reserved' END,
       CASE WHEN g % 20 < 16 THEN 'PUBLISHED' WHEN g % 20 = 16 THEN 'WITHDRAWN' ELSE 'DRAFT' END,
       CASE WHEN g % 20 <= 16 THEN created_at + interval '1 day' END,
       'bench', created_at, 'bench', created_at, 0
FROM picked;
VACUUM ANALYZE library_item;
VACUUM ANALYZE library_item_terms;
