package org.forecourt.forms.impl.internal;

import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.ValidationException;
import org.forecourt.forms.api.FormDraft;
import org.forecourt.forms.api.FormOwner;
import org.forecourt.forms.api.FormQuery;
import org.forecourt.forms.api.FormService;
import org.forecourt.forms.api.FormSummary;
import org.forecourt.forms.api.FormVersion;
import org.forecourt.forms.api.FormsEvents;
import org.forecourt.forms.api.FormsPermissions;
import org.forecourt.forms.api.OwnerLevel;
import org.forecourt.forms.api.VersionStatus;
import org.forecourt.forms.api.engine.DefinitionException;
import org.forecourt.forms.api.engine.DefinitionProblem;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.api.engine.ItemChange;
import org.forecourt.forms.api.model.Extension;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.LocalText;
import org.forecourt.forms.impl.internal.entity.FormEntity;
import org.forecourt.forms.impl.internal.entity.FormVersionEntity;

/**
 * Forms and versions over the {@code forms} unit. A form keeps its own definition as a working draft (for an
 * extending form: only its own sections); publishing resolves it with the parent's current version, checks it with
 * the engine and stores the resolved definition as an immutable, numbered version. Plain class.
 */
public class FormServiceImpl implements FormService {

    public static final int MAX_NOTE = 1000;

    protected final FormsCore core;

    public FormServiceImpl(FormsCore core) {
        this.core = core;
    }

    // ---------------------------------------------------------------------------------------------------- reading

    @Override
    public List<FormSummary> list(Actor actor, FormQuery query) {
        actor.require(FormsPermissions.DESIGN_VIEW);
        FormQuery q = query == null ? FormQuery.all() : query;
        Predicate<FormOwner> visible = visibility(actor);
        String text = q.text() == null || q.text().isBlank() ? null : q.text().trim().toLowerCase(Locale.ROOT);
        return core.jpa.read(actor, em -> {
            Map<Long, Integer> current = currentNumbers(em);
            return em.createQuery("SELECT f FROM Form f ORDER BY f.key, f.id", FormEntity.class).getResultList()
                    .stream()
                    .filter(f -> visible.test(f.owner()))
                    .filter(f -> q.kind() == null || q.kind().equals(f.getKind()))
                    .filter(f -> q.brandId() == null ? q.includeGroup() || f.getOwnerLevel() != OwnerLevel.GROUP
                            : q.brandId().equals(f.getBrandId())
                                    || q.includeGroup() && f.getOwnerLevel() == OwnerLevel.GROUP)
                    .filter(f -> text == null || contains(f.getKey(), text) || contains(f.getTitleZh(), text)
                            || contains(f.getTitleEn(), text))
                    .map(f -> summary(f, current.get(f.getId())))
                    .toList();
        });
    }

