package org.acde.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

/** The answers of a creation and of a single-resource read carry the version they were made at as the ETag. */
class CreatedAndVersionedTest {

    @Test
    void aCreationIs201WithItsLocationAndETag() {
        RestResponse<String> response = new Created<>(URI.create("/api/v1/notes/1"), 3, "the note").toResponse();

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getLocation()).isEqualTo(URI.create("/api/v1/notes/1"));
        assertThat(response.getHeaderString("ETag")).isEqualTo("\"3\"");
        assertThat(response.getEntity()).isEqualTo("the note");
    }

    @Test
    void aVersionedReadIs200WithItsETag() {
        RestResponse<String> response = new Versioned<>("the note", 7).toResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString("ETag")).isEqualTo("\"7\"");
        assertThat(response.getEntity()).isEqualTo("the note");
    }
}
