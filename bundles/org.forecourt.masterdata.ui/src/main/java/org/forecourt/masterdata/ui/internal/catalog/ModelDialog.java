package org.forecourt.masterdata.ui.internal.catalog;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.ValidationException;
import org.forecourt.masterdata.api.catalog.BodyType;
import org.forecourt.masterdata.api.catalog.CatalogFields;
import org.forecourt.masterdata.api.catalog.CatalogModel;
import org.forecourt.masterdata.api.catalog.CatalogService;
import org.forecourt.masterdata.api.catalog.EnergyType;
import org.forecourt.masterdata.ui.internal.Ids;
import org.forecourt.masterdata.ui.internal.common.FieldErrors;
import org.forecourt.masterdata.ui.internal.common.Formats;
import org.forecourt.masterdata.ui.internal.common.Screen;
import org.forecourt.ui.api.Ui;

/** Creates or edits a model of a brand. Enter saves, Esc closes. */
class ModelDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient CatalogService catalog;
    private final transient Consumer<CatalogModel> saved;
    private final FieldErrors errors = new FieldErrors();
    private final TextField code = new TextField();
    private final TextField nameZh = new TextField();
    private final TextField nameEn = new TextField();
    private final Select<BodyType> bodyType = new Select<>();
    private final Select<EnergyType> energyType = new Select<>();
    private final Checkbox active = new Checkbox();
    private final Div conflict = new Div();
    private final Button save = new Button();
    private CatalogModel model;

    /** @param model the model to edit, or a new one ({@code CatalogModel.create(brandId, ...)}, id 0) */
    ModelDialog(CatalogService catalog, CatalogModel model, Consumer<CatalogModel> saved) {
        this.catalog = catalog;
        this.saved = saved;
        setId(Ids.CATALOG_MODEL_DIALOG);
        setHeaderTitle(Screen.t(model.id() == 0 ? "masterdataui.catalog.newModel" : "masterdataui.catalog.editModel"));
        setWidth("min(40rem, 95vw)");
        setCloseOnOutsideClick(false);

        field(code, Ids.CATALOG_MODEL_CODE, CatalogFields.CODE, 30);
        field(nameZh, Ids.CATALOG_MODEL_NAME_ZH, CatalogFields.NAME_ZH, 100);
        field(nameEn, Ids.CATALOG_MODEL_NAME_EN, CatalogFields.NAME_EN, 100);
        bodyType.setId(Ids.CATALOG_MODEL_BODY_TYPE);
        bodyType.setLabel(Screen.t(CatalogFields.modelLabelKey(CatalogFields.BODY_TYPE)));
        bodyType.setItems(BodyType.values());
        bodyType.setItemLabelGenerator(Screen.labels(BodyType::labelKey));
        errors.add(CatalogFields.BODY_TYPE, bodyType);
        energyType.setId(Ids.CATALOG_MODEL_ENERGY_TYPE);
        energyType.setLabel(Screen.t(CatalogFields.modelLabelKey(CatalogFields.ENERGY_TYPE)));
        energyType.setItems(EnergyType.values());
        energyType.setItemLabelGenerator(Screen.labels(EnergyType::labelKey));
        errors.add(CatalogFields.ENERGY_TYPE, energyType);
        active.setId(Ids.CATALOG_MODEL_ACTIVE);
        active.setLabel(Screen.t("masterdata.catalog.model.active"));

        conflict.addClassNames(LumoUtility.Background.ERROR_10, LumoUtility.TextColor.ERROR,
                LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM);
        Button reload = new Button(Screen.t("masterdataui.action.reload"), VaadinIcon.REFRESH.create(), e -> reload());
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        HorizontalLayout conflictLine = new HorizontalLayout(new Span(Screen.t("masterdataui.catalog.conflict")), reload);
        conflictLine.setAlignItems(FlexComponent.Alignment.CENTER);
        conflict.add(conflictLine);
        conflict.setVisible(false);

        FormLayout form = new FormLayout(code, bodyType, nameZh, nameEn, energyType, active);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("28em", 2));
        add(conflict, form);

        save.setId(Ids.CATALOG_MODEL_SAVE);
        save.setText(Screen.t("masterdataui.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Screen.enterClicks(save, code, nameZh, nameEn);
        Button cancel = new Button(Screen.t("masterdataui.action.cancel"), e -> close());
        cancel.setId(Ids.CATALOG_MODEL_CANCEL);
        getFooter().add(cancel, save);
        show(model);
        code.focus();
    }

    private void field(TextField f, String id, String name, int maxLength) {
        f.setId(id);
        f.setLabel(Screen.t(CatalogFields.modelLabelKey(name)));
        f.setMaxLength(maxLength);
        errors.add(name, f);
    }

    private void show(CatalogModel m) {
        model = m;
        code.setValue(Formats.orEmpty(m.code()));
        nameZh.setValue(Formats.orEmpty(m.nameZh()));
        nameEn.setValue(Formats.orEmpty(m.nameEn()));
        bodyType.setValue(m.bodyType());
        energyType.setValue(m.energyType());
        active.setValue(m.active());
        active.setVisible(m.id() != 0);
    }

    private void save() {
        errors.clear();
        CatalogModel edited = new CatalogModel(model.id(), model.brandId(), Formats.blankToNull(code.getValue()),
                Formats.blankToNull(nameZh.getValue()), Formats.blankToNull(nameEn.getValue()), bodyType.getValue(),
                energyType.getValue(), active.getValue(), model.version());
        try {
            CatalogModel result = catalog.saveModel(Screen.actor(), edited);
            Ui.success("masterdataui.catalog.modelSaved", result.nameZh());
            close();
            saved.accept(result);
        } catch (ValidationException e) {
            errors.show(e);
        } catch (ConflictException e) {
            conflict.setVisible(true);
            save.setEnabled(false);
        } catch (ForecourtException e) {
            Ui.error(e);
        }
    }

    private void reload() {
        try {
            show(catalog.model(Screen.actor(), model.id()));
            conflict.setVisible(false);
            save.setEnabled(true);
        } catch (ForecourtException e) {
            Ui.error(e);
        }
    }
}
