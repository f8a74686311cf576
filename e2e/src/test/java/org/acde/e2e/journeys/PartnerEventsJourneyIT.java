package org.acde.e2e.journeys;

import static org.acde.e2e.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acde.e2e.Api;
import org.acde.e2e.Refusal;
import org.acde.e2e.SystemTest;
import org.acde.e2e.events.Verifiers;
import org.acde.e2e.events.WebhookReceiver;
import org.acde.e2e.events.WebhookReceiver.Delivery;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * A partner system keeps its CRM in step with the platform: a Malaysian enterprise platform subscribes a webhook to
 * matchmaking's events and takes the change feed's head; its enterprise publishes an offer, a Chinese platform's
 * enterprise expresses interest, Malaysia accepts. Each change reaches the webhook signed (checked with the snippets
 * README gives partners, in Java and in Node.js), in order per resource, without a contact; the feed from the head
 * has the same events, page by page, none twice; and every other caller sees only the events about what it may read.
 */
@SystemTest
class PartnerEventsJourneyIT {

    private static final String MATCHMAKING = "org.acde.matchmaking.";

    private final Journey journey = new Journey("partner system following events");
    private final Api malaysia = Api.as("partner-my-demo");
    private final Api china = Api.as("partner-cn-demo");
    private final Api thailand = Api.as("agency-th-demo");
    private final Api secretariat = Api.as("secretariat-demo");
    private final Api anyone = Api.anonymous();

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String malaysianEmail = "crm-" + tag + "@penang-photonics.example.my";

    private WebhookReceiver receiver;
    private String webhook;
    private String secret;
    private String head;
    private String enterprise;
    private String chineseEnterprise;
    private String offer;
    private String interest;

    @Test
    void aPartnerFollowsItsChangesByWebhookAndByFeedAndNobodyElseSeesThem() throws Exception {
        try (WebhookReceiver receiving = new WebhookReceiver()) {
            receiver = receiving;
            journey.step("subscribe a webhook; the signing secret is shown once", this::subscribe);
            journey.step("take the change feed's head", this::takeHead);
            journey.step("register, publish, receive an interest and accept it", this::change);
            journey.step("each change reaches the webhook, signed, in order, without a contact", this::receive);
            journey.step("the feed from the head has the same events, none twice", this::readFeed);
            journey.step("other callers see only the events about what they may read", this::othersSeeTheirOwn);
            journey.step("unsubscribe", this::unsubscribe);
            journey.done();
        }
    }

    private void subscribe() {
        Map<String, Object> body = json("url", receiver.url(), "types", List.of(MATCHMAKING),
                "description", "Penang Photonics CRM " + tag);
        Refusal.of("POST", "/api/v1/webhooks", body).needsAValidToken(malaysia);
        // Unsafe destinations are refused by name (SSRF), however they are written.
        malaysia.post("/api/v1/webhooks", json("url", "https://169.254.169.254/latest/meta-data", "types", List.of(MATCHMAKING)))
                .then().statusCode(400).body("errors.field", hasItem("url"));
        malaysia.post("/api/v1/webhooks", json("url", "http://crm.penang-photonics.example.my/hooks", "types", List.of(MATCHMAKING)))
                .then().statusCode(400).body("errors.field", hasItem("url"));

        JsonPath created = malaysia.post("/api/v1/webhooks", body).then().statusCode(201)
                .body("secret", startsWith("whsec_")).body("status", is("ACTIVE")).extract().jsonPath();
        webhook = created.getString("id");
        secret = created.getString("secret");
        malaysia.get("/api/v1/webhooks/" + webhook).then().statusCode(200).body("secret", nullValue());
        // A subscription is its owner's: to anyone else it does not exist.
        Refusal.of("GET", "/api/v1/webhooks/" + webhook).needsAValidToken(malaysia).refusedTo(china, 404).refusedTo(thailand, 404);
        Refusal.of("DELETE", "/api/v1/webhooks/" + webhook).refusedTo(china, 404);
        china.get("/api/v1/webhooks").then().statusCode(200).body("items.id", not(hasItem(webhook)));
    }

