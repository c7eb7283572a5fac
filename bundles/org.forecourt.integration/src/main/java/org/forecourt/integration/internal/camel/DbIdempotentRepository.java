package org.forecourt.integration.internal.camel;

import org.apache.camel.spi.IdempotentRepository;
import org.forecourt.integration.internal.store.IntegrationStore;

/**
 * Camel's idempotent repository over {@code fc_int_idempotent}, for one processor name. Every call is its own
 * transaction; {@code add} is the atomic "insert unless present" (primary key), so two nodes or threads never both
 * see an id as new.
 */
final class DbIdempotentRepository implements IdempotentRepository {

    private final IntegrationStore store;
    private final String processor;

    DbIdempotentRepository(IntegrationStore store, String processor) {
        this.store = store;
        this.processor = processor;
    }

    @Override
    public boolean add(String key) {
        return store.addKey(processor, key);
    }

    @Override
    public boolean contains(String key) {
        return store.containsKey(processor, key);
    }

    @Override
    public boolean remove(String key) {
        return store.removeKey(processor, key);
    }

    @Override
    public boolean confirm(String key) {
        return true; // add() already made it durable
    }

    @Override
    public void clear() {
        store.clearKeys(processor);
    }

    @Override
    public void start() {
        // stateless: nothing to start
    }

    @Override
    public void stop() {
        // stateless: nothing to stop
    }

    @Override
    public String toString() {
        return "DbIdempotentRepository[" + processor + "]";
    }
}
