package org.acde.initiatives.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class IatiWriterTest {

    @Test
    void sharesHaveTwoDecimalsAndSumToExactly100() {
        assertThat(IatiWriter.shares(0)).isEmpty();
        assertThat(IatiWriter.shares(1)).extracting(BigDecimal::toPlainString).containsExactly("100");
        assertThat(IatiWriter.shares(3)).extracting(BigDecimal::toPlainString).containsExactly("33.34", "33.33", "33.33");
        assertThat(IatiWriter.shares(4)).extracting(BigDecimal::toPlainString).containsExactly("25", "25", "25", "25");
        for (int count = 1; count <= 12; count++) {
            assertThat(IatiWriter.shares(count).stream().reduce(BigDecimal.ZERO, BigDecimal::add)).as("%d shares", count)
                    .isEqualByComparingTo("100");
        }
    }

    @Test
    void theFormatIsTheMediaTypeOfTheUrlsExtension() {
        assertThat(IatiWriter.format("https://example.org/a/mou.PDF")).isEqualTo("application/pdf");
        assertThat(IatiWriter.format("https://example.org/a/plan.xlsx?version=2#sheet1"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(IatiWriter.format("https://example.org/a.pdf/page")).isEqualTo("text/html");
        assertThat(IatiWriter.format("https://example.org")).isEqualTo("text/html");
    }

    @Test
    void aNarrativeTakesThePrimaryLanguageOfItsTagAndEnglishWithout() {
        assertThat(IatiWriter.language("zh-Hans-CN")).isEqualTo("zh");
        assertThat(IatiWriter.language("vi")).isEqualTo("vi");
        assertThat(IatiWriter.language(null)).isEqualTo("en");
    }

    @Test
    void textKeepsWhatXmlCarriesAndReplacesTheRest() {
        String kept = "Tab\tline\nreturn\r 中文 ✓ \uD83D\uDE80 <&>\"'";
        assertThat(IatiWriter.clean(kept)).isSameAs(kept);
        assertThat(IatiWriter.clean("a\u0000b\u0007c\u001Fd\uFFFEe\uD800f\uDC00")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFD");
    }

    @Test
    void theSchemaRefusesAnActivityIatiWouldRefuse() {
        assertThatThrownBy(() -> IatiDocument.valid("<iati-activities version=\"2.03\"/>"))
                .hasMessageContaining("Not valid IATI 2.03");
        assertThatThrownBy(() -> IatiDocument.valid("""
                <iati-activities version="2.03"><iati-activity><iati-identifier>X-1</iati-identifier>
                <title><narrative>No reporting organisation</narrative></title></iati-activity></iati-activities>"""))
                .hasMessageContaining("reporting-org");
    }
}
