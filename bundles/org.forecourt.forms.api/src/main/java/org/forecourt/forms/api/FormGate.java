package org.forecourt.forms.api;

import org.forecourt.core.api.Actor;

/**
 * Asked by a module before it completes a step: "may this order be delivered?" The answer is decided on the server
 * from the stored submissions: the newest submitted submission for the purpose and subject must have passed. When no
 * form is bound to the purpose for the store, the gate is open (nothing to fill), with reason
 * {@code forms.gate.open.unbound}.
 */
public interface FormGate {

    GateResult check(Actor actor, String purpose, long storeId, SubjectRef subject);

    /** @throws GateClosedException when the gate is closed */
    default GateResult require(Actor actor, String purpose, long storeId, SubjectRef subject) {
        GateResult r = check(actor, purpose, storeId, subject);
        if (!r.open()) {
            throw new GateClosedException(r);
        }
        return r;
    }
}
