package org.forecourt.imports.internal.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.imports.api.ImportJob;
import org.forecourt.imports.api.ImportKind;
import org.forecourt.imports.api.ImportRejection;
import org.forecourt.imports.api.ImportState;
import org.forecourt.persistence.Jpa;

/** The jobs and rejected rows in the {@code imports} unit. Bookkeeping writes run as the system. */
final class JobStore {

    /** Writes the engine's own bookkeeping (job rows are not audited). */
    static final Actor BOOKKEEPER = Actor.system("imports");
    static final String ENTITY = "ImportJob";

    /** A job as stored, with what only the engine needs. */
    record Stored(ImportJob job, String storedFile, String reportFile, JobActor actor) {
    }

    /** The counts and checkpoint written after a batch (absolute values). */
    record Progress(int totalRows, int processedRows, int imported, int updated, int unchanged, int rejected,
                    int lastCommittedRow) {
    }

    private final Jpa jpa;

    JobStore(Jpa jpa) {
        this.jpa = jpa;
    }

    long create(ImportJobEntity entity) {
        return jpa.write(BOOKKEEPER, em -> {
            em.persist(entity);
            em.flush();
            return entity.getId();
        });
    }

    void setStoredFile(long id, String path) {
        jpa.run(BOOKKEEPER, em -> find(em, id).setStoredFile(path));
    }

    /** The newest finished (done) job of the same file for the same store and kind, if any. */
    Long findRepeat(long storeId, ImportKind kind, String sha256) {
        return jpa.read(BOOKKEEPER, em -> em.createQuery("SELECT j.id FROM ImportJob j WHERE j.storeId = :s "
                                + "AND j.kind = :k AND j.sha256 = :h AND j.state = :done ORDER BY j.id DESC", Long.class)
                .setParameter("s", storeId).setParameter("k", kind).setParameter("h", sha256)
                .setParameter("done", ImportState.DONE).setMaxResults(1).getResultStream().findFirst().orElse(null));
    }

    Stored load(long id) {
        return jpa.read(BOOKKEEPER, em -> stored(find(em, id)));
    }

    /** @throws NotFoundException when the job is not within the actor's scope */
    Stored load(Actor actor, long id) {
        return jpa.read(actor, em -> {
            ImportJobEntity e = em.find(ImportJobEntity.class, id);
            if (e == null || !actor.scope().includes(e.getStoreId())) {
                throw new NotFoundException(ENTITY, id);
            }
            return stored(e);
        });
    }

    /** Jobs that were queued or running, oldest first. */
    List<Long> unfinished() {
        return jpa.read(BOOKKEEPER, em -> em.createQuery("SELECT j.id FROM ImportJob j WHERE j.state IN :states "
                        + "ORDER BY j.id", Long.class)
                .setParameter("states", List.of(ImportState.QUEUED, ImportState.RUNNING)).getResultList());
    }

    void markRunning(long id, Instant now) {
        jpa.run(BOOKKEEPER, em -> {
            ImportJobEntity e = find(em, id);
            e.setState(ImportState.RUNNING);
            if (e.getStartedAt() == null) {
                e.setStartedAt(now);
            }
        });
    }

    /** One transaction: the batch's rejected rows and the job's counts and checkpoint. */
    void checkpoint(long id, Progress p, List<RejectionEntity> rejections) {
        jpa.run(BOOKKEEPER, em -> {
            for (RejectionEntity r : rejections) {
                em.persist(r);
            }
            ImportJobEntity e = find(em, id);
            apply(e, p);
        });
    }

    void finish(long id, ImportState state, Progress p, String errorKey, List<Object> errorArgs, String reportFile,
                Instant now) {
        jpa.run(BOOKKEEPER, em -> {
            ImportJobEntity e = find(em, id);
            if (p != null) {
                apply(e, p);
            }
            e.setState(state);
            e.setError(errorKey, errorKey == null ? null : Args.encode(errorArgs));
            if (e.getStartedAt() == null) {
                e.setStartedAt(now);
            }
            e.setFinishedAt(now);
            e.setReportFile(reportFile);
        });
    }

    void setReportFile(long id, String reportFile) {
        jpa.run(BOOKKEEPER, em -> find(em, id).setReportFile(reportFile));
    }

    List<ImportJob> list(Actor actor, int offset, int limit) {
        return jpa.read(actor, em -> em.createQuery("SELECT j FROM ImportJob j ORDER BY j.id DESC",
                        ImportJobEntity.class).setFirstResult(offset).setMaxResults(limit).getResultList()
                .stream().map(JobStore::toApi).toList());
    }

    long count(Actor actor) {
        return jpa.read(actor, em -> em.createQuery("SELECT COUNT(j) FROM ImportJob j", Long.class)
                .getSingleResult());
    }

    List<ImportRejection> rejections(long jobId, int offset, int limit) {
        return jpa.read(BOOKKEEPER, em -> {
            List<ImportRejection> out = new ArrayList<>();
            for (RejectionEntity r : em.createQuery("SELECT r FROM ImportRejection r WHERE r.jobId = :j "
                            + "ORDER BY r.rowNumber, r.seq", RejectionEntity.class).setParameter("j", jobId)
                    .setFirstResult(offset).setMaxResults(limit).getResultList()) {
                out.add(new ImportRejection(r.getJobId(), r.getRowNumber(), r.getColumn(), r.getValue(),
                        r.getMessageKey(), Args.decode(r.getMessageArgs()), r.getRowText()));
            }
            return out;
        });
    }

    long countRejections(long jobId) {
        return jpa.read(BOOKKEEPER, em -> em.createQuery("SELECT COUNT(r) FROM ImportRejection r WHERE r.jobId = :j",
                Long.class).setParameter("j", jobId).getSingleResult());
    }

    private static ImportJobEntity find(EntityManager em, long id) {
        ImportJobEntity e = em.find(ImportJobEntity.class, id);
        if (e == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return e;
    }

    private static void apply(ImportJobEntity e, Progress p) {
        e.setTotalRows(p.totalRows());
        e.setProcessedRows(p.processedRows());
        e.setImportedRows(p.imported());
        e.setUpdatedRows(p.updated());
        e.setUnchangedRows(p.unchanged());
        e.setRejectedRows(p.rejected());
        e.setLastCommittedRow(p.lastCommittedRow());
    }

    private static Stored stored(ImportJobEntity e) {
        return new Stored(toApi(e), e.getStoredFile(), e.getReportFile(), e.actor());
    }

    static ImportJob toApi(ImportJobEntity e) {
        return new ImportJob(e.getId(), e.getKind(), e.getStoreId(), e.getFileName(), e.getSha256(), e.getFileSize(),
                e.getSource(), e.getState(), e.getUserId(), e.getDisplayName(), e.getTotalRows(), e.getProcessedRows(),
                e.getImportedRows(), e.getUpdatedRows(), e.getUnchangedRows(), e.getRejectedRows(),
                e.getLastCommittedRow(), e.getErrorKey(), Args.decode(e.getErrorArgs()), e.getRepeatOf(),
                e.getCreatedAt(), e.getStartedAt(), e.getFinishedAt());
    }
}
