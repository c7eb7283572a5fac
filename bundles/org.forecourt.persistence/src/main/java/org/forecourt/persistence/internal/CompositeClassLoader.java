package org.forecourt.persistence.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Sees what several class loaders see, first match wins: the module's (its entities), EclipseLink's and Jakarta
 * Persistence's. In OSGi no single bundle sees all three.
 */
final class CompositeClassLoader extends ClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private final List<ClassLoader> delegates;

    CompositeClassLoader(ClassLoader... loaders) {
        super(null);
        Set<ClassLoader> unique = new LinkedHashSet<>();
        for (ClassLoader l : loaders) {
            if (l != null) {
                unique.add(l);
            }
        }
        this.delegates = List.copyOf(unique);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader l : delegates) {
            try {
                return l.loadClass(name);
            } catch (ClassNotFoundException | NoClassDefFoundError e) {
                // next
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader l : delegates) {
            URL url = l.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        Set<URL> all = new LinkedHashSet<>();
        for (ClassLoader l : delegates) {
            all.addAll(Collections.list(l.getResources(name)));
        }
        return Collections.enumeration(new ArrayList<>(all));
    }

    @Override
    public String toString() {
        return "CompositeClassLoader" + delegates;
    }
}
