package hall.events;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The records of one sealed event family by their type: what a consumer needs to turn a CloudEvents type into the
 * contract's record class. Built once from the sealed interface, it fails at start-up (not on the first event) when
 * a record lacks its {@code TYPE} constant or two records claim the same type.
 */
public final class EventTypes<E extends PlatformEvent> {

    private final Class<E> family;
    private final Map<String, Class<? extends E>> byType;

    private EventTypes(Class<E> family, Map<String, Class<? extends E>> byType) {
        this.family = family;
        this.byType = Collections.unmodifiableMap(byType);
    }

    /** Reads every record permitted by the sealed interface {@code family}, also through nested sealed interfaces. */
    public static <E extends PlatformEvent> EventTypes<E> of(Class<E> family) {
        if (!family.isSealed()) {
            throw new IllegalArgumentException(family.getName() + " is not a sealed event family");
        }
        Map<String, Class<? extends E>> byType = new LinkedHashMap<>();
        Deque<Class<?>> open = new ArrayDeque<>(java.util.List.of(family.getPermittedSubclasses()));
        while (!open.isEmpty()) {
            Class<?> c = open.pop();
            if (c.isSealed()) {
                open.addAll(java.util.List.of(c.getPermittedSubclasses()));
                continue;
            }
            String type = typeConstant(c);
            Class<? extends E> previous = byType.putIfAbsent(type, c.asSubclass(family));
            if (previous != null) {
                throw new IllegalStateException(c.getName() + " and " + previous.getName() + " both claim type " + type);
            }
        }
        return new EventTypes<>(family, byType);
    }

    private static String typeConstant(Class<?> c) {
        try {
            Field f = c.getField("TYPE");
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class) {
                throw new IllegalStateException(c.getName() + ".TYPE must be a static String");
            }
            return (String) f.get(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException(c.getName() + " declares no public static final String TYPE", e);
        }
    }

    /** The record class of a type, empty when the type is not one of this family (another producer's event). */
    public Optional<Class<? extends E>> classOf(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public Class<E> family() {
        return family;
    }

    /** Every type of the family, in declaration order. */
    public java.util.Set<String> types() {
        return byType.keySet();
    }
}
