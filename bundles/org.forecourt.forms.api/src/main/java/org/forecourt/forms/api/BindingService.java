package org.forecourt.forms.api;

import java.util.List;
import java.util.Optional;

import org.forecourt.core.api.Actor;

/**
 * Purposes and the forms bound to them. Binding needs {@link FormsPermissions#BIND} and the owner in scope (group
 * bindings: group-wide actors).
 */
public interface BindingService {

    /** The purposes of the installed modules, sorted by id. */
    List<FormPurpose> purposes();

    Optional<FormPurpose> purpose(String id);

    /** Bindings the actor can see (group, their brands, their stores). */
    List<FormBinding> bindings(Actor actor);

    /**
     * Binds the form's current published version to the purpose at the owner's level, replacing a binding there.
     *
     * @throws org.forecourt.core.api.ValidationException with {@code forms.bind.notPublished} when the form has no
     *                                                    published version, {@code forms.bind.unknownPurpose}, or
     *                                                    {@code forms.bind.wrongOwner} when a brand binds another
     *                                                    brand's form
     */
    FormBinding bind(Actor actor, String purpose, FormOwner owner, long formId);

    void unbind(Actor actor, long bindingId);

    /**
     * The version that applies for a purpose in a store: the store's binding, else the store's brand's, else the
     * group's — its newest published version. Empty when nothing is bound.
     */
    Optional<FormVersion> resolve(Actor actor, String purpose, long storeId);
}
