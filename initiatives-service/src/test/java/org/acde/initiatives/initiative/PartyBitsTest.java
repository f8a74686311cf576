package org.acde.initiatives.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.acde.contracts.reference.Party;
import org.junit.jupiter.api.Test;

/**
 * The order of {@link Party} is persisted: {@code initiative.party_mask} holds bit n for the party of ordinal n
 * ({@link PartyBits}), and migration V3 computed the stored masks with the same order spelled out. Reordering the enum,
 * or adding a party anywhere but at the end, would make every stored mask mean other parties.
 */
class PartyBitsTest {

    /** The order V3__precomputed_filters.sql wrote into the stored masks; never change it. */
    private static final List<String> PERSISTED_ORDER = List.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL", "CN");

    @Test
    void thePartiesKeepTheOrderTheStoredMasksWereWrittenIn() {
        List<String> order = Arrays.stream(Party.values()).map(Enum::name).toList();
        assertThat(order.subList(0, PERSISTED_ORDER.size())).as("Party's order is persisted in party_mask (PartyBits, V3)")
                .isEqualTo(PERSISTED_ORDER);
    }

    @Test
    void migrationV3SpellsOutTheSameOrder() throws IOException {
        try (InputStream migration = getClass().getResourceAsStream("/db/migration/V3__precomputed_filters.sql")) {
            Matcher array = Pattern.compile("array_position\\(ARRAY\\[([^\\]]+)\\]").matcher(
                    new String(migration.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(array.find()).isTrue();
            assertThat(Arrays.stream(array.group(1).split(",")).map(code -> code.strip().replace("'", "")).toList())
                    .isEqualTo(PERSISTED_ORDER);
        }
    }

    @Test
    void eachPartyIsTheBitOfItsPlaceInThatOrder() {
        for (int n = 0; n < PERSISTED_ORDER.size(); n++) {
            assertThat(PartyBits.bit(Party.valueOf(PERSISTED_ORDER.get(n)))).as(PERSISTED_ORDER.get(n)).isEqualTo(1 << n);
        }
    }
}
