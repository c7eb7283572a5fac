package org.forecourt.core.api.org;

/**
 * A car brand the group sells (each brand's carmaker sets the standards its stores follow).
 *
 * @param id      database id (0 when new)
 * @param code    short unique code, e.g. {@code BYD}
 * @param name    display name, e.g. 比亚迪
 * @param active  inactive brands are hidden from new work
 * @param version optimistic-lock version
 */
public record Brand(long id, String code, String name, boolean active, long version) {
}
