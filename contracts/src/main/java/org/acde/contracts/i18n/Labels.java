package org.acde.contracts.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every label the API returns, from the bundles {@code org/acde/contracts/i18n/labels*.properties} (UTF-8):
 * {@code labels.properties} is English and has every key; {@code labels_<code>.properties} translates them. Keys are
 * {@code <EnumName>.<CODE>} for reference data, {@code problem.<slug>} for problem titles, {@code csv.<export>.<column>}
 * for CSV headers.
 */
public final class Labels {

    /** Without fallback to the JVM's default locale: a server in Beijing still answers English by default. */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<Locale, ResourceBundle> BUNDLES = Languages.supported().stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), Labels::load));

    private Labels() {
    }

    /** The label of {@code key} in {@code language}, in English where the language is not supported. */
    public static String get(String key, Locale language) {
        return BUNDLES.getOrDefault(language, BUNDLES.get(Languages.ENGLISH)).getString(key);
    }

    static ResourceBundle load(Locale language) {
        return ResourceBundle.getBundle(Languages.BUNDLE, language, Labels.class.getClassLoader(), NO_DEFAULT_LOCALE);
    }
}
