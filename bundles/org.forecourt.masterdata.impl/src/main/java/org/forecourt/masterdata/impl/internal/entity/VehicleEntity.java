package org.forecourt.masterdata.impl.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

import org.forecourt.persistence.StoreOwned;

/** A vehicle row ({@code md_vehicle}). {@code ownerId} repeats the current ownership for lists and searches. */
@Entity(name = "Vehicle")
@Table(name = "md_vehicle")
public class VehicleEntity implements StoreOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "store_id", nullable = false, updatable = false)
    private Long storeId;

    @Column(nullable = false, length = 17)
    private String vin;

    @Column(name = "vin_rev", nullable = false, length = 17)
    private String vinRev;

    @Column(length = 10)
    private String plate;

    @Column(name = "plate_rev", length = 10)
    private String plateRev;

    @Column(name = "brand_id")
    private Long brandId;

    @Column(name = "model_id")
    private Long modelId;

    @Column(name = "trim_id")
    private Long trimId;

    @Column(name = "make_text", length = 50)
    private String makeText;

    @Column(name = "model_text", length = 50)
    private String modelText;

    @Column(length = 30)
    private String colour;

    @Column(name = "model_year")
    private Integer modelYear;

    @Column(name = "first_registration")
    private LocalDate firstRegistration;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected VehicleEntity() {
    }

    public VehicleEntity(long storeId, Instant createdAt) {
        this.storeId = storeId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getStoreId() {
        return storeId;
    }

    public String getVin() {
        return vin;
    }

    public void setVin(String vin) {
        this.vin = vin;
    }

    public String getVinRev() {
        return vinRev;
    }

    public void setVinRev(String vinRev) {
        this.vinRev = vinRev;
    }

    public String getPlate() {
        return plate;
    }

    public void setPlate(String plate) {
        this.plate = plate;
    }

    public String getPlateRev() {
        return plateRev;
    }

    public void setPlateRev(String plateRev) {
        this.plateRev = plateRev;
    }

    public Long getBrandId() {
        return brandId;
    }

    public void setBrandId(Long brandId) {
        this.brandId = brandId;
    }

    public Long getModelId() {
        return modelId;
    }

    public void setModelId(Long modelId) {
        this.modelId = modelId;
    }

    public Long getTrimId() {
        return trimId;
    }

    public void setTrimId(Long trimId) {
        this.trimId = trimId;
    }

    public String getMakeText() {
        return makeText;
    }

    public void setMakeText(String makeText) {
        this.makeText = makeText;
    }

    public String getModelText() {
        return modelText;
    }

    public void setModelText(String modelText) {
        this.modelText = modelText;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public Integer getModelYear() {
        return modelYear;
    }

    public void setModelYear(Integer modelYear) {
        this.modelYear = modelYear;
    }

    public LocalDate getFirstRegistration() {
        return firstRegistration;
    }

    public void setFirstRegistration(LocalDate firstRegistration) {
        this.firstRegistration = firstRegistration;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
