package org.acde.capacity.enrolment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;

import org.acde.capacity.enrolment.CsvRecords.Record;
import org.acde.contracts.capacity.EnrolmentBatchResult;
import org.acde.contracts.capacity.EnrolmentBatchesApi;
import org.acde.contracts.capacity.EnrolmentInput;
import org.acde.contracts.capacity.Participant;
import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.Sex;
import org.acde.contracts.reference.StakeholderType;
import org.acde.kernel.problem.JsonErrors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Reads an enrolment batch, JSON or CSV, row by row: it counts rows as it reads and stops at the first one over the cap
 * (413), and checks each row as the single create checks its body, so a broken row becomes that row's problem and the
 * others go on. Only what leaves the rows impossible to tell apart (JSON that is not well-formed, a bad CSV header,
 * text that is not UTF-8) refuses the whole body with 400.
 *
 * <p>Cells that a spreadsheet would run as a formula ({@code = + - @}, tab, CR first; OWASP CSV injection) are
 * refused, in JSON as in CSV, rather than stored with an apostrophe as the initiatives CSV export writes them: the
 * batch stores what it is sent, and such a name or email is a mistake or an attack, not a participant. Problems never
 * repeat the value sent.
 */
@ApplicationScoped
public class EnrolmentBatchReader {

    static final List<String> CSV_COLUMNS = List.of("name", "email", "party", "organisationType", "sex", "consent");
    private static final Set<String> OPTIONAL_COLUMNS = Set.of("sex");
    private static final MediaType CSV = MediaType.valueOf(EnrolmentBatchesApi.TEXT_CSV);
    private static final String FORMULA_START = "=+-@\t\r";
    private static final String FORMULA = "may not start with =, +, -, @, a tab or a carriage return (a spreadsheet would run it as a formula)";

    private final ObjectMapper json;
    private final ObjectReader nodes;
    private final Validator validator;

    EnrolmentBatchReader(ObjectMapper json, Validator validator) {
        this.json = json;
        // Each row is read on its own from the one array: what follows a row is the rest of the array, not trailing data.
        this.nodes = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.validator = validator;
    }

    /** The batch in {@code body}; {@code contentType} is the request's (Quarkus REST admits only JSON and CSV). */
    EnrolmentBatch read(String contentType, InputStream body) {
        MediaType type = mediaType(contentType);
        EnrolmentBatch batch = type.isCompatible(MediaType.APPLICATION_JSON_TYPE) ? json(body) : csv(type, body);
        if (batch.rows().isEmpty()) {
            throw ProblemException.badField("body", "has no rows; send 1 to " + EnrolmentBatchResult.MAX_ROWS);
        }
        return batch;
    }

