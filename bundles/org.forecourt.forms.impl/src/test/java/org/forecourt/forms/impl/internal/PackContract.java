package org.forecourt.forms.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forecourt.forms.impl.internal.TestData.CONSULTANT_C;
import static org.forecourt.forms.impl.internal.TestData.GROUP_ADMIN;
import static org.forecourt.forms.impl.internal.TestData.PURPOSE;
import static org.forecourt.forms.impl.internal.TestData.STORE_C;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.forecourt.forms.api.FormBinding;
import org.forecourt.forms.api.FormOwner;
import org.forecourt.forms.api.FormQuery;
import org.forecourt.forms.api.FormSummary;
import org.forecourt.forms.api.FormVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installing a pack of JSON files: group templates, version 1, bound to their purposes; idempotent. */
abstract class PackContract extends FormsContract {

    static final String SCRIPT = """
            {"key": "call-24h", "title": {"zh-CN": "交车24小时回访", "en": "24-hour call"}, "kind": "script",
             "purposes": ["crm.call.after-delivery-24h"],
             "items": [
              {"key": "intro", "type": "instruction", "text": {"zh-CN": "您好，{customer.name}", "en": "Hello {customer.name}"}},
              {"key": "satisfied", "type": "yes-no", "label": {"zh-CN": "满意吗", "en": "Satisfied?"}, "required": true}]}
            """;

    /** The default pack of the repository (built into org.forecourt.forms.pack.standard). */
    static final Path STANDARD = Path.of("../../forms/standard");

    @TempDir
    Path pack;

    @Test
    void theStandardPackInstallsWithoutProblems() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(STANDARD), "no forms/standard here");
        PackInstaller.Report report = new PackInstaller(core).install("org.forecourt.forms.pack.standard",
                "0.1.0", PackInstaller.folder(STANDARD));
        assertThat(report.problems()).isEmpty();
        assertThat(report.forms()).hasSize(PackInstaller.folder(STANDARD).size());
        assertThat(report.forms().values()).containsOnly(PackInstaller.Outcome.INSTALLED);
        assertThat(bindings.purposes()).hasSizeGreaterThanOrEqualTo(report.bound().size());
    }

    private void write(String name, String json) throws IOException {
        Files.writeString(pack.resolve(name), json, StandardCharsets.UTF_8);
    }

    @Test
    void installingAPackTwiceCreatesNothingNew() throws IOException {
        write("delivery-check.json", TestData.CHECKLIST);
        write("call-24h.json", SCRIPT);
        write("broken.json", "{\"key\": \"broken\", \"title\": {\"en\": \"Broken\"}, \"items\": [{\"key\": \"x\","
                + " \"type\": \"text\", \"visibleIf\": \"nosuch > 1\"}]}");
        write("notes.txt", "not a form");
        PackInstaller installer = new PackInstaller(core);

        PackInstaller.Report first = installer.install("org.forecourt.forms.pack.test", "1.0.0",
                PackInstaller.folder(pack));
        assertThat(first.forms()).containsOnly(Map.entry("delivery-check", PackInstaller.Outcome.INSTALLED),
                Map.entry("call-24h", PackInstaller.Outcome.INSTALLED));
        assertThat(first.bound()).containsExactlyInAnyOrder(PURPOSE, "crm.call.after-delivery-24h");
        assertThat(first.problems()).containsOnlyKeys("broken.json");
        assertThat(first.ok()).isFalse();

        FormSummary form = forms.findByKey(GROUP_ADMIN, FormOwner.group(), "delivery-check").orElseThrow();
        assertThat(form.currentVersion()).isEqualTo(1);
        assertThat(form.hasDraft()).isFalse();
        assertThat(forms.versions(GROUP_ADMIN, form.id()).get(0).changeNote())
                .isEqualTo("pack org.forecourt.forms.pack.test 1.0.0");
        assertThat(bindings.resolve(CONSULTANT_C, PURPOSE, STORE_C)).get().extracting(FormVersion::number)
                .isEqualTo(1);

        // a restart installs the same files again: nothing new
        PackInstaller.Report second = new PackInstaller(core).install("org.forecourt.forms.pack.test", "1.0.0",
                PackInstaller.folder(pack));
        assertThat(second.forms().values()).containsOnly(PackInstaller.Outcome.UNCHANGED);
        assertThat(second.bound()).isEmpty();
        assertThat(forms.list(GROUP_ADMIN, FormQuery.all())).hasSize(2);
        assertThat(forms.versions(GROUP_ADMIN, form.id())).hasSize(1);
        assertThat(bindings.bindings(GROUP_ADMIN)).hasSize(2);

        // a changed definition publishes the next version; the group's own binding choice is kept
        long other = forms.findByKey(GROUP_ADMIN, FormOwner.group(), "call-24h").orElseThrow().id();
        write("delivery-check.json", TestData.CHECKLIST.replace("交车检查", "交车检查表"));
        PackInstaller.Report third = installer.install("org.forecourt.forms.pack.test", "1.1.0",
                PackInstaller.folder(pack));
        assertThat(third.forms()).containsEntry("delivery-check", PackInstaller.Outcome.UPDATED)
                .containsEntry("call-24h", PackInstaller.Outcome.UNCHANGED);
        assertThat(forms.versions(GROUP_ADMIN, form.id())).extracting(FormVersion::number).containsExactly(2, 1);
        assertThat(bindings.bindings(GROUP_ADMIN)).extracting(FormBinding::formId).contains(form.id(), other);
        assertThat(installer.reports()).containsKey("org.forecourt.forms.pack.test");
    }
}
