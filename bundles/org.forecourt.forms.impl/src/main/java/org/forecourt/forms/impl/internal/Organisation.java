package org.forecourt.forms.impl.internal;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.core.api.ValidationException;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.forms.api.FormOwner;
import org.forecourt.forms.api.OwnerLevel;

/**
 * Who sees and changes what, by owner: group templates are seen by every designer and changed by group-wide actors;
 * a brand's forms exist for actors whose scope includes a store of that brand (masterdata's brand scope rule); store
 * forms for actors who see the store. Without the organisation service only group-wide actors reach brand forms.
 */
public final class Organisation {

    private static final Actor LOOKUP = Actor.system("forms");

    private final Supplier<OrganisationService> service;

    public Organisation(Supplier<OrganisationService> service) {
        this.service = service;
    }

    /** The brands of the stores in the actor's scope; null = every brand (group-wide). */
    public Set<Long> brands(Actor actor) {
        if (actor.scope().allStores()) {
            return null;
        }
        OrganisationService org = service.get();
        if (org == null) {
            return Set.of();
        }
        return org.stores(actor).stream().filter(s -> actor.scope().includes(s.id())).map(Store::brandId)
                .collect(Collectors.toSet());
    }

    public boolean coversBrand(Actor actor, long brandId) {
        Set<Long> brands = brands(actor);
        return brands == null || brands.contains(brandId);
    }

    public boolean canSee(Actor actor, FormOwner owner) {
        return switch (owner.level()) {
            case GROUP -> true;
            case BRAND -> coversBrand(actor, owner.brandId());
            case STORE -> actor.scope().includes(owner.storeId());
        };
    }

    public boolean canChange(Actor actor, FormOwner owner) {
        return owner.level() == OwnerLevel.GROUP ? actor.scope().allStores()
                : canSee(actor, owner);
    }

    /** @throws NotPermittedException when the actor may not change forms or bindings of the owner */
    public void requireChange(Actor actor, FormOwner owner) {
        if (!canChange(actor, owner)) {
            throw new NotPermittedException(Keys.FORM_OWNER_NOT_PERMITTED, describe(owner));
        }
    }

    /** The store (looked up for the platform, whatever the actor's scope), if the organisation knows it. */
    public Optional<Store> store(long storeId) {
        OrganisationService org = service.get();
        return org == null ? Optional.empty() : org.store(LOOKUP, storeId);
    }

    /** The brand of a store, or null when unknown. */
    public Long brandOf(long storeId) {
        return store(storeId).map(Store::brandId).orElse(null);
    }

    /**
     * The owner as given, checked: a brand owner names its brand, a store owner its store (its brand is filled from
     * the organisation when known, and must match when given).
     */
    public FormOwner normalize(FormOwner owner) {
        if (owner == null || owner.level() == null) {
            throw ValidationException.of("owner", Keys.FORM_OWNER_INVALID, "?");
        }
        return switch (owner.level()) {
            case GROUP -> FormOwner.group();
            case BRAND -> {
                if (owner.brandId() == null) {
                    throw ValidationException.of("owner", Keys.FORM_OWNER_INVALID,
                            describe(owner));
                }
                yield FormOwner.brand(owner.brandId());
            }
            case STORE -> {
                if (owner.storeId() == null) {
                    throw ValidationException.of("owner", Keys.FORM_OWNER_INVALID,
                            describe(owner));
                }
                Long brand = brandOf(owner.storeId());
                if (brand == null) {
                    brand = owner.brandId();
                }
                if (brand == null || owner.brandId() != null && !owner.brandId().equals(brand)) {
                    throw ValidationException.of("owner", Keys.FORM_OWNER_INVALID,
                            describe(owner));
                }
                yield FormOwner.store(brand, owner.storeId());
            }
        };
    }

    public static String describe(FormOwner owner) {
        return switch (owner.level()) {
            case GROUP -> "group";
            case BRAND -> "brand " + owner.brandId();
            case STORE -> "store " + owner.storeId();
        };
    }

    /** Whether a form of {@code form} may be used by {@code user}: the same owner or a level above that covers it. */
    public static boolean covers(FormOwner form, FormOwner user) {
        return switch (form.level()) {
            case GROUP -> true;
            case BRAND -> user.level() != OwnerLevel.GROUP
                    && form.brandId().equals(user.brandId());
            case STORE -> user.level() == OwnerLevel.STORE
                    && form.storeId().equals(user.storeId());
        };
    }
}
