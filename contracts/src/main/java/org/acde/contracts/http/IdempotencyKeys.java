package org.acde.contracts.http;

import java.util.regex.Pattern;

import org.acde.contracts.problem.ProblemException;

/** The {@code Idempotency-Key} header: optional on creating POSTs, at most 255 visible ASCII characters. */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private IdempotencyKeys() {
    }

    public static String validate(String key) {
        if (key != null && !VALID.matcher(key).matches()) {
            throw ProblemException.badField(HEADER, "1 to 255 visible ASCII characters, e.g. a UUID");
        }
        return key;
    }
}
