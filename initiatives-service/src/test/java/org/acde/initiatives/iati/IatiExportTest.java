package org.acde.initiatives.iati;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.initiative.Fixtures.created;
import static org.acde.initiatives.initiative.Fixtures.inStatus;
import static org.acde.initiatives.initiative.Fixtures.initiative;
import static org.acde.initiatives.initiative.Fixtures.uniqueTag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import org.acde.contracts.security.Role;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The IATI 2.03 export: every document it writes is validated against the official schema (test resources, iati/). */
@QuarkusTest
class IatiExportTest {

    private static final String ALL = "/api/v1/initiatives/iati-activities.xml";
    private static final String ACTIVITY = "/iati-activities/iati-activity";
    /** Last year: its periods have all started, whatever the day of the run. */
    private static final String LAST_YEAR = Year.now(ZoneOffset.UTC).minusYears(1).toString();

    private static String one(String id) {
        return "/api/v1/initiatives/" + id + "/iati-activity.xml";
    }

    private static RequestSpecification as(String token) {
        return token == null ? given() : given().auth().oauth2(token);
    }

    private static IatiDocument exported(RequestSpecification request, String path) {
        return IatiDocument.valid(request.get(path).then().statusCode(200).contentType(startsWith("application/xml"))
                .extract().asString());
    }

    private static String code(String id) {
        return as(Tokens.secretariat()).get("/api/v1/initiatives/" + id).then().statusCode(200).extract().path("code");
    }

    @Test
    void everyLifecycleStateExportsAsValidIatiWithItsActivityStatus() {
        String tag = uniqueTag();
        Map<String, List<String>> paths = new LinkedHashMap<>();
        paths.put("1", List.of());
        paths.put("1 endorsed", List.of("ENDORSED"));
        paths.put("2", List.of("ENDORSED", "ACTIVE"));
        paths.put("6", List.of("ENDORSED", "ACTIVE", "SUSPENDED"));
        paths.put("3", List.of("ENDORSED", "ACTIVE", "FINALISING"));
        paths.put("4", List.of("ENDORSED", "ACTIVE", "FINALISING", "CLOSED"));
        paths.put("5", List.of("ENDORSED", "CANCELLED"));
        paths.put("5 before endorsement", List.of("CANCELLED"));
        List<String> published = new ArrayList<>();
        for (Map.Entry<String, List<String>> path : paths.entrySet()) {
            String id = inStatus(initiative("VN", tag, "CN"), path.getValue().toArray(String[]::new));
            IatiDocument document = exported(as(Tokens.secretariat()), one(id));
            String activity = document.activity(code(id));
            assertThat(document.text(activity + "/activity-status/@code")).as(path.getKey())
                    .isEqualTo(path.getKey().substring(0, 1));
            List<String> dates = document.all(activity + "/activity-date/@type");
            assertThat(dates).as(path.getKey()).startsWith("1").contains("3");
            assertThat(dates.contains("2")).as(path.getKey() + ": actual start").isEqualTo(path.getValue().contains("ACTIVE"));
            assertThat(dates.contains("4")).as(path.getKey() + ": actual end").isEqualTo(path.getValue().contains("CLOSED"));
            if (path.getValue().contains("ENDORSED")) {
                published.add(code(id));
            }
        }
        IatiDocument all = exported(given().queryParam("tag", tag), ALL);
        assertThat(all.all(ACTIVITY + "/iati-identifier")).containsExactlyElementsOf(
                published.stream().map(code -> "XI-IATI-ACDE-" + code).toList());
    }

    @Test
    void aProposalWithoutDatesOrBudgetIsStillValid() {
        Map<String, Object> body = initiative("KH", uniqueTag());
        body.remove("plannedStart");
        body.remove("plannedEnd");
        body.remove("budget");
        body.remove("documents");
        body.remove("organisations");
        body.remove("objectives");
        String id = created(body);
        IatiDocument document = exported(as(Tokens.agency("KH")), one(id));
        String activity = document.activity(code(id));
        assertThat(document.all(activity + "/activity-date/@type")).containsExactly("1");
        assertThat(document.text(activity + "/activity-date/narrative")).startsWith("No dates planned yet");
        assertThat(document.count(activity + "/budget")).isZero();
        assertThat(document.text(activity + "/recipient-country/@percentage")).isEqualTo("100");
        assertThat(document.text(activity + "/activity-scope/@code")).isEqualTo("4");
    }

