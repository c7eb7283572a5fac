package org.forecourt.persistence.internal;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

import org.eclipse.persistence.jpa.PersistenceProvider;
import org.forecourt.persistence.PersistenceSetupException;

/** A RESOURCE_LOCAL unit described in code instead of persistence.xml. */
final class UnitInfo implements PersistenceUnitInfo {

    private final String name;
    private final List<String> classNames;
    private final DataSource dataSource;
    private final ClassLoader classLoader;
    private final URL rootUrl;
    private final Properties properties = new Properties();

    UnitInfo(String name, List<Class<?>> entityClasses, DataSource dataSource, ClassLoader classLoader) {
        this.name = name;
        this.classNames = entityClasses.stream().map(Class::getName).toList();
        this.dataSource = dataSource;
        this.classLoader = classLoader;
        this.rootUrl = rootOf(entityClasses);
    }

    /**
     * The root of the code holding the first entity (in OSGi: the module bundle's root entry); EclipseLink opens it
     * to look for mapping files. Units without entities (migrations only) use this bundle's root.
     */
    private static URL rootOf(List<Class<?>> entityClasses) {
        Class<?> c = entityClasses.isEmpty() ? UnitInfo.class : entityClasses.get(0);
        String resource = c.getName().replace('.', '/') + ".class";
        ClassLoader l = c.getClassLoader();
        URL url = l == null ? null : l.getResource(resource);
        try {
            if (url != null) {
                String s = url.toExternalForm();
                return new URL(s.substring(0, s.length() - resource.length()));
            }
            if (c.getProtectionDomain().getCodeSource() != null
                    && c.getProtectionDomain().getCodeSource().getLocation() != null) {
                return c.getProtectionDomain().getCodeSource().getLocation();
            }
        } catch (MalformedURLException | SecurityException e) {
            throw new PersistenceSetupException("Cannot locate the code of " + c.getName(), e);
        }
        throw new PersistenceSetupException("Cannot locate the code of " + c.getName());
    }

    @Override
    public String getPersistenceUnitName() {
        return name;
    }

    @Override
    public String getPersistenceProviderClassName() {
        return PersistenceProvider.class.getName();
    }

    @Override
    public String getScopeAnnotationName() {
        return null;
    }

    @Override
    public List<String> getQualifierAnnotationNames() {
        return List.of();
    }

    @SuppressWarnings("deprecation")
    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        return rootUrl;
    }

    @Override
    public List<String> getManagedClassNames() {
        return classNames;
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return properties;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.2";
    }

    @Override
    public ClassLoader getClassLoader() {
        return classLoader;
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // weaving is off: entities are used as compiled
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return classLoader;
    }
}
