package org.forecourt.forms.api.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * What a form is filled for and by whom: the values of reference items, of instruction placeholders
 * ({@code {customer.name}}) and of the expression variables {@code customer}, {@code vehicle}, {@code user} and
 * {@code store}. Each map holds plain values (String, Number, Boolean, LocalDate) under keys such as {@code id},
 * {@code name}, {@code mobile} (customer), {@code vin}, {@code plate}, {@code model}, {@code brand}, {@code odometerKm}
 * (vehicle), {@code name}, {@code role} (user), {@code code}, {@code name} (store). Unknown keys render as
 * {@code ""}.
 */
public record FormContext(Locale locale, ZoneId zone, LocalDate today, Map<String, Object> customer,
                          Map<String, Object> vehicle, Map<String, Object> user, Map<String, Object> store) {

    public FormContext {
        locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        today = today == null ? LocalDate.now(zone) : today;
        customer = customer == null ? Map.of() : Map.copyOf(customer);
        vehicle = vehicle == null ? Map.of() : Map.copyOf(vehicle);
        user = user == null ? Map.of() : Map.copyOf(user);
        store = store == null ? Map.of() : Map.copyOf(store);
    }

    /** No customer, vehicle, user or store (designer preview, benchmarks). */
    public static FormContext empty(Locale locale) {
        return new FormContext(locale, null, null, null, null, null, null);
    }
}
