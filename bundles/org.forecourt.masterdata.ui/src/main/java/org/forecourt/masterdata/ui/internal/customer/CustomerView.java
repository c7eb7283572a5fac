package org.forecourt.masterdata.ui.internal.customer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
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
import org.forecourt.core.api.ValidationException;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.api.validation.ChineseIdCard;
import org.forecourt.core.api.validation.ChineseMobile;
import org.forecourt.core.api.validation.SocialCreditCode;
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.catalog.CatalogService;
import org.forecourt.masterdata.api.customer.ConsentChannel;
import org.forecourt.masterdata.api.customer.Customer;
import org.forecourt.masterdata.api.customer.CustomerFields;
import org.forecourt.masterdata.api.customer.CustomerService;
import org.forecourt.masterdata.api.customer.CustomerSource;
import org.forecourt.masterdata.api.customer.CustomerType;
import org.forecourt.masterdata.api.customer.DuplicateCustomerException;
import org.forecourt.masterdata.api.customer.Gender;
import org.forecourt.masterdata.api.vehicle.VehicleQuery;
import org.forecourt.masterdata.api.vehicle.VehicleService;
import org.forecourt.masterdata.api.vehicle.VehicleSummary;
import org.forecourt.masterdata.ui.internal.Ids;
import org.forecourt.masterdata.ui.internal.Routes;
import org.forecourt.masterdata.ui.internal.common.CatalogNames;
import org.forecourt.masterdata.ui.internal.common.Confirm;
import org.forecourt.masterdata.ui.internal.common.FieldErrors;
import org.forecourt.masterdata.ui.internal.common.FormBinder;
import org.forecourt.masterdata.ui.internal.common.Formats;
import org.forecourt.masterdata.ui.internal.common.Screen;
import org.forecourt.masterdata.ui.internal.common.StoreNames;
import org.forecourt.masterdata.ui.internal.common.Tags;
import org.forecourt.ui.api.Ui;

/**
 * One customer: a keyboard-friendly form (Enter saves, Esc leaves, fields in reading order) for a person or a company,
 * and the customer's vehicles. Route {@code customers/:id}; {@code customers/new} opens an empty form.
 *
 * <p>The service is the validator: on save every field error is shown at once next to its field. A possible duplicate
 * (same mobile or ID number) shows the existing customers to open instead, or to confirm that this is someone else. If
 * someone else saved the customer meanwhile, nothing is overwritten: a notice offers to reload.
 */