    private void takeHead() {
        head = malaysia.get("/api/v1/events/head").then().statusCode(200).extract().path("cursor");
        assertThat(head).isNotBlank();
        Refusal.unknownQueryParameter(malaysia, "/api/v1/events");
        malaysia.get("/api/v1/events?cursor=not-a-cursor").then().statusCode(400).body("errors.field", hasItem("cursor"));
    }

    private void change() {
        enterprise = malaysia.create("/api/v1/enterprises", json("name", "Penang Photonics " + tag, "party", "MY",
                "sizeBand", "SMALL", "sizeBasis", json("employees", 38, "definition", "MY national SME definition"),
                "sectors", List.of("C", "J"), "languages", List.of("ms", "en"),
                "description", "Silicon photonics and quantum-safe key distribution modules.",
                "contact", json("person", "Aisyah Rahman", "email", malaysianEmail)));
        chineseEnterprise = china.create("/api/v1/enterprises", json("name", "Shenzhen Qubit Devices " + tag, "party", "CN",
                "sizeBand", "MEDIUM", "sizeBasis", json("employees", 210, "definition", "CN national SME definition"),
                "sectors", List.of("C"), "languages", List.of("zh", "en"), "description", "Packaging lines for photonic chips.",
                "contact", json("person", "Li Wei", "email", "bd-" + tag + "@shenzhen-qubit.example.cn")));
        offer = malaysia.create("/api/v1/opportunities", json("enterpriseId", enterprise, "type", "TECHNOLOGY_OFFER",
                "title", "Quantum-safe key distribution modules " + tag,
                "summary", "Quantum-safe key distribution for data centre interconnects.",
                "technologies", List.of("QUANTUM", "SEMICONDUCTORS"), "keywords", List.of("qkd"), "sectors", List.of("C"),
                "targetParties", List.of("CN"), "partnershipTypes", List.of("LICENSING"), "stage", "PROTOTYPE",
                "measure", "III", "expiresOn", LocalDate.now(ZoneOffset.UTC).plusDays(120).toString()));
        malaysia.transition("/api/v1/opportunities/" + offer, "PUBLISHED").then().statusCode(200);
        interest = china.create("/api/v1/interests", json("opportunityId", offer, "enterpriseId", chineseEnterprise,
                "message", "We would like to license your modules.", "partnershipType", "LICENSING"));
        malaysia.transition("/api/v1/interests/" + interest, "ACCEPTED").then().statusCode(200);
    }

