package org.forecourt.forms.impl.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.forms.api.PurposeContribution;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.persistence.Jpa;

/**
 * What the services share: the unit, the engine, the organisation, the clock and the optional collaborators
 * (events, master data, purpose contributions), plus a cache of parsed published definitions (versions never
 * change, so a parsed definition stays valid; callers outside get copies).
 */
public final class FormsCore {

    private static final int CACHE_SIZE = 256;

    final Jpa jpa;
    final FormEngine engine;
    final Organisation organisation;
    final Clock clock;
    private final Supplier<EventSink> events;
    private final Supplier<SubjectDirectory> directory;
    private final Supplier<List<PurposeContribution>> purposes;
    private final Map<Long, FormDefinition> definitions = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, FormDefinition> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    public FormsCore(Jpa jpa, FormEngine engine, Supplier<OrganisationService> organisation, Clock clock,
                     Supplier<EventSink> events, Supplier<SubjectDirectory> directory,
                     Supplier<List<PurposeContribution>> purposes) {
        this.jpa = jpa;
        this.engine = engine;
        this.organisation = new Organisation(organisation);
        this.clock = clock;
        this.events = events;
        this.directory = directory;
        this.purposes = purposes;
    }

    /** Now, to the millisecond (what every database keeps). */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    void post(String topic, Map<String, Object> properties) {
        EventSink sink = events.get();
        if (sink != null) {
            sink.post(topic, properties);
        }
    }

    SubjectDirectory directory() {
        SubjectDirectory d = directory.get();
        return d == null ? SubjectDirectory.NONE : d;
    }

    List<PurposeContribution> contributions() {
        List<PurposeContribution> list = purposes.get();
        return list == null ? List.of() : list;
    }

    /** The parsed definition of a published version (shared: do not change it). */
    FormDefinition definition(long versionId, String json) {
        FormDefinition d = definitions.get(versionId);
        if (d == null) {
            d = engine.parseDraft(json);
            definitions.put(versionId, d);
        }
        return d;
    }
}
