package org.acde.e2e.journeys;

import static org.acde.e2e.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.acde.e2e.Api;
import org.acde.e2e.Refusal;
import org.acde.e2e.Stack;
import org.acde.e2e.SystemTest;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A national agency's journey through the gateway, with real tokens: Viet Nam's agency proposes an initiative, the
 * secretariat endorses it, the agency starts it, plans a milestone and an indicator and reports progress; it runs a
 * capacity program under the initiative, with a cohort whose seats are reserved in part for Viet Nam and Thailand;
 * more applicants than seats apply at the same moment, the quotas hold and the rest wait; after the course the
 * agency records results, a certificate is issued, verified with an independent JOSE library against the published
 * keys, then revoked, after which the platform's verifier says REVOKED. Every step is also tried by callers who must
 * be refused.
 */
@SystemTest
class NationalAgencyJourneyIT {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int SEATS = 4;
    private static final Map<String, Integer> QUOTAS = Map.of("VN", 2, "TH", 1);
    /** Applicants per party: twelve for four seats. */
    private static final Map<String, Integer> APPLICANTS = Map.of("VN", 6, "TH", 4, "CN", 2);
    private static final Comparator<Map<String, Object>> BY_POSITION = Comparator.comparingLong(NationalAgencyJourneyIT::position);

    private final Journey journey = new Journey("national agency");
    private final Api vietnam = Api.as("agency-vn-demo");
    private final Api secretariat = Api.as("secretariat-demo");
    /** Takes part in the initiative, does not lead it. */
    private final Api thailand = Api.as("agency-th-demo");
    /** Takes no part in the initiative. */
    private final Api china = Api.as("agency-cn-demo");
    private final Api partner = Api.as("partner-my-demo");
    private final Api anyone = Api.anonymous();

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    private String initiative;
    private String initiativeCode;
    private String meeting;
    private String indicator;
    private String program;
    private final String programTitle = "Provincial e-government cloud operations " + tag;
    private String cohort;
    private Map<String, Object> cohortBody;
    private List<Map<String, Object>> enrolments;
    private long completionsBefore;
    private String certificate;
    private String credential;

    @Test
    void anAgencyRunsAnInitiativeAndAProgramThroughToARevokedCertificate() throws Exception {
        journey.step("propose an initiative", this::propose);
        journey.step("Viet Nam hosts the ministerial meeting that endorses it", this::meetingEndorses);
        journey.step("the secretariat endorses it naming the meeting, the agency starts it", this::endorseAndStart);
        journey.step("the meeting on the initiative's page and in Viet Nam's overview", this::meetingShown);
        journey.step("plan a milestone and an indicator", this::milestoneAndIndicator);
        journey.step("report progress for the current period", this::reportProgress);
        journey.step("share the initiative's curriculum guideline in the library", this::library);
        journey.step("a capacity program linked to the initiative", this::program);
        journey.step("a cohort with per-party quotas", this::cohort);
        journey.step("twelve applications for four seats at once: quotas hold, the rest wait", this::enrolUnderContention);
        journey.step("the course runs", this::courseRuns);
        journey.step("record results: completions with certificates, a failure", this::recordResults);
        journey.step("verify the certificate with an independent JOSE library", this::verifyIndependently);
        journey.step("revoke it: the platform's verifier says REVOKED", this::revoke);
        journey.step("the initiative's portfolio across the services, as each caller may see it", this::portfolio);
        journey.step("the portfolio benchmark script, in a small run", this::portfolioBenchmark);
        journey.step("post a cooperation need: an offer, a program and an initiative answer it, offers and programs are ranked for it", this::need);
        journey.done();
    }

    private void propose() {
        Map<String, Object> body = initiativeBody("Digital skills for provincial e-government technicians " + tag);
        Refusal.of("POST", "/api/v1/initiatives", body)
                .needsAValidToken(vietnam)
                .refusedTo(china, 403)    // an agency proposes for its own party only
                .refusedTo(partner, 403); // partners do not propose initiatives
        Response created = vietnam.post("/api/v1/initiatives", body);
        created.then().statusCode(201).header("Location", notNullValue()).body("status", is("PROPOSED"))
                .body("createdBy", is("agency-vn-demo"));
        initiative = created.path("id");
        initiativeCode = created.path("code");
        assertThat(initiativeCode).matches("ACI-\\d{4}-\\d{4}");

        // A proposal is seen by the secretariat and the agencies of its parties only.
        thailand.get("/api/v1/initiatives/" + initiative).then().statusCode(200);
        china.get("/api/v1/initiatives/" + initiative).then().statusCode(404);
        anyone.get("/api/v1/initiatives/" + initiative).then().statusCode(404);
        // ... so nobody else can link a program to it.
        Refusal.of("POST", "/api/v1/programs", programBody("CN", "Cloud operations " + tag)).refusedTo(china, 422);
        Refusal.unknownQueryParameter(vietnam, "/api/v1/initiatives");
    }

