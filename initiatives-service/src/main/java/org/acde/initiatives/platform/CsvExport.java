package org.acde.initiatives.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.StreamingOutput;

import org.acde.contracts.i18n.Labels;
import org.acde.contracts.paging.Page;
import org.acde.contracts.reference.Coded;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Writes views of type {@code V} as CSV with codes and labels side by side, headers and labels in the request's
 * language. Cells a spreadsheet would run as a formula are prefixed with an apostrophe (OWASP CSV injection).
 */
public final class CsvExport<V> {

    private static final CsvMapper CSV = new CsvMapper();

    /** A column: its name (the bundle key's last part, {@code <prefix>.<name>}) and how a view fills it. */
    public record Column<V>(String name, BiFunction<V, Locale, String> value) {
    }

    private final List<Column<V>> columns;
    private final SequenceWriter rows;
    private final Locale language;

    private CsvExport(List<Column<V>> columns, SequenceWriter rows, Locale language) {
        this.columns = columns;
        this.rows = rows;
        this.language = language;
    }

    /** Starts the export with its header row, read from the bundle keys {@code <headerKeys>.<column>}. */
    private static <V> CsvExport<V> start(OutputStream out, Locale language, String headerKeys, List<Column<V>> columns)
            throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(column -> schema.addColumn(Labels.get(headerKeys + "." + column.name(), language)));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        return new CsvExport<>(columns, CSV.writer(schema.build()).writeValues(writer), language);
    }

    /**
     * The whole export as a response body: slice after slice from {@code slices} (given the previous slice's
     * {@code nextCursor}, null first), each written and flushed before the next is read.
     */
    public static <V> StreamingOutput streamed(Locale language, String headerKeys, List<Column<V>> columns,
            Function<String, Page<V>> slices) {
        return out -> {
            CsvExport<V> writer = start(out, language, headerKeys, columns);
            String cursor = null;
            do {
                Page<V> slice = slices.apply(cursor);
                for (V view : slice.items()) {
                    writer.write(view);
                }
                writer.finish();
                cursor = slice.nextCursor();
            } while (cursor != null);
        };
    }

    private void write(V view) throws IOException {
        rows.write(columns.stream().map(column -> defuse(column.value().apply(view, language))).toList());
    }

    private void finish() throws IOException {
        rows.flush();
    }

    private static String defuse(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    public static String codes(List<? extends Coded> values) {
        return values.stream().map(Coded::code).collect(Collectors.joining("; "));
    }

    public static String labels(List<? extends Coded> values, Locale language) {
        return values.stream().map(value -> value.label(language)).collect(Collectors.joining("; "));
    }

    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
