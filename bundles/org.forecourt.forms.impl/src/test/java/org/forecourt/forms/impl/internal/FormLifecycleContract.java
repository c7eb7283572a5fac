package org.forecourt.forms.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forecourt.forms.impl.internal.TestData.BRAND_1;
import static org.forecourt.forms.impl.internal.TestData.BRAND_2;
import static org.forecourt.forms.impl.internal.TestData.BRAND_ADMIN_1;
import static org.forecourt.forms.impl.internal.TestData.BRAND_ADMIN_2;
import static org.forecourt.forms.impl.internal.TestData.CONSULTANT_A;
import static org.forecourt.forms.impl.internal.TestData.GROUP_ADMIN;
import static org.forecourt.forms.impl.internal.TestData.MANAGER_A;
import static org.forecourt.forms.impl.internal.TestData.PURPOSE;
import static org.forecourt.forms.impl.internal.TestData.STORE_A;
import static org.forecourt.forms.impl.internal.TestData.STORE_B;
import static org.forecourt.forms.impl.internal.TestData.STORE_C;

import java.util.List;

import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.core.api.ValidationException;
import org.forecourt.forms.api.FormDraft;
import org.forecourt.forms.api.FormOwner;
import org.forecourt.forms.api.FormPurpose;
import org.forecourt.forms.api.FormQuery;
import org.forecourt.forms.api.FormSummary;
import org.forecourt.forms.api.FormVersion;
import org.forecourt.forms.api.FormsEvents;
import org.forecourt.forms.api.VersionStatus;
import org.forecourt.forms.api.engine.DefinitionException;
import org.forecourt.forms.api.engine.DefinitionProblem;
import org.forecourt.forms.api.engine.ItemChange;
import org.forecourt.forms.api.model.Extension;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.LocalText;
import org.junit.jupiter.api.Test;

/** Forms, versions, scoping by owner, inheritance and bindings. */
abstract class FormLifecycleContract extends FormsContract {

    private static FormItem item(FormDefinition d, String key) {
        return d.getItems().stream().flatMap(i -> i.getType() == FieldType.SECTION ? i.getItems().stream()
                : java.util.stream.Stream.of(i)).filter(i -> key.equals(i.getKey())).findFirst().orElseThrow();
    }

