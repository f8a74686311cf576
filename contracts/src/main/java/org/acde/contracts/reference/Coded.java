package org.acde.contracts.reference;

import java.util.Locale;

import org.acde.contracts.i18n.Labels;

/**
 * Reference data with a stable code (what the API exchanges) and a label (what people read), from the label bundles
 * under the key {@code <EnumName>.<CODE>}.
 */
public interface Coded {

    String code();

    /** The English label. */
    default String label() {
        return label(Locale.ENGLISH);
    }

    default String label(Locale language) {
        return Labels.get(labelKey(), language);
    }

    default String labelKey() {
        return ((Enum<?>) this).getDeclaringClass().getSimpleName() + "." + code();
    }
}