    /** Viet Nam hosts; Thailand and China take part. The host's agency records what the meeting decided. */
    private void meetingEndorses() {
        Map<String, Object> body = json("kind", "MINISTERIAL_MEETING", "title", "ASEAN-China Digital Ministers' Meeting " + tag,
                "startDate", today.minusDays(1).toString(), "endDate", today.toString(), "place", "Hanoi, Viet Nam",
                "online", true, "hostParty", "VN", "participatingParties", List.of("VN", "TH", "CN"),
                "agenda", List.of(json("title", "New cooperation initiatives")));
        Refusal.of("POST", "/api/v1/dialogues", body)
                .needsAValidToken(vietnam)
                .refusedTo(china, 403)    // taking part is not hosting
                .refusedTo(partner, 403);
        meeting = vietnam.create("/api/v1/dialogues", body);
        anyone.get("/api/v1/dialogues/" + meeting).then().statusCode(200).body("hostParty", is("VN"))
                .body("createdBy", is("agency-vn-demo"));

        String outcomes = "/api/v1/dialogues/" + meeting + "/outcomes";
        Map<String, Object> endorsed = json("initiativeId", initiative, "kind", "ENDORSED",
                "note", "Endorsed as a flagship initiative");
        Refusal.of("POST", outcomes, endorsed)
                .needsAValidToken(vietnam)
                .refusedTo(thailand, 403) // takes part in meeting and initiative, did not host
                .refusedTo(partner, 403);
        Refusal.of("POST", outcomes, json("initiativeId", UUID.randomUUID().toString(), "kind", "REVIEWED"))
                .refusedTo(vietnam, 422);
        vietnam.post(outcomes, endorsed).then().statusCode(201).body("initiativeCode", is(initiativeCode));
        Refusal.of("POST", outcomes, endorsed).refusedTo(vietnam, 409); // once per initiative and kind
        // About a proposal: only those who see the proposal see the outcome.
        thailand.get(outcomes).then().statusCode(200).body("total", is(1));
        anyone.get(outcomes).then().statusCode(200).body("total", is(0));
    }

    private void endorseAndStart() {
        String transitions = "/api/v1/initiatives/" + initiative + "/transitions";
        // Only a meeting that records the endorsement may be named.
        Refusal.of("POST", transitions, json("to", "ENDORSED", "reason", "Endorsed", "dialogueId", UUID.randomUUID().toString()))
                .refusedTo(secretariat, 422);
        Map<String, Object> endorse = json("to", "ENDORSED", "reason", "Endorsed at the ASEAN-China Digital Ministers' Meeting",
                "dialogueId", meeting);
        Refusal.of("POST", transitions, endorse)
                .needsAValidToken(secretariat)
                .refusedTo(thailand, 403)  // sees the proposal, does not lead it
                .refusedTo(china, 404)     // does not see it
                .refusedTo(partner, 403);
        secretariat.post(transitions, endorse).then().statusCode(200).body("status", is("ENDORSED"))
                .body("updatedBy", is("secretariat-demo"));
        // Endorsed: public from now on.
        anyone.get("/api/v1/initiatives/" + initiative).then().statusCode(200).body("status", is("ENDORSED"));

        Map<String, Object> start = json("to", "ACTIVE", "reason", "Funding released; first courses scheduled");
        Refusal.of("POST", transitions, start).needsAValidToken(vietnam).refusedTo(china, 403).refusedTo(thailand, 403);
        vietnam.post(transitions, start).then().statusCode(200).body("status", is("ACTIVE"))
                .body("actualStart", is(LocalDate.now(ZoneOffset.UTC).toString()));
        // Skipping ahead is not a move the lifecycle has.
        Refusal.of("POST", transitions, json("to", "CLOSED", "reason", "Too early")).refusedTo(vietnam, 409);

        anyone.get("/api/v1/initiatives/" + initiative + "/history").then().statusCode(200)
                .body("items.to", hasItems("ENDORSED", "ACTIVE"));
    }

    private void meetingShown() {
        anyone.get("/api/v1/initiatives/" + initiative + "/history").then().statusCode(200)
                .body("items.find { it.to == 'ENDORSED' }.dialogueId", is(meeting));
        anyone.get("/api/v1/initiatives/" + initiative + "/dialogues").then().statusCode(200)
                .body("items.dialogueId", hasItems(meeting)).body("items[0].outcomes[0].kind", is("ENDORSED"));
        // Endorsed, so public: the outcome is now anyone's to read.
        anyone.get("/api/v1/dialogues/" + meeting + "/outcomes").then().statusCode(200).body("total", is(1));
        for (String party : List.of("VN", "CN")) {
            anyone.get("/api/v1/parties/" + party + "/overview").then().statusCode(200)
                    .body("dialogues.available", is(true)).body("dialogues.latest.id", hasItems(meeting))
                    .body("dialogues.latest.find { it.id == '" + meeting + "' }.hosted", is(party.equals("VN")));
        }
        Refusal.unknownQueryParameter(vietnam, "/api/v1/dialogues");
    }

    private void milestoneAndIndicator() {
        String milestones = "/api/v1/initiatives/" + initiative + "/milestones";
        Map<String, Object> milestone = json("title", "Shared curriculum agreed with Thailand",
                "dueDate", today.plusMonths(3).toString(), "status", "PLANNED");
        Refusal.of("POST", milestones, milestone).needsAValidToken(vietnam).refusedTo(thailand, 403).refusedTo(china, 403);
        vietnam.create(milestones, milestone);
        anyone.get(milestones).then().statusCode(200).body("items.title", hasItem("Shared curriculum agreed with Thailand"));

        String indicators = "/api/v1/initiatives/" + initiative + "/indicators";
        Map<String, Object> body = json("title", "Provincial technicians certified", "level", "OUTPUT", "unit", "COUNT",
                "ascending", true, "baseline", json("value", 0, "date", today.minusDays(1).toString()),
                "targets", List.of(json("period", Integer.toString(today.getYear()), "value", 40),
                        json("period", Integer.toString(today.getYear() + 1), "value", 400)));
        Refusal.of("POST", indicators, body).needsAValidToken(vietnam).refusedTo(thailand, 403).refusedTo(china, 403);
        indicator = vietnam.create(indicators, body);
    }

