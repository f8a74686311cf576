package org.acde.contracts.capacity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A credential to check. */
@Schema(examples = "{\"credential\": \"eyJhbGciOiJFZERTQSIsImtpZCI6IlozaFhyOWJRNG1UMnZLcDhzTHcxblljNmRGYTBlSnU1b0hpRzdxUnRCek0iLCJ0eXAiOiJKV1QifQ.eyJpc3MiOiJodHRwczovL2FwaS5hY2RlLmV4YW1wbGUvYXBpL3YxL2NlcnRpZmljYXRlcy9pc3N1ZXIiLCJzdWIiOiJ1cm46dXVpZDo1ZDBjOGEzZS0yZjQxLTRiN2UtOWMxNS04ZTZhMmQ5ZjBiMzciLCJuYmYiOjE4MDAwMDAwMDB9.K9s7p76d1LMHqGoxeWJucEVOU1iDon4MnTdvmP4ken85HGfa-xp3car-3CPl5PoXMTU-V6T7nhIp7yqqp3Z86A\"}", description = "A credential to verify")
public record VerificationRequest(
        @NotNull @Size(max = 65536) @Schema(description = "The VC-JWT as issued (compact JWS)") String credential) {
}
