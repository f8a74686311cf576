package org.acde.initiatives.initiative;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.acde.contracts.i18n.Labels;
import org.acde.contracts.initiatives.InitiativeView;
import org.acde.contracts.reference.Coded;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Writes initiatives as CSV with codes and labels side by side, headers and labels in the request's language. Cells a spreadsheet would run as a formula are
 * prefixed with an apostrophe (OWASP CSV injection).
 */
final class InitiativeCsv {

    private static final CsvMapper CSV = new CsvMapper();
    private static final List<Column> COLUMNS = List.of(
            new Column("id", (v, language) -> v.id().toString()),
            new Column("code", (v, language) -> v.code()),
            new Column("title", (v, language) -> v.title()),
            new Column("measure", (v, language) -> v.measure().code()),
            new Column("measure_label", (v, language) -> v.measure().label(language)),
            new Column("sub_areas", (v, language) -> codes(v.subAreas())),
            new Column("sub_area_labels", (v, language) -> labels(v.subAreas(), language)),
            new Column("status", (v, language) -> v.status().code()),
            new Column("status_label", (v, language) -> v.status().label(language)),
            new Column("lead_party", (v, language) -> v.leadParty().code()),
            new Column("lead_party_label", (v, language) -> v.leadParty().label(language)),
            new Column("participating_parties", (v, language) -> codes(v.participatingParties())),
            new Column("participating_party_labels", (v, language) -> labels(v.participatingParties(), language)),
            new Column("tags", (v, language) -> String.join("; ", v.tags())),
            new Column("planned_start", (v, language) -> text(v.plannedStart())),
            new Column("planned_end", (v, language) -> text(v.plannedEnd())),
            new Column("actual_start", (v, language) -> text(v.actualStart())),
            new Column("actual_end", (v, language) -> text(v.actualEnd())),
            new Column("budget_original_amount", (v, language) -> v.budget() == null ? "" : v.budget().original().amount()),
            new Column("budget_original_currency", (v, language) -> v.budget() == null ? "" : v.budget().original().currency()),
            new Column("budget_revised_amount", (v, language) -> v.budget() == null || v.budget().revised() == null ? "" : v.budget().revised().amount()),
            new Column("budget_revised_currency", (v, language) -> v.budget() == null || v.budget().revised() == null ? "" : v.budget().revised().currency()),
            new Column("created_at", (v, language) -> text(v.createdAt())),
            new Column("updated_at", (v, language) -> text(v.updatedAt())));

    private final SequenceWriter rows;
    private final Locale language;

    private InitiativeCsv(SequenceWriter rows, Locale language) {
        this.rows = rows;
        this.language = language;
    }

    /** Starts the export with its header row; headers and labels in {@code language} (bundle keys csv.initiatives.*). */
    static InitiativeCsv start(OutputStream out, Locale language) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(column -> schema.addColumn(Labels.get("csv.initiatives." + column.name(), language)));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        return new InitiativeCsv(CSV.writer(schema.build()).writeValues(writer), language);
    }

    void write(InitiativeView view) throws IOException {
        rows.write(COLUMNS.stream().map(column -> defuse(column.value().apply(view, language))).toList());
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

    private static String labels(List<? extends Coded> values, Locale language) {
        return values.stream().map(value -> value.label(language)).collect(Collectors.joining("; "));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private record Column(String name, BiFunction<InitiativeView, Locale, String> value) {
    }
}
