package org.forecourt.masterdata.ui.internal.common;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.masterdata.api.catalog.CatalogModel;
import org.forecourt.masterdata.api.catalog.CatalogService;

/** Brand and model names for vehicle lists, looked up once per screen and kept. */
public final class CatalogNames {

    private final CatalogService catalog;
    private final Actor actor;
    private final Locale locale;
    private final Map<Long, String> brands = new HashMap<>();
    private final Map<Long, String> models = new HashMap<>();

    public CatalogNames(OrganisationService organisation, CatalogService catalog, Actor actor, Locale locale) {
        this.catalog = catalog;
        this.actor = actor;
        this.locale = locale;
        for (Brand b : organisation.brands(actor)) {
            brands.put(b.id(), b.name());
        }
    }

    public String brand(Long brandId) {
        return brandId == null ? null : brands.getOrDefault(brandId, null);
    }

    public String model(Long modelId) {
        if (modelId == null) {
            return null;
        }
        return models.computeIfAbsent(modelId, id -> {
            try {
                CatalogModel m = catalog.model(actor, id);
                return CatalogLabels.modelName(m, locale);
            } catch (ForecourtException e) {
                return "#" + id;
            }
        });
    }

    /** Make and model in one line, e.g. {@code 比亚迪 海豹} or the free text of another make. */
    public String vehicle(Long brandId, Long modelId, String makeText, String modelText) {
        return CatalogLabels.vehicleModel(brand(brandId), model(modelId), makeText, modelText);
    }
}
