package org.forecourt.masterdata.api.catalog;

/**
 * A model of a brand, e.g. 海豹 / Seal.
 *
 * @param id         database id (0 when new)
 * @param brandId    the brand ({@code org.forecourt.core.api.org.Brand} id)
 * @param code       the carmaker's model code, unique within the brand (trimmed, upper-cased)
 * @param nameZh     Chinese name (required)
 * @param nameEn     English name (optional)
 * @param bodyType   body style (required)
 * @param energyType drive energy (required)
 * @param active     inactive models are hidden from new work
 * @param version    optimistic-lock version (ignored when new)
 */
public record CatalogModel(long id, long brandId, String code, String nameZh, String nameEn, BodyType bodyType,
                           EnergyType energyType, boolean active, long version) {

    public static CatalogModel create(long brandId, String code, String nameZh, String nameEn, BodyType bodyType,
                                      EnergyType energyType) {
        return new CatalogModel(0, brandId, code, nameZh, nameEn, bodyType, energyType, true, 0);
    }
}
