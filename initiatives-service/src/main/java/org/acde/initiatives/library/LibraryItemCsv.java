package org.acde.initiatives.library;

import static org.acde.initiatives.platform.CsvExport.codes;
import static org.acde.initiatives.platform.CsvExport.labels;
import static org.acde.initiatives.platform.CsvExport.text;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.StreamingOutput;

import org.acde.contracts.library.LibraryItemView;
import org.acde.contracts.paging.Page;
import org.acde.initiatives.platform.CsvExport;
import org.acde.initiatives.platform.CsvExport.Column;

/** The columns of the library's CSV export (bundle keys csv.library.*). */
final class LibraryItemCsv {

    private static final List<Column<LibraryItemView>> COLUMNS = List.of(
            new Column<>("id", (v, language) -> v.id().toString()),
            new Column<>("title", (v, language) -> v.title()),
            new Column<>("document_type", (v, language) -> v.documentType().code()),
            new Column<>("document_type_label", (v, language) -> v.documentType().label(language)),
            new Column<>("measure", (v, language) -> v.measure().code()),
            new Column<>("measure_label", (v, language) -> v.measure().label(language)),
            new Column<>("sub_areas", (v, language) -> codes(v.subAreas())),
            new Column<>("sub_area_labels", (v, language) -> labels(v.subAreas(), language)),
            new Column<>("parties", (v, language) -> codes(v.parties())),
            new Column<>("party_labels", (v, language) -> labels(v.parties(), language)),
            new Column<>("language", (v, language) -> v.language()),
            new Column<>("publication_date", (v, language) -> text(v.publicationDate())),
            new Column<>("url", (v, language) -> v.url()),
            new Column<>("licence", (v, language) -> text(v.licence())),
            new Column<>("related_initiatives", (v, language) -> v.relatedInitiatives().stream().map(UUID::toString)
                    .collect(Collectors.joining("; "))),
            new Column<>("status", (v, language) -> v.status().code()),
            new Column<>("status_label", (v, language) -> v.status().label(language)),
            new Column<>("published_at", (v, language) -> text(v.publishedAt())),
            new Column<>("updated_at", (v, language) -> text(v.updatedAt())));

    private LibraryItemCsv() {
    }

    /** The export of the slices {@code slices} reads; headers and labels in {@code language}. */
    static StreamingOutput streamed(Locale language, Function<String, Page<LibraryItemView>> slices) {
        return CsvExport.streamed(language, "csv.library", COLUMNS, slices);
    }
}
