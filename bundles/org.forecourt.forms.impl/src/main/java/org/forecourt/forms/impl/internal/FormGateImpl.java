package org.forecourt.forms.impl.internal;

import java.util.Objects;
import java.util.Optional;

import org.forecourt.core.api.Actor;
import org.forecourt.forms.api.FormGate;
import org.forecourt.forms.api.GateResult;
import org.forecourt.forms.api.SubjectRef;
import org.forecourt.forms.api.SubmissionStatus;
import org.forecourt.forms.impl.internal.entity.FormEntity;
import org.forecourt.forms.impl.internal.entity.FormVersionEntity;
import org.forecourt.forms.impl.internal.entity.SubmissionEntity;

/**
 * Decides from the stored submissions whether a step may complete: the form bound to the purpose for the store
 * must have a submitted, passed submission for the subject (the newest submitted one counts). Needs no forms
 * permission (the module asking checks its own), only the store in the actor's scope. Plain class.
 */
public class FormGateImpl implements FormGate {

    protected final FormsCore core;
    private final BindingServiceImpl bindings;

    public FormGateImpl(FormsCore core) {
        this.core = core;
        this.bindings = new BindingServiceImpl(core);
    }

    @Override
    public GateResult check(Actor actor, String purpose, long storeId, SubjectRef subject) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(subject, "subject");
        actor.scope().requireStore(storeId);
        return core.jpa.read(actor, em -> {
            Optional<FormVersionEntity> bound = bindings.resolveEntity(em, purpose, storeId);
            if (bound.isEmpty()) {
                return new GateResult(true, Keys.GATE_OPEN_UNBOUND, purpose, null, null, null);
            }
            String formKey = em.find(FormEntity.class, bound.get().getFormId()).getKey();
            Integer number = bound.get().getNumber();
            String base = "SELECT s FROM FormSubmission s WHERE s.storeId = :store AND s.purpose = :p"
                    + " AND s.subjectType = :t AND s.subjectId = :i AND s.status = :st";
            Optional<SubmissionEntity> latest = em.createQuery(base + " ORDER BY s.submittedAt DESC, s.id DESC",
                            SubmissionEntity.class)
                    .setParameter("store", storeId).setParameter("p", purpose).setParameter("t", subject.type())
                    .setParameter("i", subject.id()).setParameter("st", SubmissionStatus.SUBMITTED)
                    .setMaxResults(1).getResultStream().findFirst();
            if (latest.isEmpty()) {
                boolean draft = em.createQuery(base, SubmissionEntity.class)
                        .setParameter("store", storeId).setParameter("p", purpose).setParameter("t", subject.type())
                        .setParameter("i", subject.id()).setParameter("st", SubmissionStatus.DRAFT)
                        .setMaxResults(1).getResultStream().findFirst().isPresent();
                return new GateResult(false, draft ? Keys.GATE_CLOSED_DRAFT : Keys.GATE_CLOSED_MISSING, purpose,
                        formKey, number, null);
            }
            SubmissionEntity s = latest.get();
            boolean passed = Boolean.TRUE.equals(s.getPassed());
            return new GateResult(passed, passed ? Keys.GATE_OPEN_PASSED : Keys.GATE_CLOSED_FAILED, purpose,
                    formKey, number, s.getId());
        });
    }
}
