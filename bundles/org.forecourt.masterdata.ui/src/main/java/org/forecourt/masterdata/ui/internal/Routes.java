package org.forecourt.masterdata.ui.internal;

import java.util.Map;
import java.util.OptionalLong;

import com.vaadin.flow.router.QueryParameters;

/** The routes of the master data screens and how to build links to them. */
public final class Routes {

    public static final String CUSTOMERS = "customers";
    /** {@code customers/42} opens a customer, {@code customers/new} a blank form. */
    public static final String CUSTOMER = "customers/:id";
    public static final String VEHICLES = "vehicles";
    /** {@code vehicles/7}, {@code vehicles/new}, {@code vehicles/new?owner=42} (first owner preset). */
    public static final String VEHICLE = "vehicles/:id";
    public static final String CATALOG = "catalog";

    public static final String ID = "id";
    public static final String NEW = "new";
    /** Query parameter of the list screens: the search text, so that "back" finds the list as it was. */
    public static final String QUERY = "q";
    /** Query parameter of {@code vehicles/new}: the first owner. */
    public static final String OWNER = "owner";

    private Routes() {
    }

    public static String customer(long id) {
        return CUSTOMERS + "/" + id;
    }

    public static String newCustomer() {
        return CUSTOMERS + "/" + NEW;
    }

    public static String vehicle(long id) {
        return VEHICLES + "/" + id;
    }

    public static String newVehicle() {
        return VEHICLES + "/" + NEW;
    }

    /** The query of {@code vehicles/new} that presets the first owner (pass it separately to the router). */
    public static QueryParameters owner(long customerId) {
        return QueryParameters.simple(Map.of(OWNER, String.valueOf(customerId)));
    }

    /** The record id in a route parameter: a positive number; empty for {@code new} or anything else. */
    public static OptionalLong parseId(String raw) {
        if (raw == null || !raw.matches("[1-9][0-9]{0,17}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(raw));
    }

    /** A query parameter's single value as a positive id. */
    public static OptionalLong idParameter(Map<String, java.util.List<String>> parameters, String name) {
        java.util.List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? OptionalLong.empty() : parseId(values.get(0));
    }
}
