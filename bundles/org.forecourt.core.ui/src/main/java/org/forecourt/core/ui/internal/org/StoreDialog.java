package org.forecourt.core.ui.internal.org;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.ui.internal.common.Feedback;
import org.forecourt.core.ui.internal.common.FormDialog;
import org.forecourt.ui.api.Ui;

/** Creates or edits a store: brand, code, name, city, time zone, active. */
class StoreDialog extends FormDialog {

    private static final long serialVersionUID = 1L;

    /** The binder's bean. */
    static final class Form {
        long id;
        long version;
        Brand brand;
        String code = "";
        String name = "";
        String city = "";
        String zoneId = TimeZones.DEFAULT;
        boolean active = true;

        static Form of(Store s, List<Brand> brands, Brand preselected) {
            Form f = new Form();
            if (s == null) {
                f.brand = preselected;
                return f;
            }
            f.id = s.id();
            f.version = s.version();
            f.brand = brands.stream().filter(b -> b.id() == s.brandId()).findFirst().orElse(null);
            f.code = s.code();
            f.name = s.name();
            f.city = s.city() == null ? "" : s.city();
            f.zoneId = s.zoneId() == null ? TimeZones.DEFAULT : s.zoneId();
            f.active = s.active();
            return f;
        }

        Store toStore() {
            return new Store(id, brand == null ? 0 : brand.id(), code.strip(), name.strip(),
                    city.isBlank() ? null : city.strip(), zoneId, active, version);
        }
    }

    /**
     * @param brands      brands to choose from
     * @param preselected the brand a new store gets, or null
     */
    StoreDialog(OrganisationService organisation, Actor actor, Store store, List<Brand> brands, Brand preselected,
                Consumer<Store> onSaved, Runnable onReload) {
        super("store", store == null ? Ui.t("coreui.org.store.new") : Ui.t("coreui.org.store.edit", store.name()),
                Ui.t("coreui.save"));
        setWidth("min(36rem, 96vw)");
        Form form = Form.of(store, brands, preselected);

        ComboBox<Brand> brand = new ComboBox<>(Ui.t("coreui.org.brand"));
        brand.setId("store-brand");
        brand.setItems(store == null ? brands.stream().filter(Brand::active).toList() : brands);
        brand.setItemLabelGenerator(b -> b.name() + " (" + b.code() + ")");
        TextField code = new TextField(Ui.t("coreui.org.code"));
        code.setId("store-code");
        code.setHelperText(Ui.t("coreui.org.store.code.hint"));
        code.setMaxLength(32);
        TextField name = new TextField(Ui.t("coreui.org.name"));
        name.setId("store-name");
        name.setMaxLength(100);
        TextField city = new TextField(Ui.t("coreui.org.city"));
        city.setId("store-city");
        city.setMaxLength(100);
        ComboBox<String> zone = new ComboBox<>(Ui.t("coreui.org.zone"));
        zone.setId("store-zone");
        zone.setItems(TimeZones.ids());
        zone.setHelperText(Ui.t("coreui.org.zone.hint"));
        Checkbox active = new Checkbox(Ui.t("coreui.org.active"));
        active.setId("store-active");

        Binder<Form> binder = new Binder<>();
        binder.forField(brand).asRequired(Ui.t("coreui.required")).bind(f -> f.brand, (f, v) -> f.brand = v);
        binder.forField(code).asRequired(Ui.t("coreui.required")).bind(f -> f.code, (f, v) -> f.code = v);
        binder.forField(name).asRequired(Ui.t("coreui.required")).bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(city).bind(f -> f.city, (f, v) -> f.city = v == null ? "" : v);
        binder.forField(zone).asRequired(Ui.t("coreui.required")).bind(f -> f.zoneId, (f, v) -> f.zoneId = v);
        binder.forField(active).bind(f -> f.active, (f, v) -> f.active = v);
        binder.readBean(form);

        FormLayout layout = new FormLayout(brand, code, name, city, zone, active);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        content(layout);

        Map<String, HasValidation> fields = Map.of("brandId", brand, "code", code, "name", name, "city", city,
                "zoneId", zone);
        onSave(() -> {
            if (!binder.writeBeanIfValid(form)) {
                return false;
            }
            Store[] saved = new Store[1];
            boolean ok = Feedback.attempt(() -> saved[0] = organisation.saveStore(actor, form.toStore()), fields, () -> {
                close();
                onReload.run();
            });
            if (ok) {
                onSaved.accept(saved[0]);
            }
            return ok;
        });
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                if (form.brand == null) {
                    brand.focus();
                } else {
                    code.focus();
                }
            }
        });
    }
}
