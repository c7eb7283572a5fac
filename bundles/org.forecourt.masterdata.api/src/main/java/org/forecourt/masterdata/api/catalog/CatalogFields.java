package org.forecourt.masterdata.api.catalog;

/** Field names in validation errors for models and trims, and their label keys. */
public final class CatalogFields {

    public static final String BRAND_ID = "brandId";
    public static final String MODEL_ID = "modelId";
    public static final String CODE = "code";
    public static final String NAME_ZH = "nameZh";
    public static final String NAME_EN = "nameEn";
    public static final String BODY_TYPE = "bodyType";
    public static final String ENERGY_TYPE = "energyType";
    public static final String NAME = "name";
    public static final String LIST_PRICE = "listPrice";
    public static final String VALID_FROM = "validFrom";
    public static final String VALID_TO = "validTo";

    private CatalogFields() {
    }

    /** {@code masterdata.catalog.model.<field>} */
    public static String modelLabelKey(String field) {
        return "masterdata.catalog.model." + field;
    }

    /** {@code masterdata.catalog.trim.<field>} */
    public static String trimLabelKey(String field) {
        return "masterdata.catalog.trim." + field;
    }
}
