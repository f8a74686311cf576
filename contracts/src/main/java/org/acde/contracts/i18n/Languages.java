package org.acde.contracts.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The languages the platform answers in and the choice among them for a request (RFC 9110 {@code Accept-Language}
 * with RFC 4647 lookup). English is the default; every other language is there because its bundle
 * {@code org/acde/contracts/i18n/labels_<code>.properties} is on the classpath, so a translator adds a language by
 * adding that one file.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "org.acde.contracts.i18n.labels";
    /** Longer headers are not parsed: no browser sends one, and parsing cost should not be the caller's to choose. */
    public static final int MAX_HEADER_LENGTH = 1024;
    private static final List<Locale> SUPPORTED = discover();

    private Languages() {
    }

    /** English first, then the other languages with a bundle, by code. */
    public static List<Locale> supported() {
        return SUPPORTED;
    }

    /**
     * The best supported language for an {@code Accept-Language} value: q-values and language ranges as RFC 4647
     * lookup treats them ({@code zh-Hans-CN} → {@code zh}); English when nothing matches, when the header is absent,
     * malformed or too long. Never fails: a bad header is no reason to refuse a request.
     */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > MAX_HEADER_LENGTH) {
            return ENGLISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return chosen == null ? ENGLISH : chosen;
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
    }

    /** Every language code Java knows is a candidate; one with a bundle file is supported. */
    private static List<Locale> discover() {
        Set<String> candidates = new TreeSet<>(List.of(Locale.getISOLanguages()));
        for (Locale locale : Locale.getAvailableLocales()) {
            if (!locale.getLanguage().isEmpty()) {
                candidates.add(locale.getLanguage());
            }
        }
        ClassLoader loader = Languages.class.getClassLoader();
        String path = BUNDLE.replace('.', '/') + "_";
        List<Locale> supported = new ArrayList<>();
        supported.add(ENGLISH);
        for (String code : candidates) {
            if (!code.equals(ENGLISH.getLanguage()) && loader.getResource(path + code + ".properties") != null) {
                supported.add(Locale.forLanguageTag(code));
            }
        }
        return List.copyOf(supported);
    }
}
