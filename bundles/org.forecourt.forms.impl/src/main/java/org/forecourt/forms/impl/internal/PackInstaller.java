package org.forecourt.forms.impl.internal;

import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.forecourt.core.api.Actor;
import org.forecourt.forms.api.FormOwner;
import org.forecourt.forms.api.FormVersion;
import org.forecourt.forms.api.engine.DefinitionException;
import org.forecourt.forms.api.engine.DefinitionProblem;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.impl.internal.entity.FormEntity;
import org.forecourt.forms.impl.internal.entity.FormVersionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs a form pack: each JSON file becomes a group template published as version 1 (change note
 * {@code pack <name> <version>}), and is bound to its purposes for the group where the group has no binding yet.
 * Idempotent: a definition equal to the form's newest version publishes nothing; a changed one publishes the next
 * version. An invalid file is reported with its problems and skipped. Uninstalling a pack removes nothing. Plain
 * class (the OSGi extender feeds it the files of pack bundles).
 */
public final class PackInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(PackInstaller.class);

    /** A file of a pack. */
    public record PackFile(String name, String json) {
    }

    /** What happened to a form of a pack. */
    public enum Outcome {
        INSTALLED, UPDATED, UNCHANGED
    }

    /**
     * The result of installing a pack.
     *
     * @param pack     the pack's name (its bundle's symbolic name)
     * @param version  the pack's version
     * @param forms    form key → what happened
     * @param bound    purposes bound for the group by this install
     * @param problems file name → why it was skipped
     */
    public record Report(String pack, String version, Map<String, Outcome> forms, List<String> bound,
                         Map<String, List<DefinitionProblem>> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final FormsCore core;
    private final FormServiceImpl forms;
    private final BindingServiceImpl bindings;
    private final Map<String, Report> reports = new ConcurrentHashMap<>();

    public PackInstaller(FormsCore core) {
        this.core = core;
        this.forms = new FormServiceImpl(core);
        this.bindings = new BindingServiceImpl(core);
    }

    public Report install(String pack, String version, List<PackFile> files) {
        String note = "pack " + pack + " " + version;
        Actor actor = Actor.system(note);
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        List<String> bound = new ArrayList<>();
        Map<String, List<DefinitionProblem>> problems = new LinkedHashMap<>();
        List<PackFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(PackFile::name));
        for (PackFile file : sorted) {
            try {
                FormDefinition def = core.engine.parse(file.json());
                List<FormVersion> published = new ArrayList<>();
                Outcome outcome = core.jpa.write(actor, em -> installOne(em, actor, def, note, bound, published));
                outcomes.put(def.getKey(), outcome);
                published.forEach(forms::postPublished);
            } catch (DefinitionException e) {
                problems.put(file.name(), e.problems());
                LOG.warn("Form pack {}: {} skipped: {}", pack, file.name(), e.problems());
            } catch (RuntimeException e) {
                problems.put(file.name(), List.of(DefinitionProblem.of("", null, "forms.pack.failed",
                        String.valueOf(e.getMessage()))));
                LOG.warn("Form pack {}: {} could not be installed", pack, file.name(), e);
            }
        }
        Report report = new Report(pack, version, outcomes, bound, problems);
        reports.put(pack, report);
        LOG.info("Form pack {} {}: {} forms ({}), {} purposes bound, {} files skipped", pack, version,
                outcomes.size(), outcomes.values(), bound.size(), problems.size());
        return report;
    }

    private Outcome installOne(EntityManager em, Actor actor, FormDefinition def, String note, List<String> bound,
                               List<FormVersion> published) {
        String json = core.engine.toJson(def);
        Optional<FormEntity> existing = FormServiceImpl.byKey(em, FormOwner.group(), def.getKey());
        Outcome outcome;
        FormEntity f;
        if (existing.isEmpty()) {
            f = forms.insert(em, actor, FormOwner.group(), def, json, null, null);
            published.add(forms.publish(em, actor, f, def, note));
            outcome = Outcome.INSTALLED;
        } else {
            f = existing.get();
            Optional<FormVersionEntity> newest = FormServiceImpl.versionEntities(em, f.getId()).stream().findFirst();
            boolean same = newest.isPresent()
                    && core.engine.toJson(core.engine.parseDraft(newest.get().getSourceJson())).equals(json);
            if (same) {
                outcome = Outcome.UNCHANGED;
            } else {
                published.add(forms.publish(em, actor, f, def, note));
                outcome = Outcome.UPDATED;
            }
        }
        for (String purpose : def.getPurposes()) {
            if (bindings.bindGroupIfAbsent(em, actor, purpose, f.getId())) {
                bound.add(purpose);
            }
        }
        return outcome;
    }

    /** The {@code *.json} files of a folder (a pack checked out on disk, e.g. {@code forms/standard}). */
    public static List<PackFile> folder(java.nio.file.Path dir) throws java.io.IOException {
        List<PackFile> files = new ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> list = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path p : list.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                files.add(new PackFile(p.getFileName().toString(),
                        java.nio.file.Files.readString(p, java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    /** The latest report of every pack installed since start. */
    public Map<String, Report> reports() {
        return Map.copyOf(reports);
    }

    /** Forgets a pack's report (its bundle went away; its forms stay). */
    public void forget(String pack) {
        reports.remove(pack);
    }
}
