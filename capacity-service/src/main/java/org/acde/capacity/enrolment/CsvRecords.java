package org.acde.capacity.enrolment;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records (comma-separated, {@code "}-quoted cells with {@code ""} for a quote, CRLF or LF line ends)
 * one at a time, so a caller can count them as they come. A malformed record (text after a closing quote, a quote in
 * an unquoted cell, a quoted cell never closed) is returned as such and reading resumes at the next line: one broken
 * row costs that row only. Jackson's CSV parser, which initiatives-service uses to write CSV, stops at the first
 * malformed record, so it cannot give a batch its per-row answers. Blank lines are skipped.
 */
final class CsvRecords {

    /** A record: its cells, or why it could not be read; {@code line} is where it starts. */
    record Record(long line, List<String> cells, String malformed) {
    }

    private static final int END = -1;
    /** What {@link #quoted} answers when the input ends inside a quoted cell. */
    private static final int UNCLOSED = -2;

    private final Reader in;
    private boolean peeked;
    private int peekedChar;
    private long line = 1;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the input. */
    Record next() throws IOException {
        int c = read();
        while (c == '\r' || c == '\n') {
            endLine(c);
            c = read();
        }
        if (c == END) {
            return null;
        }
        long start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        while (true) {
            if (c == '"' && cell.isEmpty()) {
                c = quoted(cell);
                if (c == UNCLOSED) {
                    return new Record(start, null, "a quoted cell is not closed before the end of the body");
                }
                if (c != ',' && c != '\r' && c != '\n' && c != END) {
                    skipLine(c);
                    return new Record(start, null, "text after the closing quote of a cell");
                }
            } else {
                while (c != ',' && c != '\r' && c != '\n' && c != END) {
                    if (c == '"') {
                        skipLine(c);
                        return new Record(start, null, "a quote inside a cell that does not start with one");
                    }
                    cell.append((char) c);
                    c = read();
                }
            }
            cells.add(cell.toString());
            cell.setLength(0);
            if (c != ',') {
                endLine(c);
                return new Record(start, cells, null);
            }
            c = read();
        }
    }

    /**
     * Reads a quoted cell's text after its opening quote; answers the character after the closing quote, or
     * {@link #UNCLOSED}.
     */
    private int quoted(StringBuilder cell) throws IOException {
        while (true) {
            int c = read();
            if (c == END) {
                return UNCLOSED;
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    return after;
                }
            } else if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line++;
            }
            cell.append((char) c);
        }
    }

    private void skipLine(int c) throws IOException {
        while (c != '\r' && c != '\n' && c != END) {
            c = read();
        }
        endLine(c);
    }

    private void endLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        if (c != END) {
            line++;
        }
    }

    private int peek() throws IOException {
        if (!peeked) {
            peekedChar = in.read();
            peeked = true;
        }
        return peekedChar;
    }

    private int read() throws IOException {
        if (peeked) {
            peeked = false;
            return peekedChar;
        }
        return in.read();
    }
}
