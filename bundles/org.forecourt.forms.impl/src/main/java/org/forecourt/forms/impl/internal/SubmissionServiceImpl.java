package org.forecourt.forms.impl.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.core.api.ValidationException;
import org.forecourt.core.api.org.Store;
import org.forecourt.forms.api.Attachment;
import org.forecourt.forms.api.FormsEvents;
import org.forecourt.forms.api.FormsPermissions;
import org.forecourt.forms.api.SubjectRef;
import org.forecourt.forms.api.Submission;
import org.forecourt.forms.api.SubmissionQuery;
import org.forecourt.forms.api.SubmissionRequest;
import org.forecourt.forms.api.SubmissionService;
import org.forecourt.forms.api.SubmissionStatus;
import org.forecourt.forms.api.VersionStatus;
import org.forecourt.forms.api.engine.Evaluation;
import org.forecourt.forms.api.engine.FormContext;
import org.forecourt.forms.api.engine.Score;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.ReferenceKind;
import org.forecourt.forms.impl.internal.entity.AnswerEntity;
import org.forecourt.forms.impl.internal.entity.AttachmentEntity;
import org.forecourt.forms.impl.internal.entity.FormEntity;
import org.forecourt.forms.impl.internal.entity.FormVersionEntity;
import org.forecourt.forms.impl.internal.entity.SubmissionEntity;

/**
 * Filling forms over the {@code forms} unit: drafts that autosave, submission with full validation by the engine,
 * queryable answer rows, attachments. Submissions are store-owned (the unit scopes them); besides, an actor without
 * {@link FormsPermissions#SUBMISSION_VIEW} reads only the submissions they filled. Plain class.
 */
public class SubmissionServiceImpl implements SubmissionService {

    protected final FormsCore core;
    private final BindingServiceImpl bindings;

    public SubmissionServiceImpl(FormsCore core) {
        this.core = core;
        this.bindings = new BindingServiceImpl(core);
    }

    // ---------------------------------------------------------------------------------------------------- filling

    @Override
    public Submission start(Actor actor, SubmissionRequest request) {
        actor.require(FormsPermissions.FILL);
        Objects.requireNonNull(request, "request");
        actor.scope().requireStore(request.storeId());
        return core.jpa.write(actor, em -> {
            FormVersionEntity v = versionFor(em, actor, request);
            FormEntity form = em.find(FormEntity.class, v.getFormId());
            SubjectRef subject = request.subject();
            StringBuilder jpql = new StringBuilder("SELECT s FROM FormSubmission s WHERE s.versionId = :v"
                    + " AND s.filledById = :u AND s.status = :st AND s.storeId = :store");
            jpql.append(subject == null ? " AND s.subjectType IS NULL"
                    : " AND s.subjectType = :t AND s.subjectId = :i");
            jpql.append(request.purpose() == null ? " AND s.purpose IS NULL" : " AND s.purpose = :p");
            TypedQuery<SubmissionEntity> q = em.createQuery(jpql + " ORDER BY s.id DESC", SubmissionEntity.class)
                    .setParameter("v", v.getId()).setParameter("u", actor.userId())
                    .setParameter("st", SubmissionStatus.DRAFT).setParameter("store", request.storeId());
            if (subject != null) {
                q.setParameter("t", subject.type()).setParameter("i", subject.id());
            }
            if (request.purpose() != null) {
                q.setParameter("p", request.purpose());
            }
            SubmissionEntity open = q.setMaxResults(1).getResultStream().findFirst().orElse(null);
            if (open != null) {
                return toRecord(open);
            }
            SubmissionEntity s = new SubmissionEntity(request.storeId(), v, form.getKey(), request.purpose(),
                    subject == null ? null : Support.truncate(subject.type(), 50),
                    subject == null ? null : Support.truncate(subject.id(), 100), request.customerId(),
                    request.vehicleId(), actor.userId(), Support.who(actor), core.now());
            em.persist(s);
            em.flush();
            return toRecord(s);
        });
    }

