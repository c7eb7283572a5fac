package org.forecourt.core.api.org;

/**
 * A 4S store: sells and services one brand.
 *
 * @param id       database id (0 when new)
 * @param brandId  the brand it represents
 * @param code     short unique code, e.g. {@code SH-PD-01}
 * @param name     display name
 * @param city     city
 * @param zoneId   IANA time zone times are shown in, e.g. {@code Asia/Shanghai}
 * @param active   inactive stores keep their data but take no new work
 * @param version  optimistic-lock version
 */
public record Store(long id, long brandId, String code, String name, String city, String zoneId, boolean active,
                    long version) {
}
