package dev.gridbot.app.cli;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * SIGINT and SIGTERM as a request to stop cleanly. The JVM's default for both is to run the shutdown
 * hooks and exit with 130 or 143; a live run wants to cancel its orders, journal, and exit 0, so it
 * installs its own handlers. They are installed through {@code sun.misc.Signal} by reflection (the
 * JDK's supported-but-unofficial API, module jdk.unsupported), which keeps the build free of
 * proprietary-API warnings; where it is missing the shutdown hook still stops the run.
 */
final class StopSignals {
    private StopSignals() {
    }

    /** Runs {@code stop} on SIGINT and SIGTERM; returns false when the handlers could not be installed. */
    static boolean install(Runnable stop) {
        return install("INT", stop) & install("TERM", stop);
    }

    private static boolean install(String name, Runnable stop) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Object signal = signalClass.getConstructor(String.class).newInstance(name);
            Object handler = Proxy.newProxyInstance(handlerClass.getClassLoader(), new Class<?>[]{handlerClass},
                    (proxy, method, args) -> invoke(proxy, method, args, stop));
            signalClass.getMethod("handle", signalClass, handlerClass).invoke(null, signal, handler);
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Object invoke(Object proxy, Method method, Object[] args, Runnable stop) {
        switch (method.getName()) {
            case "handle" -> {
                stop.run();
                return null;
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "equals" -> {
                return proxy == args[0];
            }
            default -> {
                return "gridbot stop signal handler";
            }
        }
    }
}
