/**
 * Vehicles known to a store — sold, serviced, traded in — with their odometer history and owners over time, and the
 * {@link org.forecourt.masterdata.api.vehicle.VehicleService}. Field names in validation errors are listed in
 * {@link org.forecourt.masterdata.api.vehicle.VehicleFields}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.forecourt.masterdata.api.vehicle;
