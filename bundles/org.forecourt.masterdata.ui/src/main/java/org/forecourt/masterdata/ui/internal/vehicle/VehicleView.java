package org.forecourt.masterdata.ui.internal.vehicle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.core.api.ValidationException;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.api.validation.LicencePlate;
import org.forecourt.core.api.validation.Vin;
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.catalog.CatalogModel;
import org.forecourt.masterdata.api.catalog.CatalogService;
import org.forecourt.masterdata.api.catalog.Trim;
import org.forecourt.masterdata.api.customer.CustomerService;
import org.forecourt.masterdata.api.customer.CustomerSummary;
import org.forecourt.masterdata.api.vehicle.OdometerDraft;
import org.forecourt.masterdata.api.vehicle.OdometerReading;
import org.forecourt.masterdata.api.vehicle.OdometerSource;
import org.forecourt.masterdata.api.vehicle.Ownership;
import org.forecourt.masterdata.api.vehicle.Vehicle;
import org.forecourt.masterdata.api.vehicle.VehicleFields;
import org.forecourt.masterdata.api.vehicle.VehicleService;
import org.forecourt.masterdata.ui.internal.Ids;
import org.forecourt.masterdata.ui.internal.Routes;
import org.forecourt.masterdata.ui.internal.common.CatalogLabels;
import org.forecourt.masterdata.ui.internal.common.CatalogNames;
import org.forecourt.masterdata.ui.internal.common.Confirm;
import org.forecourt.masterdata.ui.internal.common.CustomerPicker;
import org.forecourt.masterdata.ui.internal.common.FieldErrors;
import org.forecourt.masterdata.ui.internal.common.FormBinder;
import org.forecourt.masterdata.ui.internal.common.Formats;
import org.forecourt.masterdata.ui.internal.common.Screen;
import org.forecourt.masterdata.ui.internal.common.StoreNames;
import org.forecourt.ui.api.Ui;

/**
 * One vehicle: the form (VIN, plate, catalogue brand → model → trim or the free text of another make, colour, model
 * year, first registration, and the first owner when it is new), the odometer history with "add reading" and the
 * ownership history with "change owner". Route {@code vehicles/:id}; {@code vehicles/new} (optionally
 * {@code ?owner=<customer id>}) opens an empty form. The service validates VIN and plate; its messages appear next to
 * the fields.
 */
