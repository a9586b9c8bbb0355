package dev.gridbot.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where the benchmarks find the project's files (the demo configuration, {@code jvm.properties})
 * and what they say about the machine and the JVM they ran on. Stateless.
 */
final class BenchEnvironment {
    /** Optional system property naming the project root; otherwise found from the working directory. */
    static final String HOME_PROPERTY = "gridbot.home";
    static final String JVM_PROPERTIES = "jvm.properties";
    static final String FLAGS_KEY = "gridbot.jvm.flags";

    private BenchEnvironment() {
    }

    /** The project root: {@code -Dgridbot.home}, else the nearest directory up from here holding jvm.properties. */
    static Path projectRoot() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null) {
            return Path.of(home).toAbsolutePath();
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(JVM_PROPERTIES))) {
                return dir;
            }
        }
        throw new IllegalStateException("no " + JVM_PROPERTIES + " in " + start + " or above: run from the project"
                + " (bench/run-jmh.sh, bench/run-latency.sh) or pass -D" + HOME_PROPERTY + "=<project root>");
    }

    /** A file of the project, by its path from the project root. */
    static Path projectFile(String relative) {
        return projectRoot().resolve(relative);
    }

    /** The JVM flags of jvm.properties, the one place they are written down, split on whitespace. */
    static List<String> projectJvmFlags() {
        Path file = projectFile(JVM_PROPERTIES);
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String flags = properties.getProperty(FLAGS_KEY, "").trim();
        if (flags.isEmpty()) {
            throw new IllegalStateException(file + " has no " + FLAGS_KEY);
        }
        return List.of(flags.split("\\s+"));
    }

    /** The arguments this JVM was started with. */
    static List<String> runningJvmFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /** The flags of jvm.properties this JVM was not started with (empty when it has them all). */
    static List<String> missingProjectFlags() {
        List<String> missing = new ArrayList<>(projectJvmFlags());
        missing.removeAll(runningJvmFlags());
        return missing;
    }

    /** Cores, operating system and, where Linux tells it, the CPU model. */
    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " " + System.getProperty("os.arch") + cpuModel();
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return "";
        }
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> ", " + l.substring(l.indexOf(':') + 1).trim())
                    .orElse("");
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    /** The JDK: VM name, vendor and exact runtime version. */
    static String jdk() {
        return System.getProperty("java.vm.name") + " (" + System.getProperty("java.vm.vendor") + ") "
                + System.getProperty("java.runtime.version");
    }

    /** The running JVM's flags as one line. */
    static String runningJvmFlagsLine() {
        return String.join(" ", runningJvmFlags());
    }
}