    @Test
    void publishingNumbersImmutableVersionsWithANote() {
        FormDraft d = forms.create(BRAND_ADMIN_1, FormOwner.brand(BRAND_1), checklist());
        long id = d.summary().id();
        assertThat(d.problems()).isEmpty();
        assertThat(d.summary().hasDraft()).isTrue();
        assertThatThrownBy(() -> forms.publish(BRAND_ADMIN_1, id, d.summary().revision(), "  "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo(Keys.PUBLISH_NOTE_REQUIRED));
        FormVersion v1 = forms.publish(BRAND_ADMIN_1, id, d.summary().revision(), "首次发布");
        assertThat(v1.number()).isEqualTo(1);
        assertThat(v1.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(events).extracting(Posted::topic).contains(FormsEvents.PUBLISHED);

        long revision = d.summary().revision();
        for (int n = 2; n <= 3; n++) {
            FormDefinition changed = forms.get(BRAND_ADMIN_1, id).definition();
            item(changed, "brakes").setLabel(LocalText.of("制动 v" + n, "Brakes v" + n));
            revision = forms.saveDraft(BRAND_ADMIN_1, id, revision, changed).summary().revision();
            forms.publish(BRAND_ADMIN_1, id, revision, "version " + n);
        }
        List<FormVersion> versions = forms.versions(BRAND_ADMIN_1, id);
        assertThat(versions).extracting(FormVersion::number).containsExactly(3, 2, 1);
        // changing a returned definition changes nothing stored
        item(forms.version(BRAND_ADMIN_1, v1.id()).definition(), "brakes").setLabel(LocalText.of("x", "x"));
        assertThat(item(forms.version(BRAND_ADMIN_1, v1.id()).definition(), "brakes").getLabel())
                .isEqualTo(LocalText.of("制动", "Brakes"));
        assertThat(forms.version(CONSULTANT_A, versions.get(0).id()).number()).isEqualTo(3);

        List<ItemChange> diff = forms.compare(BRAND_ADMIN_1, v1.id(), versions.get(0).id());
        assertThat(diff).anySatisfy(c -> {
            assertThat(c.path()).endsWith("brakes");
            assertThat(c.kind()).isEqualTo(ItemChange.Kind.CHANGED);
            assertThat(c.properties()).contains("label");
        });

        // retired versions are skipped: the current version is the newest published one
        forms.retire(BRAND_ADMIN_1, versions.get(0).id());
        assertThat(forms.list(BRAND_ADMIN_1, FormQuery.all())).filteredOn(s -> s.id() == id)
                .extracting(FormSummary::currentVersion).containsExactly(2);

        // export and import through JSON: the import becomes the draft of the form with the same key
        String json = forms.exportJson(BRAND_ADMIN_1, id, 1);
        assertThat(json).contains("\"delivery-check\"");
        FormDraft imported = forms.importJson(BRAND_ADMIN_1, FormOwner.brand(BRAND_1), json);
        assertThat(imported.summary().id()).isEqualTo(id);
        assertThat(item(imported.definition(), "brakes").getLabel()).isEqualTo(LocalText.of("制动", "Brakes"));
    }

    @Test
    void aStaleRevisionIsAConflictAndNothingIsSaved() {
        FormDraft d = forms.create(BRAND_ADMIN_1, FormOwner.brand(BRAND_1), checklist());
        long id = d.summary().id();
        FormDefinition mine = d.definition().setTitle(LocalText.of("我的", "Mine"));
        FormDraft saved = forms.saveDraft(BRAND_ADMIN_1, id, d.summary().revision(), mine);
        assertThat(saved.summary().revision()).isGreaterThan(d.summary().revision());
        FormDefinition theirs = d.definition().setTitle(LocalText.of("他的", "Theirs"));
        assertThatThrownBy(() -> forms.saveDraft(BRAND_ADMIN_1, id, d.summary().revision(), theirs))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> forms.publish(BRAND_ADMIN_1, id, d.summary().revision(), "note"))
                .isInstanceOf(ConflictException.class);
        assertThat(forms.get(BRAND_ADMIN_1, id).summary().title().get(LocalText.EN)).isEqualTo("Mine");
    }

    @Test
    void aDraftWithProblemsIsSavedButNotPublished() {
        FormDefinition bad = checklist();
        item(bad, "remarks").setVisibleIf("nosuchfield == 'x'");
        FormDraft d = forms.create(BRAND_ADMIN_1, FormOwner.brand(BRAND_1), bad);
        assertThat(d.problems()).extracting(DefinitionProblem::path).anyMatch(p -> p.endsWith("remarks"));
        assertThatThrownBy(() -> forms.publish(BRAND_ADMIN_1, d.summary().id(), d.summary().revision(), "note"))
                .isInstanceOfSatisfying(DefinitionException.class,
                        e -> assertThat(e.problems()).extracting(DefinitionProblem::property).contains("visibleIf"));
        assertThat(forms.versions(BRAND_ADMIN_1, d.summary().id())).isEmpty();
        assertThatThrownBy(() -> forms.create(BRAND_ADMIN_1, FormOwner.brand(BRAND_1), checklist()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo(Keys.FORM_KEY_TAKEN));
    }

    @Test
    void aBrandAdminSeesAndChangesOnlyTheirBrandsForms() {
        FormVersion template = publishChecklist(GROUP_ADMIN, FormOwner.group(), "group-check");
        FormDraft b1 = forms.create(BRAND_ADMIN_1, FormOwner.brand(BRAND_1), checklist());
        long b1Id = b1.summary().id();

        assertThat(forms.list(BRAND_ADMIN_2, FormQuery.all())).extracting(FormSummary::key)
                .containsExactly("group-check");
        assertThat(forms.list(BRAND_ADMIN_1, FormQuery.all())).extracting(FormSummary::key)
                .containsExactlyInAnyOrder("group-check", "delivery-check");
        assertThat(forms.list(GROUP_ADMIN, new FormQuery(null, BRAND_1, false, null))).extracting(FormSummary::key)
                .containsExactly("delivery-check");
        assertThatThrownBy(() -> forms.get(BRAND_ADMIN_2, b1Id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> forms.saveDraft(BRAND_ADMIN_2, b1Id, b1.summary().revision(), checklist()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> forms.create(BRAND_ADMIN_2, FormOwner.brand(BRAND_1), checklist()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(forms.findByKey(BRAND_ADMIN_2, FormOwner.brand(BRAND_1), "delivery-check")).isEmpty();
        // group templates: read by every designer, changed only group-wide
        FormDraft t = forms.get(BRAND_ADMIN_2, template.formId());
        assertThatThrownBy(() -> forms.saveDraft(BRAND_ADMIN_2, template.formId(), t.summary().revision(),
                t.definition())).isInstanceOf(NotPermittedException.class);
        // fillers and managers do not design
        assertThatThrownBy(() -> forms.create(MANAGER_A, FormOwner.store(BRAND_1, STORE_A), checklist()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> forms.list(CONSULTANT_A, FormQuery.all()))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anExtendingFormFollowsItsParentAndCannotTouchLockedSections() {
        FormVersion template = publishChecklist(GROUP_ADMIN, FormOwner.group(), "group-check");
        FormDraft child = forms.derive(BRAND_ADMIN_1, template.formId(), FormOwner.brand(BRAND_1), "brand-check",
                Extension.Mode.EXTEND);
        long childId = child.summary().id();
        assertThat(child.definition().getItems()).isEmpty();
        assertThat(child.resolved().getItems()).extracting(FormItem::getKey).contains("safety", "extras");

        // replacing the locked section is refused
        FormItem ownSafety = new FormItem("safety", FieldType.SECTION, LocalText.of("安全", "Safety"))
                .setItems(List.of(new FormItem("horn", FieldType.YES_NO, LocalText.of("喇叭", "Horn"))));
        FormDraft broken = forms.saveDraft(BRAND_ADMIN_1, childId, child.summary().revision(),
                child.definition().copy().setItems(List.of(ownSafety)));
        assertThat(broken.problems()).isNotEmpty();
        assertThatThrownBy(() -> forms.publish(BRAND_ADMIN_1, childId, broken.summary().revision(), "try"))
                .isInstanceOf(DefinitionException.class);

        // adding a section of its own is fine; the version holds the parent's items too
        FormItem own = new FormItem("brandExtras", FieldType.SECTION, LocalText.of("品牌项", "Brand items"))
                .setItems(List.of(new FormItem("wash", FieldType.YES_NO, LocalText.of("洗车", "Car wash"))));
        FormDraft fixed = forms.saveDraft(BRAND_ADMIN_1, childId, broken.summary().revision(),
                child.definition().copy().setItems(List.of(own)).setAllowStoreAdditions(false));
        assertThat(fixed.problems()).isEmpty();
        FormVersion v = forms.publish(BRAND_ADMIN_1, childId, fixed.summary().revision(), "brand items");
        assertThat(v.definition().getItems()).extracting(FormItem::getKey)
                .contains("safety", "extras", "brandExtras");
        assertThat(v.definition().getKey()).isEqualTo("brand-check");

        // store additions only where the brand form allows them
        assertThatThrownBy(() -> forms.derive(BRAND_ADMIN_1, childId, FormOwner.store(BRAND_1, STORE_A),
                "store-check", Extension.Mode.EXTEND)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).messageKey()).isEqualTo(Keys.DERIVE_NO_STORE_ADDITIONS));
        FormDraft again = forms.get(BRAND_ADMIN_1, childId);
        FormDraft allowing = forms.saveDraft(BRAND_ADMIN_1, childId, again.summary().revision(),
                again.definition().setAllowStoreAdditions(true));
        forms.publish(BRAND_ADMIN_1, childId, allowing.summary().revision(), "stores may add");
        FormDraft store = forms.derive(BRAND_ADMIN_1, childId, FormOwner.store(BRAND_1, STORE_A), "store-check",
                Extension.Mode.EXTEND);
        assertThat(store.summary().owner()).isEqualTo(FormOwner.store(BRAND_1, STORE_A));
        assertThat(store.resolved().getItems()).extracting(FormItem::getKey).contains("safety", "brandExtras");
        // a copy stands on its own
        FormDraft copy = forms.derive(BRAND_ADMIN_2, template.formId(), FormOwner.brand(BRAND_2), "copy-check",
                Extension.Mode.COPY);
        assertThat(copy.definition().getItems()).extracting(FormItem::getKey).contains("safety", "extras");
    }

    @Test
    void theMostSpecificBindingApplies() {
        FormVersion group = publishChecklist(GROUP_ADMIN, FormOwner.group(), "group-check");
        FormVersion brand = publishChecklist(BRAND_ADMIN_1, FormOwner.brand(BRAND_1), "brand-check");
        FormVersion store = publishChecklist(BRAND_ADMIN_1, FormOwner.store(BRAND_1, STORE_A), "store-check");

        assertThat(bindings.purposes()).extracting(FormPurpose::id)
                .contains(PURPOSE, "sales.testdrive.agreement");
        assertThatThrownBy(() -> bindings.bind(GROUP_ADMIN, "no.such.purpose", FormOwner.group(), group.formId()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo(Keys.BIND_UNKNOWN_PURPOSE));
        assertThatThrownBy(() -> bindings.bind(GROUP_ADMIN, PURPOSE, FormOwner.group(), brand.formId()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo(Keys.BIND_WRONG_OWNER));
        assertThatThrownBy(() -> bindings.bind(BRAND_ADMIN_1, PURPOSE, FormOwner.group(), group.formId()))
                .isInstanceOf(NotPermittedException.class);

        bindings.bind(GROUP_ADMIN, PURPOSE, FormOwner.group(), group.formId());
        bindings.bind(BRAND_ADMIN_1, PURPOSE, FormOwner.brand(BRAND_1), brand.formId());
        long storeBinding = bindings.bind(MANAGER_A, PURPOSE, FormOwner.store(BRAND_1, STORE_A), store.formId())
                .id();

        assertThat(bindings.resolve(GROUP_ADMIN, PURPOSE, STORE_A)).get().extracting(FormVersion::formKey)
                .isEqualTo("store-check");
        assertThat(bindings.resolve(GROUP_ADMIN, PURPOSE, STORE_B)).get().extracting(FormVersion::formKey)
                .isEqualTo("brand-check");
        assertThat(bindings.resolve(GROUP_ADMIN, PURPOSE, STORE_C)).get().extracting(FormVersion::formKey)
                .isEqualTo("group-check");
        assertThat(bindings.bindings(BRAND_ADMIN_2)).extracting(b -> b.owner().level().name())
                .containsExactly("GROUP");

        bindings.unbind(MANAGER_A, storeBinding);
        assertThat(bindings.resolve(CONSULTANT_A, PURPOSE, STORE_A)).get().extracting(FormVersion::formKey)
                .isEqualTo("brand-check");
        // a bound form whose versions are all retired falls through to the next level
        forms.retire(BRAND_ADMIN_1, brand.id());
        assertThat(bindings.resolve(CONSULTANT_A, PURPOSE, STORE_A)).get().extracting(FormVersion::formKey)
                .isEqualTo("group-check");
        assertThat(bindings.resolve(CONSULTANT_A, "sales.testdrive.agreement", STORE_A)).isEmpty();
        assertThatThrownBy(() -> bindings.resolve(CONSULTANT_A, PURPOSE, STORE_C))
                .isInstanceOf(NotPermittedException.class);
    }
}
