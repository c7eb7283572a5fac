package org.forecourt.core.api.org;

import java.util.List;
import java.util.Optional;

import org.forecourt.core.api.Actor;

/**
 * The group's brands and stores. Everyone may list what their scope covers; changing them needs
 * {@code core.org.edit}.
 */
public interface OrganisationService {

    /** The dealer group's display name. */
    String groupName();

    List<Brand> brands(Actor actor);

    /** Stores within the actor's scope. */
    List<Store> stores(Actor actor);

    Optional<Store> store(Actor actor, long storeId);

    Brand saveBrand(Actor actor, Brand brand);

    Store saveStore(Actor actor, Store store);
}
