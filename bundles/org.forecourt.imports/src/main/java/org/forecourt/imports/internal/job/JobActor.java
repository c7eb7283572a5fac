package org.forecourt.imports.internal.job;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Permission;
import org.forecourt.core.api.Scope;
import org.forecourt.imports.api.ImportService;

/**
 * The actor of a job as it is stored with the job, so that a job resumed after a restart acts for the same user,
 * within the same stores, with the permissions it had when it started (only those an import uses are kept).
 *
 * @param scopeStores {@code *} for every store, else store ids separated by commas
 * @param permissions {@code *} for the system, else permission names separated by commas
 */
public record JobActor(long userId, String userName, String displayName, String localeTag, String zoneId,
                       String scopeStores, String permissions, Long homeStoreId) {

    private static final String ALL = "*";

    public static JobActor of(Actor actor) {
        String scope = actor.scope().allStores() ? ALL
                : actor.scope().storeIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        String permissions = actor.permissions().contains(Permission.ALL) ? ALL
                : actor.permissions().stream().filter(JobActor::relevant).collect(Collectors.joining(","));
        Locale locale = actor.locale() == null ? Locale.SIMPLIFIED_CHINESE : actor.locale();
        ZoneId zone = actor.zone() == null ? ZoneId.of("Asia/Shanghai") : actor.zone();
        return new JobActor(actor.userId(), cut(actor.username(), 100), cut(actor.displayName(), 200),
                locale.toLanguageTag(), zone.getId(), scope, permissions, actor.homeStoreId());
    }

    /** The permissions a job needs: running imports and reading / editing master data. */
    private static boolean relevant(String permission) {
        return permission.equals(ImportService.PERMISSION) || permission.startsWith("masterdata.");
    }

    public Actor toActor() {
        Scope scope = ALL.equals(scopeStores) ? Scope.all()
                : Scope.stores(Arrays.stream(scopeStores.split(",")).filter(s -> !s.isBlank())
                        .map(Long::valueOf).collect(Collectors.toSet()));
        Set<String> perms = new TreeSet<>();
        if (ALL.equals(permissions)) {
            perms.add(Permission.ALL);
        } else {
            Arrays.stream(permissions.split(",")).filter(s -> !s.isBlank()).forEach(perms::add);
        }
        return new Actor(userId, userName, displayName, Locale.forLanguageTag(localeTag), ZoneId.of(zoneId),
                Set.of(), perms, scope, homeStoreId);
    }

    public Locale locale() {
        return Locale.forLanguageTag(localeTag);
    }

    private static String cut(String s, int max) {
        String v = s == null ? "" : s;
        return v.length() > max ? v.substring(0, max) : v;
    }
}
