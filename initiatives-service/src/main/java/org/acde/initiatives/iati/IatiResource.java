package org.acde.initiatives.iati;

import java.io.IOException;
import java.time.Clock;
import java.util.UUID;

import javax.xml.stream.XMLStreamException;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.acde.contracts.initiatives.IatiApi;
import org.acde.contracts.initiatives.InitiativeQuery;
import org.acde.contracts.paging.Page;
import org.acde.platform.persistence.Keyset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

public class IatiResource implements IatiApi {

    private final IatiExport export;
    private final IatiSettings settings;
    private final Clock clock;
    private final int slice;

    IatiResource(IatiExport export, IatiSettings settings, Clock clock,
            @ConfigProperty(name = "acde.initiatives.export-slice", defaultValue = "500") int slice) {
        this.export = export;
        this.settings = settings;
        this.clock = clock;
        this.slice = slice;
    }

    @Override
    @PermitAll
    public Response exportActivities(InitiativeQuery query) {
        Keyset.Filter filter = export.filter(query);
        StreamingOutput xml = out -> {
            try {
                IatiWriter writer = IatiWriter.start(out, settings, clock.instant());
                String cursor = null;
                do {
                    Page<IatiActivity> activities = export.slice(filter, cursor, slice);
                    for (IatiActivity activity : activities.items()) {
                        writer.write(activity);
                    }
                    writer.flush();
                    cursor = activities.nextCursor();
                } while (cursor != null);
                writer.finish();
            } catch (XMLStreamException e) {
                throw new IOException("Could not write the IATI export", e);
            }
        };
        return Response.ok(xml).header("Content-Disposition", "attachment; filename=\"iati-activities.xml\"").build();
    }

    @Override
    @PermitAll
    public Response exportActivity(UUID id) {
        IatiActivity activity = export.one(id);
        StreamingOutput xml = out -> {
            try {
                IatiWriter writer = IatiWriter.start(out, settings, clock.instant());
                writer.write(activity);
                writer.finish();
            } catch (XMLStreamException e) {
                throw new IOException("Could not write the IATI activity", e);
            }
        };
        return Response.ok(xml).build();
    }
}