    private FormVersionEntity versionFor(EntityManager em, Actor actor, SubmissionRequest request) {
        if (request.formVersionId() != null) {
            FormVersionEntity v = FormServiceImpl.versionEntity(em, request.formVersionId());
            FormEntity form = em.find(FormEntity.class, v.getFormId());
            if (!core.organisation.canSee(actor, form.owner())) {
                throw new NotFoundException(Keys.ENTITY_VERSION, request.formVersionId());
            }
            if (v.getStatus() == VersionStatus.RETIRED) {
                throw ValidationException.of("formVersionId", Keys.VERSION_RETIRED, form.getKey(), v.getNumber());
            }
            return v;
        }
        if (request.purpose() == null) {
            throw ValidationException.of("purpose", Keys.REQUIRED);
        }
        return bindings.resolveEntity(em, request.purpose(), request.storeId())
                .orElseThrow(() -> ValidationException.of("purpose", Keys.SUBMISSION_NO_FORM, request.purpose()));
    }

    @Override
    public Submission saveDraft(Actor actor, long submissionId, long expectedRevision, Map<String, Object> answers) {
        actor.require(FormsPermissions.FILL);
        return core.jpa.write(actor, em -> {
            SubmissionEntity s = ownDraft(em, actor, submissionId, expectedRevision);
            Map<String, Object> clean = Answers.copy(answers);
            Evaluation e = core.engine.evaluate(definition(em, s), clean, context(actor, s), false);
            List<FieldError> shape = e.errors().stream().filter(SubmissionServiceImpl::isShapeError).toList();
            if (!shape.isEmpty()) {
                throw new ValidationException(shape);
            }
            s.saveAnswers(core.engine.answersToJson(clean), core.now());
            em.flush();
            return toRecord(s);
        });
    }

    /**
     * Errors that stop even a draft: answers for fields the version does not define, and values of the wrong type.
     * Everything else (missing answers, a VIN still being typed) waits for the submission.
     */
    static boolean isShapeError(FieldError error) {
        String key = error.messageKey();
        return key.endsWith("unknownField") || key.endsWith(".type") || key.endsWith("wrongType")
                || key.endsWith("notAnOption") || key.endsWith(".grade");
    }

    @Override
    public Submission submit(Actor actor, long submissionId, long expectedRevision, Map<String, Object> answers) {
        actor.require(FormsPermissions.FILL);
        Submission submitted = core.jpa.write(actor, em -> {
            SubmissionEntity s = ownDraft(em, actor, submissionId, expectedRevision);
            FormDefinition def = definition(em, s);
            FormContext context = context(actor, s);
            Map<String, Object> clean = Answers.copy(answers);
            Evaluation e = core.engine.evaluate(def, clean, context, true);
            List<FieldError> errors = new ArrayList<>(e.errors());
            Set<String> own = new HashSet<>(em.createQuery("SELECT a.id FROM FormAttachment a"
                    + " WHERE a.submissionId = :s", String.class).setParameter("s", s.getId()).getResultList());
            Answers.walk(def, clean, (item, value, path, group, row) -> {
                for (String id : Answers.attachmentIds(item, value)) {
                    if (!own.contains(id)) {
                        errors.add(FieldError.of(path, Keys.ANSWER_UNKNOWN_ATTACHMENT, id));
                    }
                }
            });
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            e.computed().forEach((path, value) -> Answers.put(clean, path, value));
            for (FormItem ref : Answers.references(def)) {
                clean.put(ref.getKey(), reference(ref.getRef(), context));
            }
            Score score = e.score();
            s.saveAnswers(core.engine.answersToJson(clean), core.now());
            s.submit(score == null ? null : score.points(), score == null ? null : score.max(),
                    score == null ? null : score.percent(), e.passed(), core.now());
            for (AnswerEntity old : em.createQuery("SELECT a FROM FormAnswer a WHERE a.submissionId = :s",
                    AnswerEntity.class).setParameter("s", s.getId()).getResultList()) {
                em.remove(old);
            }
            AnswerRows.of(s, def, clean, score).forEach(em::persist);
            em.flush();
            return toRecord(s);
        });
        Map<String, Object> props = new HashMap<>();
        props.put("formKey", submitted.formKey());
        props.put("version", submitted.versionNumber());
        props.put("storeId", submitted.storeId());
        props.put("submissionId", submitted.id());
        props.put("passed", Boolean.TRUE.equals(submitted.passed()));
        if (submitted.purpose() != null) {
            props.put("purpose", submitted.purpose());
        }
        if (submitted.subject() != null) {
            props.put("subjectType", submitted.subject().type());
            props.put("subjectId", submitted.subject().id());
        }
        core.post(FormsEvents.SUBMITTED, props);
        return submitted;
    }

