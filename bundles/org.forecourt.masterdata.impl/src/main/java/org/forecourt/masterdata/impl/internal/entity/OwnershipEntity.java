package org.forecourt.masterdata.impl.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

import org.forecourt.persistence.StoreOwned;

/** A customer's ownership of a vehicle from {@code fromDate} until {@code toDate} (exclusive, null = current). */
@Entity(name = "VehicleOwnership")
@Table(name = "md_vehicle_owner")
public class OwnershipEntity implements StoreOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "store_id", nullable = false, updatable = false)
    private Long storeId;

    @Column(name = "vehicle_id", nullable = false, updatable = false)
    private Long vehicleId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    protected OwnershipEntity() {
    }

    public OwnershipEntity(long storeId, long vehicleId, long customerId, LocalDate fromDate) {
        this.storeId = storeId;
        this.vehicleId = vehicleId;
        this.customerId = customerId;
        this.fromDate = fromDate;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getStoreId() {
        return storeId;
    }

    public Long getVehicleId() {
        return vehicleId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }
}
