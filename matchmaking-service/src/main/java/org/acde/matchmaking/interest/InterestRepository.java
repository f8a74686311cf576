package org.acde.matchmaking.interest;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.matchmaking.InterestStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InterestRepository implements PanacheRepositoryBase<Interest, UUID> {

    long pending(UUID enterpriseId) {
        return count("enterpriseId = ?1 and status = ?2", enterpriseId, InterestStatus.SUBMITTED);
    }

    boolean pending(UUID opportunityId, UUID enterpriseId) {
        return count("opportunityId = ?1 and enterpriseId = ?2 and status = ?3", opportunityId, enterpriseId,
                InterestStatus.SUBMITTED) > 0;
    }
}
