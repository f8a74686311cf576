package org.acde.matchmaking.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.matchmaking.MatchFactor;
import org.acde.contracts.matchmaking.Technology;
import org.junit.jupiter.api.Test;

/** The worked example of the README, to the fourth decimal. */
class ScorerTest {

    static final MatchingConfig DEFAULTS = new MatchingConfig() {
        @Override
        public Weights weights() {
            return new Weights() {
                public double technology() { return 0.35; }
                public double sector() { return 0.15; }
                public double targetParty() { return 0.15; }
                public double crossBorder() { return 0.10; }
                public double msme() { return 0.10; }
                public double language() { return 0.05; }
                public double freshness() { return 0.10; }
            };
        }

        @Override
        public double intraAseanCrossBorder() {
            return 0.5;
        }

        @Override
        public int freshnessDays() {
            return 180;
        }

        @Override
        public Duration refreshEvery() {
            return Duration.ofSeconds(30);
        }
    };

    @Test
    void workedExample() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        int[] frequency = new int[64];
        frequency[Technology.INTERNET_OF_THINGS.ordinal()] = 100;
        frequency[Technology.SMART_AGRICULTURE.ordinal()] = 20;
        frequency[Technology.ARTIFICIAL_INTELLIGENCE.ordinal()] = 300;
        Scorer scorer = new Scorer(DEFAULTS, 1000, frequency, (int) today.toEpochDay());
        Profile offer = Profile.of(UUID.randomUUID(), UUID.randomUUID(), "TECHNOLOGY_OFFER", "VN", "SMALL",
                new String[] { "INTERNET_OF_THINGS", "SMART_AGRICULTURE" }, new String[] { "A" }, new String[0],
                new String[] { "vi", "en" }, today.minusDays(3), today.plusDays(90), 1, today);
        Profile request = Profile.of(UUID.randomUUID(), UUID.randomUUID(), "TECHNOLOGY_REQUEST", "CN", "MICRO",
                new String[] { "SMART_AGRICULTURE", "ARTIFICIAL_INTELLIGENCE" }, new String[] { "A", "C" },
                new String[] { "VN", "TH" }, new String[] { "zh-Hans", "en" }, today.minusDays(36), today.plusDays(60), 1, today);

        List<MatchFactor> factors = scorer.explain(offer, request);
        assertThat(factors).extracting(MatchFactor::value).containsExactly(0.502, 0.5, 1.0, 1.0, 1.0, 1.0, 0.8);
        assertThat(factors).extracting(MatchFactor::contribution).containsExactly(0.1757, 0.075, 0.15, 0.1, 0.1, 0.05, 0.08);
        double score = scorer.score(offer, request);
        assertThat(score).isCloseTo(0.7307, within(0.00005));
        assertThat(factors.get(0).detail()).isEqualTo(
                "shares SMART_AGRICULTURE (rarity 3.884); rarity 3.884 of 7.737 for the 3 terms of the two");
        assertThat(factors.get(3).detail()).isEqualTo("VN–CN: ASEAN–China");
        assertThat(factors.get(5).detail()).isEqualTo("both use en");

        // Between two ASEAN parties the cross-border value is 0.5; within one party 0.
        assertThat(scorer.crossBorder(org.acde.contracts.reference.Party.VN, org.acde.contracts.reference.Party.TH)).isEqualTo(0.5);
        assertThat(scorer.crossBorder(org.acde.contracts.reference.Party.VN, org.acde.contracts.reference.Party.VN)).isZero();
        // No bound is ever below a real score.
        assertThat(scorer.bound(scorer.boundBeforeFreshness(offer, request.technologies, request.party), request.publishedDay))
                .isGreaterThanOrEqualTo(score).isLessThanOrEqualTo(1.0);
    }
}
