package org.acde.contracts.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.acde.contracts.problem.ProblemType;
import org.acde.contracts.reference.Coded;
import org.junit.jupiter.api.Test;

/** What a translator's file must satisfy: the English keys, no more, no fewer, none blank, valid UTF-8. */
class LabelBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/acde/contracts/i18n");
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void everyTranslationHasExactlyTheEnglishKeys() throws IOException {
        Set<String> english = keys(read(BUNDLES.resolve("labels.properties")));
        List<Path> translations = translations();
        assertFalse(translations.isEmpty());
        for (Path translation : translations) {
            Set<String> keys = keys(read(translation));
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(english);
            assertEquals(Set.of(), missing, translation + " lacks keys");
            assertEquals(Set.of(), extra, translation + " has keys English does not");
        }
    }

    @Test
    void noLabelIsBlank() throws IOException {
        List<Path> all = new ArrayList<>(translations());
        all.add(BUNDLES.resolve("labels.properties"));
        for (Path bundle : all) {
            Properties labels = read(bundle);
            for (String key : labels.stringPropertyNames()) {
                assertFalse(labels.getProperty(key).isBlank(), bundle + ": " + key);
            }
        }
    }

    @Test
    void theSupportedLanguagesAreEnglishAndTheBundlesPresent() throws IOException {
        List<Locale> expected = new ArrayList<>(List.of(Locale.ENGLISH));
        translations().stream().map(path -> path.getFileName().toString().replaceAll("^labels_|\\.properties$", ""))
                .sorted().map(Locale::forLanguageTag).forEach(expected::add);
        assertEquals(expected, Languages.supported());
    }

    @Test
    void everyCodeAndProblemTypeHasALabelInEveryLanguage() throws IOException {
        Set<String> english = keys(read(BUNDLES.resolve("labels.properties")));
        List<Class<?>> coded = codedEnums();
        assertTrue(coded.size() >= 13, "found " + coded);
        Set<String> needed = new TreeSet<>();
        for (Class<?> type : coded) {
            for (Object constant : type.getEnumConstants()) {
                needed.add(((Coded) constant).labelKey());
            }
        }
        for (ProblemType type : ProblemType.values()) {
            needed.add("problem." + type.uri().toString().substring("urn:acde:problem:".length()));
        }
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(english);
        assertEquals(Set.of(), missing);
        for (Locale language : Languages.supported()) {
            for (Class<?> type : coded) {
                for (Object constant : type.getEnumConstants()) {
                    assertFalse(((Coded) constant).label(language).isBlank());
                }
            }
        }
    }

    @Test
    void keysOfAnEnumNameOnlyItsConstants() throws IOException {
        Set<String> english = keys(read(BUNDLES.resolve("labels.properties")));
        for (Class<?> type : codedEnums()) {
            String prefix = type.getSimpleName() + ".";
            Set<String> constants = new TreeSet<>();
            for (Object constant : type.getEnumConstants()) {
                constants.add(((Coded) constant).labelKey());
            }
            Set<String> named = new TreeSet<>(english.stream().filter(key -> key.startsWith(prefix)).toList());
            assertEquals(constants, named, type.getName());
        }
    }

    @Test
    void translationsAreUsed() {
        assertEquals("Strengthen policy exchange and strategic matchmaking", org.acde.contracts.reference.Measure.I.label());
        assertEquals("加强政策交流和战略对接", org.acde.contracts.reference.Measure.I.label(Locale.forLanguageTag("zh")));
        assertEquals("越南", org.acde.contracts.reference.Party.VN.label(Locale.forLanguageTag("zh")));
        assertEquals("Viet Nam", org.acde.contracts.reference.Party.VN.label(Locale.forLanguageTag("fr")));
        assertEquals("请求校验失败", ProblemType.VALIDATION.title(Locale.forLanguageTag("zh")));
        assertEquals("Request validation failed", ProblemType.VALIDATION.title());
    }

    private static List<Path> translations() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(path -> path.getFileName().toString().matches("labels_.+\\.properties")).sorted().toList();
        }
    }

    /** Strict UTF-8: a file saved in another encoding fails here instead of showing mojibake to users. */
    private static Properties read(Path bundle) throws IOException {
        Properties labels = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(bundle), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            labels.load(reader);
        }
        return labels;
    }

    private static Set<String> keys(Properties labels) {
        return new TreeSet<>(labels.stringPropertyNames());
    }

    private static List<Class<?>> codedEnums() throws IOException {
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class") && !path.toString().contains("$")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, LabelBundlesTest.class.getClassLoader());
                    if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
                        found.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException(name, e);
                }
            }
        }
        return found;
    }
}