    private static boolean contains(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part);
    }

    /** Visibility of owners for an actor, with the actor's brands looked up once. */
    Predicate<FormOwner> visibility(Actor actor) {
        Set<Long> brands = core.organisation.brands(actor);
        return owner -> switch (owner.level()) {
            case GROUP -> true;
            case BRAND -> brands == null || brands.contains(owner.brandId());
            case STORE -> actor.scope().includes(owner.storeId());
        };
    }

    @Override
    public FormDraft get(Actor actor, long formId) {
        actor.require(FormsPermissions.DESIGN_VIEW);
        return core.jpa.read(actor, em -> draft(em, visibleForm(em, actor, formId)));
    }

    @Override
    public Optional<FormSummary> findByKey(Actor actor, FormOwner owner, String key) {
        actor.require(FormsPermissions.DESIGN_VIEW);
        FormOwner o = core.organisation.normalize(owner);
        if (!core.organisation.canSee(actor, o)) {
            return Optional.empty();
        }
        return core.jpa.read(actor, em -> byKey(em, o, key).map(f -> summary(f, currentNumber(em, f.getId()))));
    }

    static Optional<FormEntity> byKey(EntityManager em, FormOwner owner, String key) {
        return em.createQuery("SELECT f FROM Form f WHERE f.ownerRef = :o AND f.key = :k", FormEntity.class)
                .setParameter("o", FormEntity.ownerRef(owner)).setParameter("k", key).getResultStream().findFirst();
    }

    /** The form if the actor sees its owner. @throws NotFoundException otherwise */
    FormEntity visibleForm(EntityManager em, Actor actor, long formId) {
        FormEntity f = em.find(FormEntity.class, formId);
        if (f == null || !core.organisation.canSee(actor, f.owner())) {
            throw new NotFoundException(Keys.ENTITY_FORM, formId);
        }
        return f;
    }

    /** The form the actor may change. */
    private FormEntity changeableForm(EntityManager em, Actor actor, long formId) {
        FormEntity f = visibleForm(em, actor, formId);
        core.organisation.requireChange(actor, f.owner());
        return f;
    }

    // ---------------------------------------------------------------------------------------------------- drafts

    @Override
    public FormDraft create(Actor actor, FormOwner owner, FormDefinition draft) {
        actor.require(FormsPermissions.DESIGN_EDIT);
        Objects.requireNonNull(draft, "draft");
        FormOwner o = core.organisation.normalize(owner);
        core.organisation.requireChange(actor, o);
        String key = draft.getKey() == null ? null : draft.getKey().trim();
        if (key == null || key.isEmpty()) {
            throw ValidationException.of("key", Keys.REQUIRED);
        }
        FormDefinition own = draft.copy().setKey(key);
        String json = toJson(own);
        try {
            return core.jpa.write(actor, em -> {
                Extension ext = own.getExtension();
                FormEntity parent = ext == null ? null
                        : findParent(em, o, ext.form(), ext.mode() == Extension.Mode.EXTEND);
                FormEntity f = insert(em, actor, o, own, json, parent,
                        parent == null ? null : own.getExtension().mode());
                return draft(em, f);
            });
        } catch (RuntimeException e) {
            throw Support.isUniqueViolation(e) ? ValidationException.of("key", Keys.FORM_KEY_TAKEN, key) : e;
        }
    }

    FormEntity insert(EntityManager em, Actor actor, FormOwner owner, FormDefinition own, String json,
                              FormEntity parent, Extension.Mode mode) {
        if (byKey(em, owner, own.getKey()).isPresent()) {
            throw ValidationException.of("key", Keys.FORM_KEY_TAKEN, own.getKey());
        }
        FormEntity f = new FormEntity(own.getKey(), owner, parent == null ? null : parent.getId(), mode);
        apply(f, own, json, actor);
        f.setDraftRevision(1);
        em.persist(f);
        em.flush();
        return f;
    }

    /**
     * The parent a definition names: a form with that key of the owner's brand, else a group template; null when
     * there is none and it is not {@code required} (a copy stands on its own).
     */
    private FormEntity findParent(EntityManager em, FormOwner owner, String key, boolean required) {
        List<FormOwner> candidates = new ArrayList<>();
        if (owner.level() == OwnerLevel.STORE) {
            candidates.add(FormOwner.brand(owner.brandId()));
        } else if (owner.level() == OwnerLevel.BRAND) {
            candidates.add(owner);
        }
        candidates.add(FormOwner.group());
        for (FormOwner c : candidates) {
            Optional<FormEntity> f = byKey(em, c, key);
            if (f.isPresent()) {
                return f.get();
            }
        }
        if (required) {
            throw ValidationException.of("extends", Keys.DERIVE_WRONG_PARENT, key);
        }
        return null;
    }

    @Override
    public FormDraft derive(Actor actor, long parentFormId, FormOwner owner, String key, Extension.Mode mode) {
        actor.require(FormsPermissions.DESIGN_EDIT);
        Objects.requireNonNull(mode, "mode");
        FormOwner o = core.organisation.normalize(owner);
        core.organisation.requireChange(actor, o);
        if (key == null || key.isBlank()) {
            throw ValidationException.of("key", Keys.REQUIRED);
        }
        try {
            return core.jpa.write(actor, em -> {
                FormEntity parent = visibleForm(em, actor, parentFormId);
                if (!Organisation.covers(parent.owner(), o) || parent.getOwnerLevel() == OwnerLevel.STORE) {
                    throw ValidationException.of("parentFormId", Keys.DERIVE_WRONG_PARENT, parent.getKey());
                }
                FormVersionEntity pv = currentVersion(em, parent.getId())
                        .orElseThrow(() -> ValidationException.of("parentFormId", Keys.DERIVE_NOT_PUBLISHED,
                                parent.getKey()));
                FormDefinition pdef = core.definition(pv.getId(), pv.getDefinitionJson());
                if (o.level() == OwnerLevel.STORE && !pdef.isAllowStoreAdditions()) {
                    throw ValidationException.of("parentFormId", Keys.DERIVE_NO_STORE_ADDITIONS, parent.getKey());
                }
                FormDefinition own;
                if (mode == Extension.Mode.COPY) {
                    own = pdef.copy().setKey(key.trim()).setPurposes(List.of())
                            .setExtension(new Extension(parent.getKey(), pv.getNumber(), Extension.Mode.COPY));
                } else {
                    own = new FormDefinition().setKey(key.trim()).setTitle(pdef.getTitle())
                            .setDescription(pdef.getDescription()).setKind(pdef.getKind())
                            .setExtension(new Extension(parent.getKey(), null, Extension.Mode.EXTEND));
                }
                if (o.level() == OwnerLevel.STORE) {
                    own.setAllowStoreAdditions(false);
                }
                FormEntity f = insert(em, actor, o, own, toJson(own), parent, mode);
                return draft(em, f);
            });
        } catch (RuntimeException e) {
            throw Support.isUniqueViolation(e) ? ValidationException.of("key", Keys.FORM_KEY_TAKEN, key) : e;
        }
    }

    @Override
    public FormDraft saveDraft(Actor actor, long formId, long expectedRevision, FormDefinition draft) {
        actor.require(FormsPermissions.DESIGN_EDIT);
        Objects.requireNonNull(draft, "draft");
        return core.jpa.write(actor, em -> {
            FormEntity f = changeableForm(em, actor, formId);
            checkRevision(f, expectedRevision);
            FormDefinition own = ownOf(em, f, draft);
            apply(f, own, toJson(own), actor);
            f.setDraftRevision(f.getDraftRevision() + 1);
            em.flush();
            return draft(em, f);
        });
    }

    /** The draft as this form's own definition: its key and its parent cannot be changed by the draft. */
    private FormDefinition ownOf(EntityManager em, FormEntity f, FormDefinition draft) {
        if (draft.getKey() != null && !draft.getKey().equals(f.getKey())) {
            throw ValidationException.of("key", Keys.FORM_KEY_CHANGED, f.getKey());
        }
        FormDefinition own = draft.copy().setKey(f.getKey());
        if (f.getParentFormId() == null) {
            own.setExtension(null);
        } else {
            FormEntity parent = em.find(FormEntity.class, f.getParentFormId());
            Integer pinned = own.getExtension() == null ? null : own.getExtension().version();
            own.setExtension(new Extension(parent.getKey(), pinned, f.getExtendMode()));
        }
        return own;
    }

    private static void checkRevision(FormEntity f, long expectedRevision) {
        if (f.getDraftRevision() != expectedRevision) {
            throw new ConflictException(Keys.ENTITY_FORM, f.getId());
        }
    }

    /** Writes a definition into the draft columns (title and kind follow the draft). */
    private void apply(FormEntity f, FormDefinition own, String json, Actor actor) {
        f.setDraftJson(json);
        f.setDraftDirty(true);
        f.setTitleZh(Support.zh(own.getTitle()));
        f.setTitleEn(Support.en(own.getTitle()));
        f.setKind(Support.truncate(own.getKind(), 20));
        f.touch(core.now(), Support.who(actor));
    }

    private String toJson(FormDefinition def) {
        String json = core.engine.toJson(def);
        if (json.length() > FormEngine.MAX_DEFINITION_CHARS) {
            throw ValidationException.of("definition", Keys.TOO_LONG, FormEngine.MAX_DEFINITION_CHARS);
        }
        return json;
    }

    @Override
    public void discardDraft(Actor actor, long formId, long expectedRevision) {
        actor.require(FormsPermissions.DESIGN_EDIT);
        core.jpa.run(actor, em -> {
            FormEntity f = changeableForm(em, actor, formId);
            checkRevision(f, expectedRevision);
            Optional<FormVersionEntity> latest = versionEntities(em, formId).stream().findFirst();
            if (latest.isEmpty()) {
                em.remove(f);
                return;
            }
            FormDefinition own = core.engine.parseDraft(latest.get().getSourceJson());
            apply(f, own, latest.get().getSourceJson(), actor);
            f.setDraftDirty(false);
            f.setDraftRevision(f.getDraftRevision() + 1);
        });
    }

    // ---------------------------------------------------------------------------------------------------- versions

    @Override
    public FormVersion publish(Actor actor, long formId, long expectedRevision, String changeNote) {
        actor.require(FormsPermissions.DESIGN_EDIT);
        String note = changeNote == null ? "" : changeNote.strip();
        if (note.isEmpty()) {
            throw ValidationException.of("changeNote", Keys.PUBLISH_NOTE_REQUIRED);
        }
        if (note.length() > MAX_NOTE) {
            throw ValidationException.of("changeNote", Keys.TOO_LONG, MAX_NOTE);
        }
        FormVersion v = core.jpa.write(actor, em -> {
            FormEntity f = changeableForm(em, actor, formId);
            checkRevision(f, expectedRevision);
            return publish(em, actor, f, core.engine.parseDraft(f.getDraftJson()), note);
        });
        postPublished(v);
        return v;
    }

    /**
     * Publishes {@code own} as the form's next version (the draft keeps unpublished changes when it has any, else it
     * becomes {@code own}).
     *
     * @throws DefinitionException when the resolved definition has problems
     */
    FormVersion publish(EntityManager em, Actor actor, FormEntity f, FormDefinition own, String note) {
        Resolution r = resolve(em, f, own);
        if (!r.problems.isEmpty()) {
            throw new DefinitionException(r.problems);
        }
        Integer max = em.createQuery("SELECT MAX(v.number) FROM FormVersion v WHERE v.formId = :f", Integer.class)
                .setParameter("f", f.getId()).getSingleResult();
        String sourceJson = core.engine.toJson(own);
        FormVersionEntity v = new FormVersionEntity(f.getId(), max == null ? 1 : max + 1, note, core.now(),
                Support.who(actor), core.engine.toJson(r.resolved), sourceJson);
        em.persist(v);
        if (!f.isDraftDirty() || sourceJson.equals(f.getDraftJson())) {
            apply(f, own, sourceJson, actor);
        } else {
            f.touch(core.now(), Support.who(actor));
        }
        f.setDraftDirty(false);
        f.setPurposes(Support.joinPurposes(r.resolved.getPurposes()));
        em.flush();
        return toVersion(v, f.getKey());
    }

    void postPublished(FormVersion v) {
        Map<String, Object> props = new HashMap<>();
        props.put("formKey", v.formKey());
        props.put("formId", v.formId());
        props.put("version", v.number());
        core.post(FormsEvents.PUBLISHED, props);
    }

    /** A draft resolved for publication, with everything that stops it. */
    record Resolution(FormDefinition resolved, List<DefinitionProblem> problems) {
    }

    Resolution resolve(EntityManager em, FormEntity f, FormDefinition own) {
        List<DefinitionProblem> problems = new ArrayList<>();
        FormDefinition resolved = own;
        if (f.getParentFormId() != null && f.getExtendMode() == Extension.Mode.EXTEND) {
            FormEntity parent = em.find(FormEntity.class, f.getParentFormId());
            Integer pinned = own.getExtension() == null ? null : own.getExtension().version();
            Optional<FormVersionEntity> pv = pinned == null ? currentVersion(em, parent.getId())
                    : versionEntities(em, parent.getId()).stream().filter(v -> v.getNumber() == pinned).findFirst();
            if (pv.isEmpty()) {
                problems.add(DefinitionProblem.of("", "extends", Keys.DERIVE_NOT_PUBLISHED, parent.getKey()));
            } else {
                FormDefinition pdef = core.definition(pv.get().getId(), pv.get().getDefinitionJson());
                if (f.getOwnerLevel() == OwnerLevel.STORE && !pdef.isAllowStoreAdditions()) {
                    problems.add(DefinitionProblem.of("", "extends", Keys.PUBLISH_NO_STORE_ADDITIONS,
                            parent.getKey()));
                }
                try {
                    resolved = core.engine.resolve(pdef.copy(), own.copy()).setKey(f.getKey());
                } catch (DefinitionException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(core.engine.check(resolved));
        }
        return new Resolution(resolved, problems);
    }

    @Override
    public FormVersion retire(Actor actor, long versionId) {
        actor.require(FormsPermissions.DESIGN_EDIT);
        return core.jpa.write(actor, em -> {
            FormVersionEntity v = versionEntity(em, versionId);
            FormEntity f = changeableForm(em, actor, v.getFormId());
            if (v.getStatus() != VersionStatus.RETIRED) {
                v.retire(core.now(), Support.who(actor));
                em.flush();
            }
            return toVersion(v, f.getKey());
        });
    }

    @Override
    public FormVersion version(Actor actor, long versionId) {
        Support.requireAny(actor, FormsPermissions.DESIGN_VIEW, FormsPermissions.FILL,
                FormsPermissions.SUBMISSION_VIEW);
        return core.jpa.read(actor, em -> {
            FormVersionEntity v = versionEntity(em, versionId);
            FormEntity f = em.find(FormEntity.class, v.getFormId());
            if (!core.organisation.canSee(actor, f.owner())) {
                throw new NotFoundException(Keys.ENTITY_VERSION, versionId);
            }
            return toVersion(v, f.getKey());
        });
    }

    @Override
    public List<FormVersion> versions(Actor actor, long formId) {
        actor.require(FormsPermissions.DESIGN_VIEW);
        return core.jpa.read(actor, em -> {
            FormEntity f = visibleForm(em, actor, formId);
            return versionEntities(em, formId).stream().map(v -> toVersion(v, f.getKey())).toList();
        });
    }

    @Override
    public List<ItemChange> compare(Actor actor, long fromVersionId, long toVersionId) {
        FormVersion from = version(actor, fromVersionId);
        FormVersion to = version(actor, toVersionId);
        if (from.formId() != to.formId()) {
            throw ValidationException.of("toVersionId", Keys.VERSION_OTHER_FORM);
        }
        return core.engine.diff(from.definition(), to.definition());
    }

    @Override
    public String exportJson(Actor actor, long formId, Integer versionNumber) {
        actor.require(FormsPermissions.DESIGN_VIEW);
        return core.jpa.read(actor, em -> {
            FormEntity f = visibleForm(em, actor, formId);
            if (versionNumber == null) {
                return core.engine.toJson(core.engine.parseDraft(f.getDraftJson()));
            }
            FormVersionEntity v = versionEntities(em, formId).stream()
                    .filter(e -> e.getNumber() == versionNumber).findFirst()
                    .orElseThrow(() -> new NotFoundException(Keys.ENTITY_VERSION, f.getKey() + " v" + versionNumber));
            return v.getDefinitionJson();
        });
    }

    @Override
    public FormDraft importJson(Actor actor, FormOwner owner, String json) {
        actor.require(FormsPermissions.DESIGN_EDIT);
        if (json == null || json.length() > FormEngine.MAX_DEFINITION_CHARS) {
            throw ValidationException.of("definition", Keys.TOO_LONG, FormEngine.MAX_DEFINITION_CHARS);
        }
        FormDefinition def = core.engine.parse(json);
        FormOwner o = core.organisation.normalize(owner);
        core.organisation.requireChange(actor, o);
        Optional<FormEntity> existing = core.jpa.read(actor, em -> byKey(em, o, def.getKey()));
        if (existing.isPresent()) {
            return saveDraft(actor, existing.get().getId(), existing.get().getDraftRevision(), def);
        }
        return create(actor, o, def);
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    static FormVersionEntity versionEntity(EntityManager em, long versionId) {
        FormVersionEntity v = em.find(FormVersionEntity.class, versionId);
        if (v == null) {
            throw new NotFoundException(Keys.ENTITY_VERSION, versionId);
        }
        return v;
    }

    /** Newest first. */
    static List<FormVersionEntity> versionEntities(EntityManager em, long formId) {
        return em.createQuery("SELECT v FROM FormVersion v WHERE v.formId = :f ORDER BY v.number DESC",
                FormVersionEntity.class).setParameter("f", formId).getResultList();
    }

    /** The newest published (not retired) version. */
    static Optional<FormVersionEntity> currentVersion(EntityManager em, long formId) {
        return em.createQuery("SELECT v FROM FormVersion v WHERE v.formId = :f AND v.status = :s"
                        + " ORDER BY v.number DESC", FormVersionEntity.class)
                .setParameter("f", formId).setParameter("s", VersionStatus.PUBLISHED).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private static Integer currentNumber(EntityManager em, long formId) {
        return currentVersion(em, formId).map(FormVersionEntity::getNumber).orElse(null);
    }

    private static Map<Long, Integer> currentNumbers(EntityManager em) {
        Map<Long, Integer> out = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT v.formId, MAX(v.number) FROM FormVersion v WHERE v.status = :s"
                + " GROUP BY v.formId", Object[].class).setParameter("s", VersionStatus.PUBLISHED).getResultList()) {
            out.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return out;
    }

    FormDraft draft(EntityManager em, FormEntity f) {
        FormDefinition own = core.engine.parseDraft(f.getDraftJson());
        Resolution r = resolve(em, f, own);
        List<FormVersion> versions = versionEntities(em, f.getId()).stream().map(v -> toVersion(v, f.getKey()))
                .toList();
        Integer current = versions.stream().filter(v -> v.status() == VersionStatus.PUBLISHED)
                .map(FormVersion::number).findFirst().orElse(null);
        return new FormDraft(summary(f, current), own, r.resolved == own ? own.copy() : r.resolved, r.problems,
                versions);
    }

    static FormSummary summary(FormEntity f, Integer currentVersion) {
        return new FormSummary(f.getId(), f.getKey(), LocalText.of(f.getTitleZh(), f.getTitleEn()), f.getKind(),
                f.owner(), currentVersion, f.isDraftDirty(), f.getParentFormId(), f.getUpdatedAt(), f.getUpdatedBy(),
                f.getDraftRevision());
    }

    FormVersion toVersion(FormVersionEntity v, String formKey) {
        return new FormVersion(v.getId(), v.getFormId(), formKey, v.getNumber(), v.getStatus(), v.getChangeNote(),
                v.getPublishedAt(), v.getPublishedBy(), core.definition(v.getId(), v.getDefinitionJson()).copy());
    }
}
