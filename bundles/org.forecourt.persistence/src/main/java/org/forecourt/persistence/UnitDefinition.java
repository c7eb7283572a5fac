package org.forecourt.persistence;

import java.util.List;

/**
 * What a module brings: its unit name (also the name of its migration history), the class loader that sees its
 * entities, the entity classes and where its migration scripts are.
 *
 * @param name          module id, lower case, e.g. {@code core}, {@code sales}; history table {@code fc_schema_<name>}
 * @param classLoader   the module bundle's class loader
 * @param entityClasses every entity of the unit (no scanning happens)
 * @param migrations    the unit's SQL migrations
 */
public record UnitDefinition(String name, ClassLoader classLoader, List<Class<?>> entityClasses,
                             MigrationSource migrations) {
    public UnitDefinition {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unit names are lower-case identifiers: " + name);
        }
        entityClasses = List.copyOf(entityClasses);
    }
}
