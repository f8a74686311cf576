package org.acde.contracts.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The contracts write {@code @NotBlank} as an anchored pattern; it must accept exactly what Hibernate Validator's
 * {@code @NotBlank} accepts ({@link String#isBlank()} is false), for every character of the Basic Multilingual Plane,
 * alone and between whitespace. The pattern uses only syntax that reads the same in ECMA-262 and Java.
 */
class NotBlankPatternTest {

    private static final Pattern NOT_BLANK = Pattern.compile(ContractConventions.NOT_BLANK_ANCHORED);

    @Test
    void acceptsExactlyWhatNotBlankAccepts() {
        assertThat(NOT_BLANK.matcher("").matches()).isFalse();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            for (String value : new String[] { String.valueOf((char) c), " \t" + (char) c + "\n", "x" + (char) c }) {
                assertThat(NOT_BLANK.matcher(value).matches()).as("U+%04X in %s", c, value.length()).isEqualTo(!value.isBlank());
            }
        }
    }
}