public class CustomerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final int MAX_VEHICLES = 100;

    private final transient CustomerService customers;
    private final transient VehicleService vehicles;
    private final transient CatalogService catalog;
    private final transient OrganisationService organisation;
    private final transient Clock clock = Clock.systemUTC();

    private final FieldErrors errors = new FieldErrors();
    private final FormBinder<CustomerForm> binder = new FormBinder<>();

    private final H2 title = new H2();
    private final Span typeBadge = new Span();
    private final Span storeBadge = new Span();
    private final Anchor back = new Anchor();
    private final Div conflict = new Div();
    private final Div notFound = new Div();
    private final Div content = new Div();

    private final RadioButtonGroup<CustomerType> type = new RadioButtonGroup<>();
    private final Select<Long> store = new Select<>();
    private final TextField name = new TextField();
    private final TextField contactPerson = new TextField();
    private final TextField mobile = new TextField();
    private final TextField idNumber = new TextField();
    private final Select<Gender> gender = new Select<>();
    private final DatePicker birthDate = new DatePicker();
    private final Select<CustomerSource> source = new Select<>();
    private final Checkbox consent = new Checkbox();
    private final Select<ConsentChannel> consentChannel = new Select<>();
    private final Span consentInfo = new Span();
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    private final TextField province = new TextField();
    private final TextField city = new TextField();
    private final TextField district = new TextField();
    private final TextField street = new TextField();
    private final ContactsEditor contacts;
    private final TextArea notes = new TextArea();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final Paragraph meta = new Paragraph();

    private final VerticalLayout vehicleSection = new VerticalLayout();
    private final Grid<VehicleSummary> vehicleGrid = new Grid<>();
    private final Button newVehicle = new Button();

    private final Set<String> knownTags = new LinkedHashSet<>();
    private transient StoreNames stores;
    private transient CatalogNames names;
    private CustomerForm loaded;
    private CustomerForm current;
    private QueryParameters backParameters = QueryParameters.empty();

    public CustomerView(CustomerService customers, VehicleService vehicles, CatalogService catalog,
                        OrganisationService organisation) {
        this.customers = customers;
        this.vehicles = vehicles;
        this.catalog = catalog;
        this.organisation = organisation;
        setId(Ids.CUSTOMER_VIEW);
        setMaxWidth("80rem");
        contacts = new ContactsEditor(errors, this::enterSaves);

        add(header(), conflictNotice(), notFoundNotice(), content);
        content.setWidthFull();
        content.add(form(), buttons(), meta, vehicleSection());
        meta.setId(Ids.CUSTOMER_META);
        meta.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Screen.escape(content, this::cancel);
    }

    // ------------------------------------------------------------------------------------------------ layout

    private Component header() {
        back.setId(Ids.CUSTOMER_BACK);
        back.setText(Screen.t("masterdataui.customer.back"));
        back.getElement().setAttribute("router-link", true);
        title.setId(Ids.CUSTOMER_TITLE);
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        typeBadge.getElement().getThemeList().add("badge");
        storeBadge.getElement().getThemeList().add("badge contrast");
        HorizontalLayout line = new HorizontalLayout(title, typeBadge, storeBadge);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.addClassName(LumoUtility.FlexWrap.WRAP);
        VerticalLayout header = new VerticalLayout(back, line);
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    private Component conflictNotice() {
        conflict.setId(Ids.CUSTOMER_CONFLICT);
        conflict.getElement().setAttribute("role", "alert");
        conflict.addClassNames(LumoUtility.Background.ERROR_10, LumoUtility.TextColor.ERROR,
                LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Width.FULL);
        Span text = new Span(Screen.t("masterdataui.customer.conflict"));
        Button reload = new Button(Screen.t("masterdataui.action.reload"), VaadinIcon.REFRESH.create(),
                e -> reload());
        reload.setId(Ids.CUSTOMER_RELOAD);
        reload.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout line = new HorizontalLayout(text, reload);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.addClassName(LumoUtility.FlexWrap.WRAP);
        conflict.add(line);
        conflict.setVisible(false);
        return conflict;
    }

    private Component notFoundNotice() {
        notFound.setId(Ids.CUSTOMER_NOT_FOUND);
        notFound.add(new Paragraph(Screen.t("masterdataui.customer.notFound")));
        notFound.setVisible(false);
        return notFound;
    }

    private Component form() {
        FormLayout form = new FormLayout();
        form.setId(Ids.CUSTOMER_FORM);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2),
                new ResponsiveStep("64em", 3));

        type.setId(Ids.CUSTOMER_TYPE);
        type.setLabel(Screen.t("masterdata.customer.type"));
        type.setItems(CustomerType.values());
        type.setItemLabelGenerator(Screen.labels(CustomerType::labelKey));
        type.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        type.addValueChangeListener(e -> typeChanged(e.getValue()));
        binder.forField(errors.add(CustomerFields.TYPE, type)).bind(CustomerForm::getType, CustomerForm::setType);

        store.setId(Ids.CUSTOMER_STORE);
        store.setLabel(Screen.t("masterdata.customer.storeId"));
        binder.forField(errors.add(CustomerFields.STORE_ID, store))
              .bind(CustomerForm::getStoreId, CustomerForm::setStoreId);

        text(name, Ids.CUSTOMER_NAME, CustomerFields.NAME, 100);
        binder.forField(name).bind(CustomerForm::getName, CustomerForm::setName);
        text(contactPerson, Ids.CUSTOMER_CONTACT_PERSON, CustomerFields.CONTACT_PERSON, 100);
        binder.forField(contactPerson).bind(CustomerForm::getContactPerson, CustomerForm::setContactPerson);

        text(mobile, Ids.CUSTOMER_MOBILE, CustomerFields.MOBILE, 30);
        mobile.setPrefixComponent(VaadinIcon.MOBILE.create());
        mobile.setPlaceholder(Screen.t("masterdataui.customer.mobilePlaceholder"));
        mobile.getElement().setAttribute("inputmode", "tel");
        mobile.addValueChangeListener(e -> hint(CustomerFields.MOBILE, e.getValue(),
                v -> ChineseMobile.problem(v)));
        binder.forField(mobile).bind(CustomerForm::getMobile, CustomerForm::setMobile);

        text(idNumber, Ids.CUSTOMER_ID_NUMBER, CustomerFields.ID_NUMBER, 30);
        idNumber.addValueChangeListener(e -> idNumberHint());
        binder.forField(idNumber).bind(CustomerForm::getIdNumber, CustomerForm::setIdNumber);

        gender.setId(Ids.CUSTOMER_GENDER);
        gender.setLabel(Screen.t("masterdata.customer.gender"));
        gender.setItems(Gender.values());
        gender.setEmptySelectionAllowed(true);
        gender.setEmptySelectionCaption(Screen.t("masterdataui.unknown"));
        gender.setItemLabelGenerator(Screen.labels(Gender::labelKey));
        gender.setHelperText(Screen.t("masterdataui.customer.fromIdCard"));
        binder.forField(errors.add(CustomerFields.GENDER, gender)).bind(CustomerForm::getGender, CustomerForm::setGender);

        birthDate.setId(Ids.CUSTOMER_BIRTH_DATE);
        birthDate.setLabel(Screen.t("masterdata.customer.birthDate"));
        birthDate.setHelperText(Screen.t("masterdataui.customer.fromIdCard"));
        birthDate.addAttachListener(e -> Screen.localize(birthDate));
        binder.forField(errors.add(CustomerFields.BIRTH_DATE, birthDate))
              .bind(CustomerForm::getBirthDate, CustomerForm::setBirthDate);

        source.setId(Ids.CUSTOMER_SOURCE);
        source.setLabel(Screen.t("masterdata.customer.source"));
        source.setItems(CustomerSource.values());
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption(Screen.t("masterdataui.unknown"));
        source.setItemLabelGenerator(Screen.labels(CustomerSource::labelKey));
        binder.forField(errors.add(CustomerFields.SOURCE, source)).bind(CustomerForm::getSource, CustomerForm::setSource);

        consent.setId(Ids.CUSTOMER_CONSENT);
        consent.setLabel(Screen.t("masterdata.customer.consent.given"));
        consent.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() && consentChannel.getValue() == null) {
                consentChannel.focus();
            }
        });
        binder.forField(consent).bind(CustomerForm::isConsentGiven, CustomerForm::setConsentGiven);
        consentChannel.setId(Ids.CUSTOMER_CONSENT_CHANNEL);
        consentChannel.setLabel(Screen.t("masterdata.customer.consent.channel"));
        consentChannel.setItems(ConsentChannel.values());
        consentChannel.setEmptySelectionAllowed(true);
        consentChannel.setEmptySelectionCaption(Screen.t("masterdataui.unknown"));
        consentChannel.setItemLabelGenerator(Screen.labels(ConsentChannel::labelKey));
        errors.add(CustomerFields.CONSENT, consentChannel);
        binder.forField(errors.add(CustomerFields.CONSENT_CHANNEL, consentChannel))
              .bind(CustomerForm::getConsentChannel, CustomerForm::setConsentChannel);
        consentInfo.setId(Ids.CUSTOMER_CONSENT_INFO);
        consentInfo.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        VerticalLayout consentBox = new VerticalLayout(consent, consentInfo);
        consentBox.setPadding(false);
        consentBox.setSpacing(false);
        consentBox.setJustifyContentMode(FlexComponent.JustifyContentMode.END);

        tags.setId(Ids.CUSTOMER_TAGS);
        tags.setLabel(Screen.t("masterdata.customer.tags"));
        tags.setAllowCustomValue(true);
        tags.setSelectedItemsOnTop(true);
        tags.setHelperText(Screen.t("masterdataui.customer.tagsHelp"));
        tags.addCustomValueSetListener(e -> addTags(e.getDetail()));
        binder.forField(errors.add(CustomerFields.TAGS, tags)).bind(CustomerForm::getTags, CustomerForm::setTags);

        text(province, Ids.CUSTOMER_PROVINCE, CustomerFields.ADDRESS_PROVINCE, 30);
        binder.forField(province).bind(CustomerForm::getProvince, CustomerForm::setProvince);
        text(city, Ids.CUSTOMER_CITY, CustomerFields.ADDRESS_CITY, 30);
        binder.forField(city).bind(CustomerForm::getCity, CustomerForm::setCity);
        text(district, Ids.CUSTOMER_DISTRICT, CustomerFields.ADDRESS_DISTRICT, 30);
        binder.forField(district).bind(CustomerForm::getDistrict, CustomerForm::setDistrict);
        text(street, Ids.CUSTOMER_STREET, CustomerFields.ADDRESS_STREET, 200);
        binder.forField(street).bind(CustomerForm::getStreet, CustomerForm::setStreet);

        notes.setId(Ids.CUSTOMER_NOTES);
        notes.setLabel(Screen.t("masterdata.customer.notes"));
        notes.setMinHeight("6em");
        notes.setMaxLength(4000);
        binder.forField(errors.add(CustomerFields.NOTES, notes)).bind(CustomerForm::getNotes, CustomerForm::setNotes);

        // reading order = tab order
        form.add(type, 3);
        form.add(store, name, mobile, idNumber, contactPerson, gender, birthDate, source, consentBox, consentChannel);
        form.add(tags, 3);
        form.add(province, city, district);
        form.add(street, 3);
        form.add(contacts, 3);
        form.add(notes, 3);
        return form;
    }

    private void text(TextField field, String id, String serviceField, int maxLength) {
        field.setId(id);
        field.setLabel(Screen.t(CustomerFields.labelKey(serviceField)));
        field.setMaxLength(maxLength);
        errors.add(serviceField, field);
        enterSaves(field);
    }

    private ShortcutRegistration enterSaves(Component field) {
        return Screen.enterClicks(save, field);
    }

    private Component buttons() {
        save.setId(Ids.CUSTOMER_SAVE);
        save.setText(Screen.t("masterdataui.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setTooltipText(Screen.t("masterdataui.shortcut.enterSaves"));
        save.addClickListener(e -> save(false));
        save.setDisableOnClick(true);
        cancel.setId(Ids.CUSTOMER_CANCEL);
        cancel.setText(Screen.t("masterdataui.action.cancel"));
        cancel.setTooltipText(Screen.t("masterdataui.shortcut.escCancels"));
        cancel.addClickListener(e -> cancel());
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName(LumoUtility.Margin.Top.MEDIUM);
        return buttons;
    }

    private Component vehicleSection() {
        vehicleSection.setPadding(false);
        H3 heading = new H3(Screen.t("masterdataui.customer.vehicles"));
        heading.addClassNames(LumoUtility.FontSize.LARGE);
        newVehicle.setId(Ids.CUSTOMER_VEHICLE_NEW);
        newVehicle.setText(Screen.t("masterdataui.customer.addVehicle"));
        newVehicle.setIcon(VaadinIcon.PLUS.create());
        newVehicle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        newVehicle.addClickListener(e -> UI.getCurrent().navigate(Routes.newVehicle(), Routes.owner(current.getId())));
        HorizontalLayout line = new HorizontalLayout(heading, newVehicle);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);

        vehicleGrid.setId(Ids.CUSTOMER_VEHICLES);
        vehicleGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        vehicleGrid.setAllRowsVisible(true);
        vehicleGrid.setEmptyStateText(Screen.t("masterdataui.customer.noVehicles"));
        vehicleGrid.addComponentColumn(v -> Screen.link(Routes.vehicle(v.id()), v.vin()))
                   .setHeader(Screen.t("masterdata.vehicle.vin")).setAutoWidth(true).setFlexGrow(0);
        vehicleGrid.addColumn(v -> Formats.orEmpty(v.plate())).setHeader(Screen.t("masterdata.vehicle.plate"))
                   .setAutoWidth(true).setFlexGrow(0);
        vehicleGrid.addColumn(this::modelName).setKey("model").setHeader(Screen.t("masterdata.vehicle.modelId"))
                   .setFlexGrow(1);
        vehicleGrid.addColumn(v -> Formats.orEmpty(v.colour())).setHeader(Screen.t("masterdata.vehicle.colour"))
                   .setAutoWidth(true).setFlexGrow(0);
        vehicleGrid.addColumn(v -> Formats.number(v.lastOdometerKm(), Screen.locale()))
                   .setHeader(Screen.t("masterdata.vehicle.lastOdometerKm")).setAutoWidth(true).setFlexGrow(0)
                   .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        vehicleGrid.addItemDoubleClickListener(e -> UI.getCurrent().navigate(Routes.vehicle(e.getItem().id())));
        vehicleSection.add(line, vehicleGrid);
        return vehicleSection;
    }

    // ------------------------------------------------------------------------------------------------ behaviour

    private void typeChanged(CustomerType t) {
        boolean company = t == CustomerType.COMPANY;
        name.setLabel(Screen.t("masterdata.customer.name." + (company ? CustomerType.COMPANY : CustomerType.PERSON)));
        idNumber.setLabel(Screen.t(CustomerFields.idNumberLabelKey(company ? CustomerType.COMPANY
                : CustomerType.PERSON)));
        idNumber.setPlaceholder(Screen.t(company ? "masterdataui.customer.usccPlaceholder"
                : "masterdataui.customer.idCardPlaceholder"));
        contactPerson.setVisible(company);
        gender.setVisible(!company);
        birthDate.setVisible(!company);
        typeBadge.setText(t == null ? "" : Screen.t(t.labelKey()));
        idNumberHint();
    }

    /** The ID number is an identity card number for a person, a unified social credit code for a company. */
    private void idNumberHint() {
        hint(CustomerFields.ID_NUMBER, idNumber.getValue(),
                v -> type.getValue() == CustomerType.COMPANY ? SocialCreditCode.problem(v) : ChineseIdCard.problem(v));
    }

    /** A hint from the same validator the service uses, shown as the user leaves the field. */
    private void hint(String field, String value, java.util.function.Function<String, Optional<String>> check) {
        if (value == null || value.isBlank()) {
            errors.hint(field, null);
            return;
        }
        errors.hint(field, check.apply(value).map(Screen::t).orElse(null));
    }

    private void addTags(String typed) {
        Set<String> merged = Tags.merge(tags.getValue(), typed);
        knownTags.addAll(merged);
        tags.setItems(knownTags);
        tags.setValue(merged);
    }

    private void save(boolean confirmedNotDuplicate) {
        try {
            if (loaded == null || !actor().has(MasterdataPermissions.CUSTOMER_EDIT)) {
                return;
            }
            errors.clear();
            binder.writeBeanAsDraft(current, true);
            current.setContacts(contacts.getRows());
            CustomerFormMapper.Mapping mapping = CustomerFormMapper.toDraft(current, clock);
            try {
                Customer saved = current.isNew()
                        ? customers.create(actor(), mapping.draft(), confirmedNotDuplicate)
                        : customers.update(actor(), current.getId(), current.getVersion(), mapping.draft());
                Ui.success("masterdataui.customer.saved", saved.name());
                if (current.isNew()) {
                    UI.getCurrent().navigate(Routes.customer(saved.id()), backParameters);
                } else {
                    show(saved);
                }
            } catch (ValidationException e) {
                errors.show(mapping.forForm(e));
            }
        } catch (DuplicateCustomerException e) {
            duplicate(e);
        } catch (ConflictException e) {
            conflict.setVisible(true);
            save.setEnabled(false);
            conflict.getElement().callJsFunction("scrollIntoView");
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

    private void duplicate(DuplicateCustomerException e) {
        if (!e.confirmable()) {
            errors.hint(CustomerFields.ID_NUMBER, Screen.t(e.messageKey(), e.args()));
        }
        new DuplicateDialog(e, stores, id -> UI.getCurrent().navigate(Routes.customer(id)),
                e.confirmable() && current.isNew() ? () -> save(true) : null).open();
    }

    private void reload() {
        conflict.setVisible(false);
        save.setEnabled(true);
        if (current == null || current.isNew()) {
            return;
        }
        try {
            show(customers.get(actor(), current.getId()));
            Ui.success("masterdataui.customer.reloaded");
        } catch (NotFoundException e) {
            showNotFound();
        }
    }

    private void cancel() {
        if (loaded == null || notFound.isVisible()) {
            leave();
            return;
        }
        binder.writeBeanAsDraft(current, true);
        current.setContacts(contacts.getRows());
        if (actor().has(MasterdataPermissions.CUSTOMER_EDIT) && CustomerFormMapper.changed(loaded, current, clock)) {
            Confirm.discardChanges(this::leave);
        } else {
            leave();
        }
    }

    private void leave() {
        UI.getCurrent().navigate(Routes.CUSTOMERS, backParameters);
    }

    private static Actor actor() {
        return Screen.actor();
    }

    // ------------------------------------------------------------------------------------------------ loading

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = actor();
        stores = new StoreNames(organisation, actor);
        List<String> q = event.getLocation().getQueryParameters().getParameters().getOrDefault(Routes.QUERY,
                List.of());
        backParameters = q.isEmpty() ? QueryParameters.empty() : QueryParameters.simple(Map.of(Routes.QUERY,
                q.get(0)));
        back.setHref(new Location(Routes.CUSTOMERS, backParameters).getPathWithQueryParameters());
        conflict.setVisible(false);
        notFound.setVisible(false);
        content.setVisible(true);
        save.setEnabled(true);
        errors.clear();

        String raw = event.getRouteParameters().get(Routes.ID).orElse("");
        if (Routes.NEW.equals(raw)) {
            if (!actor.has(MasterdataPermissions.CUSTOMER_EDIT)) {
                Ui.error(new org.forecourt.core.api.NotPermittedException("error.permission.missing",
                        MasterdataPermissions.CUSTOMER_EDIT));
                event.forwardTo(Routes.CUSTOMERS);
                return;
            }
            Long home = actor.homeStoreId();
            if (home == null && stores.active().size() == 1) {
                home = stores.active().get(0).id();
            }
            showForm(CustomerFormMapper.newCustomer(home), actor);
            return;
        }
        OptionalLong id = Routes.parseId(raw);
        if (id.isEmpty()) {
            showNotFound();
            return;
        }
        try {
            show(customers.get(actor, id.getAsLong()));
        } catch (NotFoundException e) {
            showNotFound();
        }
    }

    private void show(Customer c) {
        showForm(CustomerFormMapper.fromCustomer(c), actor());
    }

    private void showForm(CustomerForm form, Actor actor) {
        loaded = form;
        current = CustomerFormMapper.copy(form);
        boolean edit = actor.has(MasterdataPermissions.CUSTOMER_EDIT);

        store.setItems(stores.active().stream().map(Store::id).toList());
        store.setItemLabelGenerator(stores::name);
        store.setVisible(form.isNew() && stores.choice());

        knownTags.clear();
        knownTags.addAll(Tags.sorted(form.getTags()));
        tags.setItems(knownTags);

        binder.readBean(current);
        contacts.setRows(current.getContacts());
        typeChanged(current.getType());

        binder.setReadOnly(!edit);
        contacts.setReadOnly(!edit);
        save.setVisible(edit);
        cancel.setText(Screen.t(edit ? "masterdataui.action.cancel" : "masterdataui.action.back"));

        title.setText(form.isNew() ? Screen.t("masterdataui.customer.newTitle") : form.getName());
        storeBadge.setText(stores.name(form.getStoreId()));
        storeBadge.setVisible(form.getStoreId() != null && !form.isNew());
        consentInfo.setText(consentText(form));
        meta.setText(form.isNew() ? "" : Screen.t("masterdataui.customer.meta",
                Formats.dateTime(form.getCreatedAt(), actor.zone(), Screen.locale()),
                Formats.dateTime(form.getUpdatedAt(), actor.zone(), Screen.locale())));
        meta.setVisible(!form.isNew());
        showVehicles(form, actor);
        name.focus();
    }

    private String consentText(CustomerForm form) {
        var c = form.getOriginalConsent();
        if (c.at() == null) {
            return "";
        }
        String when = Formats.dateTime(c.at(), actor().zone(), Screen.locale());
        String via = c.channel() == null ? "" : Screen.t(c.channel().labelKey());
        return Screen.t(c.given() ? "masterdataui.customer.consentGivenInfo" : "masterdataui.customer.consentWithdrawnInfo",
                when, via);
    }

    private void showVehicles(CustomerForm form, Actor actor) {
        boolean visible = !form.isNew() && actor.has(MasterdataPermissions.VEHICLE_VIEW);
        vehicleSection.setVisible(visible);
        if (!visible) {
            return;
        }
        newVehicle.setVisible(actor.has(MasterdataPermissions.VEHICLE_EDIT));
        List<VehicleSummary> owned = new ArrayList<>(vehicles.find(actor, VehicleQuery.ownedBy(form.getId()), 0,
                MAX_VEHICLES));
        names = new CatalogNames(organisation, catalog, actor, Screen.locale());
        vehicleGrid.setItems(owned);
    }

    private String modelName(VehicleSummary v) {
        return names == null ? "" : names.vehicle(v.brandId(), v.modelId(), v.makeText(), v.modelText());
    }

    private void showNotFound() {
        loaded = null;
        current = null;
        content.setVisible(false);
        conflict.setVisible(false);
        notFound.setVisible(true);
        title.setText(Screen.t("masterdataui.customer.notFoundTitle"));
        typeBadge.setText("");
        storeBadge.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        if (current == null) {
            return Screen.t("masterdataui.customers.title");
        }
        return current.isNew() ? Screen.t("masterdataui.customer.newTitle") : Formats.orEmpty(loaded.getName());
    }
}
