package nl.vraagwijzer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A BSN never appears in a log line. Runs after the whole test suite (failsafe runs after
 * surefire) and reads the logs it left: the service's console output during every @QuarkusTest
 * (surefire keeps it in target/surefire-reports) and the packaged service's log. Any nine-digit
 * number that passes the elfproef counts as a BSN.
 */
class BsnInLogsIT {

    private static final Pattern NEGEN_CIJFERS = Pattern.compile("(?<![0-9])[0-9]{9}(?![0-9])");

    @Test
    void geenBsnInDeLogsVanDeHeleRun() throws IOException {
        List<Path> logs = new ArrayList<>();
        try (Stream<Path> bestanden = Files.list(Path.of("target", "surefire-reports"))) {
            bestanden
                    .filter(pad -> pad.getFileName().toString().endsWith("-output.txt"))
                    .forEach(logs::add);
        }
        try (Stream<Path> bestanden = Files.list(Path.of("target"))) {
            bestanden
                    .filter(pad -> pad.getFileName().toString().startsWith("quarkus.log"))
                    .forEach(logs::add);
        }
        Path fouttests = Path.of("target", "fouttests");
        if (Files.isDirectory(fouttests)) {
            try (Stream<Path> bestanden = Files.list(fouttests)) {
                bestanden.forEach(logs::add);
            }
        }
        List<String> gevonden = new ArrayList<>();
        long regels = 0;
        for (Path log : logs) {
            for (String regel : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                regels++;
                Matcher matcher = NEGEN_CIJFERS.matcher(regel);
                while (matcher.find()) {
                    if (elfproef(matcher.group())) {
                        gevonden.add(log.getFileName() + ": " + regel);
                    }
                }
            }
        }
        assertTrue(regels > 20 && !logs.isEmpty(), "too little log to prove anything: " + regels + " lines in " + logs);
        assertTrue(gevonden.isEmpty(), "BSN-like numbers in the logs:\n" + String.join("\n", gevonden));
    }

    private static boolean elfproef(String cijfers) {
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (cijfers.charAt(i) - '0');
        }
        som -= cijfers.charAt(8) - '0';
        return som != 0 && som % 11 == 0;
    }
}
