package org.acde.matchmaking.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.acde.contracts.matchmaking.MatchFactor;
import org.acde.contracts.matchmaking.MatchFactorName;
import org.acde.contracts.matchmaking.Technology;
import org.acde.contracts.reference.IsicSection;
import org.acde.contracts.reference.Party;

/**
 * The score of a pair of opportunities: the sum over seven factors of weight × value, weights normalised to add up
 * to 1 and every value in [0, 1], so the score is in [0, 1]. One scorer holds the rarity of each technology term at
 * one moment and the day it scores on; the fast path and the naive scorer share this code, so they agree exactly.
 */
public final class Scorer {

    static final int FACTORS = 7;
    static final int TECHNOLOGY = 0, SECTOR = 1, TARGET_PARTY = 2, CROSS_BORDER = 3, MSME = 4, LANGUAGE = 5, FRESHNESS = 6;

    private final double[] weights;
    private final double intraAsean;
    private final int freshnessDays;
    private final double[] idf;
    private final int today;

    /**
     * @param published how many opportunities are published
     * @param documentFrequency per technology ordinal, how many published opportunities name it
     */
    Scorer(MatchingConfig config, int published, int[] documentFrequency, int today) {
        MatchingConfig.Weights w = config.weights();
        double[] raw = { w.technology(), w.sector(), w.targetParty(), w.crossBorder(), w.msme(), w.language(), w.freshness() };
        double sum = 0;
        for (double weight : raw) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalStateException("acde.matching.weights must be finite and not negative");
            }
            sum += weight;
        }
        if (sum <= 0) {
            throw new IllegalStateException("acde.matching.weights must not all be 0");
        }
        weights = new double[FACTORS];
        for (int i = 0; i < FACTORS; i++) {
            weights[i] = raw[i] / sum;
        }
        intraAsean = config.intraAseanCrossBorder();
        freshnessDays = Math.max(1, config.freshnessDays());
        idf = new double[64];
        for (int t = 0; t < idf.length; t++) {
            // Rarer terms weigh more: inverse document frequency, smoothed so every term weighs more than 0.
            idf[t] = Math.log(1.0 + (double) published / (1 + (t < documentFrequency.length ? documentFrequency[t] : 0)));
        }
        this.today = today;
    }

    int today() {
        return today;
    }

    double weight(int factor) {
        return weights[factor];
    }

    /** The score of candidate {@code c} for query {@code q}. */
    double score(Profile q, Profile c) {
        return weights[TECHNOLOGY] * technology(q.technologies, c.technologies)
                + weights[SECTOR] * sector(q.sectors, c.sectors)
                + weights[TARGET_PARTY] * targetParty(q, c)
                + weights[CROSS_BORDER] * crossBorder(q.party, c.party)
                + weights[MSME] * msme(q, c)
                + weights[LANGUAGE] * language(q.languages, c.languages)
                + weights[FRESHNESS] * freshness(c.publishedDay);
    }

    /**
     * The highest score a candidate whose technology set is {@code technologies} and whose party is {@code party} (or,
     * with {@code null}, of any party) can reach before freshness: the terms of {@link #score} in the same order, the
     * technology, cross-border and query-side target-party terms exact, every other term at the largest value any
     * such candidate can have against {@code q}; add the candidate's freshness with {@link #bound}. Computed in the
     * same order as the score, so rounding never makes the bound smaller than a real score.
     */
    double boundBeforeFreshness(Profile q, long technologies, Party party) {
        double targetBound = party == null ? 1.0 : ((fits(q.targetParties, party) ? 1.0 : 0.0) + 1.0) / 2;
        double crossBorderBound = party == null ? 1.0 : crossBorder(q.party, party);
        double msmeBound = ((q.isMsme() ? 1.0 : 0.0) + 1.0) / 2;
        return weights[TECHNOLOGY] * technology(q.technologies, technologies)
                + weights[SECTOR] * 1.0
                + weights[TARGET_PARTY] * targetBound
                + weights[CROSS_BORDER] * crossBorderBound
                + weights[MSME] * msmeBound
                + weights[LANGUAGE] * 1.0;
    }

    /** {@link #boundBeforeFreshness} completed with a candidate's freshness: never below that candidate's score. */
    double bound(double beforeFreshness, int publishedDay) {
        return beforeFreshness + weights[FRESHNESS] * freshness(publishedDay);
    }

    /** Weighted Jaccard: the rarity of the shared terms over the rarity of all terms of the two. */
    double technology(long a, long b) {
        long shared = a & b;
        if (shared == 0) {
            return 0;
        }
        return rarity(shared) / rarity(a | b);
    }

    private double rarity(long terms) {
        double sum = 0;
        for (long rest = terms; rest != 0; rest &= rest - 1) {
            sum += idf[Long.numberOfTrailingZeros(rest)];
        }
        return sum;
    }

    static double sector(int a, int b) {
        int all = Integer.bitCount(a | b);
        return all == 0 ? 0 : (double) Integer.bitCount(a & b) / all;
    }

    /** Half for q seeking c's party, half for c seeking q's. */
    static double targetParty(Profile q, Profile c) {
        return ((fits(q.targetParties, c.party) ? 1.0 : 0.0) + (fits(c.targetParties, q.party) ? 1.0 : 0.0)) / 2;
    }

    static boolean fits(int targetParties, Party party) {
        return targetParties == 0 || (targetParties & (1 << party.ordinal())) != 0;
    }

    double crossBorder(Party a, Party b) {
        if (a == b) {
            return 0;
        }
        return a.group() != b.group() ? 1.0 : intraAsean;
    }

    /** Half for each side that is a micro, small or medium enterprise. */
    static double msme(Profile q, Profile c) {
        return ((q.isMsme() ? 1.0 : 0.0) + (c.isMsme() ? 1.0 : 0.0)) / 2;
    }

    static double language(int[] a, int[] b) {
        return sharedLanguage(a, b) >= 0 ? 1.0 : 0.0;
    }

    /** The first language id both sorted arrays hold, or -1. */
    static int sharedLanguage(int[] a, int[] b) {
        int i = 0, j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return a[i];
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return -1;
    }

    double freshness(int publishedDay) {
        int age = today - publishedDay;
        return age <= 0 ? 1.0 : Math.max(0.0, 1.0 - (double) age / freshnessDays);
    }

    /** The factors of {@link #score}, each with its weight, value, contribution and reason. */
    List<MatchFactor> explain(Profile q, Profile c) {
        List<MatchFactor> factors = new ArrayList<>(FACTORS);
        factors.add(factor(MatchFactorName.TECHNOLOGY, TECHNOLOGY, technology(q.technologies, c.technologies), technologyDetail(q, c)));
        factors.add(factor(MatchFactorName.SECTOR, SECTOR, sector(q.sectors, c.sectors), sectorDetail(q.sectors, c.sectors)));
        factors.add(factor(MatchFactorName.TARGET_PARTY, TARGET_PARTY, targetParty(q, c),
                seeks(q.targetParties, q.party, c.party) + "; " + seeks(c.targetParties, c.party, q.party)));
        factors.add(factor(MatchFactorName.CROSS_BORDER, CROSS_BORDER, crossBorder(q.party, c.party), crossBorderDetail(q.party, c.party)));
        factors.add(factor(MatchFactorName.MSME, MSME, msme(q, c), size(q) + " and " + size(c) + ": "
                + ((q.isMsme() ? 1 : 0) + (c.isMsme() ? 1 : 0)) + " of 2 sides are MSMEs"));
        int shared = sharedLanguage(q.languages, c.languages);
        factors.add(factor(MatchFactorName.LANGUAGE, LANGUAGE, language(q.languages, c.languages),
                shared >= 0 ? "both use " + Profile.languageOf(shared) : "no language in common"));
        int age = Math.max(0, today - c.publishedDay);
        factors.add(factor(MatchFactorName.FRESHNESS, FRESHNESS, freshness(c.publishedDay),
                "published " + age + " days ago; freshness falls to 0 over " + freshnessDays + " days"));
        return factors;
    }

    private MatchFactor factor(MatchFactorName name, int index, double value, String detail) {
        return new MatchFactor(name, round(weights[index]), round(value), round(weights[index] * value), detail);
    }

    private String technologyDetail(Profile q, Profile c) {
        long shared = q.technologies & c.technologies;
        if (shared == 0) {
            return "no technology in common";
        }
        List<String> terms = new ArrayList<>();
        for (long rest = shared; rest != 0; rest &= rest - 1) {
            int t = Long.numberOfTrailingZeros(rest);
            terms.add(Technology.values()[t].name() + " (rarity " + String.format(Locale.ROOT, "%.3f", idf[t]) + ")");
        }
        return "shares " + String.join(", ", terms) + "; rarity " + String.format(Locale.ROOT, "%.3f", rarity(shared))
                + " of " + String.format(Locale.ROOT, "%.3f", rarity(q.technologies | c.technologies)) + " for the "
                + Long.bitCount(q.technologies | c.technologies) + " terms of the two";
    }

    private static String sectorDetail(int a, int b) {
        List<String> shared = new ArrayList<>();
        for (int rest = a & b; rest != 0; rest &= rest - 1) {
            shared.add(IsicSection.values()[Integer.numberOfTrailingZeros(rest)].name());
        }
        return (shared.isEmpty() ? "no sector in common" : "shares " + String.join(", ", shared)) + " of "
                + Integer.bitCount(a | b) + " sectors";
    }

    private static String size(Profile p) {
        return p.sizeBand == null ? "not an enterprise" : p.sizeBand.name();
    }

    private static String seeks(int targets, Party from, Party to) {
        return targets == 0 ? from + " is open to all parties" : from + (fits(targets, to) ? " seeks " : " does not seek ") + to;
    }

    private String crossBorderDetail(Party a, Party b) {
        if (a == b) {
            return "both " + a + ": same party";
        }
        return a + "–" + b + ": " + (a.group() != b.group() ? "ASEAN–China" : "between ASEAN parties");
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
