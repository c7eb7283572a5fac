package org.forecourt.masterdata.ui.internal.customer;

import java.util.List;

import org.forecourt.masterdata.api.customer.CustomerSummary;

/** A line of the customer list: the search result and the customer's tags. */
public record CustomerRow(CustomerSummary summary, List<String> tags) {

    public CustomerRow {
        tags = List.copyOf(tags);
    }

    public long id() {
        return summary.id();
    }
}
