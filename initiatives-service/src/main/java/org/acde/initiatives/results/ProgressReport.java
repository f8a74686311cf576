package org.acde.initiatives.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.acde.contracts.initiatives.IndicatorActual;
import org.acde.contracts.reference.Party;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A submitted progress report; immutable once written. */
@Entity
public class ProgressReport extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID initiativeId;
    public String period;

    @Enumerated(EnumType.STRING)
    public Party party;

    public String narrative;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<IndicatorActual> actuals = new ArrayList<>();

    public String submittedBy;
    public Instant submittedAt;
}
