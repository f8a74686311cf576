package org.acde.initiatives.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.acde.contracts.initiatives.Baseline;
import org.acde.contracts.initiatives.IndicatorLevel;
import org.acde.contracts.initiatives.IndicatorUnit;
import org.acde.contracts.initiatives.PeriodValue;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An indicator of an initiative's results framework; its actuals come from progress reports. */
@Entity
public class Indicator extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID initiativeId;
    public String title;
    public String description;

    @Enumerated(EnumType.STRING)
    public IndicatorLevel level;

    @Enumerated(EnumType.STRING)
    public IndicatorUnit unit;

    public boolean ascending;

    @JdbcTypeCode(SqlTypes.JSON)
    public Baseline baseline;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PeriodValue> targets = new ArrayList<>();

    public Instant createdAt;

    @Version
    public long version;
}