    @Test
    void anInitiativeWithEveryOptionalFieldFilledExportsEveryPart() {
        String tag = uniqueTag();
        Map<String, Object> body = initiative("VN", tag, "CN", "LA");
        body.put("plannedStart", LAST_YEAR + "-01-01");
        body.put("plannedEnd", LocalDate.now(ZoneOffset.UTC).plusYears(2).toString());
        body.put("targetGroups", "Port operators and customs officers");
        body.put("titleLanguage", "en-GB");
        body.put("summaryLanguage", "zh-Hans");
        body.put("subAreas", List.of("FIVE_G", "CLOUD_COMPUTING", "DIGITAL_TRADE_PILOTS", "AI_GOVERNANCE", "FUTURE_NETWORKS"));
        body.put("organisations", List.of(
                Map.of("name", "Development bank", "role", "FUNDING", "type", "INTERNATIONAL_ORGANISATION"),
                Map.of("name", "Ministry of Information and Communications", "role", "ACCOUNTABLE", "type", "GOVERNMENT", "party", "VN"),
                Map.of("name", "Port operators' association", "role", "EXTENDING", "type", "CIVIL_SOCIETY", "party", "LA"),
                Map.of("name", "Telecom operator", "role", "IMPLEMENTING", "type", "PRIVATE_SECTOR", "party", "CN"),
                Map.of("name", "Maritime university", "role", "IMPLEMENTING", "type", "ACADEMIA", "party", "CN")));
        body.put("budget", Map.of("original", Map.of("amount", "150000.00", "currency", "USD"),
                "revised", Map.of("amount", "175000.50", "currency", "USD")));
        String[][] documents = { { "MOU", "mou.pdf" }, { "CONCEPT_NOTE", "concept.docx" }, { "WORK_PLAN", "plan.xlsx" },
                { "PROGRESS_REPORT", "report" }, { "EVALUATION", "evaluation.PDF?download=1" },
                { "AGREEMENT", "agreement.pdf" }, { "OTHER", "photos.zip" } };
        List<Map<String, String>> links = new ArrayList<>();
        for (String[] document : documents) {
            links.add(Map.of("title", document[0].toLowerCase(), "url", "https://example.org/" + tag + "/" + document[1],
                    "category", document[0]));
        }
        body.put("documents", links);
        String id = inStatus(body, "ENDORSED", "ACTIVE");
        String count = post(Tokens.agency("VN"), "/indicators", id, indicator("COUNT", "OUTPUT",
                Map.of("value", 0, "date", LAST_YEAR + "-01-01"),
                List.of(Map.of("period", LAST_YEAR + "-H1", "value", 50), Map.of("period", LAST_YEAR, "value", 120))));
        String percent = post(Tokens.agency("VN"), "/indicators", id, indicator("PERCENT", "OUTCOME",
                Map.of("value", 12.5, "date", LAST_YEAR + "-01-01"), List.of(Map.of("period", LAST_YEAR + "-H2", "value", 40))));
        String words = post(Tokens.agency("VN"), "/indicators", id, indicator("QUALITATIVE", "IMPACT",
                Map.of("text", "No shared platform", "date", LAST_YEAR + "-01-01"),
                List.of(Map.of("period", LAST_YEAR, "text", "Platform used by all ports"))));
        post(Tokens.agency("CN"), "/progress-reports", id, Map.of("period", LAST_YEAR + "-H1", "narrative", "On track.",
                "actuals", List.of(Map.of("indicatorId", count, "value", 30,
                        "byParty", List.of(Map.of("party", "CN", "value", 20), Map.of("party", "VN", "value", 10)),
                        "bySex", List.of(Map.of("sex", "F", "value", 16), Map.of("sex", "M", "value", 14))),
                        Map.of("indicatorId", words, "text", "Two ports connected"))));
        post(Tokens.agency("VN"), "/progress-reports", id, Map.of("period", LAST_YEAR + "-H2", "narrative", "Done.",
                "actuals", List.of(Map.of("indicatorId", percent, "value", 38.5))));

        IatiDocument document = exported(given(), one(id));
        String code = code(id);
        String a = document.activity(code);
        assertThat(document.text(a + "/iati-identifier")).isEqualTo("XI-IATI-ACDE-" + code);
        assertThat(document.text(a + "/@default-currency")).isEqualTo("USD");
        assertThat(document.text(a + "/@*[local-name()='lang']")).isEqualTo("en");
        assertThat(document.text(a + "/@last-updated-datetime")).isNotBlank();
        assertThat(document.text(a + "/reporting-org/@ref")).isEqualTo("XI-IATI-ACDE");
        assertThat(document.text(a + "/title/narrative")).isEqualTo("5G smart port pilot " + tag);
        assertThat(document.text(a + "/title/narrative/@*[local-name()='lang']")).isEqualTo("en");
        assertThat(document.all(a + "/description/@type")).containsExactly("1", "2", "3");
        assertThat(document.all(a + "/description/narrative/@*[local-name()='lang']")).containsExactly("zh", "en", "en");
        assertThat(document.all(a + "/participating-org/@role")).containsExactly("2", "4", "4", "1", "2", "3", "4", "4");
        assertThat(document.all(a + "/participating-org/@type")).containsExactly("10", "10", "10", "40", "10", "22", "70", "80");
        assertThat(document.all(a + "/participating-org/narrative")).startsWith("Viet Nam", "Lao People's Democratic Republic",
                "People's Republic of China", "Development bank");
        assertThat(document.all(a + "/activity-date/@type")).containsExactly("1", "2", "3");
        assertThat(document.text(a + "/activity-scope/@code")).isEqualTo("3");
        assertThat(document.all(a + "/recipient-country/@code")).containsExactly("LA", "VN", "CN");
        assertThat(document.all(a + "/recipient-country/@percentage")).containsExactly("33.34", "33.33", "33.33");
        document.sumsTo100(a + "/recipient-country/@percentage");
        assertThat(document.all(a + "/sector[@vocabulary='99']/@code")).containsExactly("III");
        assertThat(document.text(a + "/sector[@vocabulary='99']/@vocabulary-uri")).isNotBlank();
        assertThat(document.all(a + "/sector[@vocabulary='1']/@code")).containsExactly("22020", "22040", "33120");
        document.sumsTo100(a + "/sector[@vocabulary='1']/@percentage");
        assertThat(document.all(a + "/tag/@code")).containsExactly(tag, "ports");
        assertThat(document.all(a + "/budget/@type")).containsExactly("1", "2");
        assertThat(document.all(a + "/budget/@status")).containsExactly("2", "2");
        assertThat(document.all(a + "/budget/value")).containsExactly("150000.00", "175000.50");
        assertThat(document.all(a + "/document-link/category/@code"))
                .containsExactly("A09", "A02", "A02", "A08", "A07", "A11", "A02");
        assertThat(document.all(a + "/document-link/@format")).containsExactly("application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/html", "application/pdf",
                "application/pdf", "application/zip");
        assertThat(document.all(a + "/result/@type")).containsExactly("1", "2", "3");
        assertThat(document.all(a + "/result/indicator/@measure")).containsExactly("1", "2", "5");

        String counted = a + "/result[@type='1']/indicator";
        assertThat(document.text(counted + "/@ascending")).isEqualTo("1");
        assertThat(document.text(counted + "/description/narrative")).isEqualTo("How many MSMEs the ports onboarded");
        assertThat(document.text(counted + "/baseline/@year")).isEqualTo(LAST_YEAR);
        assertThat(document.text(counted + "/baseline/@value")).isEqualTo("0");
        // The year before its first half; the half holds the target and the actuals reported for it.
        assertThat(document.all(counted + "/period/period-end/@iso-date")).containsExactly(LAST_YEAR + "-12-31", LAST_YEAR + "-06-30");
        String half = counted + "/period[2]";
        assertThat(document.text(half + "/period-start/@iso-date")).isEqualTo(LAST_YEAR + "-01-01");
        assertThat(document.text(half + "/target/@value")).isEqualTo("50");
        assertThat(document.all(half + "/actual/@value")).containsExactly("30", "20", "10", "16", "14");
        assertThat(document.all(half + "/actual/dimension[@name='reported-by']/@value")).containsOnly("CN");
        assertThat(document.all(half + "/actual/dimension[@name='party']/@value")).containsExactly("CN", "VN");
        assertThat(document.all(half + "/actual/dimension[@name='sex']/@value")).containsExactly("F", "M");
        assertThat(document.text(a + "/result[@type='2']/indicator/baseline/@value")).isEqualTo("12.5");
        assertThat(document.text(a + "/result[@type='2']/indicator/period/actual/@value")).isEqualTo("38.5");
        String qualitative = a + "/result[@type='3']/indicator";
        assertThat(document.count(qualitative + "/@ascending")).isZero();
        assertThat(document.text(qualitative + "/baseline/comment/narrative")).isEqualTo("No shared platform");
        assertThat(document.text(qualitative + "/period/target/comment/narrative")).isEqualTo("Platform used by all ports");
        assertThat(document.text(qualitative + "/period/actual/comment/narrative")).isEqualTo("Two ports connected");

        // The whole export holds the same activity.
        IatiDocument all = exported(given().queryParam("tag", tag), ALL);
        assertThat(all.all(ACTIVITY + "/result/indicator/period/actual/@value"))
                .isEqualTo(document.all(a + "/result/indicator/period/actual/@value"));
    }

