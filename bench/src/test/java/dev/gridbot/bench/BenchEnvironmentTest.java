package dev.gridbot.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchEnvironmentTest {
    @Test
    void shouldFindTheProjectRootAndTheDemoConfig() {
        assertTrue(Files.isRegularFile(BenchEnvironment.projectFile(GridScenario.DEMO_CONFIG)));
    }

    @Test
    void shouldReadAFlagListFromJvmProperties() {
        assertFalse(BenchEnvironment.projectJvmFlags().isEmpty());
    }

    /** Surefire's argLine comes from the same file, so this JVM has every flag. */
    @Test
    void shouldSeeEveryFlagOfJvmPropertiesInTheTestJvm() {
        assertEquals(List.of(), BenchEnvironment.missingProjectFlags());
    }
}