    private EnrolmentBatch json(InputStream body) {
        List<BatchRow> rows = new ArrayList<>();
        List<Object> identity = new ArrayList<>();
        try (JsonParser parser = json.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw malformed("The body must be a JSON array of enrolments, each as createEnrolment takes it");
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int number = rows.size() + 1;
                requireWithinCap(number);
                JsonNode node = nodes.readValue(parser);
                identity.add(node);
                rows.add(jsonRow(number, node));
            }
            if (parser.nextToken() != null) {
                throw malformed("The body has data after the array");
            }
        } catch (StreamConstraintsException e) {
            throw malformed("The JSON body exceeds a structural limit (nesting depth, string or number length)");
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw malformed("The body is not well-formed JSON" + at + " (a syntax error or a repeated key), so its rows cannot be told apart; nothing was applied");
        } catch (IOException e) {
            throw malformed("The body could not be read");
        }
        return new EnrolmentBatch(rows, new EnrolmentBatch.Identity("json", identity));
    }

    private BatchRow jsonRow(int number, JsonNode node) {
        if (node == null || !node.isObject()) {
            return BatchRow.invalid(number, List.of(new FieldError("row", "must be an object with `participant`, as createEnrolment takes it")));
        }
        EnrolmentInput input;
        try {
            input = json.treeToValue(node, EnrolmentInput.class);
        } catch (JsonMappingException e) {
            return BatchRow.invalid(number, List.of(JsonErrors.fieldError(e)));
        } catch (JsonProcessingException e) {
            return BatchRow.invalid(number, List.of(new FieldError("row", "cannot be read as an enrolment")));
        }
        List<FieldError> errors = check(input, UnaryOperator.identity(), Set.of());
        return errors.isEmpty() ? BatchRow.valid(number, input) : BatchRow.invalid(number, errors);
    }

    private EnrolmentBatch csv(MediaType type, InputStream body) {
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send CSV in UTF-8 (text/csv; charset=utf-8)");
        }
        MessageDigest digest = sha256();
        List<BatchRow> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new DigestInputStream(body, digest),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CsvRecords records = new CsvRecords(reader);
            Record header = records.next();
            if (header == null) {
                throw malformed("The body is empty: send a header row (" + String.join(",", CSV_COLUMNS) + "), then one row per participant");
            }
            if (header.malformed() != null) {
                throw malformed("The header row is not valid CSV: " + header.malformed());
            }
            Map<String, Integer> columns = columns(header.cells());
            for (Record record = records.next(); record != null; record = records.next()) {
                int number = rows.size() + 1;
                requireWithinCap(number);
                rows.add(csvRow(number, record, columns));
            }
        } catch (CharacterCodingException e) {
            throw malformed("The body is not UTF-8 text");
        } catch (IOException e) {
            throw malformed("The body could not be read");
        }
        return new EnrolmentBatch(rows, new EnrolmentBatch.Identity("csv", List.of(HexFormat.of().formatHex(digest.digest()))));
    }

    /** Column name to position; 400 naming every unknown, repeated or missing column (never echoing a name sent). */
    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String field = "header[" + (i + 1) + "]";
            if (!CSV_COLUMNS.contains(name)) {
                errors.add(new FieldError(field, "unknown column; the columns are " + String.join(", ", CSV_COLUMNS)));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(new FieldError(field, "repeats the column " + name));
            }
        }
        CSV_COLUMNS.stream().filter(column -> !columns.containsKey(column) && !OPTIONAL_COLUMNS.contains(column))
                .forEach(column -> errors.add(new FieldError(column, "column missing from the header")));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return columns;
    }

    private BatchRow csvRow(int number, Record record, Map<String, Integer> columns) {
        if (record.malformed() != null) {
            return BatchRow.invalid(number, List.of(new FieldError("row", "line " + record.line() + ": " + record.malformed())));
        }
        if (record.cells().size() != columns.size()) {
            return BatchRow.invalid(number, List.of(new FieldError("row", "line " + record.line() + " has " + record.cells().size()
                    + " cells; the header has " + columns.size())));
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> cells = new LinkedHashMap<>();
        columns.forEach((column, index) -> {
            String cell = record.cells().get(index);
            if (startsFormula(cell)) {
                errors.add(new FieldError(column, FORMULA));
            } else {
                cells.put(column, cell.strip());
            }
        });
        Participant participant = new Participant(text(cells.get("name")), text(cells.get("email")),
                code(Party.class, cells, "party", errors), code(StakeholderType.class, cells, "organisationType", errors),
                code(Sex.class, cells, "sex", errors), consent(cells, errors));
        Set<String> flagged = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        errors.addAll(check(new EnrolmentInput(participant), field -> field.replaceFirst("^participant\\.", ""), flagged));
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return errors.isEmpty() ? BatchRow.valid(number, new EnrolmentInput(participant)) : BatchRow.invalid(number, errors);
    }

    /** What the single create's Bean Validation says, plus the formula and NUL rules, for fields not yet flagged. */
    private List<FieldError> check(EnrolmentInput input, UnaryOperator<String> field, Set<String> flagged) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<EnrolmentInput> violation : validator.validate(input)) {
            errors.add(new FieldError(field.apply(violation.getPropertyPath().toString()), violation.getMessage()));
        }
        Participant participant = input.participant();
        if (participant != null) {
            if (startsFormula(participant.name())) {
                errors.add(new FieldError(field.apply("participant.name"), FORMULA));
            } else if (participant.name() != null && participant.name().indexOf('\0') >= 0) {
                errors.add(new FieldError(field.apply("participant.name"), "may not contain NUL characters"));
            }
            if (startsFormula(participant.email())) {
                errors.add(new FieldError(field.apply("participant.email"), FORMULA));
            }
        }
        errors.removeIf(error -> flagged.contains(error.field()));
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return errors;
    }

    /** A formula trigger first, also behind leading spaces (which a spreadsheet skips). */
    static boolean startsFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        String stripped = value.stripLeading();
        return FORMULA_START.indexOf(value.charAt(0)) >= 0 || (!stripped.isEmpty() && FORMULA_START.indexOf(stripped.charAt(0)) >= 0);
    }

    private static String text(String cell) {
        return cell == null || cell.isEmpty() ? null : cell;
    }

    private static <E extends Enum<E>> E code(Class<E> type, Map<String, String> cells, String column, List<FieldError> errors) {
        String cell = cells.get(column);
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, cell);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(column, "unknown value; expected one of: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    private static boolean consent(Map<String, String> cells, List<FieldError> errors) {
        String cell = cells.get("consent");
        if (cell == null) {
            return false;
        }
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false", "" -> false;
            default -> {
                errors.add(new FieldError("consent", "true or false"));
                yield false;
            }
        };
    }

    private static void requireWithinCap(int number) {
        if (number > EnrolmentBatchResult.MAX_ROWS) {
            throw new ProblemException(ProblemType.BODY_TOO_LARGE, "A batch takes at most " + EnrolmentBatchResult.MAX_ROWS
                    + " rows; nothing was applied: send the rest in another request");
        }
    }

    private static MediaType mediaType(String contentType) {
        if (contentType != null) {
            try {
                MediaType type = MediaType.valueOf(contentType);
                if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(CSV)) {
                    return type;
                }
            } catch (IllegalArgumentException e) {
                // not a media type: 415 below
            }
        }
        throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the batch as application/json or text/csv");
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, detail);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
