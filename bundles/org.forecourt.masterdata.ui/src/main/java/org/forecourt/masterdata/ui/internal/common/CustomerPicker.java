package org.forecourt.masterdata.ui.internal.common;

import java.util.function.Supplier;

import com.vaadin.flow.component.combobox.ComboBox;

import org.forecourt.masterdata.api.customer.Customer;
import org.forecourt.masterdata.api.customer.CustomerQuery;
import org.forecourt.masterdata.api.customer.CustomerService;
import org.forecourt.masterdata.api.customer.CustomerSummary;

/** A combo box that finds customers as the user types (name, mobile or its last digits, ID number). */
public final class CustomerPicker {

    private static final int MAX_PAGE = 500;

    private CustomerPicker() {
    }

    /**
     * @param storeId the store whose customers may be picked (null = any store in scope), read at each search
     */
    public static ComboBox<CustomerSummary> create(CustomerService customers, Supplier<Long> storeId) {
        ComboBox<CustomerSummary> box = new ComboBox<>();
        box.setItemLabelGenerator(CustomerPicker::label);
        box.setItems(query -> customers.find(Screen.actor(), query(query.getFilter().orElse(null), storeId.get()),
                        query.getOffset(), Math.min(query.getLimit(), MAX_PAGE)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE,
                        customers.count(Screen.actor(), query(query.getFilter().orElse(null), storeId.get()))));
        box.setPlaceholder(Screen.t("masterdataui.customerPicker.placeholder"));
        return box;
    }

    private static CustomerQuery query(String text, Long storeId) {
        return CustomerQuery.text(Formats.blankToNull(text)).withStoreId(storeId);
    }

    /** {@code 王芳 · 138****8000}. */
    public static String label(CustomerSummary s) {
        if (s == null) {
            return "";
        }
        String mobile = Formats.maskedMobile(s.mobile());
        return mobile.isEmpty() ? s.name() : s.name() + " · " + mobile;
    }

    /** The summary of a customer read in full, e.g. to preset a picker. */
    public static CustomerSummary summary(Customer c) {
        return new CustomerSummary(c.id(), c.storeId(), c.type(), c.name(), c.contactPerson(), c.mobile(),
                c.idNumber(), c.address().city(), c.updatedAt(), c.version());
    }
}
