package org.forecourt.persistence.testunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Wrong on purpose: has a storeId but is not StoreOwned, so its rows would escape scoping. */
@Entity
@Table(name = "b_order")
public class UnscopedOrder {

    @Id
    private Long id;

    @Column(name = "store_id")
    private Long storeId;

    public Long getStoreId() {
        return storeId;
    }
}
