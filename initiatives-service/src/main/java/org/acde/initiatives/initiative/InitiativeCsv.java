package org.acde.initiatives.initiative;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.acde.contracts.initiatives.InitiativeView;
import org.acde.contracts.reference.Coded;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Writes initiatives as CSV with codes and labels side by side. Cells a spreadsheet would run as a formula are
 * prefixed with an apostrophe (OWASP CSV injection).
 */
final class InitiativeCsv {

    private static final CsvMapper CSV = new CsvMapper();
    private static final List<Column> COLUMNS = List.of(
            new Column("id", v -> v.id().toString()),
            new Column("code", InitiativeView::code),
            new Column("title", InitiativeView::title),
            new Column("measure", v -> v.measure().code()),
            new Column("measure_label", v -> v.measure().label()),
            new Column("sub_areas", v -> codes(v.subAreas())),
            new Column("sub_area_labels", v -> labels(v.subAreas())),
            new Column("status", v -> v.status().code()),
            new Column("status_label", v -> v.status().label()),
            new Column("lead_party", v -> v.leadParty().code()),
            new Column("lead_party_label", v -> v.leadParty().label()),
            new Column("participating_parties", v -> codes(v.participatingParties())),
            new Column("participating_party_labels", v -> labels(v.participatingParties())),
            new Column("tags", v -> String.join("; ", v.tags())),
            new Column("planned_start", v -> text(v.plannedStart())),
            new Column("planned_end", v -> text(v.plannedEnd())),
            new Column("actual_start", v -> text(v.actualStart())),
            new Column("actual_end", v -> text(v.actualEnd())),
            new Column("budget_original_amount", v -> v.budget() == null ? "" : v.budget().original().amount()),
            new Column("budget_original_currency", v -> v.budget() == null ? "" : v.budget().original().currency()),
            new Column("budget_revised_amount", v -> v.budget() == null || v.budget().revised() == null ? "" : v.budget().revised().amount()),
            new Column("budget_revised_currency", v -> v.budget() == null || v.budget().revised() == null ? "" : v.budget().revised().currency()),
            new Column("created_at", v -> text(v.createdAt())),
            new Column("updated_at", v -> text(v.updatedAt())));

    private final SequenceWriter rows;

    private InitiativeCsv(SequenceWriter rows) {
        this.rows = rows;
    }

    static InitiativeCsv start(OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(column -> schema.addColumn(column.name()));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        return new InitiativeCsv(CSV.writer(schema.build()).writeValues(writer));
    }

    void write(InitiativeView view) throws IOException {
        rows.write(COLUMNS.stream().map(column -> defuse(column.value().apply(view))).toList());
    }

    void finish() throws IOException {
        rows.flush();
    }

    private static String defuse(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String codes(List<? extends Coded> values) {
        return values.stream().map(Coded::code).collect(Collectors.joining("; "));
    }

    private static String labels(List<? extends Coded> values) {
        return values.stream().map(Coded::label).collect(Collectors.joining("; "));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private record Column(String name, Function<InitiativeView, String> value) {
    }
}
