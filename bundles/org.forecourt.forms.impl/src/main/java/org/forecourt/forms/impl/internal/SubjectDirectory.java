package org.forecourt.forms.impl.internal;

import java.util.Map;

import org.forecourt.core.api.Actor;

/**
 * The customer and vehicle of a submission's context, as {@link org.forecourt.forms.api.engine.FormContext} maps
 * (an internal service: the master data bridge registers it; without it the context holds only the ids).
 * Implementations return an empty map when the record is unknown or invisible to the actor, and never throw.
 */
public interface SubjectDirectory {

    SubjectDirectory NONE = new SubjectDirectory() {
        @Override
        public Map<String, Object> customer(Actor actor, long customerId) {
            return Map.of();
        }

        @Override
        public Map<String, Object> vehicle(Actor actor, long vehicleId) {
            return Map.of();
        }
    };

    /** Keys {@code id}, {@code name}, {@code mobile}. */
    Map<String, Object> customer(Actor actor, long customerId);

    /** Keys {@code id}, {@code vin}, {@code plate}, {@code model}, {@code odometerKm}. */
    Map<String, Object> vehicle(Actor actor, long vehicleId);
}
