package dev.gridbot.config;

import org.junit.jupiter.api.Test;

/** A fixed target is a constant or a schedule, never both, and every target fits the cap and the step. */
class FixedTargetScheduleTest {

    private static ConfigYaml scheduled(String schedule) {
        return ConfigYaml.target("target", "script").withoutStrategyKey("target").strategy("schedule", schedule);
    }

    @Test
    void shouldRefuseBothATargetAndASchedule() {
        ConfigYaml.target("target", "script").strategy("schedule", "[ { afterSec: 0, target: 0.01 } ]")
                .assertStrategyRefused("schedule", "name either a target or a schedule, not both");
    }

    @Test
    void shouldRefuseNeitherATargetNorASchedule() {
        ConfigYaml.target("target", "script").withoutStrategyKey("target")
                .assertStrategyRefused("target", "missing (or name a schedule)");
    }

    @Test
    void shouldRefuseAConstantTargetAboveMaxPosition() {
        ConfigYaml.target("target", "script").strategy("target", "0.051")
                .assertStrategyRefused("target", "must be within plus or minus maxPosition 0.05 (was 0.051)");
    }

    @Test
    void shouldRefuseAShortConstantTargetBeyondMaxPosition() {
        ConfigYaml.target("target", "script").strategy("target", "-0.06")
                .assertStrategyRefused("target", "must be within plus or minus maxPosition 0.05 (was -0.06)");
    }

    @Test
    void shouldRefuseAConstantTargetOffTheStep() {
        ConfigYaml.target("target", "script").strategy("target", "0.0205")
                .assertStrategyRefused("target", "must be a multiple of stepSize 0.001 (was 0.0205)");
    }

    @Test
    void shouldRefuseAScheduleThatDoesNotStartAtZero() {
        scheduled("[ { afterSec: 10, target: 0.01 }, { afterSec: 20, target: 0 } ]")
                .assertStrategyPartRefused("schedule step #1", "afterSec",
                        "the first step must be at 0, from the first trade on (was 10)");
    }

    @Test
    void shouldRefuseAStepAtTheSameTimeAsTheOneBefore() {
        scheduled("[ { afterSec: 0, target: 0.01 }, { afterSec: 60, target: 0 }, { afterSec: 60, target: 0.02 } ]")
                .assertStrategyPartRefused("schedule step #3", "afterSec",
                        "must be after the step before it, at 60 (was 60)");
    }

    @Test
    void shouldRefuseAStepEarlierThanTheOneBefore() {
        scheduled("[ { afterSec: 0, target: 0.01 }, { afterSec: 600, target: 0 }, { afterSec: 300, target: 0.02 } ]")
                .assertStrategyPartRefused("schedule step #3", "afterSec",
                        "must be after the step before it, at 600 (was 300)");
    }

    @Test
    void shouldRefuseAStepTargetAboveMaxPosition() {
        scheduled("[ { afterSec: 0, target: 0.01 }, { afterSec: 60, target: -0.051 } ]")
                .assertStrategyPartRefused("schedule step #2", "target",
                        "must be within plus or minus maxPosition 0.05 (was -0.051)");
    }

    @Test
    void shouldRefuseAStepTargetOffTheStep() {
        scheduled("[ { afterSec: 0, target: 0.0001 } ]")
                .assertStrategyPartRefused("schedule step #1", "target",
                        "must be a multiple of stepSize 0.001 (was 0.0001)");
    }

    @Test
    void shouldRefuseAStepWithoutATime() {
        scheduled("[ { afterSec: 0, target: 0.01 }, { target: 0 } ]")
                .assertStrategyPartRefused("schedule step #2", "afterSec", "missing");
    }

    @Test
    void shouldRefuseANegativeStepTime() {
        scheduled("[ { afterSec: -5, target: 0.01 } ]")
                .assertStrategyPartRefused("schedule step #1", "afterSec", "must not be negative (was -5)");
    }

    @Test
    void shouldRefuseAStepTimeThatWouldOverflowInNanoseconds() {
        scheduled("[ { afterSec: 0, target: 0.01 }, { afterSec: 9223372037, target: 0 } ]")
                .assertStrategyPartRefused("schedule step #2", "afterSec",
                        "must be at most 9223372036 (was 9223372037)");
    }

    @Test
    void shouldRefuseAnUnknownStepKeyWithASuggestion() {
        scheduled("[ { afterSecs: 0, target: 0.01 } ]")
                .assertStrategyPartRefused("schedule step #1", "afterSecs", "unknown key (did you mean 'afterSec'?)");
    }

    @Test
    void shouldRefuseAStepThatIsNotAMapping() {
        scheduled("[ { afterSec: 0, target: 0.01 }, 5 ]")
                .assertStrategyPartRefused("schedule step #2", null,
                        "must be a mapping with afterSec and target (was 5)");
    }

    @Test
    void shouldRefuseAnEmptySchedule() {
        scheduled("[]").assertStrategyRefused("schedule", "must list at least one step");
    }

    @Test
    void shouldRefuseAScheduleThatIsNotAList() {
        scheduled("{ afterSec: 0, target: 0.01 }")
                .assertStrategyRefused("schedule", "must be a list of steps (was a mapping)");
    }
}
