package org.forecourt.forms.impl.internal.osgi;

import java.util.HashMap;
import java.util.Map;

import org.forecourt.core.api.Actor;
import org.forecourt.forms.impl.internal.SubjectDirectory;
import org.forecourt.masterdata.api.customer.Customer;
import org.forecourt.masterdata.api.customer.CustomerService;
import org.forecourt.masterdata.api.vehicle.Vehicle;
import org.forecourt.masterdata.api.vehicle.VehicleService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customer and vehicle of a submission from master data, while it is installed. The master data packages are
 * imported optionally: without them this component alone fails to load and contexts carry only the ids.
 */
@Component(service = SubjectDirectory.class)
public class MasterdataDirectory implements SubjectDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(MasterdataDirectory.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CustomerService customers;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile VehicleService vehicles;

    @Override
    public Map<String, Object> customer(Actor actor, long customerId) {
        CustomerService service = customers;
        Map<String, Object> out = new HashMap<>();
        if (service != null) {
            try {
                Customer c = service.get(actor, customerId);
                put(out, "name", c.name());
                put(out, "mobile", c.mobile());
                put(out, "contactPerson", c.contactPerson());
            } catch (RuntimeException e) {
                LOG.debug("Customer {} not available for the form context: {}", customerId, e.toString());
            }
        }
        return out;
    }

    @Override
    public Map<String, Object> vehicle(Actor actor, long vehicleId) {
        VehicleService service = vehicles;
        Map<String, Object> out = new HashMap<>();
        if (service != null) {
            try {
                Vehicle v = service.get(actor, vehicleId);
                put(out, "vin", v.vin());
                put(out, "plate", v.plate());
                put(out, "model", v.modelText());
                put(out, "brand", v.makeText());
                put(out, "colour", v.colour());
                put(out, "odometerKm", v.lastOdometerKm());
            } catch (RuntimeException e) {
                LOG.debug("Vehicle {} not available for the form context: {}", vehicleId, e.toString());
            }
        }
        return out;
    }

    private static void put(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
