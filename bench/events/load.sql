-- :n events over the last :n seconds (all within the 30-day retention for n up to 2.5 million), across the three
-- services' types, one or two parties each, and audiences in the proportions a mixed platform might have: 40 % public,
-- 30 % a party's agencies and partners, 15 % a party's agency, 15 % one owning client. Each payload is a CloudEvent of
-- about 700 bytes, like the services' records.
TRUNCATE event;
WITH kinds AS (
  SELECT ARRAY['org.acde.initiatives.initiative.created', 'org.acde.initiatives.initiative.updated',
               'org.acde.initiatives.initiative.transitioned', 'org.acde.initiatives.milestone.updated',
               'org.acde.matchmaking.enterprise.registered', 'org.acde.matchmaking.opportunity.published',
               'org.acde.matchmaking.interest.submitted', 'org.acde.matchmaking.interest.accepted',
               'org.acde.capacity.program.published', 'org.acde.capacity.cohort.opened',
               'org.acde.capacity.enrolment.confirmed', 'org.acde.capacity.certificate.issued'] AS types,
         ARRAY['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'TL', 'CN'] AS codes
), rows AS (
  SELECT g,
         md5('event-' || g)::uuid AS id,
         types[1 + g % 12] AS type,
         '/api/v1/' || split_part(types[1 + g % 12], '.', 4) || 's/' || md5('resource-' || (g % 200000))::uuid AS subject,
         codes[1 + (g * 7) % 12] AS p1,
         codes[1 + (g * 11) % 12] AS p2,
         now() - (:n - g) * interval '1 second' AS at
  FROM kinds, generate_series(1, :n) AS g
), shaped AS (
  SELECT *,
         CASE WHEN p1 = p2 THEN ARRAY[p1] ELSE ARRAY[p1, p2] END AS parties,
         CASE WHEN g % 20 < 8 THEN ARRAY['anyone']
              WHEN g % 20 < 14 THEN CASE WHEN p1 = p2 THEN ARRAY['party:' || p1] ELSE ARRAY['party:' || p1, 'party:' || p2] END
              WHEN g % 20 < 17 THEN ARRAY['agency:' || p1]
              ELSE ARRAY['client:partner-' || lower(p1) || '-demo'] END AS audience
  FROM rows
)
INSERT INTO event (position, id, type, subject, parties, audience, occurred_at, stored_at, payload)
SELECT g, id, type, subject, parties, audience, at, at,
       jsonb_build_object('specversion', '1.0', 'id', id, 'source', 'urn:acde:' || split_part(type, '.', 3) || '-service',
         'type', type, 'subject', subject, 'time', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
         'datacontenttype', 'application/json',
         'data', jsonb_build_object('id', split_part(subject, '/', 5), 'code', 'ACI-2026-' || lpad((g % 10000)::text, 4, '0'),
           'title', 'Cooperation item ' || g, 'status', 'PUBLISHED', 'parties', to_jsonb(parties),
           'summary', repeat('ASEAN-China digital cooperation for MSMEs. ', 7), 'updatedAt', at))
FROM shaped;
SELECT setval('event_position', :n);
VACUUM ANALYZE event;
