package org.forecourt.forms.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forecourt.forms.impl.internal.TestData.BRAND_1;
import static org.forecourt.forms.impl.internal.TestData.BRAND_ADMIN_1;
import static org.forecourt.forms.impl.internal.TestData.CONSULTANT_A;
import static org.forecourt.forms.impl.internal.TestData.CONSULTANT_A2;
import static org.forecourt.forms.impl.internal.TestData.CONSULTANT_B;
import static org.forecourt.forms.impl.internal.TestData.GROUP_ADMIN;
import static org.forecourt.forms.impl.internal.TestData.MANAGER_A;
import static org.forecourt.forms.impl.internal.TestData.PURPOSE;
import static org.forecourt.forms.impl.internal.TestData.STORE_A;
import static org.forecourt.forms.impl.internal.TestData.STORE_B;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.core.api.ValidationException;
import org.forecourt.forms.api.Attachment;
import org.forecourt.forms.api.FormDraft;
import org.forecourt.forms.api.FormOwner;
import org.forecourt.forms.api.FormVersion;
import org.forecourt.forms.api.FormsEvents;
import org.forecourt.forms.api.GateClosedException;
import org.forecourt.forms.api.GateResult;
import org.forecourt.forms.api.SubjectRef;
import org.forecourt.forms.api.Submission;
import org.forecourt.forms.api.SubmissionQuery;
import org.forecourt.forms.api.SubmissionRequest;
import org.forecourt.forms.api.SubmissionService;
import org.forecourt.forms.api.SubmissionStatus;
import org.forecourt.forms.api.engine.FormContext;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.LocalText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filling: drafts, submission, queryable answers, attachments, store scoping, gates, versions of old records. */
abstract class SubmissionContract extends FormsContract {

    static final SubjectRef ORDER = SubjectRef.of("sales.order", 1042);

    FormVersion v1;

    @BeforeEach
    void publishAndBind() {
        v1 = publishChecklist(BRAND_ADMIN_1, FormOwner.brand(BRAND_1), "delivery-check");
        bindings.bind(BRAND_ADMIN_1, PURPOSE, FormOwner.brand(BRAND_1), v1.formId());
    }

    Submission start(org.forecourt.core.api.Actor actor, long store) {
        return submissions.start(actor, new SubmissionRequest(PURPOSE, null, store, ORDER, 501L, 77L));
    }

