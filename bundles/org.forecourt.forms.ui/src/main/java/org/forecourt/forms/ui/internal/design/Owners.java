package org.forecourt.forms.ui.internal.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.forms.api.FormOwner;
import org.forecourt.forms.api.FormsPermissions;
import org.forecourt.forms.api.OwnerLevel;

/**
 * The owners a user works with: the group (group-wide users only), the brands of their stores and their stores,
 * read once per screen. The services enforce who may do what; this only keeps the screens from offering what would
 * be refused.
 */
public final class Owners {

    private final Actor actor;
    private final Map<Long, Brand> brands = new LinkedHashMap<>();
    private final Map<Long, Store> stores = new LinkedHashMap<>();

    public Owners(OrganisationService organisation, Actor actor) {
        this.actor = actor;
        organisation.brands(actor).forEach(b -> brands.put(b.id(), b));
        organisation.stores(actor).forEach(s -> stores.put(s.id(), s));
    }

    public boolean groupWide() {
        return actor.scope().allStores();
    }

    public List<Brand> brands() {
        return List.copyOf(brands.values());
    }

    public List<Store> stores() {
        return List.copyOf(stores.values());
    }

    public List<Store> stores(long brandId) {
        return stores.values().stream().filter(s -> s.brandId() == brandId).toList();
    }

    /** Where the user may create forms: the group (group-wide users), then each brand. */
    public List<FormOwner> creatable() {
        List<FormOwner> out = new ArrayList<>();
        if (!actor.has(FormsPermissions.DESIGN_EDIT)) {
            return out;
        }
        if (groupWide()) {
            out.add(FormOwner.group());
        }
        brands.keySet().forEach(id -> out.add(FormOwner.brand(id)));
        return out;
    }

    /** Where the user may bind forms: the group (group-wide users), each brand, each store. */
    public List<FormOwner> bindable() {
        List<FormOwner> out = new ArrayList<>();
        if (!actor.has(FormsPermissions.BIND)) {
            return out;
        }
        if (groupWide()) {
            out.add(FormOwner.group());
        }
        brands.keySet().forEach(id -> out.add(FormOwner.brand(id)));
        stores.values().forEach(s -> out.add(FormOwner.store(s.brandId(), s.id())));
        return out;
    }

    /** Whether the user may change forms of this owner (group templates: group-wide users only). */
    public boolean canEdit(FormOwner owner) {
        if (!actor.has(FormsPermissions.DESIGN_EDIT) || owner == null) {
            return false;
        }
        return switch (owner.level()) {
            case GROUP -> groupWide();
            case BRAND -> groupWide() || brands.containsKey(owner.brandId());
            case STORE -> groupWide() || stores.containsKey(owner.storeId());
        };
    }

    /** "Group template", the brand's name, or "brand · store". */
    public String name(FormOwner owner) {
        if (owner == null) {
            return "";
        }
        if (owner.level() == OwnerLevel.GROUP) {
            return Texts.t("forms.design.owner.group");
        }
        Brand b = owner.brandId() == null ? null : brands.get(owner.brandId());
        String brand = b == null ? "#" + owner.brandId() : b.name();
        if (owner.level() == OwnerLevel.BRAND) {
            return brand;
        }
        Store s = stores.get(owner.storeId());
        return brand + " · " + (s == null ? "#" + owner.storeId() : s.name());
    }

    /**
     * Whether a form of {@code formOwner} can be bound at {@code at}: the same owner, or one above it (the group's
     * templates anywhere, a brand's forms at its stores).
     */
    public static boolean bindableAt(FormOwner formOwner, FormOwner at) {
        return switch (formOwner.level()) {
            case GROUP -> true;
            case BRAND -> at.level() != OwnerLevel.GROUP && formOwner.brandId().equals(at.brandId());
            case STORE -> at.level() == OwnerLevel.STORE && formOwner.storeId().equals(at.storeId());
        };
    }
}