    private void receive() throws Exception {
        List<String> expected = List.of(
                "org.acde.matchmaking.enterprise.registered /api/v1/enterprises/" + enterprise,
                "org.acde.matchmaking.opportunity.created /api/v1/opportunities/" + offer,
                "org.acde.matchmaking.opportunity.published /api/v1/opportunities/" + offer,
                "org.acde.matchmaking.interest.submitted /api/v1/interests/" + interest,
                "org.acde.matchmaking.interest.accepted /api/v1/interests/" + interest);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> assertThat(received()).containsAll(expected));
        // In order per resource: each subject's events arrive in the order its changes were made.
        assertThat(received().stream().filter(expected::contains).distinct().toList()).containsExactlyElementsOf(expected);
        List<Delivery> deliveries = receiver.deliveries();
        assertThat(deliveries).extracting(Delivery::body).noneMatch(body -> body.contains(malaysianEmail));
        assertThat(deliveries).extracting(d -> d.event().path("subject").asText())
                .as("the Chinese enterprise is not Malaysia's to read").doesNotContain("/api/v1/enterprises/" + chineseEnterprise);
        for (Delivery delivery : deliveries) {
            assertThat(delivery.id()).isEqualTo(delivery.event().path("id").asText());
            assertThat(Verifiers.node(secret, delivery, delivery.body())).as("Node.js verifies %s", delivery.id()).isTrue();
        }
        Delivery accepted = deliveries.stream()
                .filter(d -> d.event().path("type").asText().equals("org.acde.matchmaking.interest.accepted")).findFirst()
                .orElseThrow();
        assertThat(Verifiers.java(secret, accepted, accepted.body())).as("Java verifies the acceptance").isTrue();
        String forged = accepted.body().replace("ACCEPTED", "DECLINED");
        assertThat(Verifiers.java(secret, accepted, forged)).as("Java refuses a changed body").isFalse();
        assertThat(Verifiers.node(secret, accepted, forged)).as("Node.js refuses a changed body").isFalse();
        assertThat(Verifiers.node("whsec_" + Base64.getEncoder().encodeToString(new byte[24]), accepted,
                accepted.body())).as("another secret").isFalse();
    }

    private List<String> received() {
        return receiver.deliveries().stream()
                .map(d -> d.event().path("type").asText() + " " + d.event().path("subject").asText()).toList();
    }

    private void readFeed() {
        List<Map<String, Object>> events = feed(malaysia, head, MATCHMAKING);
        List<String> ids = events.stream().map(e -> (String) e.get("id")).toList();
        assertThat(new HashSet<>(ids)).as("no event twice across pages").hasSize(ids.size());
        assertThat(ids).as("every delivered event is in the feed")
                .containsAll(receiver.deliveries().stream().map(Delivery::id).distinct().toList());
        assertThat(events).extracting(e -> e.get("type") + " " + e.get("subject"))
                .contains("org.acde.matchmaking.interest.accepted /api/v1/interests/" + interest);
        assertThat(events).extracting(e -> e.get("source")).containsOnly("urn:acde:matchmaking-service");
    }

    private void othersSeeTheirOwn() {
        List<String> chinese = subjects(feed(china, head, MATCHMAKING));
        assertThat(chinese).contains("/api/v1/interests/" + interest, "/api/v1/enterprises/" + chineseEnterprise)
                .doesNotContain("/api/v1/enterprises/" + enterprise);
        List<String> thai = subjects(feed(thailand, head, MATCHMAKING));
        assertThat(thai).as("Thailand's agency: the public offer, nothing of the deal")
                .contains("/api/v1/opportunities/" + offer)
                .doesNotContain("/api/v1/interests/" + interest, "/api/v1/enterprises/" + enterprise);
        List<String> anonymous = subjects(feed(anyone, head, MATCHMAKING));
        assertThat(anonymous).contains("/api/v1/opportunities/" + offer)
                .doesNotContain("/api/v1/interests/" + interest, "/api/v1/enterprises/" + enterprise);
        assertThat(subjects(feed(secretariat, head, MATCHMAKING))).contains("/api/v1/interests/" + interest,
                "/api/v1/enterprises/" + enterprise, "/api/v1/enterprises/" + chineseEnterprise);
        // Filters narrow what each may read, never widen it.
        assertThat(subjects(feed(thailand, head, "org.acde.matchmaking.interest."))).isEmpty();
    }

    private void unsubscribe() {
        malaysia.get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200)
                .body("items.status", hasItem("DELIVERED"));
        String etag = malaysia.get("/api/v1/webhooks/" + webhook).then().statusCode(200).extract().header("ETag");
        malaysia.request().header("If-Match", etag).delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
        malaysia.get("/api/v1/webhooks/" + webhook).then().statusCode(404);
    }

    /** The feed from {@code cursor} to its end, two events a page, as {@code caller} reads it. */
    private static List<Map<String, Object>> feed(Api caller, String cursor, String type) {
        List<Map<String, Object>> events = new ArrayList<>();
        String next = cursor;
        while (true) {
            JsonPath page = caller.request().queryParam("type", type).queryParam("limit", 2).queryParam("cursor", next)
                    .get("/api/v1/events").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return events;
            }
            events.addAll(items);
            next = page.getString("nextCursor");
        }
    }

    private static List<String> subjects(List<Map<String, Object>> events) {
        return events.stream().map(e -> (String) e.get("subject")).toList();
    }
}
