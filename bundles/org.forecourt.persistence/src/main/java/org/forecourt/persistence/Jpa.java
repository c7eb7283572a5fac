package org.forecourt.persistence;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.forecourt.core.api.Actor;

/**
 * A module's persistence unit. The only way to reach an EntityManager is through {@link #read} or
 * {@link #write}, and both need an actor: queries on {@link StoreOwned} entities (JPQL, criteria and
 * {@code find}) return only rows of the actor's stores, writes outside them are refused with
 * {@link org.forecourt.core.api.NotPermittedException}, and every insert, update and delete of an entity that is
 * not {@link NotAudited} is written to the audit log (who, when, store, entity, id, changed fields before → after)
 * in the same transaction. An {@code OptimisticLockException} surfaces as
 * {@link org.forecourt.core.api.ConflictException}.
 */
public interface Jpa extends AutoCloseable {

    /** Runs work in a read-only transaction within the actor's scope. */
    <T> T read(Actor actor, Function<EntityManager, T> work);

    /** Runs work in a transaction that commits when work returns and rolls back when it throws. */
    <T> T write(Actor actor, Function<EntityManager, T> work);

    default void run(Actor actor, Consumer<EntityManager> work) {
        write(actor, em -> {
            work.accept(em);
            return null;
        });
    }

    /** Releases the handle; the factory closes with its last handle. */
    @Override
    void close();
}
