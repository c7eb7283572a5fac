package org.forecourt.core.impl.internal.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.core.api.Permission;
import org.forecourt.core.api.Scope;
import org.forecourt.core.api.ValidationException;
import org.forecourt.core.api.user.ApiKey;
import org.forecourt.core.api.user.ApiKeyService;
import org.forecourt.core.impl.internal.db.ApiKeyEntity;
import org.forecourt.core.impl.internal.db.StoreEntity;
import org.forecourt.core.impl.internal.perm.PermissionRegistry;
import org.forecourt.persistence.Jpa;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API keys: {@code fck_} and 43 characters of URL-safe base64 (256 random bits). Only the SHA-256 of the key is
 * stored; a fast hash is right here because the key is random and long, unlike a password.
 */
public class ApiKeyServiceImpl implements ApiKeyService {

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyServiceImpl.class);
    static final String KEY_PREFIX = "fck_";
    static final int PREFIX_SHOWN = 8;
    static final Pattern OWNER = Pattern.compile("[a-z][a-z0-9._-]{0,99}");
    private static final Actor SYSTEM = Actor.system("api keys");

    private final Jpa jpa;
    private final PermissionRegistry registry;
    private final Clock clock;
    private final SecureRandom random;
    private final ZoneId defaultZone;

    public ApiKeyServiceImpl(Jpa jpa, PermissionRegistry registry, Clock clock, SecureRandom random,
                             ZoneId defaultZone) {
        this.jpa = jpa;
        this.registry = registry;
        this.clock = clock;
        this.random = random;
        this.defaultZone = defaultZone;
    }

    @Override
    public CreatedApiKey create(Actor actor, String owner, Set<Long> storeIds, Set<String> permissions) {
        actor.require(PERMISSION);
        String ownerId = owner == null ? "" : owner.strip().toLowerCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (!OWNER.matcher(ownerId).matches()) {
            errors.add(FieldError.of("owner", "core.apikey.owner.invalid"));
        }
        if (storeIds == null || storeIds.isEmpty()) {
            errors.add(FieldError.of("storeIds", "core.apikey.stores.required"));
        }
        Set<String> known = registry.known();
        Set<String> perms = new TreeSet<>(permissions == null ? Set.of() : permissions);
        for (String p : perms) {
            if (Permission.ALL.equals(p) || !known.contains(p)) {
                errors.add(FieldError.of("permissions", "core.role.permission.unknown", p));
            } else if (!actor.has(p)) {
                // nobody hands out more than they hold
                errors.add(FieldError.of("permissions", "core.apikey.permission.notHeld", p));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        storeIds.forEach(actor.scope()::requireStore);

        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey key = jpa.write(actor, em -> {
            for (Long id : storeIds) {
                if (em.find(StoreEntity.class, id) == null) {
                    throw ValidationException.of("storeIds", "core.user.membership.unknownTarget", "STORE", id);
                }
            }
            ApiKeyEntity e = new ApiKeyEntity();
            e.setOwner(ownerId);
            e.setPrefix(secret.substring(0, PREFIX_SHOWN));
            e.setKeyHash(sha256(secret));
            e.setEnabled(true);
            e.setCreatedAt(clock.instant());
            e.setCreatedBy(actor.username());
            e.getTargetStores().addAll(storeIds);
            e.getPermissions().addAll(perms);
            em.persist(e);
            em.flush();
            return e.toRecord();
        });
        LOG.info("API key {} ({}…) for {} created by {}: stores {}, permissions {}", key.id(), key.prefix(), ownerId,
                actor.username(), key.storeIds(), key.permissions());
        return new CreatedApiKey(key, secret);
    }

    @Override
    public List<ApiKey> list(Actor actor) {
        actor.require(PERMISSION);
        Scope scope = actor.scope();
        return jpa.read(actor, em -> em.createQuery("SELECT k FROM ApiKey k ORDER BY k.createdAt DESC, k.id DESC",
                        ApiKeyEntity.class).getResultList().stream()
                .filter(k -> k.getTargetStores().stream().anyMatch(scope::includes))
                .map(ApiKeyEntity::toRecord).toList());
    }

    @Override
    public void revoke(Actor actor, long keyId) {
        actor.require(PERMISSION);
        jpa.run(actor, em -> {
            ApiKeyEntity e = em.find(ApiKeyEntity.class, keyId);
            if (e == null || e.getTargetStores().stream().noneMatch(actor.scope()::includes)) {
                throw new NotFoundException("apiKey", keyId);
            }
            if (!e.getTargetStores().stream().allMatch(actor.scope()::includes)) {
                throw new NotPermittedException("error.store.outOfScope",
                        e.getTargetStores().stream().filter(s -> !actor.scope().includes(s)).findFirst().orElse(null));
            }
            e.setEnabled(false);
        });
        LOG.info("API key {} revoked by {}", keyId, actor.username());
    }

    /** The system-like actor of a valid, enabled key: its stores, its permissions. */
    public Optional<Actor> authenticate(String secret) {
        if (secret == null || !secret.startsWith(KEY_PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        String hash = sha256(secret);
        return jpa.read(SYSTEM, em -> em.createQuery("SELECT k FROM ApiKey k WHERE k.keyHash = :hash",
                        ApiKeyEntity.class).setParameter("hash", hash).getResultStream().findFirst()
                .filter(k -> MessageDigest.isEqual(k.getKeyHash().getBytes(StandardCharsets.US_ASCII),
                        hash.getBytes(StandardCharsets.US_ASCII)))
                .filter(ApiKeyEntity::isEnabled)
                .map(k -> {
                    Set<Long> stores = new TreeSet<>(k.getTargetStores());
                    Long home = stores.size() == 1 ? stores.iterator().next() : null;
                    ZoneId zone = defaultZone;
                    if (home != null) {
                        StoreEntity s = em.find(StoreEntity.class, home);
                        if (s != null) {
                            zone = ZoneId.of(s.getZoneId());
                        }
                    }
                    return new Actor(Actor.SYSTEM_ID, "apikey:" + k.getId(), k.getOwner(), Locale.SIMPLIFIED_CHINESE,
                            zone, Set.of(), k.getPermissions(), Scope.stores(stores), home);
                }));
    }

    static String sha256(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
