package org.acde.events.feed;

import static org.acde.events.Events.drain;
import static org.acde.events.Events.event;
import static org.acde.events.Events.head;
import static org.acde.events.Events.id;
import static org.acde.events.Events.published;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Each caller reads exactly the events whose audience names it (the secretariat all of them), and nothing else: one
 * test per kind of caller, over the same events with every kind of audience the services record.
 */
@QuarkusTest
class VisibilityTest {

    private String from;
    private Map<String, Object> everyone;
    private Map<String, Object> partyVn;
    private Map<String, Object> agencyVn;
    private Map<String, Object> ownerVn;
    private Map<String, Object> partyTh;
    private Map<String, Object> secretariatOnly;
    private Map<String, Object> agencyVnAndOwnerTh;

    @BeforeEach
    void record() {
        from = head();
        everyone = audience("anyone");
        partyVn = audience("party:VN");
        agencyVn = audience("agency:VN");
        ownerVn = audience("client:partner-vn-demo");
        partyTh = audience("party:TH");
        secretariatOnly = audience();
        agencyVnAndOwnerTh = audience("agency:VN", "client:partner-th-demo");
        published(everyone, partyVn, agencyVn, ownerVn, partyTh, secretariatOnly, agencyVnAndOwnerTh);
    }

    @Test
    void anonymousCallersSeeOnlyPublicEvents() {
        assertThat(seenBy(null)).containsExactly(id(everyone));
    }

    @Test
    void aPartnerSeesItsPartysAndItsOwn() {
        assertThat(seenBy(Tokens.partner("VN"))).containsExactly(id(everyone), id(partyVn), id(ownerVn));
    }

    @Test
    void anotherClientOfTheSamePartyDoesNotSeeTheOwnersEvents() {
        assertThat(seenBy(Tokens.client("partner-vn-other", "partner", "VN"))).containsExactly(id(everyone), id(partyVn));
    }

    @Test
    void aPartnerOfAnotherPartySeesNoneOfTheFirstPartys() {
        assertThat(seenBy(Tokens.partner("TH"))).containsExactly(id(everyone), id(partyTh), id(agencyVnAndOwnerTh));
    }

    @Test
    void anAgencySeesItsPartysAndWhatIsForAgenciesOfItsParty() {
        assertThat(seenBy(Tokens.agency("VN"))).containsExactly(id(everyone), id(partyVn), id(agencyVn), id(agencyVnAndOwnerTh));
        assertThat(seenBy(Tokens.agency("TH"))).containsExactly(id(everyone), id(partyTh));
    }

    @Test
    void aPartnerIsNotAnAgencyOfItsParty() {
        assertThat(seenBy(Tokens.partner("VN"))).doesNotContain(id(agencyVn), id(agencyVnAndOwnerTh));
    }

    @Test
    void aPersonSignedInThroughAClientIsNotThatClient() {
        assertThat(seenBy(Tokens.user("partner.vn.demo", "partner", "VN"))).containsExactly(id(everyone), id(partyVn));
    }

    @Test
    void aTokenWithoutARoleOrPartySeesWhatAnonymousCallersSee() {
        assertThat(seenBy(Tokens.token("stranger", null, null))).containsExactly(id(everyone));
    }

    @Test
    void theSecretariatSeesEverything() {
        assertThat(seenBy(Tokens.secretariat())).containsExactly(id(everyone), id(partyVn), id(agencyVn), id(ownerVn),
                id(partyTh), id(secretariatOnly), id(agencyVnAndOwnerTh));
    }

    @Test
    void filtersNeverFindWhatTheCallerMayNotSee() {
        String subject = (String) ownerVn.get("subject");
        assertThat(drain(Tokens.partner("TH"), from, Map.of("subject", subject)).ids()).isEmpty();
        assertThat(drain(Tokens.partner("VN"), from, Map.of("subject", subject)).ids()).containsExactly(id(ownerVn));
        assertThat(drain(null, from, Map.of("party", "VN")).ids()).containsExactly(id(everyone));
    }

    /** Visibility is applied before the page is cut: a page of one is full whenever the caller has more to see. */
    @Test
    void pagesAreFullWhateverTheCallerMayNotSee() {
        String cursor = from;
        for (Map<String, Object> expected : List.of(everyone, partyTh, agencyVnAndOwnerTh)) {
            var page = org.acde.events.Events.page(Tokens.partner("TH"), cursor, Map.of("limit", 1));
            assertThat(page.ids()).containsExactly(id(expected));
            cursor = page.nextCursor();
        }
    }

    private List<String> seenBy(String token) {
        return drain(token, from, Map.of()).ids();
    }

    private static Map<String, Object> audience(String... readers) {
        return event("org.acde.matchmaking.interest.submitted", "/api/v1/interests/" + UUID.randomUUID(), List.of("VN", "TH"),
                List.of(readers));
    }
}
