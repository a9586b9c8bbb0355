package dev.gridbot.app.cli;

import dev.gridbot.app.UserInputException;
import dev.gridbot.app.analysis.JournalAnalysis;
import dev.gridbot.app.analysis.LogFilter;
import dev.gridbot.app.analysis.LogType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code gridbot log --journal DIR [--type info|warn|error|order|fill] [--grep TEXT] [--from T --to T]}. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "The trade log of a journal: one line per order placed or ended, fill, internal cross, "
                + "stop-loss, refusal, unknown outcome, venue state change and position mismatch.")
public final class LogCommand implements Callable<Integer> {
    @Mixin
    JournalWindowOptions options;

    @Option(names = "--type", split = ",", description = "Only these types: info, warn, error, order, fill "
            + "(repeat the option or separate with commas).")
    List<String> types;

    @Option(names = "--grep", description = "Only lines that contain this text (any case).")
    String grep;

    @Override
    public Integer call() throws Exception {
        Set<LogType> wanted = EnumSet.noneOf(LogType.class);
        if (types != null) {
            for (String t : types) {
                LogType type = LogType.parse(t);
                if (type == null) {
                    throw new UserInputException("--type " + t + ": expected info, warn, error, order or fill");
                }
                wanted.add(type);
            }
        }
        JournalAnalysis analysis = options.open();
        long[] lines = {0};
        // No progress bar: the lines themselves stream out as the journal is read.
        analysis.log(options.window(analysis), new LogFilter(wanted, grep), entry -> {
            System.out.println(entry.line());
            lines[0]++;
        }, done -> { });
        if (lines[0] == 0) {
            System.err.println("gridbot log: no entry matches");
        }
        return 0;
    }
}