    private static List<String> paths(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void draftsAutosaveAndAnInvalidSubmissionSavesNothing() {
        Submission draft = start(CONSULTANT_A, STORE_A);
        assertThat(draft.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(draft.formVersionId()).isEqualTo(v1.id());
        assertThat(start(CONSULTANT_A, STORE_A).id()).as("the open draft is reused").isEqualTo(draft.id());
        assertThat(start(CONSULTANT_A2, STORE_A).id()).as("others start their own").isNotEqualTo(draft.id());

        Map<String, Object> partial = new java.util.LinkedHashMap<>(Map.of("fuel", "half",
                "remarks", "还没填完"));
        Submission saved = submissions.saveDraft(CONSULTANT_A, draft.id(), draft.revision(), partial);
        assertThat(saved.answers()).containsEntry("fuel", "half");
        assertThatThrownBy(() -> submissions.saveDraft(CONSULTANT_A, draft.id(), draft.revision(), partial))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> submissions.saveDraft(CONSULTANT_A, saved.id(), saved.revision(),
                Map.of("fuel", "half", "hacked", "x", "mileage", "lots")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(paths(e)).contains("hacked", "mileage"));
        assertThatThrownBy(() -> submissions.saveDraft(CONSULTANT_A2, saved.id(), saved.revision(), partial))
                .isInstanceOf(NotPermittedException.class);

        Map<String, Object> invalid = goodAnswers();
        invalid.remove("brakes");
        invalid.put("tyres", inspection("SHINY", null));
        invalid.put("mileage", new BigDecimal("-5"));
        assertThatThrownBy(() -> submissions.submit(CONSULTANT_A, saved.id(), saved.revision(), invalid))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(paths(e)).contains("brakes", "mileage").anyMatch(p -> p.startsWith("tyres")));
        Submission after = submissions.get(CONSULTANT_A, saved.id());
        assertThat(after.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(after.revision()).isEqualTo(saved.revision());
        assertThat(after.answers()).containsEntry("remarks", "还没填完").doesNotContainKey("brakes");
        assertThat(count("SELECT COUNT(*) FROM fc_form_answer")).isZero();
    }

    @Test
    void aSubmissionStoresItsScoreAndQueryableAnswerRows() throws SQLException {
        Submission draft = start(CONSULTANT_A, STORE_A);
        Submission done = submissions.submit(CONSULTANT_A, draft.id(), draft.revision(), goodAnswers());
        assertThat(done.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(done.passed()).isTrue();
        assertThat(done.points()).isEqualByComparingTo("20");
        assertThat(done.percent()).isEqualByComparingTo("100");
        assertThat(done.submittedAt()).isEqualTo(START);
        assertThat(done.answers().get("buyer")).isEqualTo(Map.of("id", "501", "label", "张三"));
        assertThat(done.answers()).containsEntry("remarks", "<script>alert(1)</script>");
        assertThat(events).filteredOn(p -> p.topic().equals(FormsEvents.SUBMITTED)).singleElement()
                .satisfies(p -> assertThat(p.properties()).containsEntry("purpose", PURPOSE)
                        .containsEntry("subjectId", "1042").containsEntry("passed", true));
        assertThatThrownBy(() -> submissions.saveDraft(CONSULTANT_A, done.id(), done.revision(), goodAnswers()))
                .isInstanceOf(ValidationException.class);

        // a report reads grades and chosen options with plain SQL
        assertThat(strings("SELECT grade FROM fc_form_answer WHERE field_key = 'brakes'")).containsExactly("OK");
        assertThat(strings("SELECT option_value FROM fc_form_answer WHERE field_key = 'accessories'"
                + " ORDER BY option_value")).containsExactly("dashcam", "mats");
        assertThat(strings("SELECT option_value FROM fc_form_answer WHERE field_key = 'fuel'"))
                .containsExactly("full");
        assertThat(strings("SELECT value_number FROM fc_form_answer"
                + " WHERE field_key = 'mileage'")).singleElement().satisfies(v ->
                assertThat(new BigDecimal(v)).isEqualByComparingTo("12"));
        assertThat(strings("SELECT field_key FROM fc_form_answer WHERE field_type = 'section-score'"
                + " ORDER BY field_key")).contains("safety");
        assertThat(count("SELECT COUNT(*) FROM fc_form_submission WHERE passed = TRUE AND score_percent = 100"))
                .isEqualTo(1);
    }

    @Test
    void aSubmissionKeepsRenderingWithItsVersion() {
        Submission draft = start(CONSULTANT_A, STORE_A);
        Submission done = submissions.submit(CONSULTANT_A, draft.id(), draft.revision(), goodAnswers());
        long formId = v1.formId();
        for (int n = 2; n <= 3; n++) {
            FormDraft d = forms.get(BRAND_ADMIN_1, formId);
            FormDefinition def = d.definition();
            FormItem brakes = def.getItems().get(0).getItems().get(0);
            brakes.setLabel(LocalText.of("刹车 " + n, "Brakes " + n));
            def.getItems().get(1).getItems().add(new FormItem("wash" + n, FieldType.YES_NO,
                    LocalText.of("洗车", "Car wash")));
            FormDraft saved = forms.saveDraft(BRAND_ADMIN_1, formId, d.summary().revision(), def);
            forms.publish(BRAND_ADMIN_1, formId, saved.summary().revision(), "v" + n);
        }
        Submission again = submissions.get(CONSULTANT_A, done.id());
        assertThat(again.versionNumber()).isEqualTo(1);
        FormVersion rendered = forms.version(CONSULTANT_A, again.formVersionId());
        assertThat(rendered.number()).isEqualTo(1);
        assertThat(rendered.definition().getItems().get(0).getItems().get(0).getLabel())
                .isEqualTo(LocalText.of("制动", "Brakes"));
        assertThat(rendered.definition().getItems().get(1).getItems()).extracting(FormItem::getKey)
                .doesNotContain("wash2", "wash3");
        // new work uses the newest version
        assertThat(start(CONSULTANT_A, STORE_A).versionNumber()).isEqualTo(3);
    }

    @Test
    void submissionsBelongToTheirStore() {
        Submission a = start(CONSULTANT_A, STORE_A);
        submissions.submit(CONSULTANT_A, a.id(), a.revision(), goodAnswers());
        Submission b = start(CONSULTANT_B, STORE_B);

        assertThatThrownBy(() -> submissions.get(CONSULTANT_B, a.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> submissions.get(CONSULTANT_A2, a.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> start(CONSULTANT_A, STORE_B)).isInstanceOf(NotPermittedException.class);
        assertThat(submissions.get(MANAGER_A, a.id()).filledBy()).isEqualTo("consultantA");
        assertThat(submissions.find(MANAGER_A, SubmissionQuery.all(), 0, 50)).extracting(Submission::id)
                .containsExactly(a.id());
        assertThat(submissions.count(BRAND_ADMIN_1, SubmissionQuery.all())).isEqualTo(2);
        assertThat(submissions.count(GROUP_ADMIN, new SubmissionQuery(PURPOSE, null, STORE_B, ORDER, null, null,
                SubmissionStatus.DRAFT, null, null, null))).isEqualTo(1);
        assertThat(submissions.find(CONSULTANT_A2, SubmissionQuery.all(), 0, 50)).isEmpty();
        assertThat(submissions.find(CONSULTANT_B, SubmissionQuery.all(), 0, 50)).extracting(Submission::id)
                .containsExactly(b.id());

        FormContext context = submissions.context(MANAGER_A, a.id());
        assertThat(context.customer()).containsEntry("name", "张三").containsEntry("id", 501L);
        assertThat(context.vehicle()).containsEntry("model", "Model S");
        assertThat(context.store()).containsEntry("name", "浦东店").containsEntry("code", "SH-PD-01");
        assertThat(context.user()).containsEntry("name", "managerA");
    }

    @Test
    void theGateOpensOnlyForAPassedSubmission() {
        SubjectRef other = SubjectRef.of("sales.order", 9);
        GateResult unbound = gate.check(CONSULTANT_A, "sales.testdrive.agreement", STORE_A, ORDER);
        assertThat(unbound.open()).isTrue();
        assertThat(unbound.reason()).isEqualTo(Keys.GATE_OPEN_UNBOUND);

        GateResult missing = gate.check(CONSULTANT_A, PURPOSE, STORE_A, ORDER);
        assertThat(missing.open()).isFalse();
        assertThat(missing.reason()).isEqualTo(Keys.GATE_CLOSED_MISSING);
        assertThat(missing.formKey()).isEqualTo("delivery-check");
        assertThatThrownBy(() -> gate.require(CONSULTANT_A, PURPOSE, STORE_A, ORDER))
                .isInstanceOfSatisfying(GateClosedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(Keys.GATE_CLOSED_MISSING));

        Submission draft = start(CONSULTANT_A, STORE_A);
        assertThat(gate.check(CONSULTANT_A, PURPOSE, STORE_A, ORDER).reason()).isEqualTo(Keys.GATE_CLOSED_DRAFT);

        Map<String, Object> failing = goodAnswers();
        failing.put("brakes", inspection("URGENT", "刹车片磨损"));
        Submission failed = submissions.submit(CONSULTANT_A, draft.id(), draft.revision(), failing);
        assertThat(failed.passed()).isFalse();
        GateResult closed = gate.check(CONSULTANT_A, PURPOSE, STORE_A, ORDER);
        assertThat(closed.open()).isFalse();
        assertThat(closed.reason()).isEqualTo(Keys.GATE_CLOSED_FAILED);
        assertThat(closed.submissionId()).isEqualTo(failed.id());

        Submission retry = start(CONSULTANT_A, STORE_A);
        assertThat(retry.id()).isNotEqualTo(failed.id());
        Submission passed = submissions.submit(CONSULTANT_A, retry.id(), retry.revision(), goodAnswers());
        GateResult open = gate.require(MANAGER_A, PURPOSE, STORE_A, ORDER);
        assertThat(open.reason()).isEqualTo(Keys.GATE_OPEN_PASSED);
        assertThat(open.submissionId()).isEqualTo(passed.id());
        assertThat(open.version()).isEqualTo(1);
        // another subject, another store: still closed
        assertThat(gate.check(CONSULTANT_A, PURPOSE, STORE_A, other).open()).isFalse();
        assertThat(gate.check(CONSULTANT_B, PURPOSE, STORE_B, ORDER).open()).isFalse();
        assertThatThrownBy(() -> gate.check(CONSULTANT_B, PURPOSE, STORE_A, ORDER))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void photosAreCheckedAndStrippedOfTheirLocation() {
        Submission draft = start(CONSULTANT_A, STORE_A);
        Attachment photo = submissions.addAttachment(CONSULTANT_A, draft.id(), "photos", "IMG_0001.jpg",
                Images.jpegWithGps(80, 60));
        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(photo.width()).isEqualTo(80);
        assertThat(photo.height()).isEqualTo(60);
        byte[] stored = submissions.attachmentContent(CONSULTANT_A, photo.id());
        assertThat(stored).hasSize((int) photo.size());
        assertThat(Images.contains(stored, "GPS")).isFalse();
        assertThat(Images.contains(stored, "Exif")).isFalse();
        Attachment inspectionPhoto = submissions.addAttachment(CONSULTANT_A, draft.id(), "brakes", "b.png",
                Images.pngWithText(10, 10));
        assertThat(submissions.attachments(CONSULTANT_A, draft.id())).extracting(Attachment::id)
                .containsExactlyInAnyOrder(photo.id(), inspectionPhoto.id());

        assertThatThrownBy(() -> submissions.addAttachment(CONSULTANT_A, draft.id(), "photos", "evil.jpg",
                "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0))
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly("photos", Keys.ATTACHMENT_NOT_IMAGE));
        assertThatThrownBy(() -> submissions.addAttachment(CONSULTANT_A, draft.id(), "photos", "huge.jpg",
                new byte[(int) SubmissionService.MAX_ATTACHMENT_BYTES + 1]))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo(Keys.ATTACHMENT_TOO_LARGE));
        assertThatThrownBy(() -> submissions.addAttachment(CONSULTANT_A, draft.id(), "remarks", "a.jpg",
                Images.encode("jpg", 4, 4))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).messageKey()).isEqualTo(Keys.ATTACHMENT_WRONG_PATH));
        assertThatThrownBy(() -> submissions.attachmentContent(CONSULTANT_B, photo.id()))
                .isInstanceOf(NotFoundException.class);

        // answers may only name this submission's attachments
        Submission otherDraft = start(CONSULTANT_A2, STORE_A);
        Attachment foreign = submissions.addAttachment(CONSULTANT_A2, otherDraft.id(), "photos", "x.jpg",
                Images.encode("jpg", 4, 4));
        Map<String, Object> answers = goodAnswers();
        answers.put("photos", List.of(photo.id(), foreign.id()));
        assertThatThrownBy(() -> submissions.submit(CONSULTANT_A, draft.id(), draft.revision(), answers))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("photos",
                                Keys.ANSWER_UNKNOWN_ATTACHMENT)));
        answers.put("photos", List.of(photo.id()));
        Submission done = submissions.submit(CONSULTANT_A, draft.id(), draft.revision(), answers);
        assertThat(done.answers().get("photos")).isEqualTo(List.of(photo.id()));
        assertThatThrownBy(() -> submissions.addAttachment(CONSULTANT_A, draft.id(), "photos", "late.jpg",
                Images.encode("jpg", 4, 4))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).messageKey()).isEqualTo(Keys.SUBMISSION_NOT_DRAFT));
    }

    // ------------------------------------------------------------------------------------------------ plain SQL

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