    private void reportProgress() {
        // The current month: a period that has started, as progress reports require.
        String period = today.format(DateTimeFormatter.ofPattern("yyyy-MM"));
        String reports = "/api/v1/initiatives/" + initiative + "/progress-reports";
        Map<String, Object> report = json("party", "VN", "period", period,
                "narrative", "The first cohort of the cloud operations course is enrolled; the curriculum is in review with Thailand.",
                "actuals", List.of(json("indicatorId", indicator, "value", 0, "byParty", List.of(json("party", "VN", "value", 0)))));
        Refusal.of("POST", reports, report)
                .needsAValidToken(vietnam)
                .refusedTo(china, 403)     // an agency reports for its own party only
                .refusedTo(partner, 403);
        Map<String, Object> ownParty = new HashMap<>(report);
        ownParty.remove("party");
        Refusal.of("POST", reports, ownParty).refusedTo(china, 422); // China takes no part in the initiative
        vietnam.post(reports, report).then().statusCode(201).body("party", is("VN")).body("period", is(period))
                .body("submittedBy", is("agency-vn-demo"));
        Refusal.of("POST", reports, report).refusedTo(vietnam, 409); // one report per party and period, never replaced
        anyone.get(reports).then().statusCode(200).body("items.period", hasItem(period));
    }

    private void library() {
        String items = "/api/v1/library/items";
        Map<String, Object> body = json("title", "Curriculum guideline for e-government cloud technicians " + tag,
                "summary", "Competences, course outline and assessment for provincial technicians who run e-government clouds.",
                "documentType", "GUIDELINE", "measure", "VI", "subAreas", List.of("DIGITAL_SKILLS"),
                "parties", List.of("VN", "TH"), "language", "vi", "publicationDate", today.toString(),
                "url", "https://example.org/acde/curriculum-" + tag + ".pdf", "licence", "CC-BY-4.0",
                "relatedInitiatives", List.of(initiative));
        Refusal.of("POST", items, body)
                .needsAValidToken(vietnam)
                .refusedTo(china, 403)    // an agency adds items naming its own party only
                .refusedTo(partner, 403); // partners read the library, they do not write to it
        String item = vietnam.create(items, body);
        // A draft: the agencies of its parties and the secretariat see it, nobody else.
        thailand.get(items + "/" + item).then().statusCode(200).body("status", is("DRAFT"));
        secretariat.get(items + "/" + item).then().statusCode(200);
        china.get(items + "/" + item).then().statusCode(404);
        anyone.get(items + "/" + item).then().statusCode(404);
        anyone.get(items + "?q=" + tag).then().statusCode(200).body("total", is(0));

        String resource = items + "/" + item;
        Refusal.of("POST", resource + "/transitions", json("to", "PUBLISHED", "reason", "Agreed with Thailand"))
                .needsAValidToken(vietnam)
                .refusedTo(china, 404)    // does not see the draft
                .refusedTo(partner, 403);
        vietnam.transition(resource, "PUBLISHED").then().statusCode(200).body("status", is("PUBLISHED"));
        // Published: anyone finds it by full text and filters, and it links the initiative.
        anyone.request().queryParams(json("q", "curriculum " + tag, "measure", "VI", "language", "vi", "party", "TH"))
                .get(items).then().statusCode(200)
                .body("items.id", is(List.of(item))).body("items[0].relatedInitiatives", is(List.of(initiative)));
        anyone.get(items + "?relatedInitiative=" + initiative).then().statusCode(200).body("items.id", is(List.of(item)));
        String csv = anyone.request().accept("text/csv").get(items + "/export.csv?q=" + tag).then().statusCode(200)
                .extract().asString();
        assertThat(csv.lines()).hasSize(2);
        Refusal.of("PUT", resource, body).refusedTo(china, 403); // visible now, still not China's to change
        Refusal.unknownQueryParameter(vietnam, items);
    }

    private void program() {
        Map<String, Object> body = programBody("VN", programTitle);
        Refusal.of("POST", "/api/v1/programs", body)
                .needsAValidToken(vietnam)
                .refusedTo(china, 403); // programs of its own party only
        program = vietnam.post("/api/v1/programs", body).then().statusCode(201).body("status", is("DRAFT"))
                .body("initiativeId", is(initiative)).body("initiativeCode", is(initiativeCode)).extract().path("id");

        anyone.get("/api/v1/programs/" + program).then().statusCode(404); // drafts are the provider's
        Refusal.of("POST", "/api/v1/programs/" + program + "/transitions", json("to", "PUBLISHED", "reason", "hostile"))
                .needsAValidToken(vietnam)
                .refusedTo(china, 404)
                .refusedTo(thailand, 404);
        vietnam.transition("/api/v1/programs/" + program, "PUBLISHED").then().statusCode(200).body("status", is("PUBLISHED"));
        anyone.get("/api/v1/programs/" + program).then().statusCode(200);
        Refusal.unknownQueryParameter(anyone, "/api/v1/programs");
    }

