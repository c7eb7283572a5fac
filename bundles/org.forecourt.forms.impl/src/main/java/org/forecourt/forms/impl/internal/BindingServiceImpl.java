package org.forecourt.forms.impl.internal;

import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.ValidationException;
import org.forecourt.forms.api.BindingService;
import org.forecourt.forms.api.FormBinding;
import org.forecourt.forms.api.FormOwner;
import org.forecourt.forms.api.FormPurpose;
import org.forecourt.forms.api.FormVersion;
import org.forecourt.forms.api.FormsPermissions;
import org.forecourt.forms.api.OwnerLevel;
import org.forecourt.forms.api.PurposeContribution;
import org.forecourt.forms.api.model.LocalText;
import org.forecourt.forms.impl.internal.entity.FormBindingEntity;
import org.forecourt.forms.impl.internal.entity.FormEntity;
import org.forecourt.forms.impl.internal.entity.FormVersionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purposes (contributed by modules, plus those named by installed forms) and bindings of forms to them. The most
 * specific binding applies: store, then the store's brand, then the group. Binding for a store needs
 * {@link FormsPermissions#BIND} and the store in scope; binding for a brand or the group also needs
 * {@link FormsPermissions#DESIGN_EDIT} (the designers of that level). Plain class.
 */
public class BindingServiceImpl implements BindingService {

    private static final Logger LOG = LoggerFactory.getLogger(BindingServiceImpl.class);
    private static final Actor LOOKUP = Actor.system("forms");

    protected final FormsCore core;
    private final FormServiceImpl forms;

    public BindingServiceImpl(FormsCore core) {
        this.core = core;
        this.forms = new FormServiceImpl(core);
    }

    @Override
    public List<FormPurpose> purposes() {
        Map<String, FormPurpose> byId = new LinkedHashMap<>();
        for (PurposeContribution c : core.contributions()) {
            try {
                for (FormPurpose p : c.purposes()) {
                    byId.putIfAbsent(p.id(), p);
                }
            } catch (RuntimeException e) {
                LOG.warn("Purpose contribution {} failed", c, e);
            }
        }
        // purposes named by installed forms: listed even when the module that fills them is not installed
        core.jpa.read(LOOKUP, em -> em.createQuery("SELECT f FROM Form f WHERE f.purposes IS NOT NULL"
                + " ORDER BY f.ownerLevel, f.id", FormEntity.class).getResultList()).forEach(f -> {
                    for (String id : Support.splitPurposes(f.getPurposes())) {
                        byId.putIfAbsent(id, new FormPurpose(id, LocalText.of(f.getTitleZh(), f.getTitleEn()),
                                LocalText.empty(), null, false, f.getKind()));
                    }
                });
        return byId.values().stream().sorted(Comparator.comparing(FormPurpose::id)).toList();
    }

    @Override
    public Optional<FormPurpose> purpose(String id) {
        return purposes().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public List<FormBinding> bindings(Actor actor) {
        Support.requireAny(actor, FormsPermissions.BIND, FormsPermissions.DESIGN_VIEW);
        Predicate<FormOwner> visible = forms.visibility(actor);
        return core.jpa.read(actor, em -> em.createQuery("SELECT b FROM FormBinding b ORDER BY b.purpose, b.id",
                        FormBindingEntity.class).getResultList().stream()
                .filter(b -> visible.test(b.owner()))
                .map(b -> toRecord(b, em.find(FormEntity.class, b.getFormId())))
                .toList());
    }

    @Override
    public FormBinding bind(Actor actor, String purpose, FormOwner owner, long formId) {
        actor.require(FormsPermissions.BIND);
        Objects.requireNonNull(purpose, "purpose");
        FormOwner o = core.organisation.normalize(owner);
        requireBindingRights(actor, o);
        if (purpose(purpose).isEmpty()) {
            throw ValidationException.of("purpose", Keys.BIND_UNKNOWN_PURPOSE, purpose);
        }
        return core.jpa.write(actor, em -> {
            FormEntity f = forms.visibleForm(em, actor, formId);
            if (!Organisation.covers(f.owner(), o)) {
                throw ValidationException.of("formId", Keys.BIND_WRONG_OWNER, f.getKey());
            }
            if (FormServiceImpl.currentVersion(em, formId).isEmpty()) {
                throw ValidationException.of("formId", Keys.BIND_NOT_PUBLISHED, f.getKey());
            }
            return toRecord(upsert(em, actor, purpose, o, f.getId()), f);
        });
    }

    private void requireBindingRights(Actor actor, FormOwner owner) {
        if (owner.level() != OwnerLevel.STORE) {
            actor.require(FormsPermissions.DESIGN_EDIT);
        }
        core.organisation.requireChange(actor, owner);
    }

    private FormBindingEntity upsert(EntityManager em, Actor actor, String purpose, FormOwner owner, long formId) {
        FormBindingEntity b = binding(em, purpose, FormEntity.ownerRef(owner)).orElse(null);
        boolean created = b == null;
        if (created) {
            b = new FormBindingEntity(purpose, owner);
        }
        b.bind(formId, core.now(), Support.who(actor));
        if (created) {
            em.persist(b);
        }
        em.flush();
        return b;
    }

    private static Optional<FormBindingEntity> binding(EntityManager em, String purpose, String ownerRef) {
        return em.createQuery("SELECT b FROM FormBinding b WHERE b.purpose = :p AND b.ownerRef = :o",
                        FormBindingEntity.class).setParameter("p", purpose).setParameter("o", ownerRef)
                .getResultStream().findFirst();
    }

    /** For pack installs: binds the form for the group unless the group already has a binding for the purpose. */
    boolean bindGroupIfAbsent(EntityManager em, Actor actor, String purpose, long formId) {
        if (binding(em, purpose, FormEntity.ownerRef(FormOwner.group())).isPresent()) {
            return false;
        }
        upsert(em, actor, purpose, FormOwner.group(), formId);
        return true;
    }

    @Override
    public void unbind(Actor actor, long bindingId) {
        actor.require(FormsPermissions.BIND);
        core.jpa.run(actor, em -> {
            FormBindingEntity b = em.find(FormBindingEntity.class, bindingId);
            if (b == null || !core.organisation.canSee(actor, b.owner())) {
                throw new NotFoundException(Keys.ENTITY_BINDING, bindingId);
            }
            requireBindingRights(actor, b.owner());
            em.remove(b);
        });
    }

    @Override
    public Optional<FormVersion> resolve(Actor actor, String purpose, long storeId) {
        actor.scope().requireStore(storeId);
        return core.jpa.read(actor, em -> resolveEntity(em, purpose, storeId)
                .map(v -> forms.toVersion(v, em.find(FormEntity.class, v.getFormId()).getKey())));
    }

    /** The version that applies for the purpose in the store (store, brand, group binding; newest published). */
    Optional<FormVersionEntity> resolveEntity(EntityManager em, String purpose, long storeId) {
        List<String> refs = new ArrayList<>();
        refs.add("S" + storeId);
        Long brand = core.organisation.brandOf(storeId);
        if (brand != null) {
            refs.add("B" + brand);
        }
        refs.add("G");
        Map<String, FormBindingEntity> bound = new LinkedHashMap<>();
        em.createQuery("SELECT b FROM FormBinding b WHERE b.purpose = :p AND b.ownerRef IN :refs",
                        FormBindingEntity.class).setParameter("p", purpose).setParameter("refs", refs)
                .getResultList().forEach(b -> bound.put(b.getOwnerRef(), b));
        for (String ref : refs) {
            FormBindingEntity b = bound.get(ref);
            if (b != null) {
                Optional<FormVersionEntity> v = FormServiceImpl.currentVersion(em, b.getFormId());
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        return Optional.empty();
    }

    private static FormBinding toRecord(FormBindingEntity b, FormEntity f) {
        return new FormBinding(b.getId(), b.getPurpose(), b.owner(), b.getFormId(), f.getKey(),
                LocalText.of(f.getTitleZh(), f.getTitleEn()), b.getBoundAt(), b.getBoundBy());
    }
}
