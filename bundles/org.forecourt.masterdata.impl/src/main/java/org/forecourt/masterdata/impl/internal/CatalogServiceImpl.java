package org.forecourt.masterdata.impl.internal;

import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.masterdata.api.MasterdataEvents;
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.catalog.CatalogFields;
import org.forecourt.masterdata.api.catalog.CatalogModel;
import org.forecourt.masterdata.api.catalog.CatalogService;
import org.forecourt.masterdata.api.catalog.Trim;
import org.forecourt.masterdata.impl.internal.entity.CatalogModelEntity;
import org.forecourt.masterdata.impl.internal.entity.TrimEntity;
import org.forecourt.persistence.Jpa;

/** The model catalogue over the {@code masterdata} unit. Plain class. */
public final class CatalogServiceImpl implements CatalogService {

    public static final int MAX_CODE = 30;
    public static final int MAX_MODEL_NAME = 50;
    public static final int MAX_TRIM_NAME = 100;
    /** DECIMAL(19,2): 17 digits before the point. */
    static final BigDecimal MAX_PRICE = new BigDecimal("99999999999999999.99");

    private final Jpa jpa;
    private final EventSink events;
    private final BrandScope brands;

    public CatalogServiceImpl(Jpa jpa, EventSink events, BrandScope brands) {
        this.jpa = jpa;
        this.events = events;
        this.brands = brands;
    }

    // ---------------------------------------------------------------------------------------------------- reading

    @Override
    public List<CatalogModel> models(Actor actor, long brandId, boolean includeInactive) {
        Objects.requireNonNull(actor, "actor");
        return jpa.read(actor, em -> em.createQuery("SELECT m FROM CatalogModel m WHERE m.brandId = :b"
                        + (includeInactive ? "" : " AND m.active = TRUE") + " ORDER BY m.code", CatalogModelEntity.class)
                .setParameter("b", brandId).getResultList().stream().map(CatalogServiceImpl::toRecord).toList());
    }

    @Override
    public CatalogModel model(Actor actor, long modelId) {
        Objects.requireNonNull(actor, "actor");
        return jpa.read(actor, em -> toRecord(loadModel(em, modelId)));
    }

    @Override
    public List<Trim> trims(Actor actor, long modelId) {
        Objects.requireNonNull(actor, "actor");
        return jpa.read(actor, em -> trimsOf(em, modelId).stream().map(CatalogServiceImpl::toRecord).toList());
    }

    @Override
    public List<Trim> trimsValidOn(Actor actor, long modelId, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return trims(actor, modelId).stream().filter(t -> t.validOn(day)).toList();
    }

    @Override
    public Trim trim(Actor actor, long trimId) {
        Objects.requireNonNull(actor, "actor");
        return jpa.read(actor, em -> {
            TrimEntity t = em.find(TrimEntity.class, trimId);
            if (t == null) {
                throw new NotFoundException(Keys.ENTITY_TRIM, trimId);
            }
            return toRecord(t);
        });
    }

    private static CatalogModelEntity loadModel(EntityManager em, long modelId) {
        CatalogModelEntity m = em.find(CatalogModelEntity.class, modelId);
        if (m == null) {
            throw new NotFoundException(Keys.ENTITY_MODEL, modelId);
        }
        return m;
    }

    private static List<TrimEntity> trimsOf(EntityManager em, long modelId) {
        return em.createQuery("SELECT t FROM Trim t WHERE t.modelId = :m ORDER BY t.code, t.validFrom, t.id",
                TrimEntity.class).setParameter("m", modelId).getResultList();
    }

    // ---------------------------------------------------------------------------------------------------- writing

    private void requireBrand(Actor actor, long brandId) {
        actor.require(MasterdataPermissions.CATALOG_EDIT);
        if (!brands.covers(actor, brandId)) {
            throw new NotPermittedException(Keys.CATALOG_BRAND_NOT_PERMITTED, brandId);
        }
    }

