package org.acde.initiatives.initiative;

import static org.acde.initiatives.platform.CsvExport.codes;
import static org.acde.initiatives.platform.CsvExport.labels;
import static org.acde.initiatives.platform.CsvExport.text;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.ws.rs.core.StreamingOutput;

import org.acde.contracts.initiatives.InitiativeView;
import org.acde.contracts.paging.Page;
import org.acde.initiatives.platform.CsvExport;
import org.acde.initiatives.platform.CsvExport.Column;

/** The columns of the initiatives' CSV export (bundle keys csv.initiatives.*). */
final class InitiativeCsv {

    private static final List<Column<InitiativeView>> COLUMNS = List.of(
            new Column<>("id", (v, language) -> v.id().toString()),
            new Column<>("code", (v, language) -> v.code()),
            new Column<>("title", (v, language) -> v.title()),
            new Column<>("measure", (v, language) -> v.measure().code()),
            new Column<>("measure_label", (v, language) -> v.measure().label(language)),
            new Column<>("sub_areas", (v, language) -> codes(v.subAreas())),
            new Column<>("sub_area_labels", (v, language) -> labels(v.subAreas(), language)),
            new Column<>("status", (v, language) -> v.status().code()),
            new Column<>("status_label", (v, language) -> v.status().label(language)),
            new Column<>("lead_party", (v, language) -> v.leadParty().code()),
            new Column<>("lead_party_label", (v, language) -> v.leadParty().label(language)),
            new Column<>("participating_parties", (v, language) -> codes(v.participatingParties())),
            new Column<>("participating_party_labels", (v, language) -> labels(v.participatingParties(), language)),
            new Column<>("tags", (v, language) -> String.join("; ", v.tags())),
            new Column<>("planned_start", (v, language) -> text(v.plannedStart())),
            new Column<>("planned_end", (v, language) -> text(v.plannedEnd())),
            new Column<>("actual_start", (v, language) -> text(v.actualStart())),
            new Column<>("actual_end", (v, language) -> text(v.actualEnd())),
            new Column<>("budget_original_amount", (v, language) -> v.budget() == null ? "" : v.budget().original().amount()),
            new Column<>("budget_original_currency", (v, language) -> v.budget() == null ? "" : v.budget().original().currency()),
            new Column<>("budget_revised_amount", (v, language) -> v.budget() == null || v.budget().revised() == null ? "" : v.budget().revised().amount()),
            new Column<>("budget_revised_currency", (v, language) -> v.budget() == null || v.budget().revised() == null ? "" : v.budget().revised().currency()),
            new Column<>("created_at", (v, language) -> text(v.createdAt())),
            new Column<>("updated_at", (v, language) -> text(v.updatedAt())));

    private InitiativeCsv() {
    }

    /** The export of the slices {@code slices} reads; headers and labels in {@code language}. */
    static StreamingOutput streamed(Locale language, Function<String, Page<InitiativeView>> slices) {
        return CsvExport.streamed(language, "csv.initiatives", COLUMNS, slices);
    }
}
