package org.acde.initiatives.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.acde.contracts.initiatives.Budget;
import org.acde.contracts.initiatives.DocumentCategory;
import org.acde.contracts.initiatives.DocumentLink;
import org.acde.contracts.initiatives.InitiativeInput;
import org.acde.contracts.initiatives.InitiativeStatus;
import org.acde.contracts.initiatives.Organisation;
import org.acde.contracts.initiatives.OrganisationRole;
import org.acde.contracts.initiatives.TransitionRequest;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.StakeholderType;
import org.acde.contracts.reference.SubArea;
import org.acde.contracts.types.Money;
import org.acde.initiatives.initiative.InitiativeService;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Generates realistic initiatives through the service layer (rules, codes and history included), for benchmarks
 * and demos. Deterministic for a given seed.
 */
@ApplicationScoped
public class InitiativeSeeder {

    private static final String[] THEMES = { "5G smart port", "cross-border e-commerce for MSMEs", "AI governance dialogue",
            "cloud adoption for public services", "digital trade corridor", "cybersecurity incident response",
            "rural broadband", "smart agriculture advisory", "digital literacy for teachers", "open data standards",
            "digital identity interoperability", "future networks testbed", "fintech sandbox", "smart manufacturing",
            "digital skills for women entrepreneurs", "e-government services", "submarine cable resilience" };
    private static final String[] PLACES = { "Mekong", "Borneo", "Malacca", "Guangxi", "Yunnan", "Java", "Luzon",
            "Red River", "Chao Phraya", "Irrawaddy", "Dili", "Phnom Penh", "Vientiane", "Hanoi", "Kuala Lumpur" };
    private static final String[] GROUPS = { "MSME owners", "public officials", "women entrepreneurs", "students",
            "rural cooperatives", "port operators", "teachers", "technicians" };
    private static final InitiativeStatus[][] PATHS = {
            {}, { InitiativeStatus.ENDORSED }, { InitiativeStatus.ENDORSED, InitiativeStatus.ACTIVE },
            { InitiativeStatus.ENDORSED, InitiativeStatus.ACTIVE }, { InitiativeStatus.ENDORSED, InitiativeStatus.ACTIVE },
            { InitiativeStatus.ENDORSED, InitiativeStatus.ACTIVE, InitiativeStatus.FINALISING, InitiativeStatus.CLOSED },
            { InitiativeStatus.ENDORSED, InitiativeStatus.ACTIVE, InitiativeStatus.SUSPENDED },
            { InitiativeStatus.CANCELLED } };

    private final InitiativeService initiatives;
    private final EntityManager em;

    InitiativeSeeder(InitiativeService initiatives, EntityManager em) {
        this.initiatives = initiatives;
        this.em = em;
    }

    /** Creates {@code count} initiatives numbered from {@code first}, in one transaction (generous timeout: a loaded machine). */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public void seedBatch(long seed, int first, int count) {
        for (int n = first; n < first + count; n++) {
            Random random = new Random(seed * 1_000_003L + n);
            UUID id = initiatives.create(input(random, n)).body().id();
            for (InitiativeStatus status : PATHS[random.nextInt(PATHS.length)]) {
                initiatives.transition(id, new TransitionRequest(status, "Seeded lifecycle step", null));
            }
        }
        em.flush();
        em.clear();
    }

    private static InitiativeInput input(Random random, int n) {
        Measure measure = Measure.values()[random.nextInt(Measure.values().length)];
        List<SubArea> areas = new ArrayList<>(measure.subAreas());
        java.util.Collections.shuffle(areas, random);
        List<Party> parties = new ArrayList<>(Arrays.asList(Party.values()));
        java.util.Collections.shuffle(parties, random);
        List<Party> participating = new ArrayList<>(parties.subList(0, 2 + random.nextInt(5)));
        Party lead = participating.get(0);
        String theme = THEMES[random.nextInt(THEMES.length)];
        String place = PLACES[random.nextInt(PLACES.length)];
        String group = GROUPS[random.nextInt(GROUPS.length)];
        int year = 2015 + random.nextInt(16);
        LocalDate start = LocalDate.of(year, 1 + random.nextInt(12), 1);
        LocalDate end = start.plusMonths(6 + random.nextInt(42));
        String title = "%s %s pilot #%d".formatted(place, theme, n);
        String summary = "A %s initiative led by %s on %s, with partners from %d parties, for %s.".formatted(
                measure.label().toLowerCase(), lead.label(), theme, participating.size(), group);
        return new InitiativeInput(title, "en", summary, "en",
                "Share practice on " + theme + " and deliver a pilot in the " + place + " region.",
                "Primarily " + group + ".", measure, areas.subList(0, 1 + random.nextInt(Math.min(3, areas.size()))),
                List.of(theme.split(" ")[0].toLowerCase(), place.toLowerCase().replace(' ', '-')), lead, participating,
                List.of(new Organisation("Ministry of digital affairs of " + lead.label(), OrganisationRole.ACCOUNTABLE,
                        StakeholderType.GOVERNMENT, lead)),
                List.of("ASEAN-China Digital Ministers' Meeting"), start, end,
                new Budget(new Money((50_000 + random.nextInt(2_000_000)) + ".00", "USD"), null),
                List.of(new DocumentLink("Concept note", "https://example.org/acde/" + n + "/concept-note.pdf",
                        DocumentCategory.CONCEPT_NOTE)), null);
    }
}