    @Override
    public CatalogModel saveModel(Actor actor, CatalogModel model) {
        actor.require(MasterdataPermissions.CATALOG_EDIT);
        FieldErrors errors = new FieldErrors();
        String code = code(model.code(), errors);
        String nameZh = Text.clean(model.nameZh());
        if (nameZh == null) {
            errors.add(CatalogFields.NAME_ZH, Keys.REQUIRED);
        }
        errors.maxLength(CatalogFields.NAME_ZH, nameZh, MAX_MODEL_NAME);
        String nameEn = errors.maxLength(CatalogFields.NAME_EN, Text.clean(model.nameEn()), MAX_MODEL_NAME);
        if (model.bodyType() == null) {
            errors.add(CatalogFields.BODY_TYPE, Keys.REQUIRED);
        }
        if (model.energyType() == null) {
            errors.add(CatalogFields.ENERGY_TYPE, Keys.REQUIRED);
        }
        CatalogModel saved = jpa.write(actor, em -> {
            CatalogModelEntity m;
            if (model.id() == 0) {
                requireBrand(actor, model.brandId());
                m = new CatalogModelEntity(model.brandId());
            } else {
                m = loadModel(em, model.id());
                requireBrand(actor, m.getBrandId());
                if (m.getVersion() != model.version()) {
                    throw new ConflictException(Keys.ENTITY_MODEL, model.id());
                }
            }
            if (code != null) {
                boolean taken = em.createQuery("SELECT m FROM CatalogModel m WHERE m.brandId = :b AND m.code = :c",
                                CatalogModelEntity.class).setParameter("b", m.getBrandId()).setParameter("c", code)
                        .getResultStream().anyMatch(other -> !other.getId().equals(m.getId()));
                if (taken) {
                    errors.add(CatalogFields.CODE, Keys.CATALOG_CODE_TAKEN);
                }
            }
            errors.throwIfAny();
            m.setCode(code);
            m.setNameZh(nameZh);
            m.setNameEn(nameEn);
            m.setBodyType(model.bodyType());
            m.setEnergyType(model.energyType());
            m.setActive(model.active());
            if (model.id() == 0) {
                em.persist(m);
            }
            em.flush();
            return toRecord(m);
        });
        post(actor, saved.id(), saved.brandId(), saved.id());
        return saved;
    }

    @Override
    public Trim saveTrim(Actor actor, Trim trim) {
        actor.require(MasterdataPermissions.CATALOG_EDIT);
        FieldErrors errors = new FieldErrors();
        String code = code(trim.code(), errors);
        String name = Text.clean(trim.name());
        if (name == null) {
            errors.add(CatalogFields.NAME, Keys.REQUIRED);
        }
        errors.maxLength(CatalogFields.NAME, name, MAX_TRIM_NAME);
        BigDecimal price = price(trim.listPrice(), errors);
        if (trim.validFrom() != null && trim.validTo() != null && trim.validTo().isBefore(trim.validFrom())) {
            errors.add(CatalogFields.VALID_TO, Keys.CATALOG_VALID_TO_BEFORE_FROM);
        }
        SavedTrim saved = jpa.write(actor, em -> {
            TrimEntity t;
            CatalogModelEntity model;
            if (trim.id() == 0) {
                CatalogModelEntity m = em.find(CatalogModelEntity.class, trim.modelId());
                if (m == null) {
                    throw new NotFoundException(Keys.ENTITY_MODEL, trim.modelId());
                }
                model = m;
                requireBrand(actor, model.getBrandId());
                t = new TrimEntity(trim.modelId());
            } else {
                t = em.find(TrimEntity.class, trim.id());
                if (t == null) {
                    throw new NotFoundException(Keys.ENTITY_TRIM, trim.id());
                }
                model = loadModel(em, t.getModelId());
                requireBrand(actor, model.getBrandId());
                if (t.getVersion() != trim.version()) {
                    throw new ConflictException(Keys.ENTITY_TRIM, trim.id());
                }
            }
            if (code != null) {
                Trim candidate = new Trim(0, t.getModelId(), code, name, price, trim.validFrom(), trim.validTo(), 0);
                boolean overlaps = trimsOf(em, t.getModelId()).stream()
                        .filter(other -> !other.getId().equals(t.getId()) && other.getCode().equals(code))
                        .anyMatch(other -> overlap(candidate, toRecord(other)));
                if (overlaps) {
                    errors.add(CatalogFields.VALID_FROM, Keys.CATALOG_TRIM_OVERLAP);
                }
            }
            errors.throwIfAny();
            t.setCode(code);
            t.setName(name);
            t.setListPrice(price);
            t.setValidFrom(trim.validFrom());
            t.setValidTo(trim.validTo());
            if (trim.id() == 0) {
                em.persist(t);
            }
            em.flush();
            return new SavedTrim(toRecord(t), model.getBrandId());
        });
        post(actor, saved.trim.id(), saved.brandId, saved.trim.modelId());
        return saved.trim;
    }

