package dev.gridbot.app.cli;

import dev.gridbot.config.AccountConfig;
import dev.gridbot.config.AccountRisk;
import dev.gridbot.config.BreakoutConfig;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.config.ExecutionConfig;
import dev.gridbot.config.FixedTargetConfig;
import dev.gridbot.config.GridStrategyConfig;
import dev.gridbot.config.GridbotConfig;
import dev.gridbot.config.MeanReversionConfig;
import dev.gridbot.config.StrategyConfig;
import dev.gridbot.config.TargetStep;
import dev.gridbot.config.TargetStrategyConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code gridbot config check FILE}. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Configuration tools.",
        subcommands = ConfigCommand.Check.class)
public final class ConfigCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Validates a configuration file without running anything. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate a configuration file; exit 2 with one message naming file, strategy and key if bad.")
    static final class Check implements Callable<Integer> {
        @Parameters(index = "0", description = "Configuration file (YAML).")
        Path file;

        @Override
        public Integer call() throws Exception {
            GridbotConfig config = ConfigLoader.load(file);
            System.out.printf("%s: OK — venue %s, %d instrument(s), %d strateg%s%n", file, config.venue().kind(),
                    config.instruments().size(), config.strategies().size(),
                    config.strategies().size() == 1 ? "y" : "ies");
            for (AccountConfig a : config.accounts().values()) {
                System.out.println("  " + describe(a));
            }
            for (StrategyConfig s : config.strategies()) {
                System.out.println("  " + describe(s));
            }
            return 0;
        }
    }

    static String describe(AccountConfig a) {
        AccountRisk r = a.risk();
        return String.format("account %s: %s, %s, at most %d open orders, %d orders per 10 s, %d per minute, %s",
                a.name(), a.hedgeMode() ? "hedge mode" : "one-way",
                r.maxPosition() == null ? "no position cap" : "position cap " + r.maxPosition().toPlainString(),
                r.maxOpenOrders(), r.ordersPer10s(), r.ordersPerMinute(),
                a.secretsFile() != null ? "credentials from " + a.secretsFile()
                        : a.apiKeyEnv() != null ? "credentials from $" + a.apiKeyEnv() + " and $" + a.apiSecretEnv()
                        : "no credentials: signs as " + SimDefaults.apiKey(a.name()) + " on the simulated venue");
    }

    static String describe(StrategyConfig s) {
        String account = s.account() == null ? "" : ", account " + s.account();
        if (s instanceof GridStrategyConfig g) {
            return String.format("%s: %s grid on %s%s, %s–%s, %d levels (%s), %s per level, cap %s per side, "
                            + "stop %s%% beyond the range", g.name(), g.mode().name().toLowerCase(), g.symbol(),
                    account,
                    g.lower().toPlainString(), g.upper().toPlainString(), g.levels(),
                    g.spacing().name().toLowerCase(), g.quantity().toPlainString(),
                    g.maxPosition().toPlainString(), g.stopLossBufferPct().toPlainString());
        }
        TargetStrategyConfig t = (TargetStrategyConfig) s;
        ExecutionConfig x = t.execution();
        return String.format("%s: %s on %s%s, %s; cap %s, stop at a loss of %s; trades a change of %s or more, "
                        + "passive, chasing after %d ms or %d ticks", t.name(), t.type(), t.symbol(), account,
                t.accept(SIGNAL), t.maxPosition().toPlainString(), t.maxLoss().toPlainString(),
                x.threshold().toPlainString(), x.chaseAfterMs(), x.chaseTicks());
    }

    /** What a target strategy's signal is, in a few words. */
    private static final TargetStrategyConfig.Visitor<String> SIGNAL = new TargetStrategyConfig.Visitor<>() {
        @Override
        public String meanReversion(MeanReversionConfig c) {
            return String.format("mean of %d samples every %d s, full against the price at z %s, flat within z %s",
                    c.window(), c.sampleSec(), c.entryZ().toPlainString(), c.exitZ().toPlainString());
        }

        @Override
        public String breakout(BreakoutConfig c) {
            return String.format("channel of %d samples every %d s", c.window(), c.sampleSec());
        }

        @Override
        public String fixedTarget(FixedTargetConfig c) {
            List<String> steps = new ArrayList<>();
            for (TargetStep step : c.schedule()) {
                steps.add(step.target().toPlainString() + " from " + step.afterSec() + " s");
            }
            return "target " + String.join(", ", steps);
        }
    };
}