    @Test
    void aProposalIsExportedOnlyToThoseWhoMayReadIt() {
        String tag = uniqueTag();
        String proposal = created(initiative("VN", tag, "CN"));
        String endorsed = inStatus(initiative("VN", tag, "CN"), "ENDORSED");
        for (String stranger : new String[] { null, Tokens.partner("CN"), Tokens.agency("TH"), Tokens.partner("VN") }) {
            as(stranger).get(one(proposal)).then().statusCode(404).contentType("application/problem+json");
            exported(as(stranger), one(endorsed));
        }
        for (String reader : new String[] { Tokens.agency("VN"), Tokens.agency("CN"), Tokens.secretariat(),
                Tokens.user("agency.cn.demo", Role.AGENCY, "CN") }) {
            IatiDocument document = exported(as(reader), one(proposal));
            assertThat(document.text(document.activity(code(proposal)) + "/activity-status/@code")).isEqualTo("1");
        }
        // The whole export is a publication: proposals stay out of it, whoever asks.
        for (String caller : new String[] { null, Tokens.agency("VN"), Tokens.secretariat() }) {
            assertThat(exported(as(caller).queryParam("tag", tag), ALL).all(ACTIVITY + "/iati-identifier"))
                    .containsExactly("XI-IATI-ACDE-" + code(endorsed));
        }
    }

