package org.acde.initiatives.iati;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import org.acde.contracts.security.Role;
import org.acde.initiatives.seed.InitiativeSeeder;
import org.acde.testing.OidcServer;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The seed data exports as valid IATI 2.03 (initiatives-service's IatiDocument and schema, from its test jar): what the
 * IATI export benchmark measures is a document partners could import.
 */
@QuarkusTest
@QuarkusTestResource(OidcServer.class)
class SeedDataExportTest {

    private static final String ALL = "/api/v1/initiatives/iati-activities.xml";
    private static final String ACTIVITY = "/iati-activities/iati-activity";

    @Inject
    InitiativeSeeder seeder;

    @Inject
    CurrentIdentityAssociation identity;

    @Test
    void theSeedDataExportsAsValidIati() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusMillis(1);
        seedAsSecretariat(40);

        String xml = given().queryParam("updatedSince", before.toString()).get(ALL).then().statusCode(200)
                .contentType(startsWith("application/xml"))
                .header("Content-Disposition", is("attachment; filename=\"iati-activities.xml\"")).extract().asString();
        IatiDocument document = IatiDocument.valid(xml);
        int published = given().queryParam("updatedSince", before.toString()).get("/api/v1/initiatives").then()
                .statusCode(200).extract().path("total");
        assertThat(published).as("the seeder publishes most of what it creates").isPositive().isLessThan(40);
        assertThat(document.count(ACTIVITY)).isEqualTo(published);
        assertThat(document.text("/iati-activities/@version")).isEqualTo("2.03");
        assertThat(document.text("/iati-activities/@generated-datetime")).isNotBlank();
        // Proposals are never published, not even in the secretariat's export.
        assertThat(IatiDocument.valid(given().auth().oauth2(Tokens.secretariat()).queryParam("updatedSince", before.toString())
                .get(ALL).then().statusCode(200).extract().asString()).count(ACTIVITY)).isEqualTo(published);
    }

    /** The seeder works through the service layer, as the secretariat, like the {@code seed} command does. */
    private void seedAsSecretariat(int count) {
        ManagedContext requests = Arc.container().requestContext();
        requests.activate();
        try {
            identity.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("seed"))
                    .addRole(Role.SECRETARIAT).build());
            seeder.seedBatch(System.nanoTime(), 0, count);
        } finally {
            requests.terminate();
        }
    }
}
