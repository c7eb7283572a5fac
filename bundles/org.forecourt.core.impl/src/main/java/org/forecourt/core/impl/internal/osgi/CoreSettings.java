package org.forecourt.core.impl.internal.osgi;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checked settings of {@link CoreConfig}, without the initial admin password: what the core's service
 * components need (an internal service; see {@link CoreSettingsComponent} for why it is not the configuration
 * itself).
 *
 * @param groupName         the dealer group's name
 * @param bcryptCost        bcrypt work factor, 10..16
 * @param maxFailedAttempts consecutive failures that lock an account
 * @param lockDuration      how long it stays locked
 * @param defaultZone       zone of users without a home store
 */
public record CoreSettings(String groupName, int bcryptCost, int maxFailedAttempts, Duration lockDuration,
                           ZoneId defaultZone) {

    private static final Logger LOG = LoggerFactory.getLogger(CoreSettings.class);

    static CoreSettings from(CoreConfig config) {
        String name = config.groupName() == null || config.groupName().isBlank() ? "Forecourt"
                : config.groupName().strip();
        return new CoreSettings(name, cost(config.bcryptCost()), Math.max(1, config.maxFailedAttempts()),
                Duration.ofMinutes(Math.max(1, config.lockMinutes())), zone(config.defaultZone()));
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException | NullPointerException e) {
            LOG.error("defaultZone '{}' in {} is not a time zone; using Asia/Shanghai", id, CoreConfig.PID);
            return ZoneId.of("Asia/Shanghai");
        }
    }

    static int cost(int cost) {
        if (cost < 10 || cost > 16) {
            int fixed = Math.max(10, Math.min(16, cost));
            LOG.error("bcryptCost {} in {} is outside 10..16; using {}", cost, CoreConfig.PID, fixed);
            return fixed;
        }
        return cost;
    }
}
