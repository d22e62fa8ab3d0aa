package org.segmentlab;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The log line written in code is the line logback's pattern layout writes for the same pattern. */
class LogLineLayoutTest {

    private final LoggerContext context = new LoggerContext();
    private final PatternLayout pattern = new PatternLayout();
    private final LogLineLayout layout = new LogLineLayout();

    @BeforeEach
    void start() {
        pattern.setContext(context);
        pattern.setPattern(LogLineLayout.PATTERN);
        pattern.start();
        layout.setContext(context);
        layout.start();
    }

    private LoggingEvent event(String logger, Level level, String message, Throwable thrown, Object... args) {
        Logger l = context.getLogger(logger);
        LoggingEvent e = new LoggingEvent(Logger.class.getName(), l, level, message, thrown, args);
        e.setTimeStamp(1_733_480_123_456L);
        e.setThreadName("main");
        return e;
    }

    @Test
    void aPlainLineIsThePatternsLine() {
        LoggingEvent e = event("org.segmentlab.core.data.ImportRun", Level.INFO,
                "{}: {} rows read, {} kept", null, "sales.csv", 2, 2);
        assertThat(layout.doLayout(e)).isEqualTo(pattern.doLayout(e))
                .endsWith("INFO  [main] org.segmentlab.core.data.ImportRun - sales.csv: 2 rows read, 2 kept"
                        + System.lineSeparator());
    }

    @Test
    void longLoggerNamesAndEveryLevelAreWrittenAsThePatternWritesThem() {
        for (Level level : new Level[] {Level.TRACE, Level.DEBUG, Level.INFO, Level.WARN, Level.ERROR}) {
            LoggingEvent e = event("org.segmentlab.core.predict.ModelTraining", level, "Trained {}", null, "forest");
            assertThat(layout.doLayout(e)).as(level.toString()).isEqualTo(pattern.doLayout(e));
        }
        LoggingEvent e = event("org.segmentlab.core.predict.ModelTraining", Level.INFO, "x", null);
        assertThat(layout.doLayout(e)).contains(" o.s.core.predict.ModelTraining - x");
        LoggingEvent root = event(Logger.ROOT_LOGGER_NAME, Level.WARN, "no message args {}", null);
        assertThat(layout.doLayout(root)).isEqualTo(pattern.doLayout(root));
    }

    @Test
    void anExceptionIsFollowedByTheSameStackTraceWithCausesAndSuppressed() {
        IllegalStateException failure = new IllegalStateException("outer",
                new UncheckedIOException("middle", new IOException("inner")));
        failure.addSuppressed(new IllegalArgumentException("aside"));
        LoggingEvent e = event("org.segmentlab.cli.CliErrors", Level.ERROR, "Unexpected failure", failure);
        String line = layout.doLayout(e);
        assertThat(line).isEqualTo(pattern.doLayout(e));
        assertThat(line).contains("ERROR [main] org.segmentlab.cli.CliErrors - Unexpected failure")
                .contains("java.lang.IllegalStateException: outer").contains("Caused by: java.io.IOException: inner")
                .contains("Suppressed: java.lang.IllegalArgumentException: aside").contains("\tat ");
    }
}