    private record SavedTrim(Trim trim, long brandId) {
    }

    private static boolean overlap(Trim a, Trim b) {
        LocalDate aFrom = a.validFrom() == null ? LocalDate.MIN : a.validFrom();
        LocalDate aTo = a.validTo() == null ? LocalDate.MAX : a.validTo();
        LocalDate bFrom = b.validFrom() == null ? LocalDate.MIN : b.validFrom();
        LocalDate bTo = b.validTo() == null ? LocalDate.MAX : b.validTo();
        return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
    }

    private static String code(String raw, FieldErrors errors) {
        String code = Text.clean(raw);
        if (code == null) {
            errors.add(CatalogFields.CODE, Keys.REQUIRED);
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        errors.maxLength(CatalogFields.CODE, code, MAX_CODE);
        return code;
    }

    /** Yuan with at most two decimals (fen), not negative, fits DECIMAL(19,2); returned with scale 2. */
    static BigDecimal price(BigDecimal raw, FieldErrors errors) {
        if (raw == null) {
            errors.add(CatalogFields.LIST_PRICE, Keys.REQUIRED);
            return null;
        }
        if (raw.signum() < 0) {
            errors.add(CatalogFields.LIST_PRICE, Keys.CATALOG_PRICE_NEGATIVE);
            return null;
        }
        if (raw.stripTrailingZeros().scale() > 2) {
            errors.add(CatalogFields.LIST_PRICE, Keys.CATALOG_PRICE_SCALE);
            return null;
        }
        BigDecimal price = raw.setScale(2, RoundingMode.UNNECESSARY);
        if (price.compareTo(MAX_PRICE) > 0) {
            errors.add(CatalogFields.LIST_PRICE, Keys.CATALOG_PRICE_TOO_LARGE);
            return null;
        }
        return price;
    }

    private void post(Actor actor, long id, Long brandId, long modelId) {
        Map<String, Object> props = Support.event(actor, id, null);
        if (brandId != null) {
            props.put(MasterdataEvents.BRAND_ID, brandId);
        }
        props.put(MasterdataEvents.MODEL_ID, modelId);
        events.post(MasterdataEvents.CATALOG_CHANGED, props);
    }

    static CatalogModel toRecord(CatalogModelEntity m) {
        return new CatalogModel(m.getId(), m.getBrandId(), m.getCode(), m.getNameZh(), m.getNameEn(), m.getBodyType(),
                m.getEnergyType(), m.isActive(), m.getVersion());
    }

    static Trim toRecord(TrimEntity t) {
        return new Trim(t.getId(), t.getModelId(), t.getCode(), t.getName(),
                t.getListPrice() == null ? null : t.getListPrice().setScale(2, RoundingMode.UNNECESSARY),
                t.getValidFrom(), t.getValidTo(), t.getVersion());
    }
}
