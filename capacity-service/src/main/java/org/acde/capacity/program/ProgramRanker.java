package org.acde.capacity.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.capacity.ProgramRanking;
import org.acde.contracts.capacity.ProgramRankingList;
import org.acde.contracts.capacity.ProgramRankingQuery;
import org.acde.contracts.capacity.ProgramStatus;
import org.acde.contracts.problem.ProblemException;

/**
 * Ranks programs for a need profile: SQL picks the candidates (published — public to every caller, so no draft is
 * ever suggested — with no cohort or a cohort whose last day is not before today in UTC), Java scores them with {@link ProgramScorer}. Every
 * candidate is scored on each call: fine for the few thousand programs a secretariat's catalogue holds (two queries,
 * linear scoring); beyond that, filter by measure in SQL first.
 */
@ApplicationScoped
public class ProgramRanker {

    private final ProgramRepository programs;
    private final Clock clock;

    ProgramRanker(ProgramRepository programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
    }

    @Transactional(TxType.SUPPORTS)
    public ProgramRankingList rank(ProgramRankingQuery need) {
        if (need.from != null && need.to != null && need.to.isBefore(need.from)) {
            throw ProblemException.badField("to", "the time frame ends before it starts");
        }
        LocalDate today = LocalDate.now(clock);
        List<Program> candidates = programs.find("from Program p where p.status = ?1 and (not exists (from Cohort c where c.programId = p.id)"
                + " or exists (from Cohort c where c.programId = p.id and c.endDate >= ?2))", ProgramStatus.PUBLISHED, today).list();
        Map<UUID, List<ProgramScorer.CohortDates>> cohorts = openCohorts(candidates, today);
        record Scored(Program program, ProgramScorer.Score score) {
        }
        List<Scored> scored = candidates.stream()
                .map(p -> new Scored(p, ProgramScorer.score(need, p, cohorts.getOrDefault(p.id, List.of()))))
                .sorted(Comparator.comparingDouble((Scored s) -> -s.score().score()).thenComparing(s -> s.program().id))
                .limit(need.limit).toList();
        List<ProgramRanking> items = new ArrayList<>();
        for (Scored s : scored) {
            items.add(new ProgramRanking(items.size() + 1, s.score().score(), s.score().factors(), ProgramMapper.toView(s.program())));
        }
        return new ProgramRankingList(items);
    }

    private Map<UUID, List<ProgramScorer.CohortDates>> openCohorts(List<Program> candidates, LocalDate today) {
        if (candidates.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = programs.getEntityManager()
                .createQuery("select c.programId, c.startDate, c.endDate from Cohort c where c.programId in :ids and c.endDate >= :today", Object[].class)
                .setParameter("ids", candidates.stream().map(p -> p.id).toList()).setParameter("today", today).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> (UUID) r[0],
                Collectors.mapping(r -> new ProgramScorer.CohortDates((LocalDate) r[1], (LocalDate) r[2]), Collectors.toList())));
    }
}
