package org.forecourt.core.impl.internal.org;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.core.api.Scope;
import org.forecourt.core.api.ValidationException;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.impl.internal.db.BrandEntity;
import org.forecourt.core.impl.internal.db.StoreEntity;
import org.forecourt.core.impl.internal.perm.CorePermissions;
import org.forecourt.persistence.Jpa;

/**
 * Brands and stores. Everyone lists what their scope covers; changes need {@code core.org.edit}, brands and new
 * stores also a group-wide scope.
 */
public class OrganisationServiceImpl implements OrganisationService {

    static final Pattern BRAND_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");
    static final Pattern STORE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");
    static final int NAME_MAX = 100;

    private final Jpa jpa;
    private final String groupName;
    private final ZoneId defaultZone;

    public OrganisationServiceImpl(Jpa jpa, String groupName, ZoneId defaultZone) {
        this.jpa = jpa;
        this.groupName = groupName;
        this.defaultZone = defaultZone;
    }

    @Override
    public String groupName() {
        return groupName;
    }

    @Override
    public List<Brand> brands(Actor actor) {
        Scope scope = actor.scope();
        return jpa.read(actor, em -> {
            if (scope.allStores()) {
                return em.createQuery("SELECT b FROM Brand b ORDER BY b.code", BrandEntity.class).getResultList()
                        .stream().map(BrandEntity::toRecord).toList();
            }
            if (scope.storeIds().isEmpty()) {
                return List.<Brand>of();
            }
            return em.createQuery("SELECT b FROM Brand b WHERE b.id IN "
                            + "(SELECT s.brandId FROM Store s WHERE s.id IN :stores) ORDER BY b.code", BrandEntity.class)
                    .setParameter("stores", scope.storeIds()).getResultList()
                    .stream().map(BrandEntity::toRecord).toList();
        });
    }

    @Override
    public List<Store> stores(Actor actor) {
        Scope scope = actor.scope();
        return jpa.read(actor, em -> {
            if (scope.allStores()) {
                return em.createQuery("SELECT s FROM Store s ORDER BY s.code", StoreEntity.class).getResultList()
                        .stream().map(StoreEntity::toRecord).toList();
            }
            if (scope.storeIds().isEmpty()) {
                return List.<Store>of();
            }
            return em.createQuery("SELECT s FROM Store s WHERE s.id IN :stores ORDER BY s.code", StoreEntity.class)
                    .setParameter("stores", scope.storeIds()).getResultList()
                    .stream().map(StoreEntity::toRecord).toList();
        });
    }

    @Override
    public Optional<Store> store(Actor actor, long storeId) {
        if (!actor.scope().includes(storeId)) {
            return Optional.empty();
        }
        return jpa.read(actor, em -> Optional.ofNullable(em.find(StoreEntity.class, storeId)).map(StoreEntity::toRecord));
    }

    @Override
    public Brand saveBrand(Actor actor, Brand brand) {
        actor.require(CorePermissions.ORG_EDIT);
        requireGroupScope(actor);
        String code = upper(brand.code());
        String name = trim(brand.name());
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !BRAND_CODE.matcher(code).matches()) {
            errors.add(FieldError.of("code", "core.brand.code.invalid"));
        }
        checkName(errors, name);
        return jpa.write(actor, em -> {
            if (code != null && !em.createQuery("SELECT b.id FROM Brand b WHERE b.code = :code AND b.id <> :id",
                    Long.class).setParameter("code", code).setParameter("id", brand.id()).getResultList().isEmpty()) {
                errors.add(FieldError.of("code", "core.brand.code.taken", code));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            BrandEntity entity;
            if (brand.id() == 0) {
                entity = new BrandEntity();
                em.persist(entity);
            } else {
                entity = em.find(BrandEntity.class, brand.id());
                if (entity == null) {
                    throw new NotFoundException("brand", brand.id());
                }
                if (entity.getVersion() != brand.version()) {
                    throw new ConflictException("brand", brand.id());
                }
            }
            entity.setCode(code);
            entity.setName(name);
            entity.setActive(brand.active());
            em.flush();
            return entity.toRecord();
        });
    }

    @Override
    public Store saveStore(Actor actor, Store store) {
        actor.require(CorePermissions.ORG_EDIT);
        if (store.id() == 0) {
            requireGroupScope(actor);
        } else {
            actor.scope().requireStore(store.id());
        }
        String code = upper(store.code());
        String name = trim(store.name());
        String city = trim(store.city());
        String zone = trim(store.zoneId());
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !STORE_CODE.matcher(code).matches()) {
            errors.add(FieldError.of("code", "core.store.code.invalid"));
        }
        checkName(errors, name);
        if (city != null && city.length() > NAME_MAX) {
            errors.add(FieldError.of("city", "core.field.tooLong", NAME_MAX));
        }
        if (zone == null) {
            zone = defaultZone.getId();
        } else {
            try {
                zone = ZoneId.of(zone).getId();
            } catch (DateTimeException e) {
                errors.add(FieldError.of("zoneId", "core.store.zone.invalid", zone));
            }
        }
        String zoneId = zone;
        return jpa.write(actor, em -> {
            if (em.find(BrandEntity.class, store.brandId()) == null) {
                errors.add(FieldError.of("brandId", "core.store.brand.unknown"));
            }
            if (code != null && codeTaken(em, code, store.id())) {
                errors.add(FieldError.of("code", "core.store.code.taken", code));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            StoreEntity entity;
            if (store.id() == 0) {
                entity = new StoreEntity();
                em.persist(entity);
            } else {
                entity = em.find(StoreEntity.class, store.id());
                if (entity == null) {
                    throw new NotFoundException("store", store.id());
                }
                if (entity.getVersion() != store.version()) {
                    throw new ConflictException("store", store.id());
                }
            }
            entity.setBrandId(store.brandId());
            entity.setCode(code);
            entity.setName(name);
            entity.setCity(city);
            entity.setZoneId(zoneId);
            entity.setActive(store.active());
            em.flush();
            return entity.toRecord();
        });
    }

    private static boolean codeTaken(EntityManager em, String code, long id) {
        return !em.createQuery("SELECT s.id FROM Store s WHERE s.code = :code AND s.id <> :id", Long.class)
                .setParameter("code", code).setParameter("id", id).getResultList().isEmpty();
    }

    private static void requireGroupScope(Actor actor) {
        if (!actor.scope().allStores()) {
            throw new NotPermittedException("core.org.groupOnly");
        }
    }

    private static void checkName(List<FieldError> errors, String name) {
        if (name == null) {
            errors.add(FieldError.of("name", "core.field.required"));
        } else if (name.length() > NAME_MAX) {
            errors.add(FieldError.of("name", "core.field.tooLong", NAME_MAX));
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String upper(String s) {
        String t = trim(s);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }
}
