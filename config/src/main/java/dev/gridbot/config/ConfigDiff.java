package dev.gridbot.config;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Where two configuration values differ, as dotted paths ({@code upper}, {@code execution.threshold},
 * {@code steps[2].target}). Records are compared component by component, numbers by value (so
 * {@code 0.010} and {@code 0.01} are the same), lists by position and maps by key in their order.
 * Used on the cold path only: to say which strategies a changed configuration changes, and what.
 *
 * <p>Stateless.
 */
public final class ConfigDiff {
    private ConfigDiff() {
    }

    /** The paths under {@code prefix} at which {@code a} and {@code b} differ, in component order; empty when equal. */
    public static List<String> differences(Object a, Object b, String prefix) {
        List<String> out = new ArrayList<>();
        compare(a, b, prefix, out);
        return out;
    }

    private static void compare(Object a, Object b, String path, List<String> out) {
        if (a == b) {
            return;
        }
        if (a == null || b == null) {
            out.add(path);
        } else if (a instanceof List<?> x && b instanceof List<?> y) {
            // Before the class check: the JDK's immutable lists and maps differ in class by size.
            for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
                compare(i < x.size() ? x.get(i) : null, i < y.size() ? y.get(i) : null, path + "[" + i + "]", out);
            }
        } else if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!List.copyOf(x.keySet()).equals(List.copyOf(y.keySet()))) {
                out.add(path);
                return;
            }
            Iterator<? extends Map.Entry<?, ?>> ix = x.entrySet().iterator();
            while (ix.hasNext()) {
                Map.Entry<?, ?> e = ix.next();
                compare(e.getValue(), y.get(e.getKey()), join(path, String.valueOf(e.getKey())), out);
            }
        } else if (a.getClass() != b.getClass()) {
            out.add(path);
        } else if (a instanceof BigDecimal x) {
            if (x.compareTo((BigDecimal) b) != 0) {
                out.add(path);
            }
        } else if (a instanceof Record) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                if (c.getName().equals("sourceName")) {
                    continue; // where it was read from is not what it says
                }
                compare(read(c, a), read(c, b), join(path, c.getName()), out);
            }
        } else if (!a.equals(b)) {
            out.add(path);
        }
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }
}
