package org.forecourt.forms.engine.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * The expression sandbox: JEXL may introspect nothing but the public methods declared by {@link ExprFunctions} and
 * {@link ExprRecord} (whose {@code get(name)} serves {@code customer.name}). No constructor, no field, no other class,
 * so {@code ''.getClass()}, {@code new(...)} and static calls cannot resolve even if they parsed (they do not: the
 * features refuse method calls and {@code new}).
 */
final class Sandbox implements JexlPermissions {

    static final Sandbox INSTANCE = new Sandbox();

    private Sandbox() {
    }

    @Override
    public boolean allow(Package pack) {
        return pack != null && pack.getName().equals(ExprFunctions.class.getPackageName());
    }

    @Override
    public boolean allow(Class<?> clazz) {
        return clazz == ExprFunctions.class || clazz == ExprRecord.class;
    }

    @Override
    public boolean allow(Constructor<?> ctor) {
        return false;
    }

    @Override
    public boolean allow(Field field) {
        return false;
    }

    @Override
    public boolean allow(Method method) {
        return method != null && allow(method.getDeclaringClass())
                && Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers());
    }

    @Override
    public JexlPermissions compose(String... src) {
        return this;
    }
}
