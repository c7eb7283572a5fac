package org.forecourt.masterdata.ui.internal.catalog;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.ValidationException;
import org.forecourt.masterdata.api.catalog.CatalogFields;
import org.forecourt.masterdata.api.catalog.CatalogService;
import org.forecourt.masterdata.api.catalog.Trim;
import org.forecourt.masterdata.ui.internal.Ids;
import org.forecourt.masterdata.ui.internal.common.FieldErrors;
import org.forecourt.masterdata.ui.internal.common.Formats;
import org.forecourt.masterdata.ui.internal.common.Screen;
import org.forecourt.ui.api.Ui;

/**
 * Creates or edits a trim with its list price. The price may be typed as on price lists ({@code 25.98万}) or in full
 * ({@code 259,800}); it is shown back as yuan with two decimals.
 */
class TrimDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient CatalogService catalog;
    private final transient Consumer<Trim> saved;
    private final FieldErrors errors = new FieldErrors();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField price = new TextField();
    private final DatePicker validFrom = new DatePicker();
    private final DatePicker validTo = new DatePicker();
    private final Div conflict = new Div();
    private final Button save = new Button();
    private Trim trim;

    /** @param trim the trim to edit, or a new one ({@code Trim.create(modelId, ...)}, id 0) */
    TrimDialog(CatalogService catalog, Trim trim, Consumer<Trim> saved) {
        this.catalog = catalog;
        this.saved = saved;
        setId(Ids.CATALOG_TRIM_DIALOG);
        setHeaderTitle(Screen.t(trim.id() == 0 ? "masterdataui.catalog.newTrim" : "masterdataui.catalog.editTrim"));
        setWidth("min(40rem, 95vw)");
        setCloseOnOutsideClick(false);

        field(code, Ids.CATALOG_TRIM_CODE, CatalogFields.CODE, 30);
        field(name, Ids.CATALOG_TRIM_NAME, CatalogFields.NAME, 100);
        field(price, Ids.CATALOG_TRIM_PRICE, CatalogFields.LIST_PRICE, 30);
        price.setPrefixComponent(new Span("¥"));
        price.setHelperText(Screen.t("masterdataui.catalog.priceHelp"));
        price.addThemeName("align-right");
        price.addValueChangeListener(e -> {
            Optional<BigDecimal> parsed = Formats.parseYuan(e.getValue());
            if (parsed.isPresent() && parsed.get().scale() <= 2 && e.isFromClient()) {
                price.setValue(Formats.moneyInput(parsed.get()));
            }
        });
        validFrom.setId(Ids.CATALOG_TRIM_VALID_FROM);
        validFrom.setLabel(Screen.t(CatalogFields.trimLabelKey(CatalogFields.VALID_FROM)));
        validFrom.addAttachListener(e -> Screen.localize(validFrom));
        errors.add(CatalogFields.VALID_FROM, validFrom);
        validTo.setId(Ids.CATALOG_TRIM_VALID_TO);
        validTo.setLabel(Screen.t(CatalogFields.trimLabelKey(CatalogFields.VALID_TO)));
        validTo.addAttachListener(e -> Screen.localize(validTo));
        errors.add(CatalogFields.VALID_TO, validTo);

        conflict.addClassNames(LumoUtility.Background.ERROR_10, LumoUtility.TextColor.ERROR,
                LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM);
        Button reload = new Button(Screen.t("masterdataui.action.reload"), VaadinIcon.REFRESH.create(), e -> reload());
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        HorizontalLayout conflictLine = new HorizontalLayout(new Span(Screen.t("masterdataui.catalog.conflict")), reload);
        conflictLine.setAlignItems(FlexComponent.Alignment.CENTER);
        conflict.add(conflictLine);
        conflict.setVisible(false);

        FormLayout form = new FormLayout(code, name, price, new Div(), validFrom, validTo);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("28em", 2));
        add(conflict, form);

        save.setId(Ids.CATALOG_TRIM_SAVE);
        save.setText(Screen.t("masterdataui.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Screen.enterClicks(save, code, name, price);
        Button cancel = new Button(Screen.t("masterdataui.action.cancel"), e -> close());
        cancel.setId(Ids.CATALOG_TRIM_CANCEL);
        getFooter().add(cancel, save);
        show(trim);
        code.focus();
    }

    private void field(TextField f, String id, String fieldName, int maxLength) {
        f.setId(id);
        f.setLabel(Screen.t(CatalogFields.trimLabelKey(fieldName)));
        f.setMaxLength(maxLength);
        errors.add(fieldName, f);
    }

    private void show(Trim t) {
        trim = t;
        code.setValue(Formats.orEmpty(t.code()));
        name.setValue(Formats.orEmpty(t.name()));
        price.setValue(Formats.moneyInput(t.listPrice()));
        validFrom.setValue(t.validFrom());
        validTo.setValue(t.validTo());
    }

    private void save() {
        errors.clear();
        String typed = price.getValue();
        Optional<BigDecimal> listPrice = Formats.parseYuan(typed);
        if (listPrice.isEmpty() && Formats.blankToNull(typed) != null) {
            errors.show(ValidationException.of(CatalogFields.LIST_PRICE, "masterdataui.catalog.priceInvalid"));
            return;
        }
        Trim edited = new Trim(trim.id(), trim.modelId(), Formats.blankToNull(code.getValue()),
                Formats.blankToNull(name.getValue()), listPrice.orElse(null), validFrom.getValue(), validTo.getValue(),
                trim.version());
        try {
            Trim result = catalog.saveTrim(Screen.actor(), edited);
            Ui.success("masterdataui.catalog.trimSaved", result.name(), Formats.money(result.listPrice()));
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
            show(catalog.trim(Screen.actor(), trim.id()));
            conflict.setVisible(false);
            save.setEnabled(true);
        } catch (ForecourtException e) {
            Ui.error(e);
        }
    }
}
