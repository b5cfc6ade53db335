package nl.vraagwijzer.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of one fault test's own (pg_createcluster on a free port, trust auth on
 * 127.0.0.1), which the test may stop, restart or kill; never the shared server on 5432. Dropped by
 * {@link #close()}.
 */
public final class EigenCluster implements AutoCloseable {

    private static final String VERSIE = "15";

    private final String naam;
    private final int poort;

    private EigenCluster(String naam, int poort) {
        this.naam = naam;
        this.poort = poort;
    }

    /** A new cluster, started, with an empty database {@code vraagwijzer}. */
    public static EigenCluster start() {
        // letters only, always eight: a UUID's letters a-f were sometimes fewer than the six it took
        String naam = "vwfout"
                + ThreadLocalRandom.current()
                        .ints(8, 'a', 'z' + 1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        int poort = vrijePoort();
        run(
                "pg_createcluster",
                VERSIE,
                naam,
                "--port",
                String.valueOf(poort),
                "--",
                "--auth-host=trust",
                "--auth-local=trust");
        EigenCluster cluster = new EigenCluster(naam, poort);
        cluster.ctl("start");
        cluster.sql("create database vraagwijzer");
        return cluster;
    }

    /**
     * A hot standby of this cluster, a cluster of its own on another free port: an empty cluster
     * whose data directory is replaced by {@code pg_basebackup} of this one (streaming its WAL, with
     * {@code -R} for the standby's settings), then started. Dropped by its own {@link #close()}.
     */
    public EigenCluster replica() {
        String replicanaam = naam + "r";
        int replicapoort = vrijePoort();
        run(
                "pg_createcluster",
                VERSIE,
                replicanaam,
                "--port",
                String.valueOf(replicapoort),
                "--",
                "--auth-host=trust",
                "--auth-local=trust");
        String map = "/var/lib/postgresql/" + VERSIE + "/" + replicanaam;
        run("find", map, "-mindepth", "1", "-delete");
        run(
                "runuser",
                "-u",
                "postgres",
                "--",
                "pg_basebackup",
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(poort),
                "-U",
                "postgres",
                "-D",
                map,
                "-X",
                "stream",
                // an immediate checkpoint: a spread one waits minutes for the primary's
                "-c",
                "fast",
                "-R");
        EigenCluster replica = new EigenCluster(replicanaam, replicapoort);
        replica.ctl("start");
        return replica;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + poort + "/vraagwijzer";
    }

    public Connection verbind() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    public void stop() {
        ctl("stop", "-m", "fast");
    }

    public void startOpnieuw() {
        ctl("start");
    }

    /** Stops the server hard and starts it again: every connection is cut. */
    public void herstart() {
        ctl("restart", "-m", "immediate");
    }

    @Override
    public void close() {
        run("pg_dropcluster", VERSIE, naam, "--stop");
    }

    private void sql(String sql) {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + poort + "/postgres", "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void ctl(String... actie) {
        List<String> opdracht =
                new java.util.ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect", VERSIE, naam));
        opdracht.addAll(List.of(actie));
        run(opdracht.toArray(String[]::new));
    }

    private static void run(String... opdracht) {
        try {
            Process proces =
                    new ProcessBuilder(opdracht).redirectErrorStream(true).start();
            String uitvoer = new String(proces.getInputStream().readAllBytes());
            if (!proces.waitFor(60, TimeUnit.SECONDS) || proces.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", opdracht) + " failed: " + uitvoer);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int vrijePoort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return naam.toLowerCase(Locale.ROOT) + ":" + poort;
    }
}
