package org.forecourt.core.api;

/** No such record within the actor's scope (a record of another store is "not found", never "forbidden"). */
public class NotFoundException extends ForecourtException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String entity, Object id) {
        super("error.notFound", entity, id);
    }
}