    @Test
    void theListFiltersSelectTheActivities() {
        String tag = uniqueTag();
        Map<String, Object> farming = initiative("TH", tag, "SG");
        farming.put("measure", "IV");
        farming.put("subAreas", List.of("AGRICULTURE"));
        farming.put("summary", "Advisory services for rice farmers.");
        String agriculture = code(inStatus(farming, "ENDORSED", "ACTIVE"));
        String ports = code(inStatus(initiative("VN", tag, "CN"), "ENDORSED"));
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("measure=IV", List.of(agriculture));
        expected.put("status=ENDORSED", List.of(ports));
        expected.put("party=SG", List.of(agriculture));
        expected.put("leadParty=VN", List.of(ports));
        expected.put("q=farmers", List.of(agriculture));
        expected.put("updatedSince=2000-01-01T00:00:00Z", List.of(agriculture, ports));
        for (Map.Entry<String, List<String>> filter : expected.entrySet()) {
            String[] parameter = filter.getKey().split("=");
            IatiDocument document = exported(given().queryParam("tag", tag).queryParam(parameter[0], parameter[1]), ALL);
            assertThat(document.all(ACTIVITY + "/iati-identifier")).as(filter.getKey()).containsExactlyElementsOf(
                    filter.getValue().stream().map(code -> "XI-IATI-ACDE-" + code).toList());
        }
        String farmingActivity = exported(given().queryParam("tag", tag).queryParam("measure", "IV"), ALL)
                .text(ACTIVITY + "/sector[@vocabulary='1']/@code");
        assertThat(farmingActivity).isEqualTo("31120");
    }

