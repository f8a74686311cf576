package org.acde.matchmaking.stats;

import static io.restassured.RestAssured.given;
import static org.acde.matchmaking.Fixtures.createEnterprise;
import static org.acde.matchmaking.Fixtures.decide;
import static org.acde.matchmaking.Fixtures.enterprise;
import static org.acde.matchmaking.Fixtures.expressInterest;
import static org.acde.matchmaking.Fixtures.interest;
import static org.acde.matchmaking.Fixtures.opportunity;
import static org.acde.matchmaking.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class StatsTest {

    private static JsonPath stats(String party) {
        return given().queryParam("party", party).get("/api/v1/matchmaking/stats").then().statusCode(200).extract().jsonPath();
    }

    private static long count(JsonPath stats, String list, String code) {
        return stats.getList(list + ".findAll { it.code == '" + code + "' }.count", Long.class).stream().findFirst().orElse(0L);
    }

    private static long pair(JsonPath stats, String first, String second) {
        List<Integer> counts = stats.getList("agreementsByPartyPair.findAll { it.first == '" + first + "' && it.second == '" + second + "' }.count");
        return counts.isEmpty() ? 0 : counts.get(0);
    }

    @Test
    void signedAgreementsCountByPartyPairMeasureAndSizeBand() {
        JsonPath before = stats("BN");
        JsonPath beforeAll = given().get("/api/v1/matchmaking/stats").then().statusCode(200).extract().jsonPath();

        Map<String, Object> bruneian = enterprise("BN");
        bruneian.put("sizeBand", "LARGE");
        String bnEnterprise = createEnterprise(Tokens.partner("BN"), bruneian).then().statusCode(201).extract().path("id");
        String opportunity = published(Tokens.partner("BN"), opportunity(bnEnterprise, "TECHNOLOGY_OFFER"));
        Map<String, Object> timorese = enterprise("TL");
        timorese.put("sizeBand", "MICRO");
        String tlEnterprise = createEnterprise(Tokens.partner("TL"), timorese).then().statusCode(201).extract().path("id");
        String id = expressInterest(Tokens.partner("TL"), interest(opportunity, tlEnterprise)).then().statusCode(201).extract().path("id");
        decide(Tokens.partner("BN"), id, "ACCEPTED").then().statusCode(200);
        decide(Tokens.partner("BN"), id, Map.of("to", "AGREEMENT_SIGNED", "reason", "signed", "agreementType", "LICENSING",
                "agreementDate", LocalDate.now(ZoneOffset.UTC).toString())).then().statusCode(200);

        JsonPath after = stats("BN");
        assertThat(after.getString("party")).isEqualTo("BN");
        assertThat(after.getLong("openOpportunities")).isEqualTo(before.getLong("openOpportunities") + 1);
        assertThat(after.getLong("agreementsSigned")).isEqualTo(before.getLong("agreementsSigned") + 1);
        assertThat(pair(after, "BN", "TL")).isEqualTo(pair(before, "BN", "TL") + 1);
        assertThat(count(after, "agreementsByMeasure", "IV")).isEqualTo(count(before, "agreementsByMeasure", "IV") + 1);
        // With a party, only its own participants count in the size bands: the Bruneian one, LARGE.
        assertThat(count(after, "agreementsBySizeBand", "LARGE")).isEqualTo(count(before, "agreementsBySizeBand", "LARGE") + 1);
        assertThat(count(after, "agreementsBySizeBand", "MICRO")).isEqualTo(count(before, "agreementsBySizeBand", "MICRO"));
        long participants = after.getList("agreementsBySizeBand.count", Long.class).stream().mapToLong(Long::longValue).sum();
        long msme = count(after, "agreementsBySizeBand", "MICRO") + count(after, "agreementsBySizeBand", "SMALL")
                + count(after, "agreementsBySizeBand", "MEDIUM");
        assertThat(after.getDouble("msmeShare")).isCloseTo((double) msme / participants, org.assertj.core.data.Offset.offset(1e-6));

        JsonPath afterAll = given().get("/api/v1/matchmaking/stats").then().statusCode(200).extract().jsonPath();
        assertThat(afterAll.getString("party")).isNull();
        assertThat(afterAll.getLong("agreementsSigned")).isEqualTo(beforeAll.getLong("agreementsSigned") + 1);
        assertThat(count(afterAll, "agreementsBySizeBand", "MICRO")).isEqualTo(count(beforeAll, "agreementsBySizeBand", "MICRO") + 1);
        assertThat(afterAll.prettify()).doesNotContain(bnEnterprise).doesNotContain((String) bruneian.get("name"));
    }
}
