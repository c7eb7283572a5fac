package org.forecourt.masterdata.ui.internal.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forecourt.masterdata.ui.internal.screens.Harness.enter;
import static org.forecourt.masterdata.ui.internal.screens.Harness.find;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.ValidationException;
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.customer.CustomerMatch;
import org.forecourt.masterdata.api.customer.CustomerType;
import org.forecourt.masterdata.api.customer.DuplicateCustomerException;
import org.forecourt.masterdata.ui.internal.Ids;
import org.forecourt.masterdata.ui.internal.customer.CustomerRow;
import org.forecourt.masterdata.ui.internal.customer.CustomerView;
import org.forecourt.masterdata.ui.internal.customer.CustomersView;

/** The customer screens built and used without a browser, against in-memory services. */
class CustomerScreensTest {

    private final Fakes.Customers customers = new Fakes.Customers();
    private final Fakes.Vehicles vehicles = new Fakes.Vehicles();
    private final Fakes.Catalog catalog = new Fakes.Catalog();
    private final Fakes.Organisation organisation = new Fakes.Organisation();
    private UI ui;

    @BeforeEach
    void start() {
        ui = Harness.start(Fakes.editor());
    }

    @AfterEach
    void stop() {
        Harness.stop();
    }

    private CustomerView open(String id) {
        CustomerView view = new CustomerView(customers, vehicles, catalog, organisation);
        enter(ui, view, "customers/" + id, id, QueryParameters.simple(Map.of("q", "王")));
        return view;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListSearchesAndShowsTagsAndMaskedMobiles() {
        CustomersView view = new CustomersView(customers, organisation);
        enter(ui, view, "customers", null, QueryParameters.simple(Map.of("q", "王")));
        assertThat(find(view, Ids.CUSTOMER_SEARCH, TextField.class).getValue()).isEqualTo("王");
        Grid<CustomerRow> grid = find(view, Ids.CUSTOMERS_GRID, Grid.class);
        List<CustomerRow> rows = grid.getDataProvider().fetch(new Query<>()).toList();
        assertThat(rows).extracting(r -> r.summary().name()).containsExactly("王芳");
        assertThat(rows.get(0).tags()).containsExactly("vip", "老客户");
        assertThat(grid.getColumnByKey("mobile").getRenderer()).isNotNull();
        assertThat(grid.getColumns()).extracting(Grid.Column::getKey)
                .containsExactly("name", "mobile", "type", "store", "tags", "updated");
        assertThat(find(view, Ids.CUSTOMER_NEW, Button.class).isVisible()).isTrue();
    }

    @Test
    void withoutEditPermissionThereIsNoNewButtonAndTheFormIsReadOnly() {
        Harness.stop();
        ui = Harness.start(Fakes.actor(MasterdataPermissions.CUSTOMER_VIEW));
        CustomersView list = new CustomersView(customers, organisation);
        enter(ui, list, "customers", null, QueryParameters.empty());
        assertThat(find(list, Ids.CUSTOMER_NEW, Button.class).isVisible()).isFalse();

        CustomerView view = open("42");
        assertThat(find(view, Ids.CUSTOMER_NAME, TextField.class).isReadOnly()).isTrue();
        assertThat(find(view, Ids.CUSTOMER_SAVE, Button.class).isVisible()).isFalse();
        assertThat(find(view, Ids.CUSTOMER_VEHICLES, Grid.class).getParent().orElseThrow().isVisible())
                .as("no vehicle permission: no vehicle section").isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCustomerIsShownWithItsVehicles() {
        CustomerView view = open("42");
        assertThat(find(view, Ids.CUSTOMER_NAME, TextField.class).getValue()).isEqualTo("王芳");
        assertThat(find(view, Ids.CUSTOMER_MOBILE, TextField.class).getValue()).isEqualTo("13800138000");
        assertThat(find(view, Ids.CUSTOMER_CONTACT_VALUE + 0, TextField.class).getValue()).isEqualTo("wangfang88");
        assertThat(find(view, Ids.CUSTOMER_TAGS, MultiSelectComboBox.class).getValue()).isEqualTo(Set.of("vip", "老客户"));
        assertThat(find(view, Ids.CUSTOMER_CONTACT_PERSON, TextField.class).isVisible()).isFalse();
        Grid<?> owned = find(view, Ids.CUSTOMER_VEHICLES, Grid.class);
        assertThat(owned.getGenericDataView().getItems().count()).isEqualTo(1);
        assertThat(view.getPageTitle()).isEqualTo("王芳");
        find(view, Ids.CUSTOMER_VEHICLE_NEW, Button.class).click();
        assertThat(Harness.navigations(ui)).containsExactly("vehicles/new?owner=42");
    }

    @Test
    @SuppressWarnings("unchecked")
    void switchingToACompanyChangesTheFields() {
        CustomerView view = open("new");
        RadioButtonGroup<CustomerType> type = find(view, Ids.CUSTOMER_TYPE, RadioButtonGroup.class);
        assertThat(type.getValue()).isEqualTo(CustomerType.PERSON);
        assertThat(find(view, Ids.CUSTOMER_STORE, com.vaadin.flow.component.select.Select.class).isVisible())
                .as("two stores in scope: the user chooses").isTrue();
        type.setValue(CustomerType.COMPANY);
        assertThat(find(view, Ids.CUSTOMER_CONTACT_PERSON, TextField.class).isVisible()).isTrue();
        assertThat(find(view, Ids.CUSTOMER_GENDER, com.vaadin.flow.component.select.Select.class).isVisible())
                .isFalse();
        assertThat(find(view, Ids.CUSTOMER_ID_NUMBER, TextField.class).getLabel())
                .contains("masterdata.customer.idNumber.COMPANY");
    }

    @Test
    @SuppressWarnings("unchecked")
    void hintsComeFromTheServicesValidatorsAndFollowTheCustomerType() {
        CustomerView view = open("new");
        TextField mobile = find(view, Ids.CUSTOMER_MOBILE, TextField.class);
        mobile.setValue("1380013");
        assertThat(mobile.isInvalid()).isTrue();
        assertThat(mobile.getErrorMessage()).contains("validation.mobile.length");
        mobile.setValue("+86 138-0013-8000");
        assertThat(mobile.isInvalid()).isFalse();

        TextField id = find(view, Ids.CUSTOMER_ID_NUMBER, TextField.class);
        id.setValue("91350100M000100Y43");
        assertThat(id.isInvalid()).as("a credit code is not an ID card number").isTrue();
        find(view, Ids.CUSTOMER_TYPE, RadioButtonGroup.class).setValue(CustomerType.COMPANY);
        assertThat(id.isInvalid()).as("but a valid credit code of a company").isFalse();
    }

    @Test
    void everyFieldErrorIsShownAtOnceOnItsField() {
        customers.failure = () -> new ValidationException(List.of(
                FieldError.of("name", "masterdata.validation.required"),
                FieldError.of("mobile", "validation.mobile.length"),
                FieldError.of("otherContacts[0].value", "masterdata.validation.email"),
                FieldError.of("consent.at", "masterdata.validation.future")));
        CustomerView view = open("new");
        find(view, Ids.CUSTOMER_MOBILE, TextField.class).setValue("1380013");
        find(view, Ids.CUSTOMER_CONTACT_ADD, Button.class).click();
        find(view, Ids.CUSTOMER_CONTACT_ADD, Button.class).click();
        find(view, Ids.CUSTOMER_CONTACT_VALUE + 1, TextField.class).setValue("a@b");
        find(view, Ids.CUSTOMER_SAVE, Button.class).click();

        assertThat(customers.drafts).hasSize(1);
        assertThat(customers.drafts.get(0).otherContacts()).hasSize(1);
        TextField name = find(view, Ids.CUSTOMER_NAME, TextField.class);
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("masterdata.validation.required");
        assertThat(find(view, Ids.CUSTOMER_MOBILE, TextField.class).getErrorMessage())
                .contains("validation.mobile.length");
        assertThat(find(view, Ids.CUSTOMER_CONTACT_VALUE + 0, TextField.class).isInvalid())
                .as("the blank line was not sent").isFalse();
        assertThat(find(view, Ids.CUSTOMER_CONTACT_VALUE + 1, TextField.class).getErrorMessage())
                .contains("masterdata.validation.email");
        assertThat(find(view, Ids.CUSTOMER_SAVE, Button.class).isEnabled()).isTrue();
    }

    @Test
    void aPossibleDuplicateIsShownAndMayBeCreatedAnyway() {
        customers.failure = () -> customers.confirmations.get(customers.confirmations.size() - 1) ? null
                : new DuplicateCustomerException(DuplicateCustomerException.KEY,
                        List.of(new CustomerMatch(42, 3, "王芳", "13800138000", Set.of(CustomerMatch.MatchedOn.MOBILE))),
                        true);
        CustomerView view = open("new");
        find(view, Ids.CUSTOMER_NAME, TextField.class).setValue("王芳");
        find(view, Ids.CUSTOMER_MOBILE, TextField.class).setValue("13800138000");
        find(view, Ids.CUSTOMER_SAVE, Button.class).click();
        Harness.flush(ui);
        Dialog dialog = find(ui, Ids.DUPLICATE_DIALOG, Dialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(Harness.findAny(dialog, Ids.DUPLICATE_CREATE_ANYWAY)).isPresent();

        find(dialog, Ids.DUPLICATE_CREATE_ANYWAY, Button.class).click();
        assertThat(customers.confirmations).containsExactly(false, true);
        assertThat(customers.byId).hasSize(3);
        assertThat(Harness.navigations(ui)).containsExactly("customers/100?q=%E7%8E%8B");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTakenIdNumberCannotBeConfirmed() {
        customers.failure = () -> new DuplicateCustomerException(DuplicateCustomerException.KEY_ID_NUMBER_TAKEN,
                List.of(new CustomerMatch(42, 3, "王芳", null, Set.of(CustomerMatch.MatchedOn.ID_NUMBER))), false);
        CustomerView view = open("new");
        find(view, Ids.CUSTOMER_SAVE, Button.class).click();
        Harness.flush(ui);
        Dialog dialog = find(ui, Ids.DUPLICATE_DIALOG, Dialog.class);
        assertThat(Harness.findAny(dialog, Ids.DUPLICATE_CREATE_ANYWAY)).isEmpty();
        Grid<CustomerMatch> matches = find(dialog, Ids.DUPLICATE_GRID, Grid.class);
        assertThat(matches.getGenericDataView().getItems().map(CustomerMatch::customerId)).containsExactly(42L);
        assertThat(find(view, Ids.CUSTOMER_ID_NUMBER, TextField.class).isInvalid()).isTrue();
    }

    @Test
    void aConcurrentSaveOverwritesNothingAndOffersAReload() {
        CustomerView view = open("42");
        customers.failure = () -> new ConflictException("Customer", 42);
        find(view, Ids.CUSTOMER_NAME, TextField.class).setValue("王芳芳");
        find(view, Ids.CUSTOMER_SAVE, Button.class).click();
        assertThat(find(view, Ids.CUSTOMER_CONFLICT, Div.class).isVisible()).isTrue();
        assertThat(find(view, Ids.CUSTOMER_SAVE, Button.class).isEnabled()).isFalse();
        assertThat(find(view, Ids.CUSTOMER_NAME, TextField.class).getValue()).as("the input stays")
                .isEqualTo("王芳芳");
        assertThat(customers.byId.get(42L).name()).isEqualTo("王芳");

        customers.failure = null;
        find(view, Ids.CUSTOMER_RELOAD, Button.class).click();
        assertThat(find(view, Ids.CUSTOMER_CONFLICT, Div.class).isVisible()).isFalse();
        assertThat(find(view, Ids.CUSTOMER_NAME, TextField.class).getValue()).isEqualTo("王芳");
        assertThat(find(view, Ids.CUSTOMER_SAVE, Button.class).isEnabled()).isTrue();
    }

    @Test
    void savingAnExistingCustomerSendsItsVersionAndShowsTheNewValues() {
        CustomerView view = open("42");
        find(view, Ids.CUSTOMER_NAME, TextField.class).setValue("王 芳");
        find(view, Ids.CUSTOMER_CONSENT, Checkbox.class).setValue(true);
        find(view, Ids.CUSTOMER_SAVE, Button.class).click();
        assertThat(customers.byId.get(42L).name()).isEqualTo("王 芳");
        assertThat(customers.byId.get(42L).version()).isEqualTo(2);
        assertThat(customers.byId.get(42L).consent().given()).isTrue();
        assertThat(customers.byId.get(42L).tags()).containsExactlyInAnyOrder("vip", "老客户");
        find(view, Ids.CUSTOMER_NAME, TextField.class).setValue("王芳");
        find(view, Ids.CUSTOMER_SAVE, Button.class).click();
        assertThat(customers.byId.get(42L).version()).as("the form took the new version").isEqualTo(3);
    }

    @Test
    void cancelLeavesForTheListKeepingTheSearch() {
        CustomerView view = open("42");
        find(view, Ids.CUSTOMER_CANCEL, Button.class).click();
        assertThat(Harness.navigations(ui)).containsExactly("customers?q=%E7%8E%8B");
    }

    @Test
    void cancelWithUnsavedChangesAsksFirst() {
        CustomerView view = open("42");
        find(view, Ids.CUSTOMER_NAME, TextField.class).setValue("别的名字");
        find(view, Ids.CUSTOMER_CANCEL, Button.class).click();
        Harness.flush(ui);
        assertThat(Harness.findAny(ui, Ids.DISCARD_DIALOG)).isPresent();
        assertThat(Harness.navigations(ui)).isEmpty();
    }

    @Test
    void anUnknownOrForeignCustomerIsNotFound() {
        CustomerView view = open("999");
        assertThat(find(view, Ids.CUSTOMER_NOT_FOUND, Div.class).isVisible()).isTrue();
        CustomerView garbage = open("abc");
        assertThat(find(garbage, Ids.CUSTOMER_NOT_FOUND, Div.class).isVisible()).isTrue();
    }
}
