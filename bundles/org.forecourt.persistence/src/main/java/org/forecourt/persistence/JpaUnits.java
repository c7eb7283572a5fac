package org.forecourt.persistence;

/**
 * The service (owned by {@code org.forecourt.persistence}) that migrates a module's schema and builds its
 * EntityManagerFactory over the platform's DataSource. Opening the same unit name twice while it is open returns
 * handles on the same factory.
 */
public interface JpaUnits {

    /**
     * Runs the unit's pending migrations (its own history table), then builds the unit. The name
     * {@code persistence} is reserved (the audit log's own migrations).
     *
     * @throws PersistenceSetupException when a migration fails or an entity is invalid (e.g. has a storeId but is
     *                                   not {@link StoreOwned})
     */
    Jpa open(UnitDefinition definition);

    /** "derby" or "postgresql": for the rare native query or for health reports. */
    String databaseKind();
}
