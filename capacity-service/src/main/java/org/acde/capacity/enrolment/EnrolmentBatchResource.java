package org.acde.capacity.enrolment;

import java.io.InputStream;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.capacity.EnrolmentBatchResult;
import org.acde.contracts.capacity.EnrolmentBatchesApi;
import org.acde.contracts.security.Role;
import org.acde.platform.idempotency.Idempotency;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Bulk enrolment for agencies' back-ends and the secretariat (partners enrol one at a time). A sub-resource of the
 * cohort, {@code /api/v1/cohorts/{cohortId}/enrolment-batches}, rather than {@code POST /api/v1/enrolments:batch}: the
 * rows are the single create's bodies, which name no cohort, and every other path of the API is a noun (no custom
 * {@code :method} anywhere). The body is read and
 * every row checked before the transaction starts, so a batch over the cap is refused before anything is applied and
 * no connection waits on a slow upload.
 */
public class EnrolmentBatchResource implements EnrolmentBatchesApi {

    private final EnrolmentBatchReader reader;
    private final EnrolmentBatchService service;
    private final Idempotency idempotency;

    EnrolmentBatchResource(EnrolmentBatchReader reader, EnrolmentBatchService service, Idempotency idempotency) {
        this.reader = reader;
        this.service = service;
        this.idempotency = idempotency;
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public RestResponse<EnrolmentBatchResult> enrolAll(UUID cohortId, String idempotencyKey, String contentType, InputStream body) {
        String path = "/api/v1/cohorts/" + cohortId + "/enrolment-batches";
        EnrolmentBatch batch = reader.read(contentType, body);
        return RestResponse.ok(idempotency.perform(idempotencyKey, "POST " + path, batch.identity(), EnrolmentBatchResult.class,
                () -> service.enrol(cohortId, batch, path)));
    }
}
