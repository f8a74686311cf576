package org.acde.matchmaking.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.matchmaking.MatchList;
import org.acde.contracts.matchmaking.MatchView;
import org.acde.contracts.matchmaking.OpportunityView;
import org.acde.matchmaking.opportunity.Opportunity;
import org.acde.matchmaking.opportunity.OpportunityAccess;
import org.acde.matchmaking.opportunity.OpportunityRepository;
import org.acde.matchmaking.opportunity.OpportunityService;

/** Ranks complementary opportunities for one the caller can see, with the explanation of every score. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class MatchService {

    private final MatchIndex index;
    private final OpportunityAccess access;
    private final OpportunityRepository opportunities;
    private final OpportunityService views;
    private final Clock clock;

    MatchService(MatchIndex index, OpportunityAccess access, OpportunityRepository opportunities, OpportunityService views,
            Clock clock) {
        this.index = index;
        this.access = access;
        this.opportunities = opportunities;
        this.views = views;
        this.clock = clock;
    }

    public MatchList matches(UUID id, int limit) {
        Opportunity opportunity = access.visible(id);
        Profile query = profile(opportunity, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        Ranking ranking = index.top(query, limit);
        List<UUID> ids = ranking.best().stream().map(scored -> scored.profile().id).toList();
        Map<UUID, Opportunity> rows = ids.isEmpty() ? Map.of()
                : opportunities.list("id in ?1", ids).stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        // A candidate changed since the index saw it is left out rather than shown with a stale score.
        List<TopK.Scored> shown = ranking.best().stream()
                .filter(scored -> rows.containsKey(scored.profile().id) && rows.get(scored.profile().id).version == scored.profile().version)
                .toList();
        List<OpportunityView> matched = views.views(shown.stream().map(scored -> rows.get(scored.profile().id)).toList());
        List<MatchView> items = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            TopK.Scored scored = shown.get(i);
            items.add(new MatchView(i + 1, Scorer.round(scored.score()), ranking.scorer().explain(query, scored.profile()),
                    matched.get(i)));
        }
        return new MatchList(opportunity.id, opportunity.type.complement(), items);
    }

    static Profile profile(Opportunity o, LocalDate today) {
        return Profile.of(o.id, o.enterpriseId, o.type.name(), o.party.name(), o.sizeBand == null ? null : o.sizeBand.name(), o.technologies, o.sectors,
                o.targetParties, o.languages, o.publishedAt == null ? null : o.publishedAt.atZone(ZoneOffset.UTC).toLocalDate(),
                o.expiresOn, o.version, today);
    }
}
