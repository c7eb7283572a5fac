package org.forecourt.masterdata.impl.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

import org.forecourt.masterdata.api.vehicle.OdometerSource;
import org.forecourt.persistence.StoreOwned;

/** An odometer reading ({@code md_odometer_reading}); never changed once written. */
@Entity(name = "OdometerReading")
@Table(name = "md_odometer_reading")
public class OdometerReadingEntity implements StoreOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "store_id", nullable = false, updatable = false)
    private Long storeId;

    @Column(name = "vehicle_id", nullable = false, updatable = false)
    private Long vehicleId;

    @Column(name = "reading_date", nullable = false)
    private LocalDate readingDate;

    @Column(nullable = false)
    private int km;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OdometerSource source;

    @Column(nullable = false)
    private boolean replacement;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", length = 100)
    private String recordedBy;

    protected OdometerReadingEntity() {
    }

    public OdometerReadingEntity(long storeId, long vehicleId, LocalDate readingDate, int km, OdometerSource source,
                                 boolean replacement, Instant recordedAt, String recordedBy) {
        this.storeId = storeId;
        this.vehicleId = vehicleId;
        this.readingDate = readingDate;
        this.km = km;
        this.source = source;
        this.replacement = replacement;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
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

    public LocalDate getReadingDate() {
        return readingDate;
    }

    public int getKm() {
        return km;
    }

    public OdometerSource getSource() {
        return source;
    }

    public boolean isReplacement() {
        return replacement;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
