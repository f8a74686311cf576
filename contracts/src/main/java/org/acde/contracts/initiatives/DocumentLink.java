package org.acde.contracts.initiatives;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.acde.contracts.validation.HttpUrl;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document about an initiative. The URL is stored and shown; the platform never fetches it. */
@Schema(description = "A linked document; the URL is never fetched by the platform")
public record DocumentLink(
        @NotBlank @Size(max = 200) String title,
        @NotNull @HttpUrl @Schema(format = "uri", maxLength = 2000, examples = "https://asean.org/wp-content/uploads/acde-mou.pdf") String url,
        @NotNull DocumentCategory category) {
}
