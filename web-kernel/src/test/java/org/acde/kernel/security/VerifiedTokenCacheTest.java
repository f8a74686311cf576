package org.acde.kernel.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** A token verified once is answered from the cache, as the same caller, and the cache holds hashes, not tokens. */
@QuarkusTest
class VerifiedTokenCacheTest {

    @Inject
    VerifiedTokens tokens;

    @Inject
    MeterRegistry registry;

    @Inject
    CountingAugmentor augmentor;

    private static Map<String, Object> whoami(String token) {
        return given().auth().oauth2(token).get("/probe/whoami").then().statusCode(200).extract().jsonPath().getMap("");
    }

    private double hits() {
        return registry.counter("acde.token.cache.hits").count();
    }

    @Test
    void aHitIsTheSameCallerAsTheMissBefore() {
        for (String token : new String[] { Tokens.agency("VN"), Tokens.user("partner.my.demo", "partner", "MY"),
                Tokens.secretariat() }) {
            Map<String, Object> verified = whoami(token);
            double before = hits();
            assertThat(whoami(token)).isEqualTo(verified);
            assertThat(hits()).isEqualTo(before + 1);
        }
    }

    @Test
    void augmentorsApplyOncePerRequestOnHitsAsOnMisses() {
        String token = Tokens.agency("LA");
        int before = augmentor.augmented.get();
        whoami(token);
        whoami(token);
        whoami(token);
        assertThat(augmentor.augmented.get()).isEqualTo(before + 3);
        assertThat(augmentor.seenTwice.get()).isZero();
    }

    @Test
    void theCacheIsKeyedByHashesOfTokens() {
        String token = Tokens.partner("TH");
        whoami(token);
        assertThat(tokens.keys()).contains(VerifiedTokens.keyOf(token))
                .allSatisfy(key -> assertThat(key).hasSize(43).doesNotContain(".").isNotIn(token.split("\\.")));
    }
}