public class VehicleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient VehicleService vehicles;
    private final transient CustomerService customers;
    private final transient CatalogService catalog;
    private final transient OrganisationService organisation;

    private final FieldErrors errors = new FieldErrors();
    private final FieldErrors odometerErrors = new FieldErrors();
    private final FieldErrors ownerErrors = new FieldErrors();
    private final FormBinder<VehicleForm> binder = new FormBinder<>();

    private final H2 title = new H2();
    private final Span subtitle = new Span();
    private final Span storeBadge = new Span();
    private final Anchor back = new Anchor();
    private final Div conflict = new Div();
    private final Div notFound = new Div();
    private final Div content = new Div();

    private final Select<Long> store = new Select<>();
    private final TextField vin = new TextField();
    private final TextField plate = new TextField();
    private final ComboBox<Long> brand = new ComboBox<>();
    private final ComboBox<Long> model = new ComboBox<>();
    private final ComboBox<Long> trim = new ComboBox<>();
    private final TextField makeText = new TextField();
    private final TextField modelText = new TextField();
    private final TextField colour = new TextField();
    private final IntegerField modelYear = new IntegerField();
    private final DatePicker firstRegistration = new DatePicker();
    private final ComboBox<CustomerSummary> owner;
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final Paragraph meta = new Paragraph();

    private final VerticalLayout history = new VerticalLayout();
    private final Span averageKm = new Span();
    private final Grid<OdometerReading> odometerGrid = new Grid<>();
    private final HorizontalLayout odometerForm = new HorizontalLayout();
    private final DatePicker odometerDate = new DatePicker();
    private final IntegerField odometerKm = new IntegerField();
    private final Select<OdometerSource> odometerSource = new Select<>();
    private final Checkbox odometerReplacement = new Checkbox();
    private final Button odometerAdd = new Button();
    private final Grid<Ownership> ownersGrid = new Grid<>();
    private final HorizontalLayout ownerForm = new HorizontalLayout();
    private final ComboBox<CustomerSummary> newOwner;
    private final DatePicker ownerFrom = new DatePicker();
    private final Button ownerChange = new Button();

    private final Map<Long, String> brandNames = new LinkedHashMap<>();
    private final Map<Long, String> modelNames = new LinkedHashMap<>();
    private final Map<Long, String> trimNames = new LinkedHashMap<>();
    private final Map<Long, String> ownerNames = new HashMap<>();
    private transient StoreNames stores;
    private VehicleForm loaded;
    private VehicleForm current;
    private QueryParameters backParameters = QueryParameters.empty();

    public VehicleView(VehicleService vehicles, CustomerService customers, CatalogService catalog,
                       OrganisationService organisation) {
        this.vehicles = vehicles;
        this.customers = customers;
        this.catalog = catalog;
        this.organisation = organisation;
        owner = CustomerPicker.create(customers, () -> current == null ? null : storeOf(current));
        newOwner = CustomerPicker.create(customers, () -> current == null ? null : current.getStoreId());
        setId(Ids.VEHICLE_VIEW);
        setMaxWidth("80rem");

        add(header(), conflictNotice(), notFoundNotice(), content);
        content.setWidthFull();
        content.add(form(), buttons(), meta, history());
        meta.setId(Ids.VEHICLE_META);
        meta.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Screen.escape(content, this::cancel);
    }

    /** The store a new vehicle goes to: the one chosen, else the preset one. */
    private Long storeOf(VehicleForm f) {
        if (store.isVisible() && store.getValue() != null) {
            return store.getValue();
        }
        return f.getStoreId();
    }

    // ------------------------------------------------------------------------------------------------ layout

    private Component header() {
        back.setId(Ids.VEHICLE_BACK);
        back.setText(Screen.t("masterdataui.vehicle.back"));
        back.getElement().setAttribute("router-link", true);
        title.setId(Ids.VEHICLE_TITLE);
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        subtitle.addClassNames(LumoUtility.TextColor.SECONDARY);
        storeBadge.getElement().getThemeList().add("badge contrast");
        HorizontalLayout line = new HorizontalLayout(title, subtitle, storeBadge);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.addClassName(LumoUtility.FlexWrap.WRAP);
        VerticalLayout header = new VerticalLayout(back, line);
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    private Component conflictNotice() {
        conflict.setId(Ids.VEHICLE_CONFLICT);
        conflict.getElement().setAttribute("role", "alert");
        conflict.addClassNames(LumoUtility.Background.ERROR_10, LumoUtility.TextColor.ERROR,
                LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Width.FULL);
        Button reload = new Button(Screen.t("masterdataui.action.reload"), VaadinIcon.REFRESH.create(),
                e -> reload());
        reload.setId(Ids.VEHICLE_RELOAD);
        reload.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout line = new HorizontalLayout(new Span(Screen.t("masterdataui.vehicle.conflict")), reload);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.addClassName(LumoUtility.FlexWrap.WRAP);
        conflict.add(line);
        conflict.setVisible(false);
        return conflict;
    }

    private Component notFoundNotice() {
        notFound.setId(Ids.VEHICLE_NOT_FOUND);
        notFound.add(new Paragraph(Screen.t("masterdataui.vehicle.notFound")));
        notFound.setVisible(false);
        return notFound;
    }

    private Component form() {
        FormLayout form = new FormLayout();
        form.setId(Ids.VEHICLE_FORM);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2),
                new ResponsiveStep("64em", 3));

        store.setId(Ids.VEHICLE_STORE);
        store.setLabel(Screen.t("masterdata.vehicle.storeId"));
        store.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                owner.clear();
            }
        });
        binder.forField(errors.add(VehicleFields.STORE_ID, store))
              .bind(VehicleForm::getStoreId, VehicleForm::setStoreId);

        text(vin, Ids.VEHICLE_VIN, VehicleFields.VIN, 30);
        vin.setHelperText(Screen.t("masterdataui.vehicle.vinHelp"));
        vin.addValueChangeListener(e -> hint(VehicleFields.VIN, e.getValue(), Vin::problem));
        binder.forField(vin).bind(VehicleForm::getVin, VehicleForm::setVin);

        text(plate, Ids.VEHICLE_PLATE, VehicleFields.PLATE, 20);
        plate.setPlaceholder(Screen.t("masterdataui.vehicle.platePlaceholder"));
        plate.addValueChangeListener(e -> hint(VehicleFields.PLATE, e.getValue(), LicencePlate::problem));
        binder.forField(plate).bind(VehicleForm::getPlate, VehicleForm::setPlate);

        brand.setId(Ids.VEHICLE_BRAND);
        brand.setLabel(Screen.t("masterdata.vehicle.brandId"));
        brand.setClearButtonVisible(true);
        brand.setItemLabelGenerator(id -> brandNames.getOrDefault(id, "#" + id));
        brand.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                loadModels(e.getValue(), null);
                model.clear();
                trim.clear();
                trimNames.clear();
                trim.setItems(List.of());
            }
        });
        binder.forField(errors.add(VehicleFields.BRAND_ID, brand))
              .bind(VehicleForm::getBrandId, VehicleForm::setBrandId);

        model.setId(Ids.VEHICLE_MODEL);
        model.setLabel(Screen.t("masterdata.vehicle.modelId"));
        model.setClearButtonVisible(true);
        model.setItemLabelGenerator(id -> modelNames.getOrDefault(id, "#" + id));
        model.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                loadTrims(e.getValue());
                trim.clear();
            }
        });
        binder.forField(errors.add(VehicleFields.MODEL_ID, model))
              .bind(VehicleForm::getModelId, VehicleForm::setModelId);

        trim.setId(Ids.VEHICLE_TRIM);
        trim.setLabel(Screen.t("masterdata.vehicle.trimId"));
        trim.setClearButtonVisible(true);
        trim.setItemLabelGenerator(id -> trimNames.getOrDefault(id, "#" + id));
        binder.forField(errors.add(VehicleFields.TRIM_ID, trim)).bind(VehicleForm::getTrimId, VehicleForm::setTrimId);

        text(makeText, Ids.VEHICLE_MAKE_TEXT, VehicleFields.MAKE_TEXT, 50);
        binder.forField(makeText).bind(VehicleForm::getMakeText, VehicleForm::setMakeText);
        text(modelText, Ids.VEHICLE_MODEL_TEXT, VehicleFields.MODEL_TEXT, 50);
        binder.forField(modelText).bind(VehicleForm::getModelText, VehicleForm::setModelText);
        text(colour, Ids.VEHICLE_COLOUR, VehicleFields.COLOUR, 30);
        binder.forField(colour).bind(VehicleForm::getColour, VehicleForm::setColour);

        modelYear.setId(Ids.VEHICLE_MODEL_YEAR);
        modelYear.setLabel(Screen.t("masterdata.vehicle.modelYear"));
        modelYear.setStepButtonsVisible(false);
        errors.add(VehicleFields.MODEL_YEAR, modelYear);
        Screen.enterClicks(save, modelYear);
        binder.forField(modelYear).bind(VehicleForm::getModelYear, VehicleForm::setModelYear);

        firstRegistration.setId(Ids.VEHICLE_FIRST_REGISTRATION);
        firstRegistration.setLabel(Screen.t("masterdata.vehicle.firstRegistration"));
        firstRegistration.addAttachListener(e -> Screen.localize(firstRegistration));
        binder.forField(errors.add(VehicleFields.FIRST_REGISTRATION, firstRegistration))
              .bind(VehicleForm::getFirstRegistration, VehicleForm::setFirstRegistration);

        owner.setId(Ids.VEHICLE_OWNER);
        owner.setLabel(Screen.t("masterdata.vehicle.ownerId"));
        owner.setClearButtonVisible(true);
        errors.add(VehicleFields.OWNER_ID, owner);

        form.add(store, vin, plate, brand, model, trim, makeText, modelText, colour, modelYear, firstRegistration,
                owner);
        return form;
    }

    private void text(TextField field, String id, String serviceField, int maxLength) {
        field.setId(id);
        field.setLabel(Screen.t(VehicleFields.labelKey(serviceField)));
        field.setMaxLength(maxLength);
        errors.add(serviceField, field);
        Screen.enterClicks(save, field);
    }

    private void hint(String field, String value, Function<String, Optional<String>> check) {
        if (value == null || value.isBlank()) {
            errors.hint(field, null);
            return;
        }
        errors.hint(field, check.apply(value).map(Screen::t).orElse(null));
    }

    private Component buttons() {
        save.setId(Ids.VEHICLE_SAVE);
        save.setText(Screen.t("masterdataui.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setTooltipText(Screen.t("masterdataui.shortcut.enterSaves"));
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());
        cancel.setId(Ids.VEHICLE_CANCEL);
        cancel.setText(Screen.t("masterdataui.action.cancel"));
        cancel.setTooltipText(Screen.t("masterdataui.shortcut.escCancels"));
        cancel.addClickListener(e -> cancel());
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName(LumoUtility.Margin.Top.MEDIUM);
        return buttons;
    }

    private Component history() {
        history.setPadding(false);

        H3 odometerHeading = new H3(Screen.t("masterdata.vehicle.odometer"));
        odometerHeading.addClassNames(LumoUtility.FontSize.LARGE);
        averageKm.setId(Ids.VEHICLE_AVERAGE_KM);
        averageKm.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        HorizontalLayout odometerLine = new HorizontalLayout(odometerHeading, averageKm);
        odometerLine.setAlignItems(FlexComponent.Alignment.BASELINE);

        odometerGrid.setId(Ids.VEHICLE_ODOMETER_GRID);
        odometerGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        odometerGrid.setAllRowsVisible(true);
        odometerGrid.setEmptyStateText(Screen.t("masterdataui.vehicle.noReadings"));
        odometerGrid.addColumn(r -> Formats.date(r.date(), Screen.locale()))
                    .setHeader(Screen.t("masterdata.vehicle.odometer.date")).setAutoWidth(true).setFlexGrow(0);
        odometerGrid.addColumn(r -> Formats.number(r.km(), Screen.locale()))
                    .setHeader(Screen.t("masterdata.vehicle.odometer.km")).setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true).setFlexGrow(0);
        odometerGrid.addColumn(r -> Screen.t(r.source().labelKey()))
                    .setHeader(Screen.t("masterdata.vehicle.odometer.source")).setFlexGrow(1);
        odometerGrid.addColumn(r -> r.replacement() ? Screen.t("masterdataui.yes") : "")
                    .setHeader(Screen.t("masterdata.vehicle.odometer.replacement")).setAutoWidth(true)
                    .setFlexGrow(0);
        odometerGrid.addColumn(r -> Formats.orEmpty(r.recordedBy()) + " · "
                        + Formats.dateTime(r.recordedAt(), Screen.actor().zone(), Screen.locale()))
                    .setHeader(Screen.t("masterdataui.vehicle.recorded")).setFlexGrow(1);

        odometerDate.setId(Ids.ODOMETER_DATE);
        odometerDate.setLabel(Screen.t("masterdata.vehicle.odometer.date"));
        odometerDate.addAttachListener(e -> Screen.localize(odometerDate));
        odometerErrors.add(VehicleFields.ODOMETER_DATE, odometerDate);
        odometerKm.setId(Ids.ODOMETER_KM);
        odometerKm.setLabel(Screen.t("masterdata.vehicle.odometer.km"));
        odometerKm.setSuffixComponent(new Span("km"));
        odometerErrors.add(VehicleFields.ODOMETER_KM, odometerKm);
        odometerSource.setId(Ids.ODOMETER_SOURCE);
        odometerSource.setLabel(Screen.t("masterdata.vehicle.odometer.source"));
        odometerSource.setItems(OdometerSource.values());
        odometerSource.setItemLabelGenerator(Screen.labels(OdometerSource::labelKey));
        odometerErrors.add(VehicleFields.ODOMETER_SOURCE, odometerSource);
        odometerReplacement.setId(Ids.ODOMETER_REPLACEMENT);
        odometerReplacement.setLabel(Screen.t("masterdata.vehicle.odometer.replacement"));
        odometerAdd.setId(Ids.ODOMETER_ADD);
        odometerAdd.setText(Screen.t("masterdataui.vehicle.addReading"));
        odometerAdd.setIcon(VaadinIcon.PLUS.create());
        odometerAdd.addClickListener(e -> addReading());
        Screen.enterClicks(odometerAdd, odometerKm, odometerDate);
        odometerForm.add(odometerDate, odometerKm, odometerSource, odometerReplacement, odometerAdd);
        odometerForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        odometerForm.addClassName(LumoUtility.FlexWrap.WRAP);

        H3 ownersHeading = new H3(Screen.t("masterdata.vehicle.owners"));
        ownersHeading.addClassNames(LumoUtility.FontSize.LARGE);
        ownersGrid.setId(Ids.VEHICLE_OWNERS_GRID);
        ownersGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        ownersGrid.setAllRowsVisible(true);
        ownersGrid.setEmptyStateText(Screen.t("masterdataui.vehicle.noOwners"));
        ownersGrid.addComponentColumn(this::ownerCell).setHeader(Screen.t("masterdata.vehicle.ownerId"))
                  .setFlexGrow(2);
        ownersGrid.addColumn(o -> Formats.date(o.from(), Screen.locale()))
                  .setHeader(Screen.t("masterdata.vehicle.owner.from")).setAutoWidth(true).setFlexGrow(0);
        ownersGrid.addColumn(o -> Formats.date(o.to(), Screen.locale()))
                  .setHeader(Screen.t("masterdata.vehicle.owner.to")).setAutoWidth(true).setFlexGrow(0);

        newOwner.setId(Ids.OWNER_NEW);
        newOwner.setLabel(Screen.t("masterdataui.vehicle.newOwner"));
        newOwner.setWidth("min(24rem, 100%)");
        ownerErrors.add(VehicleFields.OWNER_ID, newOwner);
        ownerFrom.setId(Ids.OWNER_FROM);
        ownerFrom.setLabel(Screen.t("masterdata.vehicle.owner.from"));
        ownerFrom.addAttachListener(e -> Screen.localize(ownerFrom));
        ownerErrors.add(VehicleFields.OWNER_FROM, ownerFrom);
        ownerChange.setId(Ids.OWNER_CHANGE);
        ownerChange.setText(Screen.t("masterdataui.vehicle.changeOwner"));
        ownerChange.setIcon(VaadinIcon.EXCHANGE.create());
        ownerChange.addClickListener(e -> changeOwner());
        Screen.enterClicks(ownerChange, ownerFrom);
        ownerForm.add(newOwner, ownerFrom, ownerChange);
        ownerForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        ownerForm.addClassName(LumoUtility.FlexWrap.WRAP);

        history.add(odometerLine, odometerGrid, odometerForm, ownersHeading, ownersGrid, ownerForm);
        return history;
    }

    private Component ownerCell(Ownership o) {
        String name = ownerNames.computeIfAbsent(o.customerId(), this::customerName);
        Component label = Screen.actor().has(MasterdataPermissions.CUSTOMER_VIEW)
                ? Screen.link(Routes.customer(o.customerId()), name) : new Span(name);
        if (!o.current()) {
            return label;
        }
        HorizontalLayout cell = new HorizontalLayout(label, Screen.badge(Screen.t("masterdataui.vehicle.currentOwner"),
                "success", "small"));
        cell.setSpacing(true);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        return cell;
    }

    private String customerName(long customerId) {
        if (!Screen.actor().has(MasterdataPermissions.CUSTOMER_VIEW)) {
            return "#" + customerId;
        }
        try {
            return customers.get(Screen.actor(), customerId).name();
        } catch (ForecourtException e) {
            return "#" + customerId;
        }
    }

    // ------------------------------------------------------------------------------------------------ catalogue

    private void loadBrands() {
        brandNames.clear();
        for (Brand b : organisation.brands(Screen.actor())) {
            if (b.active() || current != null && Long.valueOf(b.id()).equals(current.getBrandId())) {
                brandNames.put(b.id(), b.name());
            }
        }
        brand.setItems(new ArrayList<>(brandNames.keySet()));
    }

    /** The brand's models; an inactive one only when it is the vehicle's. */
    private void loadModels(Long brandId, Long keep) {
        modelNames.clear();
        if (brandId != null) {
            for (CatalogModel m : catalog.models(Screen.actor(), brandId, true)) {
                if (m.active() || Long.valueOf(m.id()).equals(keep)) {
                    modelNames.put(m.id(), CatalogLabels.modelName(m, Screen.locale()));
                }
            }
        }
        model.setItems(new ArrayList<>(modelNames.keySet()));
    }

    private void loadTrims(Long modelId) {
        trimNames.clear();
        if (modelId != null) {
            for (Trim t : catalog.trims(Screen.actor(), modelId)) {
                trimNames.put(t.id(), CatalogLabels.trimLabel(t));
            }
        }
        trim.setItems(new ArrayList<>(trimNames.keySet()));
    }

    // ------------------------------------------------------------------------------------------------ behaviour

    private void writeForm() {
        binder.writeBeanAsDraft(current, true);
        if (current.isNew()) {
            current.setOwnerId(owner.getValue() == null ? null : owner.getValue().id());
        }
    }

    private void save() {
        try {
            if (loaded == null || !Screen.actor().has(MasterdataPermissions.VEHICLE_EDIT)) {
                return;
            }
            errors.clear();
            writeForm();
            Vehicle saved = current.isNew()
                    ? vehicles.create(Screen.actor(), VehicleFormMapper.toDraft(current))
                    : vehicles.update(Screen.actor(), current.getId(), current.getVersion(),
                            VehicleFormMapper.toDraft(current));
            Ui.success("masterdataui.vehicle.saved", saved.vin());
            if (current.isNew()) {
                UI.getCurrent().navigate(Routes.vehicle(saved.id()), backParameters);
            } else {
                show(saved);
            }
        } catch (ValidationException e) {
            errors.show(e);
        } catch (ConflictException e) {
            conflict.setVisible(true);
            save.setEnabled(false);
        } catch (NotFoundException e) {
            showNotFound();
        } catch (ForecourtException e) {
            Ui.error(e);
        } finally {
            if (!conflict.isVisible()) {
                save.setEnabled(true);
            }
        }
    }

    private void addReading() {
        odometerErrors.clear();
        if (current == null || current.isNew()) {
            return;
        }
        try {
            Integer km = odometerKm.getValue();
            if (km == null) {
                odometerErrors.show(ValidationException.of(VehicleFields.ODOMETER_KM, "masterdata.validation.required"));
                return;
            }
            OdometerDraft draft = new OdometerDraft(odometerDate.getValue(), km, odometerSource.getValue(),
                    odometerReplacement.getValue());
            vehicles.recordOdometer(Screen.actor(), current.getId(), draft);
            Ui.success("masterdataui.vehicle.readingAdded", Formats.number(km, Screen.locale()));
            odometerKm.clear();
            odometerReplacement.clear();
            refreshAfterSideChange();
            odometerKm.focus();
        } catch (ValidationException e) {
            odometerErrors.show(e);
        } catch (ForecourtException e) {
            Ui.error(e);
        }
    }

    private void changeOwner() {
        ownerErrors.clear();
        if (current == null || current.isNew()) {
            return;
        }
        try {
            CustomerSummary chosen = newOwner.getValue();
            if (chosen == null) {
                ownerErrors.show(ValidationException.of(VehicleFields.OWNER_ID, "masterdata.validation.required"));
                return;
            }
            vehicles.changeOwner(Screen.actor(), current.getId(), chosen.id(), ownerFrom.getValue());
            Ui.success("masterdataui.vehicle.ownerChanged", chosen.name());
            newOwner.clear();
            refreshAfterSideChange();
        } catch (ValidationException e) {
            ownerErrors.show(e);
        } catch (ForecourtException e) {
            Ui.error(e);
        }
    }

    /**
     * A reading or an owner change moves the vehicle's version. If nobody else changed its values, the form takes
     * the new version and keeps what the user is typing; otherwise the conflict notice offers to reload.
     */
    private void refreshAfterSideChange() {
        Vehicle fresh = vehicles.get(Screen.actor(), current.getId());
        writeForm();
        if (!VehicleFormMapper.changed(loaded, current)) {
            show(fresh);
            return;
        }
        if (VehicleFormMapper.sameValues(loaded, fresh)) {
            loaded.setVersion(fresh.version());
            current.setVersion(fresh.version());
        } else {
            conflict.setVisible(true);
            save.setEnabled(false);
        }
        showHistory(fresh, Screen.actor());
    }

    private void reload() {
        conflict.setVisible(false);
        save.setEnabled(true);
        if (current == null || current.isNew()) {
            return;
        }
        try {
            show(vehicles.get(Screen.actor(), current.getId()));
            Ui.success("masterdataui.vehicle.reloaded");
        } catch (NotFoundException e) {
            showNotFound();
        }
    }

    private void cancel() {
        if (loaded == null || notFound.isVisible()) {
            leave();
            return;
        }
        writeForm();
        if (Screen.actor().has(MasterdataPermissions.VEHICLE_EDIT) && VehicleFormMapper.changed(loaded, current)) {
            Confirm.discardChanges(this::leave);
        } else {
            leave();
        }
    }

    private void leave() {
        UI.getCurrent().navigate(Routes.VEHICLES, backParameters);
    }

    // ------------------------------------------------------------------------------------------------ loading

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = Screen.actor();
        stores = new StoreNames(organisation, actor);
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> q = parameters.getOrDefault(Routes.QUERY, List.of());
        backParameters = q.isEmpty() ? QueryParameters.empty()
                : QueryParameters.simple(Map.of(Routes.QUERY, q.get(0)));
        back.setHref(new Location(Routes.VEHICLES, backParameters).getPathWithQueryParameters());
        conflict.setVisible(false);
        notFound.setVisible(false);
        content.setVisible(true);
        save.setEnabled(true);
        errors.clear();
        odometerErrors.clear();
        ownerErrors.clear();
        ownerNames.clear();

        String raw = event.getRouteParameters().get(Routes.ID).orElse("");
        if (Routes.NEW.equals(raw)) {
            if (!actor.has(MasterdataPermissions.VEHICLE_EDIT)) {
                Ui.error(new NotPermittedException("error.permission.missing", MasterdataPermissions.VEHICLE_EDIT));
                event.forwardTo(Routes.VEHICLES);
                return;
            }
            startNew(actor, Routes.idParameter(parameters, Routes.OWNER));
            return;
        }
        OptionalLong id = Routes.parseId(raw);
        if (id.isEmpty()) {
            showNotFound();
            return;
        }
        try {
            show(vehicles.get(actor, id.getAsLong()));
        } catch (NotFoundException e) {
            showNotFound();
        }
    }

    private void startNew(Actor actor, OptionalLong ownerId) {
        Long home = actor.homeStoreId();
        if (home == null && stores.active().size() == 1) {
            home = stores.active().get(0).id();
        }
        CustomerSummary preset = null;
        if (ownerId.isPresent() && actor.has(MasterdataPermissions.CUSTOMER_VIEW)) {
            try {
                preset = CustomerPicker.summary(customers.get(actor, ownerId.getAsLong()));
                home = preset.storeId();
            } catch (ForecourtException e) {
                preset = null;
            }
        }
        showForm(VehicleFormMapper.newVehicle(home, preset == null ? null : preset.id()), actor, null);
        owner.setValue(preset);
        vin.focus();
    }

    private void show(Vehicle v) {
        showForm(VehicleFormMapper.fromVehicle(v), Screen.actor(), v);
    }

    private void showForm(VehicleForm form, Actor actor, Vehicle vehicle) {
        loaded = form;
        current = VehicleFormMapper.copy(form);
        boolean edit = actor.has(MasterdataPermissions.VEHICLE_EDIT);

        store.setItems(stores.active().stream().map(Store::id).toList());
        store.setItemLabelGenerator(stores::name);
        store.setVisible(form.isNew() && stores.choice());

        loadBrands();
        loadModels(form.getBrandId(), form.getModelId());
        loadTrims(form.getModelId());
        binder.readBean(current);
        binder.setReadOnly(!edit);
        owner.setVisible(form.isNew() && actor.has(MasterdataPermissions.CUSTOMER_VIEW));
        owner.setReadOnly(!edit);
        owner.clear();
        save.setVisible(edit);
        cancel.setText(Screen.t(edit ? "masterdataui.action.cancel" : "masterdataui.action.back"));

        CatalogNames names = new CatalogNames(organisation, catalog, actor, Screen.locale());
        if (form.isNew()) {
            title.setText(Screen.t("masterdataui.vehicle.newTitle"));
            subtitle.setText("");
            storeBadge.setVisible(false);
            meta.setVisible(false);
        } else {
            title.setText(form.getPlate() != null ? form.getPlate() + " · " + form.getVin() : form.getVin());
            subtitle.setText(names.vehicle(form.getBrandId(), form.getModelId(), form.getMakeText(),
                    form.getModelText()));
            storeBadge.setText(stores.name(form.getStoreId()));
            storeBadge.setVisible(true);
            meta.setText(Screen.t("masterdataui.vehicle.meta",
                    Formats.dateTime(vehicle.createdAt(), actor.zone(), Screen.locale()),
                    Formats.dateTime(vehicle.updatedAt(), actor.zone(), Screen.locale())));
            meta.setVisible(true);
        }
        history.setVisible(!form.isNew());
        if (vehicle != null) {
            showHistory(vehicle, actor);
        }
    }

    private void showHistory(Vehicle v, Actor actor) {
        boolean edit = actor.has(MasterdataPermissions.VEHICLE_EDIT);
        List<OdometerReading> readings = new ArrayList<>(vehicles.odometer(actor, v.id()));
        Collections.reverse(readings);
        odometerGrid.setItems(readings);
        OptionalDouble average = vehicles.averageDailyKm(actor, v.id());
        averageKm.setText(average.isPresent()
                ? Screen.t("masterdataui.vehicle.averageKm", Formats.decimal1(average.getAsDouble(), Screen.locale()))
                : "");
        odometerForm.setVisible(edit);
        odometerDate.setValue(Screen.today());
        odometerDate.setMax(Screen.today());
        if (odometerSource.getValue() == null) {
            odometerSource.setValue(OdometerSource.SERVICE_VISIT);
        }

        ownersGrid.setItems(vehicles.owners(actor, v.id()));
        ownerForm.setVisible(edit && actor.has(MasterdataPermissions.CUSTOMER_VIEW));
        ownerFrom.setValue(Screen.today());
    }

    private void showNotFound() {
        loaded = null;
        current = null;
        content.setVisible(false);
        conflict.setVisible(false);
        notFound.setVisible(true);
        title.setText(Screen.t("masterdataui.vehicle.notFoundTitle"));
        subtitle.setText("");
        storeBadge.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        if (loaded == null) {
            return Screen.t("masterdataui.vehicles.title");
        }
        return loaded.isNew() ? Screen.t("masterdataui.vehicle.newTitle") : Formats.orEmpty(loaded.getVin());
    }
}
