package org.acde.capacity.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.capacity.Audience;
import org.acde.contracts.capacity.ProgramRankingQuery;
import org.acde.contracts.capacity.Topic;
import org.acde.contracts.matchmaking.MatchFactor;
import org.acde.contracts.matchmaking.MatchFactorName;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.SubArea;
import org.junit.jupiter.api.Test;

/** The arithmetic of a program's score for a need profile. */
class ProgramScorerTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    @Test
    void aProgramAnsweringEveryFactorScoresOneAndEachFactorIsItsWeight() {
        ProgramScorer.Score score = ProgramScorer.score(need(), program(), List.of(new ProgramScorer.CohortDates(DAY.plusDays(5), DAY.plusDays(9))));
        assertThat(score.score()).isEqualTo(1.0);
        assertThat(score.factors()).extracting(MatchFactor::factor).containsExactly(MatchFactorName.MEASURE, MatchFactorName.TOPIC,
                MatchFactorName.AUDIENCE, MatchFactorName.TIMING, MatchFactorName.LANGUAGE, MatchFactorName.CROSS_BORDER);
        assertThat(score.factors()).extracting(MatchFactor::weight).containsExactly(0.25, 0.25, 0.2, 0.1, 0.1, 0.1);
        assertThat(score.factors()).allSatisfy(f -> assertThat(f.contribution()).isEqualTo(f.weight()));
    }

    @Test
    void partialFactorsAddUpToTheScore() {
        ProgramRankingQuery need = need();
        need.subAreas = List.of(SubArea.AI_GOVERNANCE, SubArea.SECURITY_POLICIES);
        need.audiences = List.of(Audience.OFFICIALS, Audience.STUDENTS, Audience.EDUCATORS, Audience.PUBLIC);
        need.party = Party.TH;
        need.languages = List.of("zh-Hans");
        Program program = program();
        program.measure = Measure.VII;
        // No cohort: timing is half; one of two sub-areas, one of four audiences, no language, same party.
        ProgramScorer.Score score = ProgramScorer.score(need, program, List.of());
        assertThat(score.factors()).extracting(MatchFactor::value).containsExactly(0.0, 0.5, 0.25, 0.5, 0.0, 0.0);
        assertThat(score.score()).isEqualTo(0.225);
        assertThat(score.factors().get(1).detail()).isEqualTo("covers [AI_GOVERNANCE] of 2 sub-areas");
    }

    @Test
    void aCohortOutsideTheTimeFrameDoesNotCountAndAnEmptyProfileScoresOnlyTheUnscheduledHalf() {
        ProgramScorer.Score outside = ProgramScorer.score(need(), program(), List.of(new ProgramScorer.CohortDates(DAY.plusDays(40), DAY.plusDays(45))));
        assertThat(outside.factors().get(3).value()).isZero();
        assertThat(outside.score()).isEqualTo(0.9);
        ProgramScorer.Score empty = ProgramScorer.score(new ProgramRankingQuery(), program(), List.of());
        assertThat(empty.score()).isEqualTo(0.05);
    }

    private static ProgramRankingQuery need() {
        ProgramRankingQuery need = new ProgramRankingQuery();
        need.measure = Measure.VI;
        need.subAreas = List.of(SubArea.AI_GOVERNANCE);
        need.audiences = List.of(Audience.OFFICIALS);
        need.party = Party.VN;
        need.from = DAY;
        need.to = DAY.plusDays(30);
        need.languages = List.of("vi-VN");
        return need;
    }

    private static Program program() {
        Program program = new Program();
        program.id = UUID.randomUUID();
        program.measure = Measure.VI;
        program.topics = List.of(Topic.AI_GOVERNANCE, Topic.DATA);
        program.audiences = List.of(Audience.OFFICIALS, Audience.MANAGERS);
        program.providerParty = Party.TH;
        program.languages = List.of("en", "vi");
        return program;
    }
}
