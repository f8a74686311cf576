package org.acde.contracts.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static final Locale CHINESE = Locale.forLanguageTag("zh");

    @Test
    void englishAndEveryBundledLanguageAreSupported() {
        assertEquals(List.of(Locale.ENGLISH, CHINESE), Languages.supported());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zh | zh",
            "zh-CN | zh",
            "zh-Hans-CN | zh",
            "ZH-hans | zh",
            "en | en",
            "en-GB | en",
            "en;q=0.5, zh;q=0.9 | zh",
            "zh-CN,zh;q=0.9,en;q=0.8 | zh",
            "en, zh | en",
            "de, zh-TW;q=0.1 | zh",
            "zh;q=0, en | en",
            "en;q=0, zh | zh",
            "zh;q=0 | en",
            "fr, * | en",
            "* | en",
            "fr-CA, fr;q=0.8 | en",
    })
    void negotiatesByRfc4647Lookup(String header, String expected) {
        assertEquals(Locale.forLanguageTag(expected), Languages.negotiate(header));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { " ", "garbage;;;", "zh;q=2", "zh;q=abc", "été", ";", ",,,", "zh-", "-zh", "q=0.5",
            "zh\u0000", "<script>alert(1)</script>", "zh;q=0.5;q=0.6", "zh-CN;level=1" })
    void malformedHeadersMeanEnglish(String header) {
        assertEquals(Locale.ENGLISH, Languages.negotiate(header));
    }

    @Test
    void overlongHeadersMeanEnglishEvenWhenTheyWouldMatch() {
        String huge = "zh, " + "en;q=0.1, ".repeat(200);
        assertEquals(Locale.ENGLISH, Languages.negotiate(huge));
        assertEquals(CHINESE, Languages.negotiate("zh, en;q=0.1"));
    }
}
