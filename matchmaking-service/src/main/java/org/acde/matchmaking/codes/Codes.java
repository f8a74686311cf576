package org.acde.matchmaking.codes;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Vocabulary codes between the API's enum lists and the text[] columns that store them. */
public final class Codes {

    private Codes() {
    }

    public static String[] of(List<? extends Enum<?>> values) {
        return values == null ? new String[0] : values.stream().map(Enum::name).toArray(String[]::new);
    }

    public static <E extends Enum<E>> List<E> list(String[] codes, Function<String, E> parse) {
        return codes == null ? List.of() : Arrays.stream(codes).map(parse).toList();
    }

    public static List<String> strings(String[] values) {
        return values == null ? List.of() : List.of(values);
    }
}
