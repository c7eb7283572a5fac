package org.forecourt.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ValidationException;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.forms.api.BindingService;
import org.forecourt.forms.api.FormDraft;
import org.forecourt.forms.api.FormGate;
import org.forecourt.forms.api.FormOwner;
import org.forecourt.forms.api.FormPurpose;
import org.forecourt.forms.api.FormQuery;
import org.forecourt.forms.api.FormService;
import org.forecourt.forms.api.FormSummary;
import org.forecourt.forms.api.FormVersion;
import org.forecourt.forms.api.GateClosedException;
import org.forecourt.forms.api.GateResult;
import org.forecourt.forms.api.PurposeContribution;
import org.forecourt.forms.api.SubjectRef;
import org.forecourt.forms.api.Submission;
import org.forecourt.forms.api.SubmissionRequest;
import org.forecourt.forms.api.SubmissionService;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.LocalText;
import org.forecourt.forms.api.model.Scoring;

/**
 * The forms module in the real distribution: the default pack installs its forms as group templates bound to their
 * purposes, and a module's process step is refused until its form has been submitted and passes.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FormsIT {

    private static final Actor SYSTEM = Actor.system("itest");
    private static final String PURPOSE = "itest.order.handover";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return ForecourtExam.options(KarafDistributionOption.features(
                maven("org.forecourt", "forecourt-features").type("xml").classifier("features")
                        .version(System.getProperty("forecourt.version")), "forecourt-forms"));
    }

    @Test
    public void theDefaultPackInstallsAsGroupTemplatesBoundToTheirPurposes() throws Exception {
        FormService forms = Services.await(context, FormService.class);
        BindingService bindings = Services.await(context, BindingService.class);
        Set<String> expected = Set.of("pdi-checklist", "delivery-checklist", "reception-walkaround",
                "test-drive-agreement", "needs-analysis", "after-delivery-24h-manager-call");
        ForecourtExam.await("the default pack", Duration.ofMinutes(1), () -> forms.list(SYSTEM, FormQuery.all())
                .stream().map(FormSummary::key).collect(Collectors.toSet()).containsAll(expected));

        List<FormSummary> pack = forms.list(SYSTEM, FormQuery.all());
        assertTrue("at least 14 forms: " + pack.size(), pack.size() >= 14);
        for (FormSummary f : pack) {
            assertEquals(f.key() + " is a group template", FormOwner.group(), f.owner());
            assertEquals(f.key() + " is published once", Integer.valueOf(1), f.currentVersion());
            assertFalse(f.key() + " has a Chinese title", f.title().get(LocalText.ZH) == null);
            assertFalse(f.key() + " has an English title", f.title().get(LocalText.EN) == null);
        }

        // the pack's delivery checklist applies to every store until a brand binds its own
        Store store = aStore();
        Optional<FormVersion> delivery = bindings.resolve(SYSTEM, "sales.delivery.checklist", store.id());
        assertTrue("a form is bound to sales.delivery.checklist", delivery.isPresent());
        assertEquals("delivery-checklist", delivery.get().formKey());
    }

    @Test
    public void aStepIsRefusedUntilItsFormIsSubmittedAndPasses() throws Exception {
        FormService forms = Services.await(context, FormService.class);
        BindingService bindings = Services.await(context, BindingService.class);
        SubmissionService submissions = Services.await(context, SubmissionService.class);
        FormGate gate = Services.await(context, FormGate.class);
        ServiceRegistration<PurposeContribution> purpose = context.registerService(PurposeContribution.class,
                () -> List.of(new FormPurpose(PURPOSE, LocalText.of("交车确认", "Hand-over check"), LocalText.empty(),
                        "itest.order", true, "checklist")), null);
        try {
            ForecourtExam.await("the purpose", Duration.ofSeconds(30), () -> bindings.purpose(PURPOSE).isPresent());
            Store store = aStore();
            SubjectRef order = SubjectRef.of("itest.order", 4711);

            FormDraft draft = forms.create(SYSTEM, FormOwner.brand(store.brandId()), handoverForm());
            forms.publish(SYSTEM, draft.summary().id(), draft.summary().revision(), "first version");
            bindings.bind(SYSTEM, PURPOSE, FormOwner.brand(store.brandId()), draft.summary().id());

            GateResult before = gate.check(SYSTEM, PURPOSE, store.id(), order);
            assertFalse("closed before anything is filled", before.open());
            assertEquals("forms.gate.closed.missing", before.reason());
            try {
                gate.require(SYSTEM, PURPOSE, store.id(), order);
                throw new AssertionError("the step must be refused");
            } catch (GateClosedException expected) {
                assertEquals("handover-check", expected.result().formKey());
            }

            // an incomplete submission is refused and changes nothing
            Submission first = submissions.start(SYSTEM, new SubmissionRequest(PURPOSE, null, store.id(), order,
                    null, null));
            try {
                submissions.submit(SYSTEM, first.id(), first.revision(), Map.of());
                throw new AssertionError("a submission without its required answers must be refused");
            } catch (ValidationException expected) {
                assertTrue(expected.errors().stream().anyMatch(e -> e.field().equals("keysHandedOver")));
            }
            assertFalse(gate.check(SYSTEM, PURPOSE, store.id(), order).open());

            // submitted but failing the critical item: still closed
            Submission failed = submissions.submit(SYSTEM, first.id(), submissions.get(SYSTEM, first.id()).revision(),
                    Map.of("keysHandedOver", false, "remarks", "second key missing"));
            assertEquals(Boolean.FALSE, failed.passed());
            GateResult afterFail = gate.check(SYSTEM, PURPOSE, store.id(), order);
            assertFalse(afterFail.open());
            assertEquals("forms.gate.closed.failed", afterFail.reason());

            // filled again and passed: the step may complete
            Submission second = submissions.start(SYSTEM, new SubmissionRequest(PURPOSE, null, store.id(), order,
                    null, null));
            Submission passed = submissions.submit(SYSTEM, second.id(), second.revision(),
                    Map.of("keysHandedOver", true));
            assertEquals(Boolean.TRUE, passed.passed());
            GateResult after = gate.require(SYSTEM, PURPOSE, store.id(), order);
            assertTrue(after.open());
            assertEquals(passed.id(), after.submissionId().longValue());

            // another order of the same store is still closed
            assertFalse(gate.check(SYSTEM, PURPOSE, store.id(), SubjectRef.of("itest.order", 4712)).open());
        } finally {
            purpose.unregister();
        }
    }

    private Store aStore() throws Exception {
        OrganisationService organisation = Services.await(context, OrganisationService.class);
        List<Store> stores = organisation.stores(SYSTEM);
        if (!stores.isEmpty()) {
            return stores.get(0);
        }
        Brand brand = organisation.saveBrand(SYSTEM, new Brand(0, "ITF", "Itest Forms", true, 0));
        return organisation.saveStore(SYSTEM, new Store(0, brand.id(), "ITF-01", "测试店", "上海", "Asia/Shanghai",
                true, 0));
    }

    private static FormDefinition handoverForm() {
        FormItem keys = new FormItem("keysHandedOver", FieldType.YES_NO, LocalText.of("两把钥匙已交付", "Both keys handed over"))
                .setRequired(true).setCritical(true).setWeight(java.math.BigDecimal.TEN);
        FormItem remarks = new FormItem("remarks", FieldType.TEXTAREA, LocalText.of("备注", "Remarks"))
                .setRequiredIf("keysHandedOver == false");
        FormItem section = new FormItem("handover", FieldType.SECTION, LocalText.of("交付", "Hand-over"))
                .setItems(List.of(keys, remarks));
        return new FormDefinition().setKey("handover-check").setTitle(LocalText.of("交车确认", "Hand-over check"))
                .setKind("checklist").setScoring(new Scoring("allOk() && percent >= 100", null))
                .setItems(List.of(section));
    }
}
