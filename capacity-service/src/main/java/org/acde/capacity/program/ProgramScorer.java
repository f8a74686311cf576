package org.acde.capacity.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.acde.contracts.capacity.Audience;
import org.acde.contracts.capacity.ProgramRankingQuery;
import org.acde.contracts.capacity.Topic;
import org.acde.contracts.matchmaking.MatchFactor;
import org.acde.contracts.matchmaking.MatchFactorName;
import org.acde.contracts.reference.SubArea;

/**
 * Scores a program against a need profile, factor by factor, as matchmaking explains a match: each factor a weight
 * (the weights add up to 1), a value in [0, 1] and its contribution. MEASURE 0.25 (the same measure), TOPIC 0.25 (the
 * share of the need's sub-areas a program topic covers), AUDIENCE 0.2 (the share of the need's audiences the program
 * serves), TIMING 0.1 (a cohort within the time frame: 1; no cohort yet: 0.5), LANGUAGE 0.1 (a shared primary
 * language) and CROSS_BORDER 0.1 (a provider of another party than the need's).
 */
final class ProgramScorer {

    /** The sub-areas a program topic teaches; a sub-area not named here no topic covers. */
    static final Map<SubArea, Topic> TOPIC_OF = new EnumMap<>(Map.ofEntries(
            Map.entry(SubArea.FIVE_G, Topic.FIVE_G),
            Map.entry(SubArea.FUTURE_NETWORKS, Topic.FIVE_G),
            Map.entry(SubArea.CLOUD_COMPUTING, Topic.CLOUD),
            Map.entry(SubArea.DIGITAL_GOVERNMENT, Topic.DIGITAL_GOVERNMENT),
            Map.entry(SubArea.AI_GOVERNANCE, Topic.AI_GOVERNANCE),
            Map.entry(SubArea.DIGITAL_TRADE_PILOTS, Topic.DIGITAL_TRADE),
            Map.entry(SubArea.SECURITY_POLICIES, Topic.CYBERSECURITY),
            Map.entry(SubArea.SECURITY_TECHNOLOGIES, Topic.CYBERSECURITY),
            Map.entry(SubArea.SECURITY_STANDARDS, Topic.CYBERSECURITY),
            Map.entry(SubArea.SECURITY_INDUSTRIES, Topic.CYBERSECURITY),
            Map.entry(SubArea.SECURITY_CAPACITY_BUILDING, Topic.CYBERSECURITY),
            Map.entry(SubArea.DIGITAL_LITERACY, Topic.DIGITAL_LITERACY),
            Map.entry(SubArea.DIGITAL_SKILLS, Topic.DIGITAL_LITERACY),
            Map.entry(SubArea.MSME_PARTICIPATION, Topic.ECOMMERCE_FOR_MSMES),
            Map.entry(SubArea.TRUSTED_DIGITAL_ECOSYSTEM, Topic.DATA),
            Map.entry(SubArea.INTEROPERABILITY, Topic.DATA)));

    /** The dates of one of the program's cohorts. */
    record CohortDates(LocalDate start, LocalDate end) {
    }

    record Score(double score, List<MatchFactor> factors) {
    }

    private ProgramScorer() {
    }

    static Score score(ProgramRankingQuery need, Program program, List<CohortDates> cohorts) {
        List<MatchFactor> factors = new ArrayList<>();
        factors.add(factor(MatchFactorName.MEASURE, 0.25, need.measure == null ? 0 : need.measure == program.measure ? 1 : 0,
                need.measure == null ? "no measure given" : "program measure " + program.measure + ", need " + need.measure));
        factors.add(topic(need.subAreas == null ? List.of() : need.subAreas, program.topics));
        factors.add(audience(need.audiences == null ? List.of() : need.audiences, program.audiences));
        factors.add(timing(need.from, need.to, cohorts));
        factors.add(language(need.languages == null ? List.of() : need.languages, program.languages));
        factors.add(factor(MatchFactorName.CROSS_BORDER, 0.1, need.party != null && need.party != program.providerParty ? 1 : 0,
                need.party == null ? "no party given" : "provided by " + program.providerParty + " for " + need.party));
        double score = factors.stream().mapToDouble(MatchFactor::contribution).sum();
        return new Score(round(score), factors);
    }

    private static MatchFactor topic(List<SubArea> subAreas, List<Topic> topics) {
        if (subAreas.isEmpty()) {
            return factor(MatchFactorName.TOPIC, 0.25, 0, "no sub-areas given");
        }
        List<SubArea> covered = subAreas.stream().filter(s -> topics.contains(TOPIC_OF.get(s))).toList();
        return factor(MatchFactorName.TOPIC, 0.25, (double) covered.size() / subAreas.size(),
                "covers " + covered + " of " + subAreas.size() + " sub-areas");
    }

    private static MatchFactor audience(List<Audience> wanted, List<Audience> served) {
        if (wanted.isEmpty()) {
            return factor(MatchFactorName.AUDIENCE, 0.2, 0, "no audiences given");
        }
        List<Audience> shared = wanted.stream().filter(served::contains).toList();
        return factor(MatchFactorName.AUDIENCE, 0.2, (double) shared.size() / wanted.size(),
                "serves " + shared + " of " + wanted.size() + " audiences");
    }

    private static MatchFactor timing(LocalDate from, LocalDate to, List<CohortDates> cohorts) {
        if (cohorts.isEmpty()) {
            return factor(MatchFactorName.TIMING, 0.1, 0.5, "no cohort scheduled yet");
        }
        LocalDate start = from == null ? LocalDate.MIN : from;
        LocalDate end = to == null ? LocalDate.MAX : to;
        long within = cohorts.stream().filter(c -> !c.start().isAfter(end) && !c.end().isBefore(start)).count();
        return factor(MatchFactorName.TIMING, 0.1, within > 0 ? 1 : 0,
                within + " of " + cohorts.size() + " open cohorts within " + (from == null ? "…" : from) + " – " + (to == null ? "…" : to));
    }

    private static MatchFactor language(List<String> wanted, List<String> offered) {
        List<String> programs = offered.stream().map(ProgramScorer::primary).toList();
        List<String> shared = wanted.stream().map(ProgramScorer::primary).filter(programs::contains).distinct().toList();
        return factor(MatchFactorName.LANGUAGE, 0.1, shared.isEmpty() ? 0 : 1,
                wanted.isEmpty() ? "no languages given" : "shares " + shared);
    }

    private static String primary(String tag) {
        return Objects.requireNonNull(tag).split("-")[0].toLowerCase(Locale.ROOT);
    }

    private static MatchFactor factor(MatchFactorName name, double weight, double value, String detail) {
        return new MatchFactor(name, weight, round(value), round(weight * value), detail);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
