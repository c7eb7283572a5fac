package org.forecourt.core.ui.internal.org;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.ui.internal.common.Feedback;
import org.forecourt.core.ui.internal.common.FormDialog;
import org.forecourt.ui.api.Ui;

/** Creates or edits a brand: code, name, active. */
class BrandDialog extends FormDialog {

    private static final long serialVersionUID = 1L;

    /** The binder's bean. */
    static final class Form {
        long id;
        long version;
        String code = "";
        String name = "";
        boolean active = true;

        static Form of(Brand b) {
            Form f = new Form();
            if (b != null) {
                f.id = b.id();
                f.version = b.version();
                f.code = b.code();
                f.name = b.name();
                f.active = b.active();
            }
            return f;
        }

        Brand toBrand() {
            return new Brand(id, code.strip(), name.strip(), active, version);
        }
    }

    BrandDialog(OrganisationService organisation, Actor actor, Brand brand, Consumer<Brand> onSaved,
                Runnable onReload) {
        super("brand", brand == null ? Ui.t("coreui.org.brand.new") : Ui.t("coreui.org.brand.edit", brand.name()),
                Ui.t("coreui.save"));
        setWidth("min(30rem, 96vw)");
        Form form = Form.of(brand);
        TextField code = new TextField(Ui.t("coreui.org.code"));
        code.setId("brand-code");
        code.setHelperText(Ui.t("coreui.org.brand.code.hint"));
        code.setMaxLength(20);
        TextField name = new TextField(Ui.t("coreui.org.name"));
        name.setId("brand-name");
        name.setMaxLength(100);
        Checkbox active = new Checkbox(Ui.t("coreui.org.active"));
        active.setId("brand-active");

        Binder<Form> binder = new Binder<>();
        binder.forField(code).asRequired(Ui.t("coreui.required")).bind(f -> f.code, (f, v) -> f.code = v);
        binder.forField(name).asRequired(Ui.t("coreui.required")).bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(active).bind(f -> f.active, (f, v) -> f.active = v);
        binder.readBean(form);

        FormLayout layout = new FormLayout(code, name, active);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        content(layout);

        Map<String, HasValidation> fields = Map.of("code", code, "name", name);
        onSave(() -> {
            if (!binder.writeBeanIfValid(form)) {
                return false;
            }
            Brand[] saved = new Brand[1];
            boolean ok = Feedback.attempt(() -> saved[0] = organisation.saveBrand(actor, form.toBrand()), fields, () -> {
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
                code.focus();
            }
        });
    }
}
