package org.forecourt.masterdata.ui.internal.common;

import java.util.Locale;

import org.forecourt.masterdata.api.catalog.CatalogModel;
import org.forecourt.masterdata.api.catalog.Trim;

/** How catalogue entries and vehicles' makes and models are named on screen. */
public final class CatalogLabels {

    private CatalogLabels() {
    }

    /** The model's English name for English users when it has one, else its Chinese name. */
    public static String modelName(CatalogModel model, Locale locale) {
        if (model == null) {
            return "";
        }
        if (!Formats.isChinese(locale) && model.nameEn() != null && !model.nameEn().isBlank()) {
            return model.nameEn();
        }
        return model.nameZh();
    }

    /** {@code 长续航智驾版 · ¥259,800.00}. */
    public static String trimLabel(Trim trim) {
        if (trim == null) {
            return "";
        }
        String price = Formats.money(trim.listPrice());
        return price.isEmpty() ? trim.name() : trim.name() + " · " + price;
    }

    /**
     * A vehicle's make and model in one line: from the catalogue when known ({@code 比亚迪 海豹}), else the free text
     * typed for other makes ({@code Toyota Corolla}); whichever parts exist.
     */
    public static String vehicleModel(String brandName, String modelName, String makeText, String modelText) {
        String make = firstNonBlank(brandName, makeText);
        String model = firstNonBlank(modelName, modelText);
        if (make.isEmpty()) {
            return model;
        }
        if (model.isEmpty() || model.startsWith(make)) {
            return model.isEmpty() ? make : model;
        }
        return make + " " + model;
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b != null && !b.isBlank() ? b.strip() : "";
    }
}
