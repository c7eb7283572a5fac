/**
 * Persistence for modules: each module opens its own {@link org.forecourt.persistence.Jpa} unit from the
 * {@link org.forecourt.persistence.JpaUnits} service, with its entity classes and its own migrations. Every
 * transaction runs for an actor; store-owned entities are filtered to the actor's scope by the unit itself and
 * every change to business data is written to the audit log in the same transaction.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.forecourt.persistence;
