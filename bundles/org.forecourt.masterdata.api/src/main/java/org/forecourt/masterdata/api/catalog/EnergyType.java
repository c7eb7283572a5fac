package org.forecourt.masterdata.api.catalog;

/** Drive energy: new-energy vehicles (PHEV, BEV) get green plates and different service schedules. */
public enum EnergyType {
    PETROL,
    DIESEL,
    /** a conventional (non plug-in) hybrid */
    HYBRID,
    /** plug-in hybrid, including extended-range electric vehicles */
    PHEV,
    /** battery electric */
    BEV;

    /** e.g. {@code masterdata.catalog.energyType.BEV} */
    public String labelKey() {
        return "masterdata.catalog.energyType." + name();
    }

    public boolean newEnergy() {
        return this == PHEV || this == BEV;
    }
}