    @Test
    void anExportThatMatchesNothingIsAnEmptyActivitiesElement() {
        IatiDocument document = IatiDocument.wellFormed(given().queryParam("tag", uniqueTag()).get(ALL).then()
                .statusCode(200).extract().asString());
        assertThat(document.text("/iati-activities/@version")).isEqualTo("2.03");
        assertThat(document.count(ACTIVITY)).isZero();
    }

    @Test
    void badFiltersAndUnknownInitiativesAreProblems() {
        Map<String, String> bad = Map.of("status", "BOGUS", "measure", "VIII", "activeOn", "2026-13-45",
                "updatedSince", "yesterday", "party", "US", "format", "csv");
        for (Map.Entry<String, String> parameter : bad.entrySet()) {
            given().queryParam(parameter.getKey(), parameter.getValue()).get(ALL).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", contains(parameter.getKey()));
        }
        given().queryParam("q", "x".repeat(201)).get(ALL).then().statusCode(400).contentType("application/problem+json");
        given().get(one(UUID.randomUUID().toString())).then().statusCode(404).contentType("application/problem+json");
        given().get(one("not-a-uuid")).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("limit", "5").get(one(UUID.randomUUID().toString())).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("limit"));
        given().accept("application/json").get(ALL).then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void markupAndControlCharactersInTextStayText() {
        String tag = uniqueTag();
        Map<String, Object> body = initiative("MY", tag, "CN");
        String title = "</narrative></title><iati-activity/> & <![CDATA[x]]> \"quoted\" 'single' <!-- c --> " + tag;
        body.put("title", title);
        body.put("summary", "Bell\u0007 and unit separator\u001f & <b>bold</b>");
        body.put("organisations", List.of(Map.of("name", "Acme & Sons <Ltd> \"Ports\"", "role", "IMPLEMENTING",
                "type", "PRIVATE_SECTOR", "party", "MY")));
        body.put("documents", List.of(Map.of("title", "Plan <v2> & annex", "url", "https://example.org/plan?a=1&b=%3Cx%3E",
                "category", "WORK_PLAN")));
        String id = inStatus(body, "ENDORSED");
        for (IatiDocument document : List.of(exported(given(), one(id)), exported(given().queryParam("tag", tag), ALL))) {
            String a = document.activity(code(id));
            assertThat(document.count(ACTIVITY)).isEqualTo(1);
            assertThat(document.text(a + "/title/narrative")).isEqualTo(title);
            assertThat(document.text(a + "/description[@type='1']/narrative"))
                    .isEqualTo("Bell\uFFFD and unit separator\uFFFD & <b>bold</b>");
            assertThat(document.text(a + "/participating-org[3]/narrative")).isEqualTo("Acme & Sons <Ltd> \"Ports\"");
            assertThat(document.text(a + "/document-link/@url")).isEqualTo("https://example.org/plan?a=1&b=%3Cx%3E");
            assertThat(document.text(a + "/document-link/title/narrative")).isEqualTo("Plan <v2> & annex");
        }
    }

    private static Map<String, Object> indicator(String unit, String level, Map<String, Object> baseline,
            List<Map<String, Object>> targets) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", unit.toLowerCase() + " indicator");
        if (unit.equals("COUNT")) {
            body.put("description", "How many MSMEs the ports onboarded");
        }
        body.put("level", level);
        body.put("unit", unit);
        body.put("ascending", true);
        body.put("baseline", baseline);
        body.put("targets", targets);
        return body;
    }

    private static String post(String token, String path, String initiative, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/initiatives/" + initiative + path).then().statusCode(201).extract().path("id");
    }
}