    /** The value a reference item stores: {@code {id, label}} from the context. */
    private static Map<String, Object> reference(ReferenceKind kind, FormContext context) {
        Map<String, Object> source = switch (kind == null ? ReferenceKind.CUSTOMER : kind) {
            case CUSTOMER -> context.customer();
            case VEHICLE -> context.vehicle();
            case USER -> context.user();
            case STORE -> context.store();
        };
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id", source.get("id") == null ? null : String.valueOf(source.get("id")));
        Object label = kind == ReferenceKind.VEHICLE
                ? firstNonNull(source.get("plate"), source.get("vin"), source.get("model"))
                : source.get("name");
        value.put("label", label == null ? null : String.valueOf(label));
        return value;
    }

    private static Object firstNonNull(Object... values) {
        for (Object v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** A draft of the actor's, at the expected revision. */
    private SubmissionEntity ownDraft(EntityManager em, Actor actor, long submissionId, Long expectedRevision) {
        SubmissionEntity s = em.find(SubmissionEntity.class, submissionId);
        if (s == null) {
            throw new NotFoundException(Keys.ENTITY_SUBMISSION, submissionId);
        }
        if (s.getFilledById() != actor.userId()) {
            throw new NotPermittedException(Keys.SUBMISSION_NOT_YOURS, submissionId);
        }
        if (s.getStatus() != SubmissionStatus.DRAFT) {
            throw ValidationException.of("status", Keys.SUBMISSION_NOT_DRAFT, submissionId);
        }
        if (expectedRevision != null && s.getRevision() != expectedRevision) {
            throw new ConflictException(Keys.ENTITY_SUBMISSION, submissionId);
        }
        return s;
    }

    private FormDefinition definition(EntityManager em, SubmissionEntity s) {
        FormVersionEntity v = FormServiceImpl.versionEntity(em, s.getVersionId());
        return core.definition(v.getId(), v.getDefinitionJson());
    }

    @Override
    public void discard(Actor actor, long submissionId) {
        actor.require(FormsPermissions.FILL);
        core.jpa.run(actor, em -> {
            SubmissionEntity s = ownDraft(em, actor, submissionId, null);
            for (AttachmentEntity a : em.createQuery("SELECT a FROM FormAttachment a WHERE a.submissionId = :s",
                    AttachmentEntity.class).setParameter("s", s.getId()).getResultList()) {
                em.remove(a);
            }
            em.remove(s);
        });
    }

    // ---------------------------------------------------------------------------------------------------- reading

    @Override
    public Submission get(Actor actor, long submissionId) {
        Support.requireAny(actor, FormsPermissions.FILL, FormsPermissions.SUBMISSION_VIEW);
        return core.jpa.read(actor, em -> toRecord(readable(em, actor, submissionId)));
    }

    private static SubmissionEntity readable(EntityManager em, Actor actor, long submissionId) {
        SubmissionEntity s = em.find(SubmissionEntity.class, submissionId);
        if (s == null || !actor.has(FormsPermissions.SUBMISSION_VIEW) && s.getFilledById() != actor.userId()) {
            throw new NotFoundException(Keys.ENTITY_SUBMISSION, submissionId);
        }
        return s;
    }

    @Override
    public List<Submission> find(Actor actor, SubmissionQuery query, int offset, int limit) {
        Support.requireAny(actor, FormsPermissions.FILL, FormsPermissions.SUBMISSION_VIEW);
        Support.checkPage(offset, limit);
        Map<String, Object> params = new HashMap<>();
        String where = where(actor, query == null ? SubmissionQuery.all() : query, params);
        return core.jpa.read(actor, em -> {
            TypedQuery<SubmissionEntity> q = em.createQuery("SELECT s FROM FormSubmission s" + where
                    + " ORDER BY s.startedAt DESC, s.id DESC", SubmissionEntity.class);
            params.forEach(q::setParameter);
            return q.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(this::toRecord)
                    .toList();
        });
    }

    @Override
    public long count(Actor actor, SubmissionQuery query) {
        Support.requireAny(actor, FormsPermissions.FILL, FormsPermissions.SUBMISSION_VIEW);
        Map<String, Object> params = new HashMap<>();
        String where = where(actor, query == null ? SubmissionQuery.all() : query, params);
        return core.jpa.read(actor, em -> {
            TypedQuery<Long> q = em.createQuery("SELECT COUNT(s) FROM FormSubmission s" + where, Long.class);
            params.forEach(q::setParameter);
            return q.getSingleResult();
        });
    }

    private static String where(Actor actor, SubmissionQuery q, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (!actor.has(FormsPermissions.SUBMISSION_VIEW)) {
            conditions.add("s.filledById = :me");
            params.put("me", actor.userId());
        }
        condition(conditions, params, "s.purpose = :purpose", "purpose", q.purpose());
        condition(conditions, params, "s.formKey = :formKey", "formKey", q.formKey());
        condition(conditions, params, "s.storeId = :storeId", "storeId", q.storeId());
        if (q.subject() != null) {
            condition(conditions, params, "s.subjectType = :subjectType", "subjectType", q.subject().type());
            condition(conditions, params, "s.subjectId = :subjectId", "subjectId", q.subject().id());
        }
        condition(conditions, params, "s.customerId = :customerId", "customerId", q.customerId());
        condition(conditions, params, "s.vehicleId = :vehicleId", "vehicleId", q.vehicleId());
        condition(conditions, params, "s.status = :status", "status", q.status());
        condition(conditions, params, "s.passed = :passed", "passed", q.passed());
        condition(conditions, params, "s.startedAt >= :from", "from", q.from());
        condition(conditions, params, "s.startedAt < :to", "to", q.to());
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void condition(List<String> conditions, Map<String, Object> params, String jpql, String name,
                                  Object value) {
        if (value != null) {
            conditions.add(jpql);
            params.put(name, value);
        }
    }

    @Override
    public FormContext context(Actor actor, long submissionId) {
        Support.requireAny(actor, FormsPermissions.FILL, FormsPermissions.SUBMISSION_VIEW);
        SubmissionEntity s = core.jpa.read(actor, em -> readable(em, actor, submissionId));
        return context(actor, s);
    }

    private FormContext context(Actor actor, SubmissionEntity s) {
        SubjectDirectory directory = core.directory();
        Map<String, Object> customer = new HashMap<>();
        if (s.getCustomerId() != null) {
            customer.putAll(directory.customer(actor, s.getCustomerId()));
            customer.put("id", s.getCustomerId());
        }
        Map<String, Object> vehicle = new HashMap<>();
        if (s.getVehicleId() != null) {
            vehicle.putAll(directory.vehicle(actor, s.getVehicleId()));
            vehicle.put("id", s.getVehicleId());
        }
        Map<String, Object> user = new HashMap<>();
        user.put("id", actor.userId());
        user.put("name", Support.who(actor));
        if (actor.username() != null) {
            user.put("username", actor.username());
        }
        if (!actor.roles().isEmpty()) {
            user.put("role", actor.roles().iterator().next().name());
        }
        Map<String, Object> store = new HashMap<>();
        store.put("id", s.getStoreId());
        core.organisation.store(s.getStoreId()).ifPresent((Store st) -> {
            store.put("code", st.code());
            store.put("name", st.name());
            if (st.city() != null) {
                store.put("city", st.city());
            }
        });
        ZoneId zone = actor.zone() == null ? ZoneId.of("Asia/Shanghai") : actor.zone();
        return new FormContext(actor.locale(), zone, LocalDate.ofInstant(core.clock.instant(), zone), customer,
                vehicle, user, store);
    }

    // ------------------------------------------------------------------------------------------------ attachments

    @Override
    public Attachment addAttachment(Actor actor, long submissionId, String path, String fileName, byte[] content) {
        actor.require(FormsPermissions.FILL);
        String field = path == null ? "" : path;
        if (content != null && content.length > MAX_ATTACHMENT_BYTES) {
            throw ValidationException.of(field, Keys.ATTACHMENT_TOO_LARGE, MAX_ATTACHMENT_BYTES / (1024 * 1024));
        }
        ImageSanitizer.Image image;
        try {
            image = ImageSanitizer.clean(content);
        } catch (ImageSanitizer.NotAnImage e) {
            throw ValidationException.of(field, Keys.ATTACHMENT_NOT_IMAGE, fileName == null ? "" : fileName);
        }
        return core.jpa.write(actor, em -> {
            SubmissionEntity s = ownDraft(em, actor, submissionId, null);
            FormItem item = Answers.find(definition(em, s), field);
            if (item == null || item.getType() != FieldType.PHOTO && item.getType() != FieldType.SIGNATURE
                    && item.getType() != FieldType.INSPECTION) {
                throw ValidationException.of(field, Keys.ATTACHMENT_WRONG_PATH, field);
            }
            AttachmentEntity a = new AttachmentEntity(UUID.randomUUID().toString(), s, field, image.contentType(),
                    image.width(), image.height(), image.data(), sha256(image.data()), core.now(),
                    Support.who(actor));
            em.persist(a);
            em.flush();
            return toRecord(a);
        });
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Attachment> attachments(Actor actor, long submissionId) {
        Support.requireAny(actor, FormsPermissions.FILL, FormsPermissions.SUBMISSION_VIEW);
        return core.jpa.read(actor, em -> {
            SubmissionEntity s = readable(em, actor, submissionId);
            return em.createQuery("SELECT a.id, a.path, a.contentType, a.size, a.width, a.height, a.createdAt"
                            + " FROM FormAttachment a WHERE a.submissionId = :s ORDER BY a.createdAt, a.id",
                    Object[].class).setParameter("s", s.getId()).getResultList().stream()
                    .map(r -> new Attachment((String) r[0], s.getId(), (String) r[1], (String) r[2],
                            ((Number) r[3]).longValue(), ((Number) r[4]).intValue(), ((Number) r[5]).intValue(),
                            (Instant) r[6]))
                    .toList();
        });
    }

    @Override
    public byte[] attachmentContent(Actor actor, String attachmentId) {
        Support.requireAny(actor, FormsPermissions.FILL, FormsPermissions.SUBMISSION_VIEW);
        return core.jpa.read(actor, em -> {
            AttachmentEntity a = attachmentId == null ? null : em.find(AttachmentEntity.class, attachmentId);
            if (a == null) {
                throw new NotFoundException(Keys.ENTITY_ATTACHMENT, attachmentId);
            }
            readable(em, actor, a.getSubmissionId());
            return a.getData().clone();
        });
    }

    // ---------------------------------------------------------------------------------------------------- records

    private Submission toRecord(SubmissionEntity s) {
        SubjectRef subject = s.getSubjectType() == null ? null : new SubjectRef(s.getSubjectType(), s.getSubjectId());
        return new Submission(s.getId(), s.getVersionId(), s.getFormKey(), s.getVersionNumber(), s.getPurpose(),
                s.getStoreId(), subject, s.getCustomerId(), s.getVehicleId(), s.getStatus(),
                core.engine.answersFromJson(s.getAnswersJson()), s.getPoints(), s.getMaxPoints(), s.getPercent(),
                s.getPassed(), s.getFilledBy(), s.getStartedAt(), s.getSubmittedAt(), s.getRevision());
    }

    private static Attachment toRecord(AttachmentEntity a) {
        return new Attachment(a.getId(), a.getSubmissionId(), a.getPath(), a.getContentType(), a.getSize(),
                a.getWidth(), a.getHeight(), a.getCreatedAt());
    }
}
