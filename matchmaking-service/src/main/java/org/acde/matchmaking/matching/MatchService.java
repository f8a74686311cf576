package org.acde.matchmaking.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.acde.contracts.matchmaking.OpportunityType;
import org.acde.contracts.matchmaking.OpportunityView;
import org.acde.contracts.needs.NeedMatchList;
import org.acde.matchmaking.need.Need;
import org.acde.matchmaking.need.NeedAccess;
import org.acde.matchmaking.need.NeedMatches;
import org.acde.matchmaking.opportunity.Opportunity;
import org.acde.matchmaking.opportunity.OpportunityAccess;
import org.acde.matchmaking.opportunity.OpportunityMatches;
import org.acde.matchmaking.opportunity.OpportunityRepository;
import org.acde.matchmaking.opportunity.OpportunityService;

/** Ranks complementary opportunities for one the caller can see, or offers for a need, with the explanation of every score. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class MatchService implements OpportunityMatches, NeedMatches {

    private static final List<OpportunityType> OFFERS = Arrays.stream(OpportunityType.values()).filter(OpportunityType::isOffer).toList();

    private final MatchIndex index;
    private final OpportunityAccess access;
    private final NeedAccess needs;
    private final OpportunityRepository opportunities;
    private final OpportunityService views;
    private final Clock clock;

    MatchService(MatchIndex index, OpportunityAccess access, NeedAccess needs, OpportunityRepository opportunities,
            OpportunityService views, Clock clock) {
        this.index = index;
        this.access = access;
        this.needs = needs;
        this.opportunities = opportunities;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public MatchList matches(UUID id, int limit) {
        Opportunity opportunity = access.visible(id);
        Profile query = profile(opportunity, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        return new MatchList(opportunity.id, opportunity.type.complement(), explained(query, index.top(query, limit)));
    }

    /**
     * Offers for a need: the need as the query side of the same engine, a party rather than an enterprise (no size
     * band, open to every party), against both kinds of offer.
     */
    @Override
    public NeedMatchList forNeed(UUID id, int limit) {
        Need need = needs.visible(id);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Profile query = Profile.of(need.id, need.id, OpportunityType.TECHNOLOGY_REQUEST.name(), need.party.name(), null,
                need.technologies, need.sectors, new String[0], need.languages, need.createdAt.atZone(ZoneOffset.UTC).toLocalDate(),
                need.endsOn, need.version, today);
        return new NeedMatchList(need.id, explained(query, index.top(query, OFFERS, limit)));
    }

    /** The ranked candidates as views with their explanations, in rank order. */
    private List<MatchView> explained(Profile query, Ranking ranking) {
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
            items.add(MatchMapper.toView(i + 1, scored, ranking.scorer().explain(query, scored.profile()), matched.get(i)));
        }
        return items;
    }

    static Profile profile(Opportunity o, LocalDate today) {
        return Profile.of(o.id, o.enterpriseId, o.type.name(), o.party.name(), o.sizeBand == null ? null : o.sizeBand.name(), o.technologies, o.sectors,
                o.targetParties, o.languages, o.publishedAt == null ? null : o.publishedAt.atZone(ZoneOffset.UTC).toLocalDate(),
                o.expiresOn, o.version, today);
    }
}
