package org.forecourt.masterdata.impl.internal;

import java.util.function.Supplier;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.org.OrganisationService;

/** Whether an actor's scope covers a brand (to edit its catalogue). */
@FunctionalInterface
public interface BrandScope {

    boolean covers(Actor actor, long brandId);

    /**
     * Group-wide scopes cover every brand; otherwise a brand is covered when one of the actor's stores belongs to it
     * (a brand admin's scope is the brand's stores). Without the organisation service only group-wide scopes do.
     */
    static BrandScope of(Supplier<OrganisationService> organisation) {
        return (actor, brandId) -> {
            if (actor.scope().allStores()) {
                return true;
            }
            OrganisationService org = organisation.get();
            return org != null && org.stores(actor).stream()
                    .anyMatch(s -> s.brandId() == brandId && actor.scope().includes(s.id()));
        };
    }
}
