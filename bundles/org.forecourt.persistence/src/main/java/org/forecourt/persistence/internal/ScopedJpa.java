package org.forecourt.persistence.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.forecourt.core.api.Actor;
import org.forecourt.persistence.Jpa;

/** A handle on a unit; closing it releases the handle, the unit closes with its last one. */
final class ScopedJpa implements Jpa {

    private final Unit unit;
    private final AtomicBoolean closed = new AtomicBoolean();

    ScopedJpa(Unit unit) {
        this.unit = unit;
    }

    @Override
    public <T> T read(Actor actor, Function<EntityManager, T> work) {
        check();
        return unit.run(actor, true, work);
    }

    @Override
    public <T> T write(Actor actor, Function<EntityManager, T> work) {
        check();
        return unit.run(actor, false, work);
    }

    private void check() {
        if (closed.get()) {
            throw new IllegalStateException("This handle on unit " + unit.name + " is closed");
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            unit.engine().release(unit);
        }
    }

    @Override
    public String toString() {
        return "Jpa[" + unit.name + "]";
    }
}
