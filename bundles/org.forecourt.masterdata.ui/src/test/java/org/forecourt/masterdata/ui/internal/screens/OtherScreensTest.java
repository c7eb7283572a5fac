package org.forecourt.masterdata.ui.internal.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forecourt.masterdata.ui.internal.screens.Harness.enter;
import static org.forecourt.masterdata.ui.internal.screens.Harness.find;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.forecourt.core.api.org.Brand;
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.catalog.CatalogModel;
import org.forecourt.masterdata.api.catalog.Trim;
import org.forecourt.masterdata.api.customer.CustomerSummary;
import org.forecourt.masterdata.api.vehicle.OdometerReading;
import org.forecourt.masterdata.api.vehicle.VehicleSummary;
import org.forecourt.masterdata.ui.internal.Ids;
import org.forecourt.masterdata.ui.internal.catalog.CatalogView;
import org.forecourt.masterdata.ui.internal.vehicle.VehicleView;
import org.forecourt.masterdata.ui.internal.vehicle.VehiclesView;

/** The vehicle and catalogue screens built and used without a browser, against in-memory services. */
class OtherScreensTest {

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

    @Test
    @SuppressWarnings("unchecked")
    void theVehicleListShowsModelOwnerAndMileage() {
        VehiclesView view = new VehiclesView(vehicles, catalog, organisation);
        enter(ui, view, "vehicles", null, QueryParameters.empty());
        Grid<VehicleSummary> grid = find(view, Ids.VEHICLES_GRID, Grid.class);
        assertThat(grid.getColumns()).extracting(Grid.Column::getKey)
                .containsExactly("vin", "plate", "model", "owner", "odometer", "updated");
        assertThat(grid.getDataProvider().fetch(new Query<>()).map(VehicleSummary::vin))
                .containsExactly("LGXCE4CB0P0000001");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aVehicleShowsItsCatalogueOdometerAndOwners() {
        VehicleView view = new VehicleView(vehicles, customers, catalog, organisation);
        enter(ui, view, "vehicles/7", "7", QueryParameters.empty());
        assertThat(find(view, Ids.VEHICLE_VIN, TextField.class).getValue()).isEqualTo("LGXCE4CB0P0000001");
        assertThat(find(view, Ids.VEHICLE_BRAND, ComboBox.class).getValue()).isEqualTo(1L);
        assertThat(find(view, Ids.VEHICLE_MODEL, ComboBox.class).getValue()).isEqualTo(3L);
        assertThat(find(view, Ids.VEHICLE_TRIM, ComboBox.class).getValue()).isEqualTo(9L);
        assertThat(find(view, Ids.VEHICLE_TRIM, ComboBox.class).getItemLabelGenerator().apply(9L))
                .isEqualTo("长续航智驾版 · ¥259,800.00");
        assertThat(find(view, Ids.VEHICLE_OWNER, ComboBox.class).isVisible()).as("owners change below").isFalse();
        assertThat(find(view, Ids.VEHICLE_TITLE, com.vaadin.flow.component.html.H2.class).getText())
                .isEqualTo("沪AD12345 · LGXCE4CB0P0000001");
        Grid<OdometerReading> readings = find(view, Ids.VEHICLE_ODOMETER_GRID, Grid.class);
        assertThat(readings.getGenericDataView().getItems().count()).isEqualTo(1);
        assertThat(find(view, Ids.VEHICLE_AVERAGE_KM, Span.class).getText()).contains("masterdataui.vehicle.averageKm");
        assertThat(find(view, Ids.VEHICLE_OWNERS_GRID, Grid.class).getGenericDataView().getItems().count())
                .isEqualTo(1);
    }

    @Test
    void aReadingIsAddedAndTheFormKeepsUnsavedInput() {
        VehicleView view = new VehicleView(vehicles, customers, catalog, organisation);
        enter(ui, view, "vehicles/7", "7", QueryParameters.empty());
        find(view, Ids.VEHICLE_COLOUR, TextField.class).setValue("珍珠白");
        find(view, Ids.ODOMETER_KM, IntegerField.class).setValue(15000);
        find(view, Ids.ODOMETER_ADD, Button.class).click();
        assertThat(vehicles.readings).hasSize(2);
        assertThat(find(view, Ids.VEHICLE_COLOUR, TextField.class).getValue()).isEqualTo("珍珠白");
        assertThat(find(view, Ids.VEHICLE_CONFLICT, Div.class).isVisible()).isFalse();
        assertThat(find(view, Ids.ODOMETER_KM, IntegerField.class).getValue()).isNull();
    }

    @Test
    void aReadingWithoutKilometresIsRefusedOnTheField() {
        VehicleView view = new VehicleView(vehicles, customers, catalog, organisation);
        enter(ui, view, "vehicles/7", "7", QueryParameters.empty());
        find(view, Ids.ODOMETER_ADD, Button.class).click();
        assertThat(find(view, Ids.ODOMETER_KM, IntegerField.class).isInvalid()).isTrue();
        assertThat(vehicles.readings).hasSize(1);
    }

    @Test
    void aVinWithAWrongCheckDigitIsHintedAtOnce() {
        VehicleView view = new VehicleView(vehicles, customers, catalog, organisation);
        enter(ui, view, "vehicles/new", "new", QueryParameters.empty());
        TextField vin = find(view, Ids.VEHICLE_VIN, TextField.class);
        vin.setValue("LGXCE4CB1P0000001");
        assertThat(vin.isInvalid()).isTrue();
        assertThat(vin.getErrorMessage()).contains("validation.vin.checksum");
        vin.setValue("LGXCE4CB0P0000001");
        assertThat(vin.isInvalid()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewVehicleForACustomerStartsWithThatOwnerAndStore() {
        VehicleView view = new VehicleView(vehicles, customers, catalog, organisation);
        enter(ui, view, "vehicles/new", "new", QueryParameters.simple(Map.of("owner", "42")));
        ComboBox<CustomerSummary> owner = find(view, Ids.VEHICLE_OWNER, ComboBox.class);
        assertThat(owner.isVisible()).isTrue();
        assertThat(owner.getValue().id()).isEqualTo(42L);
        assertThat(find(view, Ids.VEHICLE_STORE, Select.class).getValue()).isEqualTo(3L);
        find(view, Ids.VEHICLE_VIN, TextField.class).setValue("LGXCE4CB2P0000002");
        find(view, Ids.VEHICLE_SAVE, Button.class).click();
        assertThat(vehicles.byId.get(8L).ownerId()).isEqualTo(42L);
        assertThat(Harness.navigations(ui)).containsExactly("vehicles/8");
    }

    @Test
    void aConcurrentVehicleSaveOffersAReload() {
        VehicleView view = new VehicleView(vehicles, customers, catalog, organisation);
        enter(ui, view, "vehicles/7", "7", QueryParameters.empty());
        find(view, Ids.VEHICLE_SAVE, Button.class).click();
        assertThat(find(view, Ids.VEHICLE_CONFLICT, Div.class).isVisible()).isTrue();
        find(view, Ids.VEHICLE_RELOAD, Button.class).click();
        assertThat(find(view, Ids.VEHICLE_CONFLICT, Div.class).isVisible()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCatalogueShowsBrandModelsAndTrimsWithPrices() {
        CatalogView view = new CatalogView(catalog, organisation);
        enter(ui, view, "catalog", null, QueryParameters.empty());
        assertThat(find(view, Ids.CATALOG_BRAND, Select.class).getValue()).isEqualTo(
                new Brand(1, "BYD", "比亚迪", true, 0));
        Grid<CatalogModel> models = find(view, Ids.CATALOG_MODELS_GRID, Grid.class);
        assertThat(models.getGenericDataView().getItems()).containsExactly(catalog.seal);
        models.select(catalog.seal);
        Grid<Trim> trims = find(view, Ids.CATALOG_TRIMS_GRID, Grid.class);
        assertThat(trims.getGenericDataView().getItems()).containsExactly(catalog.longRange);
        assertThat(find(view, Ids.CATALOG_TRIM_NEW, Button.class).isEnabled()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTrimPriceMayBeTypedInTenThousands() {
        CatalogView view = new CatalogView(catalog, organisation);
        enter(ui, view, "catalog", null, QueryParameters.empty());
        find(view, Ids.CATALOG_MODELS_GRID, Grid.class).select(catalog.seal);
        find(view, Ids.CATALOG_TRIM_NEW, Button.class).click();
        Harness.flush(ui);
        Dialog dialog = find(ui, Ids.CATALOG_TRIM_DIALOG, Dialog.class);
        find(dialog, Ids.CATALOG_TRIM_CODE, TextField.class).setValue("SR");
        find(dialog, Ids.CATALOG_TRIM_NAME, TextField.class).setValue("标准续航版");
        TextField price = find(dialog, Ids.CATALOG_TRIM_PRICE, TextField.class);
        price.setValue("abc");
        find(dialog, Ids.CATALOG_TRIM_SAVE, Button.class).click();
        assertThat(price.isInvalid()).isTrue();
        assertThat(catalog.saved).isEmpty();

        price.setValue("17.98万");
        find(dialog, Ids.CATALOG_TRIM_SAVE, Button.class).click();
        assertThat(catalog.saved).extracting(Trim::listPrice).containsExactly(new BigDecimal("179800.00"));
    }

    @Test
    void withoutCatalogueEditingThereAreNoEditButtons() {
        Harness.stop();
        ui = Harness.start(Fakes.actor(MasterdataPermissions.CUSTOMER_VIEW));
        CatalogView view = new CatalogView(catalog, organisation);
        enter(ui, view, "catalog", null, QueryParameters.empty());
        assertThat(List.of(Ids.CATALOG_MODEL_NEW, Ids.CATALOG_MODEL_EDIT, Ids.CATALOG_TRIM_NEW, Ids.CATALOG_TRIM_EDIT))
                .allSatisfy(id -> assertThat(find(view, id, Button.class).isVisible()).isFalse());
    }
}