    private void cohort() {
        LocalDate start = LocalDate.now(HANOI).plusDays(14);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        cohortBody = json("startDate", start.toString(), "endDate", start.plusDays(2).toString(),
                "enrolmentOpens", now.minus(1, ChronoUnit.HOURS).toString(),
                "enrolmentCloses", now.plus(2, ChronoUnit.DAYS).toString(),
                "timeZone", HANOI.getId(), "place", "Hanoi, National Innovation Centre", "seats", SEATS,
                "quotas", List.of(json("party", "VN", "seats", QUOTAS.get("VN")), json("party", "TH", "seats", QUOTAS.get("TH"))),
                "completion", json("minAttendancePercent", 80, "passMark", 60));
        String cohorts = "/api/v1/programs/" + program + "/cohorts";
        Refusal.of("POST", cohorts, cohortBody).needsAValidToken(vietnam).refusedTo(china, 403).refusedTo(thailand, 403);
        cohort = vietnam.create(cohorts, cohortBody);
        anyone.get("/api/v1/cohorts/" + cohort).then().statusCode(200).body("seats", is(SEATS)).body("seatsTaken", is(0));
    }

    private void enrolUnderContention() throws Exception {
        String path = "/api/v1/cohorts/" + cohort + "/enrolments";
        Refusal.of("POST", path, participant("VN", "refused-" + tag + "@example.vn"))
                .needsAValidToken(vietnam)
                .refusedTo(china, 403); // a party enrols its own participants

        completionsBefore = anyone.get("/api/v1/capacity/stats").then().statusCode(200).extract().jsonPath().getLong("completions");
        Map<String, Api> enrolling = Map.of("VN", vietnam, "TH", thailand, "CN", china);
        enrolling.values().forEach(Api::token); // tokens first, so the applications start together
        List<Callable<Response>> applications = new ArrayList<>();
        CountDownLatch gate = new CountDownLatch(1);
        APPLICANTS.forEach((party, count) -> {
            for (int i = 1; i <= count; i++) {
                Map<String, Object> body = participant(party, party.toLowerCase() + i + "-" + tag + "@example.org");
                applications.add(() -> {
                    gate.await();
                    return enrolling.get(party).post(path, body);
                });
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(applications.size());
        try {
            List<Future<Response>> answers = new ArrayList<>();
            applications.forEach(application -> answers.add(pool.submit(application)));
            gate.countDown();
            for (Future<Response> answer : answers) {
                answer.get(2, TimeUnit.MINUTES).then().statusCode(201);
            }
        } finally {
            pool.shutdownNow();
        }

        enrolments = vietnam.request().queryParam("limit", 100).get(path).then().statusCode(200)
                .body("total", is(12)).extract().jsonPath().getList("items");
        Map<String, Integer> seats = new HashMap<>();
        int waiting = 0;
        for (Map<String, Object> enrolment : enrolments) {
            if (enrolment.get("status").equals("CONFIRMED")) {
                seats.merge((String) enrolment.get("seat"), 1, Integer::sum);
                if (!enrolment.get("seat").equals("OPEN")) {
                    assertThat(enrolment.get("party")).as("a reserved seat holds its own party").isEqualTo(enrolment.get("seat"));
                }
            } else {
                assertThat(enrolment.get("status")).isEqualTo("WAITLISTED");
                assertThat(enrolment.get("seat")).isNull();
                waiting++;
            }
        }
        assertThat(seats).as("seats by bucket").isEqualTo(Map.of("VN", 2, "TH", 1, "OPEN", 1));
        assertThat(waiting).isEqualTo(8);
        Map<Long, String> replayed = replay(enrolments);
        assertThat(enrolments).as("each decision as a replay in arrival order gives").allSatisfy(enrolment ->
                assertThat(enrolment.get("seat")).as("seat of position %s", position(enrolment))
                        .isEqualTo(replayed.get(position(enrolment))));
        anyone.get("/api/v1/cohorts/" + cohort).then().statusCode(200).body("seatsTaken", is(SEATS)).body("waitlisted", is(8));

        // Another party's client sees only its own party's enrolments.
        thailand.request().queryParam("limit", 100).get(path).then().statusCode(200).body("total", is(4))
                .body("items.party", everyItem(is("TH")));
        Refusal.unknownQueryParameter(vietnam, path);
    }

    /**
     * The course took place: the stack's clock cannot be moved, so the cohort is rescheduled to the days just before
     * today, with its enrolment window closed before them (a reschedule keeps seats, quotas and enrolments). Results
     * are only accepted once a cohort's last day has begun.
     */
    private void courseRuns() {
        LocalDate end = LocalDate.now(HANOI).minusDays(1);
        LocalDate start = end.minusDays(2);
        Instant startOfFirstDay = start.atStartOfDay(HANOI).toInstant();
        Map<String, Object> ran = new HashMap<>(cohortBody);
        ran.putAll(json("startDate", start.toString(), "endDate", end.toString(),
                "enrolmentOpens", startOfFirstDay.minus(30, ChronoUnit.DAYS).toString(),
                "enrolmentCloses", startOfFirstDay.minus(12, ChronoUnit.HOURS).toString()));
        Refusal.of("PUT", "/api/v1/cohorts/" + cohort, ran).needsAValidToken(vietnam).refusedTo(china, 403).refusedTo(thailand, 403);
        vietnam.put("/api/v1/cohorts/" + cohort, ran).then().statusCode(200).body("endDate", is(end.toString()))
                .body("seatsTaken", is(SEATS)).body("waitlisted", is(8));
    }

    private void recordResults() {
        List<String> confirmed = ids("CONFIRMED", null);
        String vietnamese = ids("CONFIRMED", "VN").get(0);
        Map<String, Object> pass = json("attendancePercent", 95, "score", 85);
        Refusal.of("POST", "/api/v1/enrolments/" + vietnamese + "/result", pass)
                .needsAValidToken(vietnam)
                .refusedTo(china, 404)      // another party's participant: not even seen
                .refusedTo(thailand, 404);
        String chinese = ids(null, "CN").get(0);
        // China sees its own participant's enrolment, but is not the provider.
        Refusal.of("POST", "/api/v1/enrolments/" + chinese + "/result", pass).refusedTo(china, 403);
        String waiting = ids("WAITLISTED", null).get(0);
        Refusal.of("POST", "/api/v1/enrolments/" + waiting + "/result", pass).refusedTo(vietnam, 409);

        for (int i = 0; i < confirmed.size(); i++) {
            boolean passes = i < confirmed.size() - 1;
            Response result = vietnam.post("/api/v1/enrolments/" + confirmed.get(i) + "/result",
                    passes ? pass : json("attendancePercent", 90, "score", 41));
            result.then().statusCode(200).body("status", is(passes ? "COMPLETED" : "FAILED"));
            if (passes && certificate == null) {
                certificate = result.path("certificateId");
            }
        }
        assertThat(certificate).isNotNull();
        assertThat(anyone.get("/api/v1/capacity/stats").then().statusCode(200).extract().jsonPath().getLong("completions"))
                .isEqualTo(completionsBefore + confirmed.size() - 1);
    }

    private void verifyIndependently() throws Exception {
        credential = anyone.get("/api/v1/certificates/" + certificate).then().statusCode(200).body("status", is("ACTIVE"))
                .body("programId", is(program)).extract().path("jwt");
        JWKSet keys = JWKSet.parse(anyone.get("/api/v1/certificates/jwks").then().statusCode(200).extract().asString());

        SignedJWT jwt = SignedJWT.parse(credential);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.EdDSA);
        JWK key = keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("the certificate's key %s in the published JWKS", jwt.getHeader().getKeyID())
                .isInstanceOf(OctetKeyPair.class);
        assertThat(key.isPrivate()).as("the JWKS publishes public keys only").isFalse();
        OctetKeyPair publicKey = key.toOctetKeyPair();
        assertThat(publicKey.getCurve()).isEqualTo(Curve.Ed25519);
        assertThat(jwt.verify(new Ed25519Verifier(publicKey))).as("the signature, checked by Nimbus JOSE").isTrue();

        String issuer = Stack.GATEWAY_URL + "/api/v1/certificates/issuer";
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        new DefaultJWTClaimsVerifier<>(new JWTClaimsSet.Builder().issuer(issuer).jwtID("urn:uuid:" + certificate).build(),
                Set.of("iss", "jti", "nbf", "exp")).verify(claims, null); // also: nbf passed, exp ahead
        JsonPath badge = new JsonPath(claims.toString());
        assertThat(badge.getList("type", String.class)).contains("VerifiableCredential", "OpenBadgeCredential");
        assertThat(badge.getString("credentialSubject.achievement.name")).isEqualTo(programTitle);
        assertThat(badge.getList("credentialSubject.achievement.alignment.targetCode", String.class)).contains("VI", initiativeCode);
        assertThat(claims.toString()).as("no personal data in a public credential").doesNotContain("@example.org");

        // Nimbus refuses the same credential with one result changed; so does the platform.
        String[] parts = credential.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"value\":\"85\"");
        String changed = payload.replace("\"value\":\"85\"", "\"value\":\"100\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(changed.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(SignedJWT.parse(forged).verify(new Ed25519Verifier(publicKey))).isFalse();
        anyone.post("/api/v1/certificates/verify", json("credential", forged)).then().statusCode(200).body("verdict", is("TAMPERED"));
        anyone.post("/api/v1/certificates/verify", json("credential", credential)).then().statusCode(200)
                .body("verdict", is("VALID")).body("certificateId", is(certificate)).body("achievement", is(programTitle));
    }

    private void revoke() throws Exception {
        String revocation = "/api/v1/certificates/" + certificate + "/revocation";
        Map<String, Object> reason = json("reason", "Issued in error: results were recorded for the wrong participant");
        Refusal.of("POST", revocation, reason)
                .needsAValidToken(vietnam)
                .refusedTo(china, 403)     // the certificate is public, its program is not China's
                .refusedTo(thailand, 403)
                .refusedTo(partner, 403);
        vietnam.post(revocation, reason).then().statusCode(200).body("status", is("REVOKED"))
                .body("revocationReason", is(reason.get("reason")));
        Refusal.of("POST", revocation, reason).refusedTo(vietnam, 409);

        anyone.post("/api/v1/certificates/verify", json("credential", credential)).then().statusCode(200)
                .body("verdict", is("REVOKED")).body("revocationReason", is(reason.get("reason")))
                .body("revokedAt", notNullValue());
        anyone.get("/api/v1/certificates/" + certificate).then().statusCode(200).body("status", is("REVOKED"));
        // Revocation is the issuer's record, not the signature's: the signature itself still checks out.
        SignedJWT jwt = SignedJWT.parse(credential);
        OctetKeyPair key = JWKSet.parse(anyone.get("/api/v1/certificates/jwks").asString())
                .getKeyByKeyId(jwt.getHeader().getKeyID()).toOctetKeyPair();
        assertThat(jwt.verify(new Ed25519Verifier(key))).isTrue();
    }

    /**
     * The initiative grows a draft program and, in matchmaking, a Malaysian offer with a Chinese platform's interest;
     * then each caller asks for the portfolio through the gateway and sees what each resource shows it: drafts to the
     * provider's party and the secretariat, interests to their sides, their parties' agencies and the secretariat,
     * never to anonymous callers; the figures are public. A proposal's portfolio is as hidden as the proposal.
     */
    private void portfolio() {
        String draft = vietnam.create("/api/v1/programs", programBody("VN", "Data centre operations, second run " + tag));
        Api chinesePlatform = Api.as("partner-cn-demo");
        String malaysian = partner.create("/api/v1/enterprises", enterprise("Penang Grid Analytics " + tag, "MY"));
        String offer = partner.create("/api/v1/opportunities", json("enterpriseId", malaysian, "type", "TECHNOLOGY_OFFER",
                "title", "Monitoring for provincial cloud platforms " + tag,
                "summary", "Capacity planning and incident detection for government cloud platforms.",
                "technologies", List.of("CLOUD_COMPUTING"), "keywords", List.of("monitoring"), "sectors", List.of("J"),
                "targetParties", List.of(), "partnershipTypes", List.of("LICENSING"), "stage", "MARKET_READY",
                "measure", "VI", "expiresOn", today.plusDays(90).toString(), "initiativeId", initiative));
        partner.transition("/api/v1/opportunities/" + offer, "PUBLISHED").then().statusCode(200);
        String chinese = chinesePlatform.create("/api/v1/enterprises", enterprise("Hangzhou Cloud Ops " + tag, "CN"));
        String interest = chinesePlatform.create("/api/v1/interests", json("opportunityId", offer, "enterpriseId", chinese,
                "message", "We would like to license your monitoring for our provincial customers.", "partnershipType", "LICENSING"));

        String path = "/api/v1/initiatives/" + initiative + "/portfolio";
        JsonPath lead = vietnam.get(path).then().statusCode(200).body("partial", is(false)).extract().jsonPath();
        assertThat(lead.getString("initiative.initiative.code")).isEqualTo(initiativeCode);
        assertThat(lead.getList("initiative.progressReports.items.party", String.class)).containsExactly("VN");
        assertThat(lead.getList("initiative.dialogues.items.dialogueId", String.class)).containsExactly(meeting);
        assertThat(lead.getList("capacity.programs.program.id", String.class)).containsExactlyInAnyOrder(program, draft);
        Map<String, Object> run = lead.getMap("capacity.programs.find { it.program.id == '" + program + "' }.cohorts[0]");
        assertThat(run).containsEntry("id", cohort).containsEntry("seatsTaken", SEATS).containsEntry("waitlisted", 8);
        // Four took part, three completed with a certificate each, one certificate was revoked.
        assertThat(lead.getLong("capacity.participants")).isEqualTo(SEATS);
        assertThat(lead.getLong("capacity.completions")).isEqualTo(SEATS - 1);
        assertThat(lead.getLong("capacity.certificatesIssued")).isEqualTo(SEATS - 1);
        assertThat(lead.getLong("capacity.certificatesRevoked")).isEqualTo(1);
        assertThat(lead.getList("capacity.bySex.participants", Integer.class).stream().mapToInt(Integer::intValue).sum()).isEqualTo(SEATS);
        assertThat(lead.getList("capacity.byParty.completions", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(SEATS - 1);
        assertThat(lead.getList("matchmaking.opportunities.items.id", String.class)).containsExactly(offer);
        assertThat(lead.getLong("matchmaking.interestsExpressed")).isEqualTo(1);
        assertThat(lead.getList("matchmaking.interests.items", Object.class)).isEmpty(); // no Vietnamese enterprise takes part

        JsonPath anonymous = anyone.get(path).then().statusCode(200).body("partial", is(false)).extract().jsonPath();
        assertThat(anonymous.getList("capacity.programs.program.id", String.class)).containsExactly(program);
        assertThat(anonymous.getList("initiative.dialogues.items[0].outcomes.kind", String.class)).containsExactly("ENDORSED");
        assertThat(anonymous.getList("matchmaking.opportunities.items.id", String.class)).containsExactly(offer);
        assertThat(anonymous.getString("matchmaking.opportunities.items[0].enterpriseName")).isNull(); // anonymised
        assertThat(anonymous.getMap("matchmaking")).doesNotContainKey("interests");
        assertThat(anonymous.getLong("capacity.certificatesIssued")).isEqualTo(SEATS - 1);

        for (Api side : List.of(partner, chinesePlatform, china)) { // both sides' platforms, and China's agency for its enterprise
            JsonPath seen = side.get(path).then().statusCode(200).extract().jsonPath();
            assertThat(seen.getList("capacity.programs.program.id", String.class)).as(side.name()).containsExactly(program);
            assertThat(seen.getList("matchmaking.interests.items.id", String.class)).as(side.name()).containsExactly(interest);
        }
        JsonPath thai = thailand.get(path).then().statusCode(200).extract().jsonPath(); // takes part, no enterprise in it
        assertThat(thai.getList("capacity.programs.program.id", String.class)).containsExactly(program);
        assertThat(thai.getList("matchmaking.interests.items", Object.class)).isEmpty();
        JsonPath all = secretariat.get(path).then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("capacity.programs.program.id", String.class)).containsExactlyInAnyOrder(program, draft);
        assertThat(all.getList("matchmaking.interests.items.id", String.class)).containsExactly(interest);

        // A proposal's portfolio is the proposal's parties' only.
        String proposal = vietnam.create("/api/v1/initiatives", initiativeBody("Cloud skills, second phase " + tag));
        String hidden = "/api/v1/initiatives/" + proposal + "/portfolio";
        Refusal.of("GET", hidden).refusedWithInvalidToken(vietnam);
        anyone.get(hidden).then().statusCode(404).contentType("application/problem+json");
        china.get(hidden).then().statusCode(404).contentType("application/problem+json");
        thailand.get(hidden).then().statusCode(200).body("initiative.initiative.status", is("PROPOSED"));
        anyone.get("/api/v1/initiatives/" + UUID.randomUUID() + "/portfolio").then().statusCode(404);
        // The filters behind it: an unknown initiative is an empty page, a malformed one a 400 naming the parameter.
        anyone.get("/api/v1/programs?initiativeId=" + UUID.randomUUID()).then().statusCode(200).body("total", is(0));
        anyone.get("/api/v1/opportunities?initiativeId=not-an-id").then().statusCode(400).body("errors[0].field", is("initiativeId"));
    }

    /** bench/portfolio/run.sh as a user runs it, briefly, against this stack; its figures go to a scratch file. */
    private void portfolioBenchmark() throws Exception {
        Path root = Path.of(System.getProperty("acde.root", "..")).toAbsolutePath().normalize();
        Path results = root.resolve("e2e/target/portfolio-bench.md");
        Files.deleteIfExists(results);
        ProcessBuilder script = new ProcessBuilder("bench/portfolio/run.sh", "2", "1", "5").directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(root.resolve("e2e/target/portfolio-bench.log").toFile());
        script.environment().putAll(Map.of("ACDE_API_URL", Stack.GATEWAY_URL, "BENCH_TOKEN", secretariat.token(),
                "BENCH_RESULTS", results.toString(), "BENCH_WARMUP", "0"));
        Process process = script.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("bench/portfolio/run.sh finished").isTrue();
        assertThat(process.exitValue()).as("exit code; output in e2e/target/portfolio-bench.log").isZero();
        assertThat(Files.readString(results)).contains("## Initiative portfolio through the gateway").containsPattern("\\| \\d+ \\| 0 \\|");
    }

    private void need() {
        Map<String, Object> body = json("party", "VN", "kind", "CAPACITY_BUILDING", "measure", "VI",
                "subAreas", List.of("DIGITAL_SKILLS"), "title", "Cloud monitoring skills for provincial IT units " + tag,
                "description", "Monitoring and incident detection for the cloud platforms of 20 provincial IT units.",
                "audiences", List.of("TECHNICIANS"), "audienceSize", 120, "technologies", List.of("CLOUD_COMPUTING"),
                "sectors", List.of("J"), "languages", List.of("vi", "en"), "startsOn", today.toString(),
                "endsOn", today.plusYears(1).toString());
        Refusal.of("POST", "/api/v1/needs", body)
                .needsAValidToken(vietnam)
                .refusedTo(china, 403)    // an agency posts the needs of its own party only
                .refusedTo(partner, 403); // partners do not post needs
        String need = vietnam.create("/api/v1/needs", body);
        anyone.get("/api/v1/needs/" + need).then().statusCode(200).body("status", is("OPEN"));

        String malaysian = partner.create("/api/v1/enterprises", enterprise("Penang Cloud Watch " + tag, "MY"));
        Map<String, Object> offer = json("enterpriseId", malaysian, "type", "TECHNOLOGY_OFFER",
                "title", "Cloud monitoring as a service for government " + tag,
                "summary", "Capacity planning and incident detection for government cloud platforms, with training.",
                "technologies", List.of("CLOUD_COMPUTING"), "keywords", List.of("monitoring"), "sectors", List.of("J"),
                "targetParties", List.of(), "partnershipTypes", List.of("SERVICES"), "stage", "ON_THE_MARKET",
                "measure", "VI", "expiresOn", today.plusDays(90).toString(), "answersNeeds", List.of(UUID.randomUUID().toString()));
        Refusal.of("POST", "/api/v1/opportunities", offer).refusedTo(partner, 422); // an unknown need
        offer.put("answersNeeds", List.of(need));
        String answer = partner.create("/api/v1/opportunities", offer);
        partner.transition("/api/v1/opportunities/" + answer, "PUBLISHED").then().statusCode(200);
        Map<String, Object> training = programBody("VN", "Cloud monitoring for provincial technicians " + tag);
        training.put("answersNeeds", List.of(need));
        String answeringProgram = vietnam.create("/api/v1/programs", training);
        vietnam.transition("/api/v1/programs/" + answeringProgram, "PUBLISHED").then().statusCode(200);
        Map<String, Object> proposal = initiativeBody("Provincial cloud monitoring " + tag);
        proposal.put("answersNeeds", List.of(need));
        String answeringInitiative = vietnam.create("/api/v1/initiatives", proposal);

        // Offers ranked for the need by the matching engine, explained factor by factor.
        JsonPath matches = anyone.get("/api/v1/needs/" + need + "/matches?limit=100").then().statusCode(200).extract().jsonPath();
        assertThat(matches.getList("items.opportunity.id", String.class)).contains(answer);
        assertThat(matches.getList("items[0].factors.factor", String.class)).hasSize(7).startsWith("TECHNOLOGY");
        // Programs ranked for the need's profile by capacity-service, explained factor by factor; the draft is never suggested.
        String draft = vietnam.create("/api/v1/programs", programBody("VN", "Unpublished cloud monitoring course " + tag));
        JsonPath ranked = anyone.get("/api/v1/programs/rankings?measure=VI&subArea=DIGITAL_SKILLS&audience=TECHNICIANS&party=VN"
                + "&language=vi&language=en&from=" + today + "&to=" + today.plusYears(1) + "&limit=100").then().statusCode(200).extract().jsonPath();
        List<String> rankedIds = ranked.getList("items.program.id", String.class);
        assertThat(rankedIds).contains(answeringProgram).doesNotContain(draft);
        String at = "items[" + rankedIds.indexOf(answeringProgram) + "]";
        assertThat(ranked.getList(at + ".factors.factor", String.class))
                .containsExactly("MEASURE", "TOPIC", "AUDIENCE", "TIMING", "LANGUAGE", "CROSS_BORDER");
        assertThat(ranked.getList(at + ".factors.value", Float.class)).containsExactly(1f, 0f, 1f, 0.5f, 1f, 0f);
        assertThat(ranked.getFloat(at + ".score")).isEqualTo(0.6f);
        // What answers it, across the services, as each caller may see it: the proposal is the agency's and the secretariat's.
        String answers = "/api/v1/needs/" + need + "/answers";
        vietnam.get(answers).then().statusCode(200).body("partial", is(false)).body("need.id", is(need))
                .body("rankedPrograms.available", is(true)).body("rankedPrograms.items[0].rank", is(1))
                .body("rankedPrograms.items[0].factors.factor", hasItems("MEASURE", "TOPIC", "AUDIENCE"))
                .body("offers.answers.items.id", contains(answer)).body("programs.answers.items.id", contains(answeringProgram))
                .body("initiatives.answers.items.id", contains(answeringInitiative));
        anyone.get(answers).then().statusCode(200).body("offers.answers.items.id", contains(answer))
                .body("initiatives.answers.total", is(0));

        Refusal.of("POST", "/api/v1/needs/" + need + "/transitions", json("to", "MET", "reason", "hostile"))
                .needsAValidToken(vietnam)
                .refusedTo(china, 403)
                .refusedTo(partner, 403);
        vietnam.transition("/api/v1/needs/" + need, "BEING_ANSWERED").then().statusCode(200).body("status", is("BEING_ANSWERED"));
        anyone.get("/api/v1/needs/stats?party=VN").then().statusCode(200)
                .body("byStatus.find { it.code == 'BEING_ANSWERED' }.count", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        Refusal.unknownQueryParameter(anyone, "/api/v1/needs");
    }

    private static Map<String, Object> enterprise(String name, String party) {
        return json("name", name, "party", party, "sizeBand", "SMALL",
                "sizeBasis", json("employees", 25, "definition", party + " national SME definition"), "sectors", List.of("J"),
                "languages", List.of("en"), "description", "Operations tooling for government cloud platforms.",
                "contact", json("person", "Contact " + party, "email", "contact-" + party.toLowerCase() + "-" + UUID.randomUUID() + "@example.org"));
    }

    private Map<String, Object> initiativeBody(String title) {
        return json("title", title,
                "summary", "Training and secondments that let provincial IT units run e-government services on shared"
                        + " cloud platforms.",
                "objectives", "Certify 400 provincial technicians in cloud operations by the end of the second year.",
                "measure", "VI", "subAreas", List.of("DIGITAL_TALENT", "DIGITAL_SKILLS"), "tags", List.of("journey " + tag),
                "leadParty", "VN", "participatingParties", List.of("VN", "TH"),
                "organisations", List.of(json("name", "Ministry of Science and Technology of Viet Nam", "role", "ACCOUNTABLE",
                        "type", "GOVERNMENT", "party", "VN")),
                "plannedStart", today.toString(), "plannedEnd", today.plusYears(2).toString(),
                "budget", json("original", json("amount", "250000.00", "currency", "USD")));
    }

    private Map<String, Object> programBody(String provider, String title) {
        return json("title", title,
                "description", "Three days of hands-on training for provincial IT technicians: landing zones, identity,"
                        + " backups and incident handling.",
                "measure", "VI", "topics", List.of("CLOUD", "DIGITAL_GOVERNMENT"), "audiences", List.of("TECHNICIANS"),
                "providerParty", provider, "providerOrganisation", "Viet Nam Academy of Digital Skills", "delivery", "IN_PERSON",
                "languages", List.of("vi", "en"), "initiativeId", initiative, "certificateValidityMonths", 24);
    }

    private static Map<String, Object> participant(String party, String email) {
        return json("participant", json("name", "Participant " + email.substring(0, email.indexOf('@')), "email", email,
                "party", party, "organisationType", "GOVERNMENT", "sex", email.hashCode() % 2 == 0 ? "F" : "M", "consent", true));
    }

    /** Ids of the enrolments with this status and party (null: any), in arrival order. */
    private List<String> ids(String status, String party) {
        return enrolments.stream()
                .filter(e -> status == null || status.equals(e.get("status")))
                .filter(e -> party == null || party.equals(e.get("party")))
                .sorted(BY_POSITION)
                .map(e -> (String) e.get("id")).toList();
    }

    /**
     * The seat each arrival gets when applications are decided one at a time in arrival order: a free reserved seat of
     * its party, else a free open seat, else none (waitlisted). By position.
     */
    private static Map<Long, String> replay(List<Map<String, Object>> enrolments) {
        Map<String, Integer> free = new HashMap<>(QUOTAS);
        free.put("OPEN", SEATS - QUOTAS.values().stream().mapToInt(Integer::intValue).sum());
        Map<Long, String> seats = new HashMap<>();
        for (Map<String, Object> enrolment : enrolments.stream().sorted(BY_POSITION).toList()) {
            String party = (String) enrolment.get("party");
            String seat = free.getOrDefault(party, 0) > 0 ? party : free.get("OPEN") > 0 ? "OPEN" : null;
            if (seat != null) {
                free.merge(seat, -1, Integer::sum);
            }
            seats.put(position(enrolment), seat);
        }
        return seats;
    }

    private static long position(Map<String, Object> enrolment) {
        return ((Number) enrolment.get("position")).longValue();
    }
}
